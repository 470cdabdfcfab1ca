// SPDX-License-Identifier: MIT
#include "app/views/losscurveexport.h"

#include "app/cli/atomicfile.h"
#include "app/model/racemodel.h"
#include "app/model/trainmodel.h"
#include "core/train/epochcsv.h"
#include "core/train/race.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

#include <span>

LossCurveExport::LossCurveExport(TrainModel* model, QWidget* parent) : QAction(parent), m_model(model), m_owner(parent)
{
    setObjectName(QStringLiteral("exportLossCurves"));
    connect(this, &QAction::triggered, this, &LossCurveExport::ask);
    retranslate();
}

LossCurveExport::LossCurveExport(RaceModel* model, QWidget* parent) : QAction(parent), m_race(model), m_owner(parent)
{
    setObjectName(QStringLiteral("exportRaceLossCurves"));
    connect(this, &QAction::triggered, this, &LossCurveExport::ask);
    retranslate();
}

void LossCurveExport::retranslate()
{
    setText(tr("Export loss &curves…"));
    if (m_race)
        setToolTip(tr("Save the training and test loss and accuracy of every activation in the race, one row per finished "
                      "epoch, as CSV"));
    else
        setToolTip(tr("Save the loss, accuracy and diagnostics of every finished epoch as CSV, in the same columns as the "
                      "command line's train command"));
}

std::string LossCurveExport::csv() const
{
    if (m_race)
        return al::train::raceCsv(m_race->race());
    const auto& history = m_model->history();
    std::span<const al::train::EpochRecord> epochs(history);
    if (!epochs.empty() && epochs.front().epoch == 0)
        epochs = epochs.subspan(1);
    return al::train::epochCsv(m_model->trainer().network().architecture().hidden.size(), epochs);
}

QString LossCurveExport::write(const QString& path) const
{
    std::string error;
    if (al::writeFileAtomically(QFile::encodeName(path).toStdString(), csv(), &error))
        return {};
    // The writer's reason is the system's English; say the likely one in the user's language.
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    QString reason;
    if (file.fileName().isEmpty() || file.isDir())
        reason = tr("it is a folder, not a file");
    else if (!folder.exists())
        reason = tr("the folder %1 does not exist").arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    else if (!folder.isWritable() || (file.exists() && !file.isWritable()))
        reason = tr("you may not write there");
    else
        reason = tr("the disk may be full (%1)").arg(QString::fromLocal8Bit(error.c_str()));
    return tr("The loss curves could not be saved to %1: %2.").arg(QDir::toNativeSeparators(path), reason);
}

QString LossCurveExport::suggestedName() const
{
    if (m_race)
        return QStringLiteral("race-%1.csv").arg(m_race->functions().join(QLatin1Char('-')));
    return QStringLiteral("loss-%1.csv").arg(m_model->function());
}

void LossCurveExport::ask()
{
    if (!m_model && !m_race)
        return;
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("lastDirectory")).toString();
    const QString suggested = (dir.isEmpty() ? QString() : dir + QLatin1Char('/')) + suggestedName();
    const QString path = QFileDialog::getSaveFileName(m_owner, tr("Export Loss Curves"), suggested, tr("CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    const QString error = write(path);
    if (!error.isEmpty())
        QMessageBox::warning(m_owner, tr("Export Loss Curves"), error);
}
