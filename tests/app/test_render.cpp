// SPDX-License-Identifier: MIT
// `activationlab render` as a teacher scripts it: the real binary, files on disk.
#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

struct RenderRun {
    int code = -1;
    QString err;
};

RenderRun render(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(ACTIVATIONLAB_BINARY), QStringList{QStringLiteral("render")} + args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
}

// Pixels close to the curve's blue (#1c5dc4).
int curvePixels(const QImage& image)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - 0x1c) < 24 && std::abs(c.green() - 0x5d) < 24 && std::abs(c.blue() - 0xc4) < 24;
        }
    return n;
}

TEST(Render, PngOfTheRequestedSizeShowsTheCurve)
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("tanh.png"));
    const RenderRun r = render({QStringLiteral("tanh"), QStringLiteral("--out"), out, QStringLiteral("--size"), QStringLiteral("900x600")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    const QImage image(out);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), QSize(900, 600));
    EXPECT_GT(curvePixels(image), 1000);
}

TEST(Render, SvgAndPdfWithParametersAndNeuron)
{
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("leaky.svg"));
    const RenderRun r = render({QStringLiteral("leaky_relu"), QStringLiteral("--out=") + svg, QStringLiteral("--param"),
                          QStringLiteral("alpha=0.3"), QStringLiteral("--inputs=1,-2,0.5"), QStringLiteral("--weights=0.4,0.9,-1"),
                          QStringLiteral("--bias=0.25"), QStringLiteral("--lang"), QStringLiteral("ru")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.startsWith("<?xml")) << text.left(40).constData();
    EXPECT_TRUE(text.contains("<svg"));
    EXPECT_TRUE(text.contains("#1c5dc4"));
    const QString pdf = dir.filePath(QStringLiteral("relu.pdf"));
    ASSERT_EQ(render({QStringLiteral("relu"), QStringLiteral("--out"), pdf}).code, 0);
    QFile p(pdf);
    ASSERT_TRUE(p.open(QIODevice::ReadOnly));
    EXPECT_TRUE(p.read(5) == "%PDF-");
}

class BadRender : public ::testing::TestWithParam<QStringList> {};

TEST_P(BadRender, ExitsTwoWithOneLineAndWritesNothing)
{
    QTemporaryDir dir;
    QStringList args = GetParam();
    args.replaceInStrings(QStringLiteral("DIR"), dir.path());
    const RenderRun r = render(args);
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 1) << r.err.toStdString();
    EXPECT_TRUE(QDir(dir.path()).isEmpty()) << "no partial file";
}

INSTANTIATE_TEST_SUITE_P(
    Render, BadRender,
    ::testing::Values(QStringList{QStringLiteral("nosuch"), QStringLiteral("--out"), QStringLiteral("DIR/x.png")},
                      QStringList{QStringLiteral("tanh")},
                      QStringList{QStringLiteral("tanh"), QStringLiteral("--out"), QStringLiteral("DIR/x.bmp")},
                      QStringList{QStringLiteral("tanh"), QStringLiteral("--out"), QStringLiteral("DIR/x.png"), QStringLiteral("--size"), QStringLiteral("10x10")},
                      QStringList{QStringLiteral("tanh"), QStringLiteral("--out"), QStringLiteral("DIR/x.png"), QStringLiteral("--size"), QStringLiteral("wide")},
                      QStringList{QStringLiteral("tanh"), QStringLiteral("--out"), QStringLiteral("DIR/x.png"), QStringLiteral("--lang"), QStringLiteral("de")},
                      QStringList{QStringLiteral("tanh"), QStringLiteral("--out"), QStringLiteral("DIR/x.png"), QStringLiteral("--inputs=1,2"), QStringLiteral("--weights=1")},
                      QStringList{QStringLiteral("tanh"), QStringLiteral("--out"), QStringLiteral("DIR/x.png"), QStringLiteral("--inputs=1,2,3,4,5,6,7,8,9")},
                      QStringList{QStringLiteral("tanh"), QStringLiteral("--out"), QStringLiteral("DIR/x.png"), QStringLiteral("--bias=nan")},
                      QStringList{QStringLiteral("tanh"), QStringLiteral("--out"), QStringLiteral("DIR/x.png"), QStringLiteral("--param"), QStringLiteral("alpha=1")},
                      QStringList{QStringLiteral("tanh"), QStringLiteral("--out"), QStringLiteral("DIR/missing/x.png")},
                      QStringList{QStringLiteral("tanh"), QStringLiteral("--out"), QStringLiteral("DIR/x.png"), QStringLiteral("--bogus")}));

}  // namespace
