// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/explorermodel.h"

#include <QHash>
#include <QPointer>
#include <QStackedWidget>
#include <QTimer>

class InfoPage;

// "About this function": the catalog's facts (range, properties, names in Keras and PyTorch)
// and the explanation page of the chosen function in the UI language, from the resources.
// Every page shown stays laid out (one InfoPage each, the most recent kKeptPages): laying out a
// page costs more than everything else a function switch does, and a lecture goes back and forth
// between the same few functions.
class InfoPanel : public QStackedWidget {
    Q_OBJECT
public:
    explicit InfoPanel(ExplorerModel* model, QWidget* parent = nullptr);

    // The language folder of the explanation pages ("en", "ru").
    void setLanguage(const QString& language);
    // Shows another page of the same folder (e.g. "output_layer_guide").
    void showPage(const QString& name);

    QSize sizeHint() const override { return {320, 480}; }

    // The page in view.
    InfoPage* currentPage() const;
    QString toPlainText() const;

    // Lays out, hidden and at the panel's size, the page of the next function not kept yet —
    // the chosen function's neighbours first, at their default parameters — and draws its
    // picture, a piece per call (see InfoPage::prepare and prepareMore): a first switch to it then costs what a
    // return does. False when every function's page is ready. The panel calls it itself, a piece
    // per tick of a timer, once it has been
    // shown for a moment, unless told not to (tests that count pages call it themselves).
    bool prepareNextPage();
    void setPreparingAhead(bool on);
    bool preparing() const { return m_preparing.isActive(); }

    // The facts table for these parameter values, as the panel shows it above the page; labels in
    // the colour `muted`. Static so that tests can check it for any parameters.
    static QString factsTable(const al::Activation& a, al::ParameterSpan p, const QColor& muted);
    // The same facts, one row of HTML each.
    static QStringList factsRows(const al::Activation& a, al::ParameterSpan p, const QColor& muted);

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void refresh();
    // The page to show (the function's, with its facts under the title, or another) as HTML;
    // `source` is the same without the facts, `factRows` the facts' rows (blocks 1, 2, … of it).
    QString composedHtml(QString* source, QStringList* factRows) const;
    // A function's page with its facts for `parameters` (the same three parts).
    QString functionHtml(const al::Activation& a, al::ParameterSpan parameters, QString* source, QStringList* factRows) const;
    static QString factsTable(const QStringList& rows);
    QColor mutedColour() const;
    QString pageHtml(const QString& name) const;
    // The kept page for `key`, made if there is none; the least recently shown go beyond the limit.
    InfoPage* pageFor(const QString& key);
    // The same for a page prepared ahead: it goes behind the pages shown, first to be dropped.
    InfoPage* preparedPageFor(const QString& key);
    InfoPage* newPage(const QString& key);
    // Pages out of view would show another language, palette or font: made again when next shown.
    void dropHiddenPages();

    QPointer<ExplorerModel> m_model;
    QString m_language = QStringLiteral("en");
    QString m_page;  // empty: the chosen function's page
    QHash<QString, InfoPage*> m_kept;  // by function key, or by page name
    mutable QHash<QString, QString> m_pageSources;  // the pages' HTML as read, by resource path
    QStringList m_recent;  // the keys of m_kept, the most recently shown last
    // The catalog's functions and a few other pages. Visiting all 19 functions grows the heap by
    // 5 MB, these pages (documents, layouts, glyphs) included (update_path, mallinfo2).
    static constexpr qsizetype kKeptPages = 24;
    void startPreparing();
    // Preparing pages ahead: a piece of a page (≤ 1 ms) per tick, so that input is never kept waiting,
    // from half a second after the panel is shown (after the window's first frame).
    QTimer m_preparing;
    QPointer<InfoPage> m_unpictured;  // laid out ahead, finished at the next ticks
    bool m_preparingAhead = true;
    static constexpr int kPrepareDelayMs = 500;
    static constexpr int kPrepareIntervalMs = 8;
};
