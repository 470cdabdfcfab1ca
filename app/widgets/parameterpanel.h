// SPDX-License-Identifier: MIT
#pragma once

#include "app/widgets/retranslated.h"
#include "app/model/explorermodel.h"

#include <QGroupBox>
#include <QPointer>

#include <memory>

class TextBlock;
class ParameterSliders;
class ValueSlider;

// A slider + spin box for each parameter of the chosen function, and only those; ranges come
// from the catalog. Says so when the function has no parameters. Its height is the same for
// every function (the tallest of a slider row and each "no parameters" sentence), so the
// neuron's controls under it stay where they are when the function changes.
class ParameterPanel : public Retranslated<QGroupBox> {
    Q_OBJECT
public:
    explicit ParameterPanel(ExplorerModel* model, QWidget* parent = nullptr);
    ~ParameterPanel() override;

    const QList<ValueSlider*>& sliders() const;

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void follow();
    void retranslate() override;
    QString noneText(const al::Activation& a) const;
    // Gives the sliders and the sentence the height of the tallest of them for any function.
    void reserveHeight();

    QPointer<ExplorerModel> m_model;
    ParameterSliders* m_sliders = nullptr;
    // The sentence for a function without parameters: a TextBlock, which keeps its height for a
    // width (a word-wrapped QLabel measured its text anew for each of the layouts' questions, ten
    // times at a function switch).
    TextBlock* m_none = nullptr;
    // Never shown, in no window (so no list of the window's controls holds it): the height of a
    // slider row in the application's font and style.
    std::unique_ptr<ValueSlider> m_probe;
    int m_reservedForWidth = -1;
};
