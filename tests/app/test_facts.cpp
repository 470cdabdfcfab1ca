// SPDX-License-Identifier: MIT
// The facts table above each page (InfoPanel) says what core knows, for every function at its
// defaults and with each parameter at each end of its slider and of its allowed range: a page
// must never claim "bounded" or "no dead region" where the chart beside it shows otherwise.
#include "app/languagemanager.h"
#include "app/model/explorermodel.h"
#include "app/views/infopage.h"
#include "app/views/infopanel.h"
#include "core/catalog.h"

#include <QApplication>
#include <QColor>
#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTextBlock>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <map>
#include <memory>

namespace {

// Row label → the value shown, read back from the table's HTML.
std::map<QString, QString> rows(const QString& html)
{
    std::map<QString, QString> out;
    static const QRegularExpression row(QStringLiteral("<span[^>]*>([^<]*):</span> <b>(.*?)</b>"));
    for (auto it = row.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out[m.captured(1)] = m.captured(2);
    }
    return out;
}

std::vector<al::ParameterValues> parameterEnds(const al::Activation& a)
{
    std::vector<al::ParameterValues> all{a.defaults()};
    for (std::size_t i = 0; i < a.parameters.size(); ++i)
        for (double v : {a.parameters[i].sliderMin, a.parameters[i].sliderMax, a.parameters[i].min, a.parameters[i].max}) {
            al::ParameterValues p = a.defaults();
            p[i] = v;
            all.push_back(p);
        }
    return all;
}

TEST(FactsTable, SaysWhatCoreKnowsAtEveryParameterEnd)
{
    LanguageManager::instance().apply(QStringLiteral("en"));
    const auto yesNo = [](bool v) { return v ? QStringLiteral("yes") : QStringLiteral("no"); };
    for (const al::Activation& a : al::catalog()) {
        for (const al::ParameterValues& p : parameterEnds(a)) {
            SCOPED_TRACE(std::string(a.key) + (p.empty() ? std::string() : " at " + std::to_string(p.front())));
            const auto shown = rows(InfoPanel::factsTable(a, p, QColor(Qt::gray)));
            const al::Properties props = a.propertiesAt(p);
            EXPECT_EQ(shown.at(QStringLiteral("Bounded")), yesNo(props.bounded));
            EXPECT_EQ(shown.at(QStringLiteral("Zero-centred")), yesNo(props.zeroCentred));
            EXPECT_EQ(shown.at(QStringLiteral("Monotonic")), yesNo(props.monotonic));
            EXPECT_EQ(shown.at(QStringLiteral("Smooth (no kinks)")), yesNo(a.smooth(p)));
            const QString dead = shown.at(QStringLiteral("Dead gradient (f′ = 0)"));
            EXPECT_EQ(dead == QStringLiteral("nowhere"), a.deadIntervals(p).empty()) << dead.toStdString();
            const QString pytorch = QString::fromStdString(a.pytorchCall(p)).toHtmlEscaped();
            EXPECT_EQ(shown.at(QStringLiteral("PyTorch")), QStringLiteral("<code>%1</code>").arg(pytorch));
            EXPECT_EQ(shown.count(QStringLiteral("Keras")), a.kerasName.empty() ? 0u : 1u);
        }
    }
}

TEST(FactsTable, NamesTheApproximateGeluCalls)
{
    LanguageManager::instance().apply(QStringLiteral("en"));
    const al::Activation& a = *al::findActivation("gelu_tanh");
    const auto shown = rows(InfoPanel::factsTable(a, {}, QColor(Qt::gray)));
    EXPECT_EQ(shown.at(QStringLiteral("Keras")), QStringLiteral("<code>keras.activations.gelu(x, approximate=True)</code>"));
    EXPECT_EQ(shown.at(QStringLiteral("PyTorch")), QStringLiteral("<code>nn.GELU(approximate=&quot;tanh&quot;)</code>"));
}

TEST(FactsTable, WritesIntervalsAsEachLanguageDoes)
{
    const al::Activation& sigmoid = *al::findActivation("sigmoid");
    const al::Activation& step = *al::findActivation("step");
    const al::Activation& relu6 = *al::findActivation("relu6");
    LanguageManager::instance().apply(QStringLiteral("en"));
    EXPECT_EQ(rows(InfoPanel::factsTable(sigmoid, {}, Qt::gray)).at(QStringLiteral("Output range")), QStringLiteral("(0, 1)"));
    EXPECT_EQ(rows(InfoPanel::factsTable(step, step.defaults(), Qt::gray)).at(QStringLiteral("Output range")), QStringLiteral("{0, 1}"));
    EXPECT_EQ(rows(InfoPanel::factsTable(relu6, {}, Qt::gray)).at(QStringLiteral("Dead gradient (f′ = 0)")),
              QStringLiteral("z &lt; 0 and z &gt; 6"));
    LanguageManager::instance().apply(QStringLiteral("ru"));
    EXPECT_EQ(rows(InfoPanel::factsTable(sigmoid, {}, Qt::gray)).at(QStringLiteral("Область значений")), QStringLiteral("(0; 1)"));
    EXPECT_EQ(rows(InfoPanel::factsTable(step, step.defaults(), Qt::gray)).at(QStringLiteral("Область значений")), QStringLiteral("{0; 1}"));
    LanguageManager::instance().apply(QStringLiteral("en"));
}

// The panel's text line by line; spaces at a line's end are the HTML source's, not the reader's.
std::vector<std::string> lines(const InfoPanel& panel)
{
    std::vector<std::string> out;
    for (const QString& line : panel.toPlainText().split(QLatin1Char('\n')))
        out.push_back(line.trimmed().toStdString());
    return out;
}

// A panel beside `model` showing `function`'s page, on screen at a reader's size, in English.
std::unique_ptr<InfoPanel> shownPanel(ExplorerModel& model, const char* function)
{
    LanguageManager::instance().apply(QStringLiteral("en"));
    model.setFunction(QString::fromLatin1(function));
    auto panel = std::make_unique<InfoPanel>(&model);
    panel->setPreparingAhead(false);  // the tests count pages
    panel->resize(360, 300);
    panel->show();
    QApplication::processEvents();
    return panel;
}

TEST(FactsTable, AParameterStepRewritesOnlyTheRowsItChangesInPlace)
{
    ExplorerModel model;
    const std::unique_ptr<InfoPanel> panel = shownPanel(model, "leaky_relu");
    InfoPage* page = panel->currentPage();
    QTextDocument* document = page->document();
    const int blocks = document->blockCount();
    page->verticalScrollBar()->setValue(page->verticalScrollBar()->maximum() / 2);
    const int scrolled = page->verticalScrollBar()->value();
    ASSERT_GT(scrolled, 0);
    const QString outputRange = document->findBlockByNumber(1).text();

    model.setParameter(0, 0.3);
    QApplication::processEvents();
    EXPECT_EQ(panel->currentPage(), page);
    EXPECT_EQ(page->document(), document) << "the page was not set again";
    EXPECT_EQ(document->blockCount(), blocks);
    EXPECT_EQ(page->verticalScrollBar()->value(), scrolled) << "the reader keeps their place";
    EXPECT_EQ(document->findBlockByNumber(1).text(), outputRange);
    // What a panel opened now would show, word for word.
    InfoPanel fresh(&model);
    EXPECT_EQ(lines(*panel), lines(fresh));
    EXPECT_TRUE(panel->toPlainText().contains(QStringLiteral("negative_slope=0.3"))) << panel->toPlainText().toStdString();
    // Back to where it was: the same again.
    model.setParameter(0, model.activation().defaults().front());
    QApplication::processEvents();
    InfoPanel atDefaults(&model);
    EXPECT_EQ(lines(*panel), lines(atDefaults));
}

// A page once shown stays laid out: switching back to its function shows it again as it was
// (its scroll position too) without laying it out again, with the facts of the parameters now.
TEST(InfoPanel, KeepsEveryPageShownLaidOut)
{
    ExplorerModel model;
    const std::unique_ptr<InfoPanel> panel = shownPanel(model, "elu");
    InfoPage* elu = panel->currentPage();
    elu->verticalScrollBar()->setValue(elu->verticalScrollBar()->maximum() / 2);
    const int scrolled = elu->verticalScrollBar()->value();
    ASSERT_GT(scrolled, 0);

    model.setFunction(QStringLiteral("tanh"));
    QApplication::processEvents();
    InfoPage* tanh = panel->currentPage();
    EXPECT_NE(tanh, elu);
    EXPECT_TRUE(panel->toPlainText().contains(QStringLiteral("tanh"))) << panel->toPlainText().toStdString();

    QSignalSpy relaidOut(elu->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged);
    model.setFunction(QStringLiteral("elu"));
    model.setParameter(0, 0.5);
    QApplication::processEvents();
    EXPECT_EQ(panel->currentPage(), elu);
    EXPECT_EQ(elu->verticalScrollBar()->value(), scrolled);
    EXPECT_EQ(relaidOut.count(), 0) << "only the facts' rows changed";
    InfoPanel fresh(&model);
    EXPECT_EQ(lines(*panel), lines(fresh));

    // Another language: the pages out of view are dropped, the one in view is rewritten.
    LanguageManager::instance().apply(QStringLiteral("ru"));
    panel->setLanguage(QStringLiteral("ru"));
    QApplication::processEvents();
    InfoPanel russian(&model);
    russian.setLanguage(QStringLiteral("ru"));
    EXPECT_EQ(lines(*panel), lines(russian));
    EXPECT_EQ(panel->count(), 1);
    LanguageManager::instance().apply(QStringLiteral("en"));
}

}  // namespace
