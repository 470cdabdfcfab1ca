// SPDX-License-Identifier: MIT
#include "app/views/infopanel.h"

#include "app/model/functiontexts.h"
#include "app/views/numberformat.h"

#include <QEvent>
#include <QFile>

#include <cmath>

InfoPanel::InfoPanel(ExplorerModel* model, QWidget* parent) : QTextBrowser(parent), m_model(model)
{
    setOpenLinks(false);
    // Pages wrap to the panel; a sideways scroll bar beside a lecture is never wanted.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setAccessibleName(tr("About the function"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        const QString name = url.fileName().section(QLatin1Char('.'), 0, 0);
        showPage(name == m_model->functionKey() ? QString() : name);
    });
    connect(m_model, &ExplorerModel::changed, this, [this](ExplorerModel::Changes what) {
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
    const al::Activation& a = m_model->activation();
    const al::OutputRange r = a.range(m_model->parameters());
    const auto bound = [](double v) { return NumberFormat::compact(v, 4); };
    QString range;
    if (r.discrete)
        range = QStringLiteral("{%1, %2}").arg(bound(r.lo), bound(r.hi));
    else
        range = QStringLiteral("%1%2; %3%4")
                    .arg(r.loAttained ? QStringLiteral("[") : QStringLiteral("("), bound(r.lo), bound(r.hi),
                         r.hiAttained ? QStringLiteral("]") : QStringLiteral(")"));
    const auto yesNo = [](bool v) { return v ? tr("yes") : tr("no"); };
    const al::Properties p = a.properties;
    // Labels in the palette's muted colour, so the table reads in light and dark themes alike.
    const QString row = QStringLiteral("<tr><td style='color:") + palette().color(QPalette::PlaceholderText).name() +
                        QStringLiteral(";padding-right:10px'>%1</td><td><b>%2</b></td></tr>");
    QString html = QStringLiteral("<table cellspacing='0' cellpadding='2'>");
    html += row.arg(tr("Output range"), range);
    html += row.arg(tr("Bounded"), yesNo(p.bounded));
    html += row.arg(tr("Zero-centred"), yesNo(p.zeroCentred));
    html += row.arg(tr("Monotonic"), yesNo(p.monotonic));
    html += row.arg(tr("Smooth (no kinks)"), yesNo(a.smooth(m_model->parameters())));
    if (!a.kerasName.empty())
        html += row.arg(tr("Keras"), QStringLiteral("<code>%1</code>").arg(FunctionTexts::fromKey(a.kerasName)));
    html += row.arg(tr("PyTorch"), QStringLiteral("<code>%1</code>").arg(FunctionTexts::fromKey(a.pytorchName)));
    html += QStringLiteral("</table>");
    return html;
}

void InfoPanel::refresh()
{
    if (!m_page.isEmpty()) {
        const QString back = QStringLiteral("<p><a href='%1.html'>← %2</a></p>")
                                 .arg(m_model->functionKey(), FunctionTexts::name(m_model->activation().key));
        setHtml(back + pageHtml(m_page));
        return;
    }
    const QString title = QStringLiteral("<h2>%1</h2>").arg(FunctionTexts::name(m_model->activation().key));
    QString page = pageHtml(m_model->functionKey());
    // The page brings its own title; the facts table goes right under it.
    const qsizetype afterTitle = page.indexOf(QStringLiteral("</h2>"));
    if (afterTitle >= 0)
        page.insert(afterTitle + 5, factsHtml());
    else
        page = title + factsHtml() + page;
    setHtml(page);
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
