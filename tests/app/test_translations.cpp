// SPDX-License-Identifier: MIT
// The Russian interface: the .ts file is complete and current, and switching the language at run
// time leaves no English text in the window.
#include "app/views/activationchartview.h"
#include "app/model/explorermodel.h"
#include "app/widgets/functionchooser.h"
#include "app/views/infopanel.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/widgets/neuronpanel.h"
#include "app/views/readoutview.h"
#include "app/widgets/valueslider.h"

#include <QAbstractButton>
#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QChartView>
#include <QComboBox>
#include <QTabWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

namespace {

struct Message {
    QString context;
    QString source;
    QString translation;
    QString type;  // "unfinished", "vanished", "obsolete" or empty
};

std::vector<Message> readTs(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    QXmlStreamReader xml(&file);
    std::vector<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QStringLiteral("name"))
            context = xml.readElementText();
        else if (xml.name() == QStringLiteral("message"))
            current = Message{context, {}, {}, {}};
        else if (xml.name() == QStringLiteral("source"))
            current.source = xml.readElementText();
        else if (xml.name() == QStringLiteral("translation")) {
            current.type = xml.attributes().value(QStringLiteral("type")).toString();
            current.translation = xml.readElementText();
            messages.push_back(current);
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    return messages;
}

QStringList placeholders(const QString& text)
{
    QStringList found;
    QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("%(\\d+|n)")).globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured(0));
    found.sort();
    return found;
}

TEST(Translations, RussianFileIsCompleteAndConsistent)
{
    const std::vector<Message> messages = readTs(QStringLiteral(TS_FILE));
    ASSERT_GT(messages.size(), 50u);
    for (const Message& m : messages) {
        const std::string where = (m.context + QStringLiteral(": ") + m.source).toStdString();
        EXPECT_TRUE(m.type.isEmpty()) << m.type.toStdString() << " — " << where;
        EXPECT_FALSE(m.translation.trimmed().isEmpty()) << where;
        EXPECT_EQ(placeholders(m.source), placeholders(m.translation)) << where;
        EXPECT_EQ(m.source.contains(QLatin1Char('\n')), m.translation.contains(QLatin1Char('\n'))) << where;
        // A menu entry with an accelerator keeps one.
        const QRegularExpression accelerator(QStringLiteral("&\\w"), QRegularExpression::UseUnicodePropertiesOption);
        if (m.source.contains(accelerator)) {
            EXPECT_TRUE(m.translation.contains(accelerator)) << where;
        }
    }
}

TEST(Translations, LupdateFindsNothingNewInTheSources)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("activationlab_ru.ts"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(TS_FILE), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.start(QStringLiteral(LUPDATE_BINARY), {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                                                   QStringLiteral(APP_SOURCE_DIR), QStringLiteral(STATE_SOURCE_DIR),
                                                   QStringLiteral(EXERCISE_SOURCE_DIR), QStringLiteral("-ts"), copy});
    ASSERT_TRUE(lupdate.waitForFinished(120000));
    ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
    for (const Message& m : readTs(copy))
        EXPECT_TRUE(m.type.isEmpty()) << "not in the .ts file yet: " << (m.context + QStringLiteral(": ") + m.source).toStdString();
}

// Latin words that are names, not English: function names, libraries, keys, file types.
bool allowedLatin(const QString& word)
{
    static const QStringList allowed = {
        QStringLiteral("ReLU"), QStringLiteral("Leaky"), QStringLiteral("PReLU"), QStringLiteral("ELU"), QStringLiteral("SELU"),
        QStringLiteral("GELU"), QStringLiteral("SiLU"), QStringLiteral("Softplus"), QStringLiteral("Softsign"),
        QStringLiteral("Mish"), QStringLiteral("ReLU6"), QStringLiteral("Softmax"), QStringLiteral("Hard"), QStringLiteral("hard"),
        QStringLiteral("swish"), QStringLiteral("tanh"), QStringLiteral("Tanh"), QStringLiteral("Keras"), QStringLiteral("PyTorch"),
        QStringLiteral("ActivationLab"), QStringLiteral("Ctrl"), QStringLiteral("PgUp"), QStringLiteral("PgDn"),
        QStringLiteral("Home"), QStringLiteral("PNG"), QStringLiteral("SVG"), QStringLiteral("PDF"), QStringLiteral("png"),
        QStringLiteral("svg"), QStringLiteral("pdf"), QStringLiteral("English"), QStringLiteral("max"), QStringLiteral("step"),
        QStringLiteral("softmax"), QStringLiteral("log"), QStringLiteral("CSV"), QStringLiteral("JSON"), QStringLiteral("Esc"),
        // Names kept in Russian texts: a key, a mathematical function, the optimiser's acronym.
        QStringLiteral("Shift"), QStringLiteral("sin"), QStringLiteral("SGD"),
        // Authors of initialisation schemes (Xavier Glorot, Yann LeCun), named as the libraries name them.
        QStringLiteral("Xavier"), QStringLiteral("Glorot"), QStringLiteral("LeCun")};
    return allowed.contains(word);
}

QStringList englishWords(QString text)
{
    // Markup and accelerators are not words a user reads.
    text.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    text.remove(QLatin1Char('&'));
    QStringList found;
    QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("[A-Za-z]{3,}\\d*")).globalMatch(text);
    while (it.hasNext()) {
        const QString w = it.next().captured(0);
        if (!allowedLatin(w))
            found.append(w);
    }
    return found;
}

class LanguageSwitch : public ::testing::Test {
protected:
    void SetUp() override
    {
        LanguageManager::instance().apply(QStringLiteral("en"));
        window = std::make_unique<MainWindow>(&model);
        window->resize(1280, 800);
        window->show();
        QApplication::processEvents();
    }
    void TearDown() override
    {
        LanguageManager::instance().apply(QStringLiteral("en"));
        QApplication::processEvents();
    }

    // Every text the user can see or hear in the window.
    QStringList visibleTexts() const
    {
        QStringList texts;
        for (QWidget* w : window->findChildren<QWidget*>()) {
            texts << w->toolTip() << w->accessibleName();
            if (auto* l = qobject_cast<QLabel*>(w))
                texts << l->text();
            if (auto* b = qobject_cast<QAbstractButton*>(w))
                texts << b->text();
            if (auto* g = qobject_cast<QGroupBox*>(w))
                texts << g->title();
            if (auto* list = qobject_cast<QListWidget*>(w))
                for (int i = 0; i < list->count(); ++i)
                    texts << list->item(i)->text();
        }
        for (QAction* menu : window->menuBar()->actions()) {
            texts << menu->text();
            if (menu->menu())
                for (QAction* a : menu->menu()->actions())
                    texts << a->text() << a->toolTip();
        }
        // Every chart of every tab: titles, axis titles, legend (series) names.
        for (QChartView* view : window->findChildren<QChartView*>()) {
            QChart* chart = view->chart();
            texts << chart->title();
            for (QAbstractAxis* axis : chart->axes())
                texts << axis->titleText();
            for (QAbstractSeries* s : chart->series())
                texts << s->name();
        }
        for (QComboBox* box : window->findChildren<QComboBox*>()) {
            texts << box->placeholderText();
            for (int i = 0; i < box->count(); ++i)
                texts << box->itemText(i);
        }
        for (QTabWidget* tabs : window->findChildren<QTabWidget*>())
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        texts << window->windowTitle();
        return texts;
    }

    ExplorerModel model;
    std::unique_ptr<MainWindow> window;
};

TEST_F(LanguageSwitch, RussianLeavesNoEnglishAnywhere)
{
    for (const char* key : {"relu", "sigmoid", "leaky_relu", "step"}) {
        model.setFunction(QString::fromLatin1(key));
        model.setBias(key == std::string("relu") ? -3.0 : 0.1);
        LanguageManager::instance().apply(QStringLiteral("ru"));
        QApplication::processEvents();
        for (const QString& text : visibleTexts()) {
            const QStringList english = englishWords(text);
            EXPECT_TRUE(english.isEmpty()) << key << ": \"" << text.toStdString() << "\" has " << english.join(QLatin1Char(' ')).toStdString();
        }
        // The explanation is the Russian page.
        const QString info = window->infoPanel()->toPlainText();
        EXPECT_TRUE(info.contains(QStringLiteral("Область значений"))) << info.left(200).toStdString();
        LanguageManager::instance().apply(QStringLiteral("en"));
        QApplication::processEvents();
    }
}

TEST_F(LanguageSwitch, RussianWritesAndReadsDecimalCommas)
{
    window->findChild<QMenuBar*>();
    LanguageManager::instance().apply(QStringLiteral("ru"));
    QApplication::processEvents();
    EXPECT_EQ(window->readout()->sumText(), QStringLiteral("z = 0,50·1,20 + (−0,30)·2,00 + 0,10 = 0,10"));
    EXPECT_TRUE(window->readout()->valuesText().contains(QStringLiteral("0,5250")));
    QDoubleSpinBox* bias = window->neuronPanel()->biasSlider()->spinBox();
    EXPECT_EQ(bias->text(), QStringLiteral("0,10"));
    bias->setFocus();
    bias->selectAll();
    QTest::keyClicks(bias, QStringLiteral("-1,25"));
    QTest::keyClick(bias, Qt::Key_Return);
    EXPECT_EQ(model.neuron().bias(), -1.25);
    EXPECT_TRUE(window->chartView()->chart()->localizeNumbers());
    EXPECT_EQ(window->chartView()->chart()->locale().decimalPoint(), QStringLiteral(","));
}

TEST_F(LanguageSwitch, BackToEnglishRestoresEverything)
{
    const QStringList before = visibleTexts();
    LanguageManager::instance().apply(QStringLiteral("ru"));
    QApplication::processEvents();
    EXPECT_NE(visibleTexts(), before);
    LanguageManager::instance().apply(QStringLiteral("en"));
    QApplication::processEvents();
    EXPECT_EQ(visibleTexts(), before);
}

TEST_F(LanguageSwitch, MenuSwitchIsRemembered)
{
    QAction* russian = nullptr;
    for (QAction* menu : window->menuBar()->actions())
        if (menu->menu())
            for (QAction* a : menu->menu()->actions())
                if (a->text() == QStringLiteral("Русский"))
                    russian = a;
    ASSERT_NE(russian, nullptr);
    russian->trigger();
    QApplication::processEvents();
    EXPECT_EQ(LanguageManager::instance().current(), QStringLiteral("ru"));
    EXPECT_EQ(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("ru"));
    EXPECT_EQ(LanguageManager::initialLanguage(), QStringLiteral("ru"));
    QSettings().remove(QStringLiteral("language"));
}

}  // namespace
