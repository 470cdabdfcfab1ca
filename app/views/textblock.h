// SPDX-License-Identifier: MIT
#pragma once

#include <QTextDocument>
#include <QWidget>

#include <array>
#include <utility>

// A read-only, word-wrapped text (rich or plain) under a chart of a lesson, rewritten at every
// slider step. A word-wrapped QLabel lays its whole text out again for every paint and every
// height-for-width question (QTextDocument::setTextWidth does not compare widths), ~2–3 M
// instructions a time for a read-out; here the text is laid out once per change at the width
// the widget has, painted from that layout, and the layouts around are told only when its
// height changes.
class TextBlock : public QWidget {
public:
    explicit TextBlock(QWidget* parent = nullptr);

    // Qt::AutoText decides as QLabel does (Qt::mightBeRichText).
    void setTextFormat(Qt::TextFormat format);
    void setText(const QString& text);
    QString text() const { return m_text; }
    // A box behind the text: rounded corners of `radius`, `margin` pixels around the text, in
    // `background` (none when invalid), the text in `foreground`. Restyling a QLabel's style
    // sheet polished it and laid the window out again; this only repaints.
    void setBox(const QColor& background, const QColor& foreground, int margin, qreal radius);
    QColor boxColour() const { return m_box; }
    // How many times the text has been laid out (for tests: a paint must not add one).
    int layouts() const { return m_layouts; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void fill();              // the document from the text, format and font
    void layOut(int width) const;
    void textChanged();       // relayout; tell the layouts if the height changed

    QString m_text;
    Qt::TextFormat m_format = Qt::AutoText;
    mutable QTextDocument m_document;
    mutable int m_layouts = 0;
    // Heights for the last widths asked (width 0: empty), forgotten when the text changes.
    mutable std::array<std::pair<int, int>, 4> m_heights{};
    mutable std::size_t m_nextHeight = 0;
    int m_shownHeight = -1;  // the height the layouts were last told of, at our width
    QColor m_box;
    QColor m_boxText;
    int m_margin = 0;
    qreal m_radius = 0;
};
