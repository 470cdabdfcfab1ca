// SPDX-License-Identifier: MIT
#include "app/views/infopanel.h"

#include "app/model/functiontexts.h"
#include "app/views/numberformat.h"

#include <QEvent>
#include <QFile>
#include <QTextBlock>
#include <QTextCursor>

#include <cmath>

InfoPanel::InfoPanel(ExplorerModel* model, QWidget* parent) : QTextBrowser(parent), m_model(model)
{
    setOpenLinks(false);
    // Pages wrap to the panel; a sideways scroll bar beside a lecture is never wanted.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A new page is laid out lazily: its height grows in steps, the scroll bar came and went, and
    // each time the viewport's width changed the whole page was laid out again (three layouts
    // per function switch). The pages are longer than the panel anyway.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setLineWrapMode(QTextEdit::WidgetWidth);
    // A library call such as keras.layers.PReLU(alpha_initializer=…) has no space to break at;
    // with the sideways scroll bar off it would be cut, so a word wider than the panel breaks.
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setAccessibleName(tr("About the function"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const QString name = url.fileName().section(QLatin1Char('.'), 0, 0);
        showPage(name == m_model->functionKey() ? QString() : name);
    });
    connect(m_model, &ExplorerModel::changed, this, [this](ExplorerModel::Changes what) {
        if (what == ExplorerModel::Changes(ExplorerModel::ParametersChanged) && m_page.isEmpty() && refreshFacts())
            return;
        if (what.testAnyFlag(ExplorerModel::CurveChanged)) {
            m_page.clear();
            refresh();
        }
    });
    refresh();
}

void InfoPanel::setLanguage(const QString& language)
{
    m_language = language;
    refresh();
}

void InfoPanel::showPage(const QString& name)
{
    m_page = name;
    refresh();
}

QString InfoPanel::pageHtml(const QString& name) const
{
    QFile file(QStringLiteral(":/content/%1/%2.html").arg(m_language, name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
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
    // Each row a paragraph of its own, spaced like the lines of one: a parameter step then lays
    // out again only the rows it changes (the library calls), not all of them.
    const QStringList rows = factsRows(a, parameters, muted);
    QString html;
    for (qsizetype i = 0; i < rows.size(); ++i)
        html += QStringLiteral("<p style='margin-top:%1px; margin-bottom:%2px'>%3</p>")
                    .arg(i == 0 ? 12 : 0)
                    .arg(i + 1 == rows.size() ? 12 : 0)
                    .arg(rows[i]);
    return html;
}

QString InfoPanel::composedHtml(bool* withFacts) const
{
    *withFacts = false;
    if (!m_page.isEmpty()) {
        const QString back = QStringLiteral("<p><a href='%1.html'>← %2</a></p>")
                                 .arg(m_model->functionKey(), FunctionTexts::name(m_model->activation().key));
        return back + pageHtml(m_page);
    }
    const QString title = QStringLiteral("<h2>%1</h2>").arg(FunctionTexts::name(m_model->activation().key));
    QString html = pageHtml(m_model->functionKey());
    const QString facts = factsTable(m_model->activation(), m_model->parameters(), mutedColour());
    // The page brings its own title; the facts table goes right under it.
    const qsizetype afterTitle = html.indexOf(QStringLiteral("</h2>"));
    if (afterTitle >= 0)
        html.insert(afterTitle + 5, facts);
    else
        html = title + facts + html;
    // In-place updates find the facts' rows right after the title.
    *withFacts = afterTitle < 0 || html.trimmed().startsWith(QStringLiteral("<h2>"));
    return html;
}

void InfoPanel::refresh()
{
    bool withFacts = false;
    const QString html = composedHtml(&withFacts);
    // Laying out a page costs milliseconds: not again for the same text.
    if (html == m_shownHtml)
        return;
    setHtml(html);
    m_shownHtml = html;
    // The title is block 0 and the facts' rows blocks 1, 2, …
    m_shownFactRows = withFacts ? factsRows(m_model->activation(), m_model->parameters(), mutedColour()) : QStringList();
}

bool InfoPanel::refreshFacts()
{
    if (m_shownFactRows.isEmpty())
        return false;
    const QStringList rows = factsRows(m_model->activation(), m_model->parameters(), mutedColour());
    if (rows.size() != m_shownFactRows.size())
        return false;
    if (rows == m_shownFactRows)
        return true;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i] == m_shownFactRows[i])
            continue;
        const QTextBlock block = document()->findBlockByNumber(static_cast<int>(kFirstFactBlock + i));
        if (!block.isValid())
            return false;
        // Replace the row's text, keeping its paragraph (the margins) itself.
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        cursor.insertHtml(rows[i]);
    }
    m_shownFactRows = rows;
    m_shownHtml.clear();  // edited in place: a later refresh sets the page again
    return true;
}

void InfoPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("About the function"));
        refresh();
    }
    if (event->type() == QEvent::PaletteChange)
        refresh();
    QTextBrowser::changeEvent(event);
}
