// SPDX-License-Identifier: MIT
#include "app/views/infopanel.h"

#include "app/model/functiontexts.h"
#include "app/views/infopage.h"
#include "app/views/numberformat.h"

#include "core/catalog.h"

#include <QEvent>
#include <QFile>

#include <cmath>

InfoPanel::InfoPanel(ExplorerModel* model, QWidget* parent) : QStackedWidget(parent), m_model(model)
{
    setAccessibleName(tr("About the function"));
    connect(m_model, &ExplorerModel::changed, this, [this](ExplorerModel::Changes what) {
        if (what.testAnyFlag(ExplorerModel::CurveChanged))
            m_page.clear();
        if (what.testAnyFlag(ExplorerModel::CurveChanged) || what.testAnyFlag(ExplorerModel::ParametersChanged))
            refresh();
    });
    refresh();
    // Preparing starts a while after the panel is shown (the window's first frame comes first)
    // and stops when every page is ready, or the panel is hidden (another tab).
    connect(&m_preparing, &QTimer::timeout, this, [this] {
        m_preparing.setInterval(kPrepareIntervalMs);
        if (!isVisible() || !prepareNextPage())
            m_preparing.stop();
    });
}

void InfoPanel::startPreparing()
{
    if (m_preparingAhead && isVisible() && !m_preparing.isActive())
        m_preparing.start(kPrepareDelayMs);
}

void InfoPanel::showEvent(QShowEvent* event)
{
    QStackedWidget::showEvent(event);
    startPreparing();
}

void InfoPanel::setPreparingAhead(bool on)
{
    m_preparingAhead = on;
    if (on)
        startPreparing();
    else
        m_preparing.stop();
}

InfoPage* InfoPanel::currentPage() const
{
    return static_cast<InfoPage*>(currentWidget());
}

QString InfoPanel::toPlainText() const
{
    return currentPage() != nullptr ? currentPage()->toPlainText() : QString();
}

void InfoPanel::setLanguage(const QString& language)
{
    if (language == m_language)
        return;
    m_language = language;
    dropHiddenPages();
    refresh();
}

void InfoPanel::showPage(const QString& name)
{
    m_page = name;
    refresh();
}

InfoPage* InfoPanel::pageFor(const QString& key)
{
    m_recent.removeOne(key);
    m_recent.append(key);
    if (InfoPage* kept = m_kept.value(key))
        return kept;
    return newPage(key);
}

InfoPage* InfoPanel::preparedPageFor(const QString& key)
{
    if (InfoPage* kept = m_kept.value(key))
        return kept;
    m_recent.prepend(key);
    return newPage(key);
}

InfoPage* InfoPanel::newPage(const QString& key)
{
    auto* page = new InfoPage(this);
    page->setAccessibleName(accessibleName());
    connect(page, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const QString name = url.fileName().section(QLatin1Char('.'), 0, 0);
        showPage(name == m_model->functionKey() ? QString() : name);
    });
    addWidget(page);
    m_kept.insert(key, page);
    while (m_recent.size() > kKeptPages) {
        const QString oldest = m_recent.takeFirst();
        delete m_kept.take(oldest);
    }
    return page;
}

bool InfoPanel::prepareNextPage()
{
    const InfoPage* shown = currentPage();
    if (shown == nullptr)
        return false;
    // A page laid out at an earlier call is finished a piece per call.
    if (m_unpictured != nullptr) {
        if (m_unpictured != shown && m_unpictured->prepareMore())
            return true;
        m_unpictured = nullptr;
    }
    // The chosen function's neighbours first (Ctrl+PgDown and Ctrl+PgUp go there), then outwards.
    const auto& catalog = al::catalog();
    const int count = static_cast<int>(catalog.size());
    const int chosen = m_model->functionIndex();
    for (int step = 1; step < count; ++step) {
        const int offset = (step + 1) / 2 * (step % 2 == 1 ? 1 : -1);  // +1, −1, +2, −2, …
        const al::Activation& a = catalog[static_cast<std::size_t>(((chosen + offset) % count + count) % count)];
        const QString key = QString::fromUtf8(a.key.data(), static_cast<qsizetype>(a.key.size()));
        if (m_kept.contains(key))
            continue;
        QString source;
        QStringList factRows;
        const QString html = functionHtml(a, a.defaults(), &source, &factRows);
        m_unpictured = preparedPageFor(key);
        m_unpictured->prepare(shown->geometry(), source, html, factRows);
        return true;
    }
    return false;
}

void InfoPanel::dropHiddenPages()
{
    for (auto it = m_kept.begin(); it != m_kept.end();) {
        if (it.value() == currentWidget()) {
            ++it;
            continue;
        }
        m_recent.removeOne(it.key());
        delete it.value();
        it = m_kept.erase(it);
    }
}

QString InfoPanel::pageHtml(const QString& name) const
{
    // Read once per language and page: a function switch composes its page again to compare.
    const QString path = QStringLiteral(":/content/%1/%2.html").arg(m_language, name);
    if (const auto kept = m_pageSources.constFind(path); kept != m_pageSources.constEnd())
        return *kept;
    QFile file(path);
    const QString html = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    m_pageSources.insert(path, html);
    return html;
}

QColor InfoPanel::mutedColour() const
{
    // Labels in the palette's muted colour, so the table reads in light and dark themes alike.
    return palette().color(QPalette::PlaceholderText);
}

QStringList InfoPanel::factsRows(const al::Activation& a, al::ParameterSpan parameters, const QColor& muted)
{
    const al::OutputRange r = a.range(parameters);
    const auto bound = [](double v) { return v == INFINITY ? QStringLiteral("+∞") : NumberFormat::compact(v, 4); };
    // The pages write (0, 1) in English and (0; 1) in Russian, where the comma is the decimal sign.
    const QString ends = tr("%1, %2", "the two ends of an interval, or the two values of a set");
    QString range;
    if (r.discrete)
        range = QStringLiteral("{%1}").arg(ends.arg(bound(r.lo), bound(r.hi)));
    else
        range = (r.loAttained ? QStringLiteral("[") : QStringLiteral("(")) + ends.arg(bound(r.lo), bound(r.hi)) +
                (r.hiAttained ? QStringLiteral("]") : QStringLiteral(")"));
    const auto yesNo = [](bool v) { return v ? tr("yes") : tr("no"); };
    const al::Properties p = a.propertiesAt(parameters);
    QString dead;
    for (const al::Interval& d : a.deadIntervals(parameters)) {
        QString piece;
        if (std::isinf(d.lo) && std::isinf(d.hi))
            piece = tr("everywhere");
        else if (std::isinf(d.lo))
            piece = tr("z < %1").arg(bound(d.hi));
        else if (std::isinf(d.hi))
            piece = tr("z > %1").arg(bound(d.lo));
        else
            piece = tr("%1 < z < %2").arg(bound(d.lo), bound(d.hi));
        dead = dead.isEmpty() ? piece : tr("%1 and %2", "two dead intervals").arg(dead, piece);
    }
    // One fact per line rather than a two-column table: a table squeezes its label column to a
    // few letters beside a long library call, in Russian and at 200 % scale above all.
    const QString row = QStringLiteral("<span style='color:") + muted.name() + QStringLiteral("'>%1:</span> <b>%2</b>");
    const auto code = [](const std::string& call) {
        return QStringLiteral("<code>%1</code>").arg(QString::fromStdString(call).toHtmlEscaped());
    };
    QStringList rows;
    rows << row.arg(tr("Output range"), range);
    rows << row.arg(tr("Bounded"), yesNo(p.bounded));
    rows << row.arg(tr("Zero-centred"), yesNo(p.zeroCentred));
    rows << row.arg(tr("Monotonic"), yesNo(p.monotonic));
    rows << row.arg(tr("Smooth (no kinks)"), yesNo(a.smooth(parameters)));
    rows << row.arg(tr("Dead gradient (f′ = 0)"), dead.isEmpty() ? tr("nowhere") : dead.toHtmlEscaped());
    if (!a.kerasName.empty())
        rows << row.arg(tr("Keras"), code(a.kerasCall(parameters)));
    rows << row.arg(tr("PyTorch"), code(a.pytorchCall(parameters)));
    return rows;
}

QString InfoPanel::factsTable(const al::Activation& a, al::ParameterSpan parameters, const QColor& muted)
{
    return factsTable(factsRows(a, parameters, muted));
}

QString InfoPanel::factsTable(const QStringList& rows)
{
    // Each row a paragraph of its own, spaced like the lines of one: a parameter step then lays
    // out again only the rows it changes (the library calls), not all of them.
    QString html;
    for (qsizetype i = 0; i < rows.size(); ++i)
        html += QStringLiteral("<p style='margin-top:%1px; margin-bottom:%2px'>%3</p>")
                    .arg(i == 0 ? 12 : 0)
                    .arg(i + 1 == rows.size() ? 12 : 0)
                    .arg(rows[i]);
    return html;
}

QString InfoPanel::composedHtml(QString* source, QStringList* factRows) const
{
    factRows->clear();
    if (!m_page.isEmpty()) {
        const QString back = QStringLiteral("<p><a href='%1.html'>← %2</a></p>")
                                 .arg(m_model->functionKey(), FunctionTexts::name(m_model->activation().key));
        *source = back + pageHtml(m_page);
        return *source;
    }
    return functionHtml(m_model->activation(), m_model->parameters(), source, factRows);
}

QString InfoPanel::functionHtml(const al::Activation& a, al::ParameterSpan parameters, QString* source, QStringList* factRows) const
{
    factRows->clear();
    *source = pageHtml(QString::fromUtf8(a.key.data(), static_cast<qsizetype>(a.key.size())));
    QString html = *source;
    const QStringList rows = factsRows(a, parameters, mutedColour());
    const QString facts = factsTable(rows);
    // The page brings its own title; the facts table goes right under it.
    const qsizetype afterTitle = html.indexOf(QStringLiteral("</h2>"));
    if (afterTitle >= 0)
        html.insert(afterTitle + 5, facts);
    else
        html = QStringLiteral("<h2>%1</h2>").arg(FunctionTexts::name(a.key)) + facts + html;
    // In-place updates find the facts' rows right after the title.
    if (afterTitle < 0 || html.trimmed().startsWith(QStringLiteral("<h2>")))
        *factRows = rows;
    return html;
}

void InfoPanel::refresh()
{
    QString source;
    QStringList factRows;
    const QString html = composedHtml(&source, &factRows);
    InfoPage* page = pageFor(m_page.isEmpty() ? m_model->functionKey() : m_page);
    page->setContent(source, html, factRows);
    if (page != currentWidget()) {
        const bool hadFocus = currentWidget() != nullptr && currentWidget()->hasFocus();
        setCurrentWidget(page);
        if (hadFocus)
            page->setFocus();
    }
}

void InfoPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("About the function"));
        for (InfoPage* page : std::as_const(m_kept))
            page->setAccessibleName(accessibleName());
    }
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        dropHiddenPages();
        if (!m_kept.isEmpty())
            refresh();
        startPreparing();
    }
    QStackedWidget::changeEvent(event);
}
