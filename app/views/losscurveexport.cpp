// SPDX-License-Identifier: MIT
#include "app/views/losscurveexport.h"

#include "app/cli/atomicfile.h"
#include "app/model/trainmodel.h"
#include "core/train/epochcsv.h"

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

void LossCurveExport::retranslate()
{
    setText(tr("Export loss &curves…"));
    setToolTip(tr("Save the loss, accuracy and diagnostics of every finished epoch as CSV, in the same columns as the "
                  "command line's train command"));
}

std::string LossCurveExport::csv() const
{
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

void LossCurveExport::ask()
{
    if (!m_model)
        return;
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("lastDirectory")).toString();
    const QString suggested = (dir.isEmpty() ? QString() : dir + QLatin1Char('/')) + QStringLiteral("loss-%1.csv").arg(m_model->function());
    const QString path = QFileDialog::getSaveFileName(m_owner, tr("Export Loss Curves"), suggested, tr("CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    const QString error = write(path);
    if (!error.isEmpty())
        QMessageBox::warning(m_owner, tr("Export Loss Curves"), error);
}
