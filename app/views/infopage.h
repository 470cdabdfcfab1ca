// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextBrowser>

// One laid-out explanation page of the info panel. Given the page's HTML and, optionally, the
// facts rows that follow its title, it shows them; a later call that differs only in some facts
// rewrites those rows in place, which lays out those rows instead of the whole page and keeps the
// reader's scroll position.
class InfoPage : public QTextBrowser {
    Q_OBJECT
public:
    explicit InfoPage(QWidget* parent = nullptr);

    // `source`: the page without the facts (what decides whether the rest of the page changed);
    // `html`: the page as shown; `factRows`: the facts' rows, blocks 1, 2, … of `html`, or none.
    void setContent(const QString& source, const QString& html, const QStringList& factRows);

    QSize sizeHint() const override { return {320, 480}; }
    // Qt's, kept: the panel's stack asks every kept page at each layout, and Qt measures the
    // scroll bars anew each time.
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    bool replaceFacts(const QStringList& rows);
    void keepGlyphs();

    QString m_source;
    QString m_html;  // what the page shows, as composed (rows edited in place included)
    QStringList m_factRows;
    mutable QSize m_minimumSize;
    static constexpr int kFirstFactBlock = 1;  // the facts' rows follow the page's title
};
