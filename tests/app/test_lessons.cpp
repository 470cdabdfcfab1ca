// SPDX-License-Identifier: MIT
// The lesson tabs driven through their controls: each changes its model and its chart series as
// core/ predicts.
#include "core/catalog.h"
#include "app/views/chartstyle.h"
#include "app/model/comparemodel.h"
#include "app/views/compareview.h"
#include "app/views/slopetable.h"
#include "app/views/textblock.h"
#include "app/model/depthmodel.h"
#include "app/views/depthview.h"
#include "app/model/explorermodel.h"
#include "app/mainwindow.h"
#include "core/softmax.h"
#include "app/model/softmaxmodel.h"
#include "app/views/softmaxview.h"
#include "app/model/sparsitymodel.h"
#include "app/views/sparsityview.h"
#include "app/widgets/valueslider.h"

#include <QApplication>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QListWidget>
#include <QSet>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTest>
#include <QValueAxis>
#include <QVBoxLayout>

#include "app/widgets/catalogmodel.h"
#include "core/state/schema.h"

#include <gtest/gtest.h>

#include <cmath>

namespace {

// Counts the layout requests a widget receives (installed as its event filter).
struct LayoutRequests : QObject {
    int count = 0;
    bool eventFilter(QObject*, QEvent* event) override
    {
        count += event->type() == QEvent::LayoutRequest;
        return false;
    }
};

class Lessons : public ::testing::Test {
protected:
    void SetUp() override
    {
        window = std::make_unique<MainWindow>(&model);
        window->resize(1280, 800);
        window->show();
        QApplication::processEvents();
    }

    static void type(ValueSlider* slider, const QString& text)
    {
        QDoubleSpinBox* spin = slider->spinBox();
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Return);
        QApplication::processEvents();
    }

    ExplorerModel model;
    std::unique_ptr<MainWindow> window;
};

TEST_F(Lessons, TabsAreReachableByKeyboard)
{
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(window.get(), Qt::Key(Qt::Key_1 + i), Qt::AltModifier);
        QApplication::processEvents();
        EXPECT_EQ(window->tabs()->currentIndex(), i) << "Alt+" << i + 1;
    }
}

TEST_F(Lessons, SoftmaxShowsTheLecturesNumbersOnTheBars)
{
    SoftmaxView* view = window->softmaxView();
    const double expected[] = {0.00011754291529297411, 0.9524601077108533, 0.047420196500263315, 2.1528735904351842e-06};
    ASSERT_EQ(view->bars()->count(), 4);
    for (int i = 0; i < 4; ++i)
        EXPECT_NEAR(view->bars()->at(i), expected[i], 1e-12 * expected[i]);
    EXPECT_TRUE(view->bars()->isBarSelected(1)) << "the largest is highlighted";
    EXPECT_FALSE(view->bars()->isBarSelected(0));
    EXPECT_TRUE(view->sumLabel()->text().contains(QStringLiteral("1.000000000000")));
}

TEST_F(Lessons, SoftmaxTemperatureLogAndExtremes)
{
    SoftmaxView* view = window->softmaxView();
    type(view->temperatureSlider(), QStringLiteral("2"));
    EXPECT_EQ(window->softmaxModel()->temperature(), 2.0);
    const std::vector<double> hot = al::softmax(std::vector<double>{-2, 2.5, 1, -4});
    for (int i = 0; i < 4; ++i)
        EXPECT_NEAR(view->bars()->at(i), hot[static_cast<std::size_t>(i)], 1e-15);
    view->logBox()->setChecked(true);
    EXPECT_TRUE(window->softmaxModel()->logSoftmax());
    EXPECT_NEAR(view->bars()->at(1), std::log(hot[1]), 1e-14);
    view->logBox()->setChecked(false);
    type(view->logitSlider(0), QStringLiteral("1000"));
    type(view->logitSlider(1), QStringLiteral("-1000"));
    for (int i = 0; i < view->bars()->count(); ++i)
        EXPECT_TRUE(std::isfinite(view->bars()->at(i)));
    EXPECT_EQ(view->bars()->at(0), 1.0);
}

// A step of T changes the bars' heights, not the logits under them: the category axis is not
// laid out again, and the bars are updated in place rather than made anew.
TEST_F(Lessons, SoftmaxTemperatureStepKeepsCategoriesAndBars)
{
    window->tabs()->setCurrentIndex(MainWindow::SoftmaxTab);
    SoftmaxView* view = window->softmaxView();
    QApplication::processEvents();
    auto* categories = qobject_cast<QBarCategoryAxis*>(view->barChartView()->chart()->axes(Qt::Horizontal).value(0));
    ASSERT_NE(categories, nullptr);
    const QStringList names = categories->categories();
    int remade = 0;
    QObject::connect(categories, &QBarCategoryAxis::categoriesChanged, [&remade] { ++remade; });
    QObject::connect(view->bars(), &QBarSet::valuesAdded, [&remade] { ++remade; });
    QObject::connect(view->bars(), &QBarSet::valuesRemoved, [&remade] { ++remade; });
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(view->temperatureSlider()->slider(), Qt::Key_Right);
        QApplication::processEvents();
    }
    const double t = window->softmaxModel()->temperature();
    EXPECT_GT(t, 1.0);
    const std::vector<double> expected = al::softmax(std::vector<double>{-4, 5, 2, -8}, t);
    ASSERT_EQ(view->bars()->count(), 4);
    for (int i = 0; i < 4; ++i)
        EXPECT_NEAR(view->bars()->at(i), expected[static_cast<std::size_t>(i)], 1e-15);
    EXPECT_EQ(categories->categories(), names);
    EXPECT_EQ(remade, 0);
    // A logit step renames its category; a new count remakes the bars.
    QTest::keyClick(view->logitSlider(0)->slider(), Qt::Key_Right);
    QApplication::processEvents();
    EXPECT_NE(categories->categories().front(), names.front());
    view->countBox()->setValue(3);
    QApplication::processEvents();
    EXPECT_EQ(view->bars()->count(), 3);
    EXPECT_EQ(categories->categories().size(), 3);
}

TEST_F(Lessons, TwoClassSoftmaxIsTheSigmoid)
{
    SoftmaxView* view = window->softmaxView();
    view->countBox()->setValue(2);
    type(view->logitSlider(1), QStringLiteral("0"));
    view->focusBox()->setValue(1);
    QApplication::processEvents();
    ASSERT_TRUE(view->sigmoidSeries()->isVisible());
    const QList<QPointF> curve = view->curveSeries()->points();
    const QList<QPointF> sigmoid = view->sigmoidSeries()->points();
    ASSERT_EQ(curve.size(), sigmoid.size());
    const al::Activation& s = *al::findActivation("sigmoid");
    for (qsizetype i = 0; i < curve.size(); ++i) {
        EXPECT_NEAR(curve[i].y(), sigmoid[i].y(), 1e-15);
        EXPECT_NEAR(curve[i].y(), s.evaluate(curve[i].x(), {}).f, 1e-15);
    }
    EXPECT_TRUE(view->noteLabel()->text().contains(QStringLiteral("sigmoid")));
    view->countBox()->setValue(3);
    EXPECT_FALSE(view->sigmoidSeries()->isVisible());
}

TEST_F(Lessons, DepthShowsAQuarterPerLayerForTheSigmoid)
{
    DepthView* view = window->depthView();
    window->depthModel()->setZ0(0.0);  // where σ′ is largest, 0.25
    type(view->layersSlider(), QStringLiteral("12"));
    EXPECT_EQ(window->depthModel()->layers(), 12);
    const QList<QPointF> sigmoid = view->gradientSeries(0)->points();
    ASSERT_EQ(sigmoid.size(), 12);
    for (qsizetype k = 0; k < sigmoid.size(); ++k)
        EXPECT_DOUBLE_EQ(sigmoid[k].y(), std::pow(0.25, 12 - k)) << "layer " << k + 1;
    // tanh passes 1; ReLU at z0 = 0 sits on the floor (PyTorch's relu′(0) = 0 at the kink), and the
    // read-out says that a convention decides there, not the function.
    for (const QPointF& p : view->gradientSeries(1)->points())
        EXPECT_EQ(p.y(), 1.0);
    for (const QPointF& p : view->gradientSeries(2)->points())
        EXPECT_EQ(p.y(), view->axisFloor());
    EXPECT_TRUE(view->readout()->text().contains(QStringLiteral("is a kink")));
    EXPECT_TRUE(view->readout()->text().contains(QStringLiteral("PyTorch")));
}

TEST_F(Lessons, DepthReluPassesOrExplodes)
{
    DepthView* view = window->depthView();
    type(view->z0Slider(), QStringLiteral("0.5"));
    for (const QPointF& p : view->gradientSeries(2)->points())
        EXPECT_EQ(p.y(), 1.0);
    type(view->weightSlider(), QStringLiteral("1.5"));
    EXPECT_DOUBLE_EQ(view->gradientSeries(2)->points().front().y(), std::pow(1.5, 10));
    type(view->layersSlider(), QStringLiteral("20"));
    EXPECT_DOUBLE_EQ(view->gradientSeries(2)->points().front().y(), std::pow(1.5, 20));
    EXPECT_TRUE(view->readout()->text().contains(QStringLiteral("exploding")));
}

// A step of w changes the gradients and the stack's lines, not the layer axis; the stack's output
// axis ends on ticks, so it moves only when the lines cross one.
TEST_F(Lessons, DepthWeightStepsLeaveSettledAxesAlone)
{
    window->tabs()->setCurrentIndex(MainWindow::DepthTab);
    DepthView* view = window->depthView();
    QApplication::processEvents();
    const auto axis = [](QLineSeries* series, Qt::Orientation orientation) -> QValueAxis* {
        for (QAbstractAxis* a : series->attachedAxes())
            if (a->orientation() == orientation)
                return qobject_cast<QValueAxis*>(a);
        return nullptr;
    };
    QValueAxis* layers = axis(view->gradientSeries(0), Qt::Horizontal);
    QValueAxis* output = axis(view->stackSeries(), Qt::Vertical);
    ASSERT_NE(layers, nullptr);
    ASSERT_NE(output, nullptr);
    int layerChanges = 0;
    int outputMoves = 0;
    QObject::connect(layers, &QValueAxis::rangeChanged, [&layerChanges] { ++layerChanges; });
    QObject::connect(layers, &QValueAxis::labelFormatChanged, [&layerChanges] { ++layerChanges; });
    QObject::connect(layers, &QValueAxis::tickTypeChanged, [&layerChanges] { ++layerChanges; });
    QObject::connect(output, &QValueAxis::rangeChanged, [&outputMoves] { ++outputMoves; });
    constexpr int kSteps = 20;
    for (int i = 0; i < kSteps; ++i) {
        QTest::keyClick(view->weightSlider()->slider(), Qt::Key_Right);
        QApplication::processEvents();
        const double step = output->tickInterval();
        EXPECT_DOUBLE_EQ(std::remainder(output->min(), step), 0.0) << output->min() << " by " << step;
        EXPECT_DOUBLE_EQ(std::remainder(output->max(), step), 0.0) << output->max() << " by " << step;
        for (const QPointF& p : view->stackSeries()->points()) {
            EXPECT_GE(p.y(), output->min());
            EXPECT_LE(p.y(), output->max());
        }
    }
    EXPECT_GT(window->depthModel()->weight(), 1.0);
    EXPECT_EQ(layers->labelFormat(), QStringLiteral("%.0f"));
    EXPECT_EQ(layerChanges, 0);
    EXPECT_LT(outputMoves, kSteps / 2);
}

TEST(TextBlock, LaysOutOncePerTextAndTellsOnlyANewHeight)
{
    QWidget column;
    auto* layout = new QVBoxLayout(&column);
    auto* block = new TextBlock(&column);
    block->setTextFormat(Qt::RichText);
    layout->addWidget(block);
    layout->addStretch(1);
    block->setText(QStringLiteral("<b>Active: 50.0 %</b> of the layer's neurons"));
    column.resize(400, 300);
    column.show();
    QApplication::processEvents();
    const int oneLine = block->height();
    EXPECT_EQ(block->heightForWidth(block->width()), oneLine);
    LayoutRequests requests;
    column.installEventFilter(&requests);
    const int before = block->layouts();
    block->setText(QStringLiteral("<b>Active: 51.0 %</b> of the layer's neurons"));
    block->repaint();
    block->repaint();
    (void)block->heightForWidth(block->width());
    QApplication::processEvents();
    EXPECT_EQ(block->layouts(), before + 1) << "painting and asking the height must not lay the text out again";
    EXPECT_EQ(requests.count, 0) << "same height: the column is not laid out again";
    block->setText(block->text());
    EXPECT_EQ(block->layouts(), before + 1);
    // A text that wraps: the column gives it the lines it needs.
    block->setText(QString(QStringLiteral("<i>many words</i> ")).repeated(40));
    QApplication::processEvents();
    EXPECT_GT(requests.count, 0);
    EXPECT_GT(block->height(), 2 * oneLine);
    EXPECT_EQ(block->height(), block->heightForWidth(block->width()));
    EXPECT_TRUE(block->accessibleName().startsWith(QStringLiteral("many words")));
    column.removeEventFilter(&requests);
    // Its words are painted in the label's colour.
    QImage image(block->size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    block->render(&image);
    bool inked = false;
    for (int y = 0; y < image.height() && !inked; ++y)
        for (int x = 0; x < image.width() && !inked; ++x)
            inked = image.pixelColor(x, y).lightness() < 128;
    EXPECT_TRUE(inked);
}

// The read-out's badge: a box of one colour around the text, the margin in its height; a new
// colour repaints and lays out nothing.
TEST(TextBlock, DrawsItsBoxAroundTheText)
{
    QWidget column;
    auto* layout = new QVBoxLayout(&column);
    auto* block = new TextBlock(&column);
    block->setTextFormat(Qt::PlainText);
    layout->addWidget(block);
    layout->addStretch(1);
    block->setText(QStringLiteral("Dead gradient: this neuron does not learn here."));
    column.resize(400, 200);
    column.show();
    QApplication::processEvents();
    const int bare = block->heightForWidth(block->width());
    block->setBox(QColor(0xff, 0xe3, 0xe3), QColor(0x8a, 0x1c, 0x1c), 6, 4);
    QApplication::processEvents();
    EXPECT_EQ(block->heightForWidth(block->width()), bare + 12) << "six pixels above and below";
    EXPECT_EQ(block->height(), bare + 12);
    const int layouts = block->layouts();
    LayoutRequests requests;
    column.installEventFilter(&requests);
    block->setBox(QColor(0xff, 0xf3, 0xbf), QColor(0x7a, 0x4d, 0x00), 6, 4);
    QApplication::processEvents();
    EXPECT_EQ(block->layouts(), layouts) << "a colour is not a layout";
    EXPECT_EQ(requests.count, 0);
    column.removeEventFilter(&requests);
    QImage image(block->size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    block->render(&image);
    EXPECT_EQ(image.pixelColor(block->width() / 2, 2), QColor(0xff, 0xf3, 0xbf)) << "the box inside its rounded corners";
    bool inked = false;
    for (int y = 6; y < image.height() - 6 && !inked; ++y)
        for (int x = 6; x < image.width() - 6 && !inked; ++x)
            inked = image.pixelColor(x, y).red() < 0xa0 && image.pixelColor(x, y).blue() < 0x40;
    EXPECT_TRUE(inked) << "the text in its colour";
}

TEST_F(Lessons, LinearStackLiesOnItsSingleLayer)
{
    DepthView* view = window->depthView();
    window->depthModel()->setWeight(1.1);
    window->depthModel()->setBias(0.3);
    window->depthModel()->setLinearCoefficient(0.9);
    window->depthModel()->setLayers(7);
    const QList<QPointF> stack = view->stackSeries()->points();
    const QList<QPointF> one = view->collapsedSeries()->points();
    ASSERT_EQ(stack.size(), one.size());
    for (qsizetype i = 0; i < stack.size(); ++i)
        EXPECT_NEAR(stack[i].y(), one[i].y(), 1e-12);
    const al::LinearLayer layer = al::collapseLinearStack(0.9, 1.1, 0.3, 7);
    EXPECT_NEAR(layer.weight, std::pow(0.99, 7), 1e-14);
    EXPECT_TRUE(view->collapseLabel()->text().contains(QStringLiteral("0.93207")));
}

TEST_F(Lessons, CompareIdentityLiesOnTanh)
{
    CompareView* view = window->compareView();
    view->presetBox()->setCurrentIndex(0);
    emit view->presetBox()->activated(0);
    QApplication::processEvents();
    ASSERT_NE(view->series(QStringLiteral("identity")), nullptr);
    ASSERT_NE(view->series(QStringLiteral("tanh")), nullptr);
    ASSERT_NE(view->series(QStringLiteral("sigmoid")), nullptr);
    const al::Activation& tanh = *al::findActivation("tanh");
    const QList<QPointF> identity = view->series(QStringLiteral("identity"))->points();
    ASSERT_GT(identity.size(), 100);
    for (const QPointF& p : identity)
        EXPECT_NEAR(p.y(), tanh.evaluate(p.x(), {}).f, 1e-12) << p.x();
    EXPECT_TRUE(view->slopeTable()->text().contains(QStringLiteral("0.2500")));
    EXPECT_TRUE(view->slopeTable()->text().contains(QStringLiteral("1.000")));
}

TEST_F(Lessons, ComparePresetsAndTicks)
{
    CompareView* view = window->compareView();
    emit view->presetBox()->activated(1);
    EXPECT_EQ(window->compareModel()->functions(),
              (QStringList{QStringLiteral("relu"), QStringLiteral("leaky_relu"), QStringLiteral("prelu"), QStringLiteral("elu")}));
    for (const char* key : {"relu", "leaky_relu", "prelu", "elu"})
        EXPECT_NE(view->series(QString::fromLatin1(key)), nullptr) << key;
    EXPECT_EQ(view->series(QStringLiteral("identity")), nullptr);
    // Ticking a box adds the function.
    CatalogModel* list = view->catalog();
    ASSERT_EQ(view->functionList()->model(), list);
    list->setData(list->index(list->rowOf(QStringLiteral("gelu"))), Qt::Checked, Qt::CheckStateRole);
    EXPECT_TRUE(window->compareModel()->functions().contains(QStringLiteral("gelu")));
    EXPECT_NE(view->series(QStringLiteral("gelu")), nullptr);
    window->compareModel()->setDerivatives(true);
    const QList<QPointF> relu = view->series(QStringLiteral("relu"))->points();
    EXPECT_EQ(relu.back().y(), 1.0) << "derivatives are drawn";
}

// Switching lecture pairs changes curves, legend and table, not the page's layout: the table
// keeps the height of the largest pair, so the chart above is not resized and laid out again.
TEST_F(Lessons, ComparePresetSwitchKeepsThePageLayout)
{
    window->tabs()->setCurrentIndex(MainWindow::CompareTab);
    CompareView* view = window->compareView();
    emit view->presetBox()->activated(0);
    QApplication::processEvents();
    const QRect chart = view->chartView()->geometry();
    const QRect table = view->slopeTable()->geometry();
    LayoutRequests requests;
    view->installEventFilter(&requests);
    for (int preset : {1, 2, 3, 1, 0}) {
        emit view->presetBox()->activated(preset);
        QApplication::processEvents();
        const QStringList functions = window->compareModel()->functions();
        EXPECT_EQ(view->chartView()->geometry(), chart) << preset;
        EXPECT_EQ(view->slopeTable()->geometry(), table) << preset;
        ASSERT_EQ(view->slopeTable()->rows().size(), functions.size()) << preset;
        for (qsizetype i = 0; i < functions.size(); ++i) {
            EXPECT_TRUE(view->slopeTable()->text().contains(view->slopeTable()->rows()[i].name));
            EXPECT_NE(view->series(functions[i]), nullptr) << preset;
        }
        // The curves kept for other functions are hidden, and so are their legend entries.
        int shown = 0;
        for (QAbstractSeries* s : view->chartView()->chart()->series()) {
            shown += s->isVisible();
            for (QLegendMarker* marker : view->chartView()->chart()->legend()->markers(s))
                EXPECT_EQ(marker->isVisible(), s->isVisible()) << s->objectName().toStdString();
        }
        EXPECT_EQ(shown, functions.size() + (window->compareModel()->identityCurve() ? 1 : 0)) << preset;
    }
    view->removeEventFilter(&requests);
    EXPECT_EQ(requests.count, 0) << "a preset switch laid the compare page out again";
    EXPECT_EQ(view->series(QStringLiteral("relu")), nullptr) << "not in the sigmoid–tanh pair";
    // More functions than any pair: the table grows, and the legend keeps the identity last.
    for (const char* key : {"relu", "elu", "gelu", "softplus"})
        window->compareModel()->setSelected(QString::fromLatin1(key), true);
    QApplication::processEvents();
    EXPECT_EQ(view->slopeTable()->rows().size(), 6);
    EXPECT_GT(view->slopeTable()->height(), table.height());
    EXPECT_EQ(view->chartView()->chart()->series().back()->objectName(), QStringLiteral("identity"));
    EXPECT_NE(view->series(QStringLiteral("softplus")), nullptr);
}

// The counts axis has whole ticks with "%.0f" labels; a step that leaves the histogram (the
// threshold τ) leaves both axes alone — a label format set again, even unchanged, lays the chart
// and both its axes out again.
TEST_F(Lessons, SparsityAxesMoveOnlyWithTheHistogram)
{
    window->tabs()->setCurrentIndex(MainWindow::SparsityTab);
    SparsityView* view = window->sparsityView();
    QApplication::processEvents();
    QValueAxis* counts = nullptr;
    QValueAxis* outputs = nullptr;
    for (QAbstractAxis* a : view->histogramSeries()->attachedAxes())
        (a->orientation() == Qt::Vertical ? counts : outputs) = qobject_cast<QValueAxis*>(a);
    ASSERT_NE(counts, nullptr);
    ASSERT_NE(outputs, nullptr);
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(view->seedBox(), Qt::Key_Up);
        QApplication::processEvents();
        EXPECT_EQ(counts->labelFormat(), QStringLiteral("%.0f"));
        EXPECT_GE(counts->tickInterval(), 1.0);
        double tallest = 0;
        for (const QPointF& p : view->histogramSeries()->upperSeries()->points())
            tallest = std::max(tallest, p.y());
        EXPECT_DOUBLE_EQ(counts->max(), tallest * 1.1);
    }
    int changes = 0;
    for (QValueAxis* axis : {counts, outputs}) {
        QObject::connect(axis, &QValueAxis::labelFormatChanged, [&changes] { ++changes; });
        QObject::connect(axis, &QValueAxis::rangeChanged, [&changes] { ++changes; });
        QObject::connect(axis, &QValueAxis::tickTypeChanged, [&changes] { ++changes; });
    }
    const QString before = view->summary()->text();
    for (int i = 0; i < 5; ++i) {
        QTest::keyClick(view->thresholdSlider()->slider(), Qt::Key_Right);
        QApplication::processEvents();
    }
    EXPECT_NE(view->summary()->text(), before) << "τ is in the summary";
    EXPECT_EQ(changes, 0);
}

// A preset repaints the rows it ticks or unticks, not the whole list (QListView alone lays out
// and repaints every row for any change).
TEST_F(Lessons, ComparePresetRepaintsOnlyTheTickedRows)
{
    struct CountingDelegate : QStyledItemDelegate {
        mutable QSet<int> rows;
        void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
        {
            rows.insert(index.row());
            QStyledItemDelegate::paint(painter, option, index);
        }
    };
    window->tabs()->setCurrentIndex(MainWindow::CompareTab);
    CompareView* view = window->compareView();
    auto* delegate = new CountingDelegate;
    delegate->setParent(view->functionList());
    view->functionList()->setItemDelegate(delegate);
    emit view->presetBox()->activated(0);  // sigmoid, tanh
    QTest::qWait(50);  // the new delegate's full layout and paint
    delegate->rows.clear();
    emit view->presetBox()->activated(3);  // GELU, SiLU, mish
    QApplication::processEvents();
    CatalogModel* list = view->catalog();
    QSet<int> changed;
    for (const char* key : {"sigmoid", "tanh", "gelu", "silu", "mish"})
        changed.insert(list->rowOf(QString::fromLatin1(key)));
    EXPECT_EQ(delegate->rows, changed);
    for (int row : changed)
        EXPECT_EQ(list->data(list->index(row), Qt::CheckStateRole).toInt() == Qt::Checked,
                  window->compareModel()->functions().contains(list->keyAt(row)));
}

TEST(SlopeTable, KeepsTheReservedRowsAndNamesEveryCell)
{
    SlopeTable table;
    table.setHeaders(QStringLiteral("function"), QStringLiteral("largest slope"), QStringLiteral("at z"));
    table.setReservedRows(4);
    const QSize empty = table.sizeHint();
    EXPECT_GT(empty.height(), 0);
    QList<SlopeTable::Row> rows;
    for (int i = 0; i < 4; ++i) {
        rows.append({ChartStyle::seriesColour(i), QStringLiteral("A rather long function name %1").arg(i), QStringLiteral("0.2500"),
                     QStringLiteral("1.00")});
        table.setRows(rows);
        EXPECT_EQ(table.sizeHint(), empty) << "rows within the reserve move nothing";
    }
    EXPECT_EQ(table.text().count(QLatin1Char('\n')), 4);
    EXPECT_TRUE(table.text().contains(QStringLiteral("A rather long function name 3\t0.2500\t1.00")));
    EXPECT_TRUE(table.accessibleDescription().contains(QStringLiteral("name 2")));
    rows.append(rows.front());
    table.setRows(rows);
    EXPECT_EQ(table.sizeHint().width(), empty.width());
    EXPECT_EQ(table.sizeHint().height(), empty.height() / 5 * 6);
    // Narrower than the names need: it still paints (names elided, numbers whole).
    table.resize(empty.width() / 2, table.sizeHint().height());
    QImage image(table.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    table.render(&image);
    EXPECT_NE(image.pixelColor(2, table.sizeHint().height() / 2), QColor(Qt::white)) << "the first row's square";
}

TEST_F(Lessons, SparsityOfReluIsAboutHalf)
{
    SparsityModel* m = window->sparsityModel();
    EXPECT_EQ(static_cast<double>(m->seed()), std::get<double>(al::state::spec("sparsity.seed").defaultValue));
    EXPECT_NEAR(m->activeFraction(), 0.5, 0.05);
    EXPECT_TRUE(window->sparsityView()->summary()->text().contains(QStringLiteral("Active")));
    // The histogram holds every neuron.
    const QList<QPointF> edge = window->sparsityView()->histogramSeries()->upperSeries()->points();
    double total = 0;
    for (qsizetype i = 1; i + 1 < edge.size(); i += 2)
        total += edge[i].y();
    EXPECT_EQ(total, m->neurons());
    QComboBox* function = window->sparsityView()->functionBox();
    function->setCurrentIndex(function->findData(QStringLiteral("sigmoid")));
    emit function->activated(function->currentIndex());
    EXPECT_EQ(m->function(), QStringLiteral("sigmoid"));
    EXPECT_GT(m->activeFraction(), 0.99);
    window->sparsityView()->seedBox()->setValue(7);
    EXPECT_EQ(m->seed(), 7u);
}

}  // namespace

namespace {

TEST_F(Lessons, DepthLogAxisStaysPositiveWhenGradientsUnderflow)
{
    // Far in the sigmoid's tail every layer multiplies by ~1e-13: after 50 layers the product
    // passes through subnormal numbers to 0, and the log axis must still start above 0.
    window->depthModel()->setZ0(30.0);
    window->depthModel()->setLayers(50);
    DepthView* view = window->depthView();
    EXPECT_GT(view->axisFloor(), 0.0);
    for (const QPointF& p : view->gradientSeries(0)->points())
        EXPECT_GT(p.y(), 0.0);
}

// Qt Charts makes a label item for every power of a log axis's base; the depth chart's gradients
// can span hundreds of decades, so the base grows instead of the label count.
TEST_F(Lessons, DepthLogAxisKeepsFewLabelsOverHundredsOfDecades)
{
    DepthModel* m = window->depthModel();
    DepthView* view = window->depthView();
    window->tabs()->setCurrentIndex(window->tabOf(view));
    QApplication::processEvents();
    const auto axis = [&] {
        for (QAbstractAxis* a : view->gradientSeries(0)->attachedAxes())
            if (auto* log = qobject_cast<QLogValueAxis*>(a))
                return log;
        return static_cast<QLogValueAxis*>(nullptr);
    };
    ASSERT_NE(axis(), nullptr);
    const auto intervals = [&] { return (std::log(axis()->max()) - std::log(axis()->min())) / std::log(axis()->base()); };
    m->setLayers(50);
    m->setWeight(100.0);  // relu passes 100× per layer: 1e100 at the first layer
    m->setZ0(0.5);
    QApplication::processEvents();
    EXPECT_GE(axis()->max(), std::pow(100.0, 50) * 0.999);
    EXPECT_LE(intervals(), 8.0 + 1e-9);
    m->setWeight(0.01);  // and sigmoid shrinks 0.0025× per layer
    QApplication::processEvents();
    EXPECT_LE(axis()->min(), view->gradientSeries(0)->points().front().y());
    EXPECT_LE(intervals(), 8.0 + 1e-9);
    // Every label is a text item in the scene: a few dozen items, not hundreds.
    EXPECT_LT(view->gradientSeries(0)->chart()->scene()->items().size(), 200);
    m->reset();
    QApplication::processEvents();
    EXPECT_DOUBLE_EQ(axis()->base(), 10.0);  // a few decades keep one label per decade
}

TEST(ChartStyleLogSpan, WholePowersAroundTheDataWithBoundedTicks)
{
    for (double lo : {1e-310, 1e-300, 1e-120, 3e-7, 0.02, 0.5, 1.0, 7.0})
        for (double hi : {1.0, 4.0, 1e12, 1e100, 1e300}) {
            if (hi < lo)
                continue;
            for (int maxTicks : {4, 8, 12}) {
                const ChartStyle::LogSpan span = ChartStyle::logSpan(lo, hi, maxTicks);
                SCOPED_TRACE(testing::Message() << lo << " " << hi << " " << maxTicks);
                EXPECT_GE(span.min, 1e-300);
                EXPECT_LE(span.min, std::max(lo, 1e-300));
                EXPECT_GE(span.max, hi);
                EXPECT_LE(span.max, 1e300);
                const double decades = std::round(std::log10(span.max) - std::log10(span.min));
                const double step = std::round(std::log10(span.base));
                EXPECT_GE(step, 1.0);
                EXPECT_EQ(std::fmod(std::round(std::log10(span.min)), step), 0.0);  // ticks fall on the ends
                EXPECT_LE(decades / step, maxTicks);
                EXPECT_GE(decades / step, 2.0 / step);
            }
        }
    const ChartStyle::LogSpan few = ChartStyle::logSpan(1e-3, 1.0, 8);
    EXPECT_EQ(few.base, 10.0);
    EXPECT_EQ(few.min, 1e-4);
    EXPECT_EQ(few.max, 1.0);
    const ChartStyle::LogSpan bad = ChartStyle::logSpan(0.0, std::nan(""), 8);
    EXPECT_GT(bad.min, 0.0);
    EXPECT_GT(bad.max, bad.min);
}

// A value axis on a chart of its own, for the tests of ChartStyle's ranges.
class ChartStyleTicks : public ::testing::Test {
protected:
    void SetUp() override { chart.addAxis(axis, Qt::AlignBottom); }
    QChart chart;
    QValueAxis* axis = new QValueAxis();  // the chart owns it
};

TEST_F(ChartStyleTicks, AnUnchangedRangeLeavesTheAxisAlone)
{
    ChartStyle::setTicks(axis, 0.0, 10.0, 2.0);
    int changes = 0;
    QObject::connect(axis, &QValueAxis::tickTypeChanged, [&] { ++changes; });
    QObject::connect(axis, &QValueAxis::rangeChanged, [&] { ++changes; });
    ChartStyle::setTicks(axis, 0.0, 10.0, 2.0);
    EXPECT_EQ(changes, 0) << "laying the axis out again costs a training frame dearly";
    int relabels = 0;
    QObject::connect(axis, &QValueAxis::labelFormatChanged, [&] { ++relabels; });
    QObject::connect(axis, &QValueAxis::tickIntervalChanged, [&] { ++relabels; });
    ChartStyle::setTicks(axis, 0.0, 12.0, 2.0);
    EXPECT_GT(changes, 0);
    EXPECT_EQ(relabels, 0) << "a new range under the same interval and format sets only the range";
    EXPECT_EQ(axis->max(), 12.0);
    EXPECT_EQ(axis->tickType(), QValueAxis::TicksDynamic);
}

TEST_F(ChartStyleTicks, NoStepOnTheWayAsksForMoreTicksThanBeforeOrAfter)
{
    ChartStyle::setTicks(axis, 0.0, 1.0, 0.1);
    double most = 0;
    const auto note = [&] {
        if (axis->tickType() == QValueAxis::TicksDynamic)
            most = std::max(most, (axis->max() - axis->min()) / axis->tickInterval());
    };
    QObject::connect(axis, &QValueAxis::rangeChanged, note);
    QObject::connect(axis, &QValueAxis::tickIntervalChanged, note);
    ChartStyle::setTicks(axis, 0.0, 1.0e6, 1.0e5);  // zoomed far out
    EXPECT_LE(most, 10.0 + 1e-9);
    ChartStyle::setTicks(axis, 0.0, 1.0, 0.1);  // and back in
    EXPECT_LE(most, 10.0 + 1e-9);
    EXPECT_EQ(axis->tickInterval(), 0.1);
    EXPECT_EQ(axis->max(), 1.0);
}

TEST_F(ChartStyleTicks, AGrowingRangeEndsOnATickAndMovesOnlyPastIt)
{
    ChartStyle::setGrowingRange(axis, 0.0, 5);
    EXPECT_EQ(axis->min(), 0.0);
    EXPECT_EQ(axis->max(), 1.0);
    EXPECT_EQ(axis->tickInterval(), 1.0) << "whole epochs";
    ChartStyle::setGrowingRange(axis, 123.0, 5);
    EXPECT_EQ(axis->tickInterval(), 50.0);
    EXPECT_EQ(axis->max(), 150.0);
    int changes = 0;
    QObject::connect(axis, &QValueAxis::rangeChanged, [&] { ++changes; });
    for (double epoch = 124.0; epoch <= 150.0; epoch += 1.0)
        ChartStyle::setGrowingRange(axis, epoch, 5);
    EXPECT_EQ(changes, 0);
    ChartStyle::setGrowingRange(axis, 151.0, 5);
    EXPECT_EQ(axis->max(), 200.0);
    ChartStyle::setGrowingRange(axis, std::nan(""), 5);
    EXPECT_EQ(axis->max(), 1.0);
}

}  // namespace
