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

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    // A parameter step changes only the facts: they are replaced in place, which lays out one
    // paragraph instead of the whole page and keeps the reader's scroll position.
    bool refreshFacts();
    QString factsHtml() const;
    QString pageHtml(const QString& name) const;

    QPointer<ExplorerModel> m_model;
    QString m_language = QStringLiteral("en");
    QString m_page;  // empty: the chosen function's page
    QString m_shownHtml;  // what setHtml was last given
    QString m_shownFacts;  // the facts in it (the function's page), or empty
    int m_factsBlock = -1;  // their paragraph's block number, or -1
};
