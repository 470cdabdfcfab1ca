// SPDX-License-Identifier: MIT
// AppStyle: Fusion with the group box frame, the scroll bar, the spin box and the slider drawn
// once per look and kept, and plain frames drawn as their edges — the same pixels as Fusion's own
// drawing, drawn again only when the look changes.
#include "app/appstyle.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QDoubleSpinBox>
#include <QScrollBar>
#include <QSlider>
#include <QStyleFactory>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace {

QImage shot(QWidget& widget, QStyle* style)
{
    widget.setStyle(style);
    for (QWidget* child : widget.findChildren<QWidget*>())
        child->setStyle(style);
    return widget.grab().toImage();
}

// The largest difference of one colour channel between two pictures of the same size.
int largestDifference(const QImage& a, const QImage& b)
{
    if (a.size() != b.size())
        return 255;
    int largest = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y);
            const QRgb q = b.pixel(x, y);
            largest = std::max({largest, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)), std::abs(qBlue(p) - qBlue(q)),
                                std::abs(qAlpha(p) - qAlpha(q))});
        }
    return largest;
}

TEST(AppStyle, DrawsGroupBoxesAsFusionDoes)
{
    AppStyle app;
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    for (const QString& title : {QStringLiteral("Neuron"), QString()}) {
        QGroupBox box(title);
        auto* layout = new QVBoxLayout(&box);
        layout->addWidget(new QLabel(QStringLiteral("inside")));
        box.resize(240, 120);
        EXPECT_EQ(shot(box, &app), shot(box, fusion.get())) << title.toStdString();
    }
}

// A group box's parts (its title, frame, contents, check box) are kept per look: each change of
// what Fusion measures them by gives Fusion's rectangles, asked of it again.
TEST(AppStyle, GivesAGroupBoxsPartsAsFusionDoesThroughEveryChange)
{
    AppStyle app;
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QGroupBox box(QStringLiteral("Neuron"));
    box.resize(240, 120);
    const auto expectFusionsParts = [&](const char* what) {
        QStyleOptionGroupBox option;
        option.initFrom(&box);
        option.text = box.title();
        option.lineWidth = 1;
        option.midLineWidth = 0;
        option.textAlignment = box.alignment();
        option.subControls = QStyle::SC_GroupBoxFrame | QStyle::SC_GroupBoxLabel;
        if (box.isCheckable())
            option.subControls |= QStyle::SC_GroupBoxCheckBox;
        option.features = box.isFlat() ? QStyleOptionFrame::Flat : QStyleOptionFrame::None;
        for (int pass = 0; pass < 2; ++pass)  // measured, then kept
            for (const QStyle::SubControl part : {QStyle::SC_GroupBoxFrame, QStyle::SC_GroupBoxLabel, QStyle::SC_GroupBoxContents,
                                                  QStyle::SC_GroupBoxCheckBox})
                EXPECT_EQ(app.subControlRect(QStyle::CC_GroupBox, &option, part, &box),
                          fusion->subControlRect(QStyle::CC_GroupBox, &option, part, &box))
                    << what << ", part " << int(part) << ", pass " << pass;
    };
    expectFusionsParts("at first");
    box.setTitle(QStringLiteral("Параметры нейрона"));
    expectFusionsParts("another title");
    QFont larger = box.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    box.setFont(larger);
    expectFusionsParts("a larger font");
    box.setAlignment(Qt::AlignRight);
    expectFusionsParts("aligned right");
    box.resize(300, 90);
    expectFusionsParts("resized");
    box.setCheckable(true);
    expectFusionsParts("checkable");
    box.setLayoutDirection(Qt::RightToLeft);
    expectFusionsParts("right to left");
    box.setFlat(true);
    expectFusionsParts("flat");
    box.setTitle(QString());
    expectFusionsParts("no title");
}

TEST(AppStyle, KeepsEachFramesPictureUntilTheLookChanges)
{
    auto* app = new AppStyle();  // QWidget::setStyle does not own it; deleted below
    QGroupBox box(QStringLiteral("Parameters"));
    box.resize(240, 120);
    box.setStyle(app);
    box.grab();
    const int first = app->keptDraws();
    EXPECT_GE(first, 1);
    box.grab();
    box.grab();
    EXPECT_EQ(app->keptDraws(), first) << "the same frame again: the kept picture";
    box.resize(260, 120);
    box.grab();
    EXPECT_EQ(app->keptDraws(), first + 1) << "a new size: drawn again";
    QPalette dark = box.palette();
    dark.setColor(QPalette::Window, Qt::darkGray);
    box.setPalette(dark);
    box.grab();
    EXPECT_EQ(app->keptDraws(), first + 2) << "a new palette: drawn again";
    box.setStyle(nullptr);
    delete app;
}

TEST(AppStyle, DrawsScrollBarsAsFusionDoes)
{
    AppStyle app;
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    for (Qt::Orientation orientation : {Qt::Vertical, Qt::Horizontal}) {
        QScrollBar bar(orientation);
        bar.setRange(0, 500);
        bar.setPageStep(120);
        bar.setValue(170);
        bar.resize(orientation == Qt::Vertical ? QSize(16, 400) : QSize(400, 16));
        EXPECT_EQ(shot(bar, &app), shot(bar, fusion.get())) << orientation;
        bar.setEnabled(false);
        EXPECT_EQ(shot(bar, &app), shot(bar, fusion.get())) << orientation << " disabled";
    }
}

TEST(AppStyle, KeepsEachScrollBarsPictureUntilItChanges)
{
    auto* app = new AppStyle();  // QWidget::setStyle does not own it; deleted below
    QScrollBar bar(Qt::Vertical);
    bar.setRange(0, 500);
    bar.setPageStep(120);
    bar.resize(16, 400);
    bar.setStyle(app);
    bar.grab();
    const int first = app->keptDraws();
    EXPECT_GE(first, 1);
    bar.grab();
    EXPECT_EQ(app->keptDraws(), first) << "the same bar again: the kept picture";
    bar.setValue(200);
    const QImage moved = bar.grab().toImage();
    EXPECT_EQ(app->keptDraws(), first + 1) << "the handle moved: drawn again";
    bar.setValue(0);
    bar.grab();
    bar.setValue(200);
    EXPECT_EQ(bar.grab().toImage(), moved);
    EXPECT_EQ(app->keptDraws(), first + 1) << "both positions are kept";
    bar.setStyle(nullptr);
    delete app;
}

TEST(AppStyle, DrawsSpinBoxesAsFusionDoesAndKeepsThemThroughNewNumbers)
{
    auto* app = new AppStyle();  // QWidget::setStyle does not own it; deleted below
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QDoubleSpinBox spin;
    spin.setRange(-10, 10);
    spin.setValue(1.5);
    spin.resize(120, 28);
    EXPECT_EQ(shot(spin, app), shot(spin, fusion.get()));
    spin.setValue(-10);  // the down arrow greys out
    EXPECT_EQ(shot(spin, app), shot(spin, fusion.get()));
    spin.setValue(2.5);
    shot(spin, app);
    const int drawn = app->keptDraws();
    spin.setValue(3.5);
    const QImage kept = spin.grab().toImage();
    EXPECT_EQ(app->keptDraws(), drawn) << "another number, the same frame and arrows";
    EXPECT_EQ(kept, shot(spin, fusion.get())) << "and the new number on them";
    spin.setStyle(nullptr);
    delete app;
}

TEST(AppStyle, DrawsSlidersAsFusionDoesFromThreePicturesForEveryHandlePosition)
{
    auto* app = new AppStyle();  // QWidget::setStyle does not own it; deleted below
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QSlider slider(Qt::Horizontal);
    slider.setRange(0, 1000);
    slider.resize(160, 24);
    // Fusion's slider blends a clipped, antialiased highlight into its groove: drawn into a
    // transparent picture first, an edge pixel may round one or two levels apart. Every handle
    // position in pixels is compared (the highlight's edge moves with the handle).
    for (int value = 0; value <= 1000; value += 7) {
        slider.setValue(value);
        EXPECT_LE(largestDifference(shot(slider, app), shot(slider, fusion.get())), 3) << value;
    }
    slider.setValue(1000);
    EXPECT_LE(largestDifference(shot(slider, app), shot(slider, fusion.get())), 3);
    EXPECT_EQ(app->keptDraws(), 3) << "the groove with the handle at each end, and the handle";
    slider.setDisabled(true);
    EXPECT_LE(largestDifference(shot(slider, app), shot(slider, fusion.get())), 3) << "disabled";
    EXPECT_EQ(app->keptDraws(), 6) << "another look: its three pictures";
    slider.setEnabled(true);
    slider.setInvertedAppearance(true);  // upside down: a picture for each handle position
    EXPECT_LE(largestDifference(shot(slider, app), shot(slider, fusion.get())), 3) << "inverted";
    slider.setValue(500);
    EXPECT_LE(largestDifference(shot(slider, app), shot(slider, fusion.get())), 3) << "inverted";
    slider.setStyle(nullptr);
    delete app;
}

}  // namespace

namespace {

// A plain frame (a text browser's, a scroll area's, a chart view's) is drawn as its four edges at
// 100 %: the same pixels as Fusion's stroke, in light and dark palettes, focused or not, and a
// translucent frame colour laid once on every pixel.
TEST(AppStyle, DrawsPlainFramesAsFusionDoes)
{
    AppStyle app;
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette dark = QApplication::palette();
    dark.setColor(QPalette::Window, QColor(0x30, 0x33, 0x38));
    dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x25));
    QPalette textured = QApplication::palette();
    textured.setBrush(QPalette::Window, QBrush(Qt::gray, Qt::Dense4Pattern));  // Fusion's frame turns translucent
    for (const QPalette& palette : {QApplication::palette(), dark, textured}) {
        QTextBrowser browser;
        browser.setPlainText(QStringLiteral("A weighted sum z, then f(z)."));
        browser.setPalette(palette);
        browser.resize(230, 170);
        QFrame panel;
        panel.setFrameStyle(QFrame::StyledPanel | QFrame::Sunken);
        panel.setPalette(palette);
        panel.resize(120, 300);
        for (QWidget* widget : std::initializer_list<QWidget*>{&browser, &panel})
            EXPECT_EQ(largestDifference(shot(*widget, &app), shot(*widget, fusion.get())), 0) << widget->metaObject()->className();
        // A paint that exposes a ring of rectangles (the frame around an opaque child): the
        // edges are laid through each rectangle in turn, with the same pixels.
        const QRegion ring = QRegion(0, 0, 120, 6) + QRegion(0, 294, 120, 6) + QRegion(0, 6, 5, 288) + QRegion(115, 6, 5, 288);
        const auto rendered = [&](QStyle* style) {
            panel.setStyle(style);
            QImage image(panel.size(), QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            panel.render(&image, QPoint(), ring, QWidget::DrawChildren);
            return image;
        };
        EXPECT_EQ(largestDifference(rendered(&app), rendered(fusion.get())), 0) << "a ring";
    }
}

}  // namespace
