// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/explorermodel.h"

#include <QPointer>
#include <QTextBrowser>

// "About this function": the catalog's facts (range, properties, names in Keras and PyTorch)
// and the explanation page of the chosen function in the UI language, from the resources.
class InfoPanel : public QTextBrowser {
    Q_OBJECT
public:
    explicit InfoPanel(ExplorerModel* model, QWidget* parent = nullptr);

    // The language folder of the explanation pages ("en", "ru").
    void setLanguage(const QString& language);
    // Shows another page of the same folder (e.g. "output_layer_guide").
    void showPage(const QString& name);

    QSize sizeHint() const override { return {320, 480}; }

    // The facts table for these parameter values, as the panel shows it above the page; labels in
    // the colour `muted`. Static so that tests can check it for any parameters.
    static QString factsTable(const al::Activation& a, al::ParameterSpan p, const QColor& muted);
    // The same facts, one row of HTML each.
    static QStringList factsRows(const al::Activation& a, al::ParameterSpan p, const QColor& muted);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    // The HTML of the page shown (the function's, with its facts under the title, or another);
    // `withFacts` tells whether the facts' rows are blocks 1, 2, … of it.
    QString composedHtml(bool* withFacts) const;
    // A parameter step changes only some facts: their rows are replaced in place, which lays out
    // those rows instead of the whole page and keeps the reader's scroll position.
    bool refreshFacts();
    QColor mutedColour() const;
    QString pageHtml(const QString& name) const;

    QPointer<ExplorerModel> m_model;
    QString m_language = QStringLiteral("en");
    QString m_page;  // empty: the chosen function's page
    QString m_shownHtml;  // what setHtml was last given
    static constexpr int kFirstFactBlock = 1;  // the facts' rows follow the page's title
    QStringList m_shownFactRows;  // the facts' rows shown (the function's page), or none
};
