// SPDX-License-Identifier: MIT
#pragma once

#include <QAction>
#include <QPointer>

class RaceModel;
class TrainModel;

// "Export loss curves…": the epochs the Train tab has finished, as the command line's `train`
// writes them (core/train/epochcsv: the same columns, the same numbers), so a run watched in the
// window can be compared with a scripted one; or the Race tab's runners side by side, each
// runner's losses and accuracies under its activation's key (core's raceCsv). Written
// atomically: a failed export leaves any earlier file as it was.
class LossCurveExport : public QAction {
    Q_OBJECT
public:
    // `parent` also hosts the file dialog and the warning.
    LossCurveExport(TrainModel* model, QWidget* parent);
    LossCurveExport(RaceModel* model, QWidget* parent);

    // Writes the CSV to `path`; returns an empty string, or why not in the user's language.
    QString write(const QString& path) const;
    // The CSV text: a row for every finished epoch (the initial weights' record is not an epoch).
    std::string csv() const;
    void retranslate();

private:
    void ask();

    QString suggestedName() const;

    QPointer<TrainModel> m_model;
    QPointer<RaceModel> m_race;
    QWidget* m_owner = nullptr;
};
