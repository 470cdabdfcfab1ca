// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/explorermodel.h"

#include <QFrame>
#include <QPointer>

QT_FORWARD_DECLARE_CLASS(QAction)
class TextBlock;

// The neuron written out with its current numbers: z = w₁·x₁ + … + b = z, then f(z) and f′(z),
// and a badge when z lies where the gradient is dead or vanishing. Its context menu copies all
// of it as text.
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

    // The read-out as plain text, one line each (what Copy puts on the clipboard).
    QString plainText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void refresh();
    void applyFonts();
    void retranslate();

    QPointer<ExplorerModel> m_model;
    // The labels are laid out in a widget of their own, not by a layout of the frame: new text
    // at every slider step would otherwise ask the whole window to lay itself out again (every
    // wrapped label measured, the tab bar repainted). The window hears of it only when the
    // read-out's height for its width changes.
    QWidget* m_content = nullptr;
    int m_shownHeight = -1;
    // The sum and the values change at every slider step: TextBlocks lay their text out once per
    // change (a word-wrapped QLabel laid it out again for each size question and each paint —
    // half of a neuron step's work).
    TextBlock* m_sum = nullptr;
    TextBlock* m_values = nullptr;
    TextBlock* m_badge = nullptr;  // coloured by zone (TextBlock::setBox: a style sheet re-polished it)
    static constexpr int kBadgeMargin = 6;
    static constexpr qreal kBadgeRadius = 4;
    QAction* m_copy = nullptr;
    GradientZone m_zone = GradientZone::Learning;
};
