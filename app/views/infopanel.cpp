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

QString InfoPanel::factsHtml() const
{
    // Labels in the palette's muted colour, so the table reads in light and dark themes alike.
    return factsTable(m_model->activation(), m_model->parameters(), palette().color(QPalette::PlaceholderText));
}

QString InfoPanel::factsTable(const al::Activation& a, al::ParameterSpan parameters, const QColor& muted)
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
    const QString row = QStringLiteral("<span style='color:") + muted.name() + QStringLiteral("'>%1:</span> <b>%2</b><br>");
    const auto code = [](const std::string& call) {
        return QStringLiteral("<code>%1</code>").arg(QString::fromStdString(call).toHtmlEscaped());
    };
    QString html = QStringLiteral("<p>");
    html += row.arg(tr("Output range"), range);
    html += row.arg(tr("Bounded"), yesNo(p.bounded));
    html += row.arg(tr("Zero-centred"), yesNo(p.zeroCentred));
    html += row.arg(tr("Monotonic"), yesNo(p.monotonic));
    html += row.arg(tr("Smooth (no kinks)"), yesNo(a.smooth(parameters)));
    html += row.arg(tr("Dead gradient (f′ = 0)"), dead.isEmpty() ? tr("nowhere") : dead.toHtmlEscaped());
    if (!a.kerasName.empty())
        html += row.arg(tr("Keras"), code(a.kerasCall(parameters)));
    html += row.arg(tr("PyTorch"), code(a.pytorchCall(parameters)));
    html.chop(4);  // the last <br>
    html += QStringLiteral("</p>");
    return html;
}

void InfoPanel::refresh()
{
    QString html;
    QString facts;
    if (!m_page.isEmpty()) {
        const QString back = QStringLiteral("<p><a href='%1.html'>← %2</a></p>")
                                 .arg(m_model->functionKey(), FunctionTexts::name(m_model->activation().key));
        html = back + pageHtml(m_page);
    } else {
        const QString title = QStringLiteral("<h2>%1</h2>").arg(FunctionTexts::name(m_model->activation().key));
        html = pageHtml(m_model->functionKey());
        facts = factsHtml();
        // The page brings its own title; the facts table goes right under it.
        const qsizetype afterTitle = html.indexOf(QStringLiteral("</h2>"));
        if (afterTitle >= 0)
            html.insert(afterTitle + 5, facts);
        else
            html = title + facts + html;
        // In-place updates find the facts as the second paragraph, after the title.
        if (afterTitle >= 0 && !html.trimmed().startsWith(QStringLiteral("<h2>")))
            facts.clear();
    }
    // Laying out a page costs milliseconds: not again for the same text.
    if (html == m_shownHtml)
        return;
    setHtml(html);
    m_shownHtml = html;
    m_shownFacts = facts;
    // The title is block 0 and the facts, one paragraph with line breaks, block 1.
    m_factsBlock = facts.isEmpty() ? -1 : 1;
}

bool InfoPanel::refreshFacts()
{
    if (m_factsBlock < 0 || m_shownFacts.isEmpty())
        return false;
    const QString facts = factsHtml();
    if (facts == m_shownFacts)
        return true;
    const QTextBlock block = document()->findBlockByNumber(m_factsBlock);
    if (!block.isValid())
        return false;
    // Replace the paragraph's text, keeping the paragraph (its margins) itself.
    QString inner = facts;
    inner.remove(QStringLiteral("<p>"));
    inner.remove(QStringLiteral("</p>"));
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
    cursor.insertHtml(inner);
    m_shownHtml.replace(m_shownFacts, facts);
    m_shownFacts = facts;
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
