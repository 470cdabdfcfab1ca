// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QWidget>

// The compare tab's table of largest slopes (function, |f′| at its largest, where), painted
// directly. As a rich-text QLabel it cost a preset switch ~30 M instructions: every new text
// was laid out as a QTextDocument table several times (height for width, minimum size, paint)
// and, its height changing with the number of rows, resized the chart above and laid the whole
// page out again. Here a new set of rows only repaints the table: its height is that of
// `reservedRows` rows (the most a lecture pair shows) until more functions are ticked, and its
// width hint depends on the headers only (names too long for the width given are elided).
class SlopeTable : public QWidget {
public:
    struct Row {
        QColor colour;  // of the function's curve
        QString name;
        QString slope;  // |f′| at its largest, formatted
        QString at;     // where, formatted
        bool operator==(const Row&) const = default;
    };

    explicit SlopeTable(QWidget* parent = nullptr);

    void setHeaders(const QString& function, const QString& slope, const QString& at);
    void setRows(const QList<Row>& rows);
    // Height kept for at least this many rows, so that switching between smaller tables never
    // moves the widgets around.
    void setReservedRows(int rows);
    const QList<Row>& rows() const { return m_rows; }
    int reservedRows() const { return m_reserved; }
    // The table as plain text: a line per row (the headers first), cells separated by tabs.
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    static constexpr int kPadding = 3;  // around every cell, as the label's table had
    void measure();                     // column widths and row height from texts and fonts
    QFont boldFont() const;
    QSize hint() const;

    QString m_headers[3];
    QList<Row> m_rows;
    int m_reserved = 0;
    int m_columns[3] = {0, 0, 0};  // natural widths, padding included
    int m_rowHeight = 0;
    QSize m_hint;  // the last size told to the layout
};
