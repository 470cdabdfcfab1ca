// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/explorermodel.h"

#include <QFrame>
#include <QPointer>

QT_FORWARD_DECLARE_CLASS(QLabel)

// The neuron written out with its current numbers: z = w₁·x₁ + … + b = z, then f(z) and f′(z),
// and a badge when z lies where the gradient is dead or vanishing.
class ReadoutView : public QFrame {
    Q_OBJECT
public:
    explicit ReadoutView(ExplorerModel* model, QWidget* parent = nullptr);

    QString sumText() const;
    QString valuesText() const;
    QString badgeText() const;
    bool badgeVisible() const;
    GradientZone shownZone() const { return m_zone; }

    // The sum as the read-out writes it, e.g. "z = 0.50·1.20 + (−0.30)·2.00 + 0.10 = 0.10".
    static QString sumFormula(const al::Neuron& neuron);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void applyFonts();

    QPointer<ExplorerModel> m_model;
    QLabel* m_sum = nullptr;
    QLabel* m_values = nullptr;
    QLabel* m_badge = nullptr;
    GradientZone m_zone = GradientZone::Learning;
};
