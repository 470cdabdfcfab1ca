// SPDX-License-Identifier: MIT
// Scenario files, exports and the clipboard: what a teacher prepares and takes away.
#include "app/model/comparemodel.h"
#include "app/model/depthmodel.h"
#include "app/model/explorermodel.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/model/labstate.h"
#include "core/numbers.h"
#include "app/scenario/scenario.h"
#include "app/model/softmaxmodel.h"
#include "app/model/sparsitymodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QTabWidget>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cmath>

namespace {

const QString kData = QStringLiteral(SCENARIO_DIR);

class Scenarios_ : public ::testing::Test {
protected:
    void SetUp() override
    {
        window = std::make_unique<MainWindow>(&model);
        window->resize(1280, 800);
        window->show();
        QApplication::processEvents();
    }
    al::state::Document state() const { return window->models().state->document(); }

    ExplorerModel model;
    std::unique_ptr<MainWindow> window;
    QTemporaryDir dir;
};

TEST_F(Scenarios_, SaveThenOpenGivesAnEqualState)
{
    model.setFunction(QStringLiteral("elu"));
    model.setParameter(0, 0.7);
    model.setInputCount(3);
    model.setInput(2, -1.25);
    model.setWeight(2, 0.75);
    model.setBias(0.3);
    model.setEpsilon(0.05);
    model.zoom(0.5, 1.0, 0.0);
    model.setShowTangent(false);
    window->softmaxModel()->setLogits({1, -2, 3, 0.5, 7});
    window->softmaxModel()->setTemperature(2.5);
    window->softmaxModel()->setFocus(4);
    window->depthModel()->setFunction(3, QStringLiteral("gelu"));
    window->depthModel()->setLayers(33);
    window->depthModel()->setForwardPass(true);
    window->compareModel()->applyPreset(CompareModel::Preset::SmoothRelus);
    window->sparsityModel()->setSeed(1234);
    window->tabs()->setCurrentIndex(MainWindow::DepthTab);
    const al::state::Document before = state();
    const QString path = dir.filePath(QStringLiteral("lesson.alab"));
    QString error;
    ASSERT_TRUE(window->saveScenario(path, &error)) << error.toStdString();
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("lesson.alab")}) << "no temporary file left";

    ExplorerModel otherModel;
    MainWindow other(&otherModel);
    EXPECT_NE(other.models().state->document(), before);
    ASSERT_TRUE(other.openScenario(path, &error)) << error.toStdString();
    EXPECT_EQ(other.models().state->document(), before);
    EXPECT_EQ(other.tabs()->currentIndex(), MainWindow::DepthTab);
    EXPECT_EQ(other.recentFiles().value(0), QFileInfo(path).absoluteFilePath());
}

TEST_F(Scenarios_, GoodFilesApply)
{
    QString error;
    ASSERT_TRUE(window->openScenario(kData + QStringLiteral("/good/leaky-relu-lesson.alab"), &error)) << error.toStdString();
    EXPECT_EQ(model.functionKey(), QStringLiteral("leaky_relu"));
    EXPECT_EQ(model.parameters()[0], 0.2);
    EXPECT_EQ(model.neuron().inputCount(), 3u);
    EXPECT_EQ(model.neuron().bias(), -0.25);
    EXPECT_EQ(model.epsilon(), 0.05);
    EXPECT_EQ(model.view().zMin, -4.0);
    EXPECT_FALSE(model.showTangent());
    EXPECT_EQ(window->softmaxModel()->focus(), 2);
    EXPECT_EQ(window->sparsityModel()->function(), QStringLiteral("tanh"));
    // A file may give only what it changes; the rest is the default.
    ASSERT_TRUE(window->openScenario(kData + QStringLiteral("/good/softmax-minimal.alab"), &error)) << error.toStdString();
    EXPECT_EQ(window->tabs()->currentIndex(), MainWindow::SoftmaxTab);
    EXPECT_EQ(model.functionKey(), QStringLiteral("sigmoid"));
}

TEST_F(Scenarios_, EveryBadFileIsRefusedAndChangesNothing)
{
    // Make the state differ from the defaults, so a partial apply would show.
    model.setFunction(QStringLiteral("tanh"));
    model.setBias(1.75);
    window->softmaxModel()->setTemperature(3.0);
    const al::state::Document before = state();
    QStringList files = QDir(kData + QStringLiteral("/bad")).entryList({QStringLiteral("*.alab")}, QDir::Files);
    for (QString& f : files)
        f = kData + QStringLiteral("/bad/") + f;
    // Over 1 MiB: a valid scenario padded with spaces.
    const QString huge = dir.filePath(QStringLiteral("huge.alab"));
    QFile file(huge);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(Scenarios::toJson(before));
    file.write(QByteArray(1024 * 1024, ' '));
    file.close();
    files << huge << dir.filePath(QStringLiteral("missing.alab")) << dir.path();
    ASSERT_GE(files.size(), 40);
    for (const QString& path : files) {
        QString error;
        EXPECT_FALSE(window->openScenario(path, &error)) << path.toStdString();
        EXPECT_FALSE(error.isEmpty()) << path.toStdString();
        EXPECT_TRUE(error.contains(QFileInfo(path).fileName())) << error.toStdString();
        EXPECT_EQ(error.count(QLatin1Char('\n')), 0) << "one sentence: " << error.toStdString();
        EXPECT_EQ(state(), before) << path.toStdString();
    }
}

TEST_F(Scenarios_, MessagesAreInTheUserLanguage)
{
    LanguageManager::instance().apply(QStringLiteral("ru"));
    QString error;
    EXPECT_FALSE(window->openScenario(kData + QStringLiteral("/bad/unknown-function.alab"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("неизвестная функция"))) << error.toStdString();
    EXPECT_FALSE(window->openScenario(kData + QStringLiteral("/bad/version-2.alab"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("версия"))) << error.toStdString();
    LanguageManager::instance().apply(QStringLiteral("en"));
}

TEST_F(Scenarios_, SavingIntoAMissingFolderFailsCleanly)
{
    QString error;
    EXPECT_FALSE(window->saveScenario(dir.filePath(QStringLiteral("no/such/folder/x.alab")), &error));
    EXPECT_FALSE(error.isEmpty());
    // An existing file survives a failed overwrite attempt through a directory of that name.
    const QString path = dir.filePath(QStringLiteral("keep.alab"));
    ASSERT_TRUE(window->saveScenario(path, &error));
    const QByteArray saved = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    EXPECT_FALSE(window->saveScenario(dir.path(), &error));
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), saved);
}

TEST_F(Scenarios_, CurveCsvIsExactAndLocaleIndependent)
{
    LanguageManager::instance().apply(QStringLiteral("ru"));
    model.setFunction(QStringLiteral("gelu"));
    const QString path = dir.filePath(QStringLiteral("gelu.csv"));
    QString error;
    ASSERT_TRUE(window->exportCurveCsv(path, &error)) << error.toStdString();
    LanguageManager::instance().apply(QStringLiteral("en"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    ASSERT_EQ(lines.size(), 1003);  // header, 1,001 rows, final newline
    EXPECT_EQ(lines[0], "z,f,df");
    for (int i = 1; i <= 1001; ++i) {
        const QList<QByteArray> cells = lines[i].split(',');
        ASSERT_EQ(cells.size(), 3) << lines[i].constData();
        const double z = *al::parseNumber(cells[0].toStdString());
        // The file holds the span kernels' values (as `activationlab table` does), written so that
        // they read back exactly; they agree with the scalar reference within the accuracy contract.
        const al::FunctionValues v = model.activation().evaluate(z, model.parameters());
        for (int c : {1, 2}) {
            const double read = *al::parseNumber(cells[c].toStdString());
            EXPECT_EQ(al::formatRoundTrip(read), cells[c].toStdString());
            const double expected = c == 1 ? v.f : v.df;
            ASSERT_LE(std::fabs(read - expected), std::max(1e-12 * std::fabs(expected), 1e-15)) << lines[i].constData();
        }
    }
    EXPECT_EQ(*al::parseNumber(lines[1].split(',')[0].toStdString()), model.view().zMin);
}

TEST_F(Scenarios_, FiguresOfEveryTabAndTheClipboard)
{
    for (int tab = 0; tab < window->tabs()->count(); ++tab) {
        window->tabs()->setCurrentIndex(tab);
        QApplication::processEvents();
        const QSize size = window->figureWidget()->size();
        for (const char* suffix : {"png", "svg", "pdf"}) {
            const QString path = dir.filePath(QStringLiteral("figure%1.%2").arg(tab).arg(QString::fromLatin1(suffix)));
            QString error;
            ASSERT_TRUE(window->exportChart(path, &error)) << error.toStdString();
            QFile f(path);
            ASSERT_TRUE(f.open(QIODevice::ReadOnly));
            const QByteArray head = f.read(8);
            if (suffix == std::string("png")) {
                EXPECT_EQ(QImage(path).size(), size);
            } else if (suffix == std::string("svg")) {
                EXPECT_TRUE(head.startsWith("<?xml"));
            } else {
                EXPECT_TRUE(head.startsWith("%PDF-"));
            }
        }
        window->copyFigure();
        EXPECT_EQ(QGuiApplication::clipboard()->image().size(), size) << "tab " << tab;
    }
    QString error;
    EXPECT_FALSE(window->exportChart(dir.filePath(QStringLiteral("x.bmp")), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST_F(Scenarios_, RenderScenarioFromTheCommandLine)
{
    const auto run = [](const QStringList& args, QString* err) {
        QProcess p;
        p.start(QStringLiteral(ACTIVATIONLAB_BINARY), args);
        p.waitForFinished(60000);
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    };
    QString err;
    const QString png = dir.filePath(QStringLiteral("lesson.png"));
    EXPECT_EQ(run({QStringLiteral("render"), QStringLiteral("--scenario"), kData + QStringLiteral("/good/leaky-relu-lesson.alab"),
                   QStringLiteral("--out"), png, QStringLiteral("--size"), QStringLiteral("1000x640")},
                  &err),
              0)
        << err.toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(1000, 640));
    const QString pdf = dir.filePath(QStringLiteral("softmax.pdf"));
    EXPECT_EQ(run({QStringLiteral("render"), QStringLiteral("--scenario"), kData + QStringLiteral("/good/softmax-minimal.alab"),
                   QStringLiteral("--out"), pdf},
                  &err),
              0)
        << err.toStdString();
    EXPECT_TRUE(QFile::exists(pdf));
    const QString bad = dir.filePath(QStringLiteral("bad.png"));
    EXPECT_EQ(run({QStringLiteral("render"), QStringLiteral("--scenario"), kData + QStringLiteral("/bad/truncated.alab"),
                   QStringLiteral("--out"), bad},
                  &err),
              2);
    EXPECT_EQ(err.count(QLatin1Char('\n')), 1) << err.toStdString();
    EXPECT_FALSE(QFile::exists(bad));
    EXPECT_EQ(run({QStringLiteral("render"), QStringLiteral("tanh"), QStringLiteral("--scenario"), QStringLiteral("x.alab"),
                   QStringLiteral("--out"), bad},
                  &err),
              2);
}

}  // namespace
