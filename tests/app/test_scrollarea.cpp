// SPDX-License-Identifier: MIT
// ScrollArea: QScrollArea's minimum size, kept, and measured again when what it depends on (the
// font, the style, the frame) changes.
#include "app/widgets/panelscroll.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>

#include <gtest/gtest.h>

#include <memory>

namespace {

TEST(ScrollArea, KeepsQtsMinimumSizeAndMeasuresAgainAfterAChange)
{
    ScrollArea kept;
    QScrollArea plain;
    for (QScrollArea* area : {static_cast<QScrollArea*>(&kept), &plain})
        area->setWidget(new QLabel(QStringLiteral("a page")));
    EXPECT_EQ(kept.minimumSizeHint(), plain.minimumSizeHint());

    QFont larger = kept.font();
    larger.setPointSizeF(larger.pointSizeF() * 3);
    for (QScrollArea* area : {static_cast<QScrollArea*>(&kept), &plain})
        area->setFont(larger);
    EXPECT_EQ(kept.minimumSizeHint(), plain.minimumSizeHint()) << "a new font";

    for (QScrollArea* area : {static_cast<QScrollArea*>(&kept), &plain})
        area->setFrameShape(QFrame::NoFrame);
    EXPECT_EQ(kept.minimumSizeHint(), plain.minimumSizeHint()) << "no frame";

    std::unique_ptr<QStyle> windows(QStyleFactory::create(QStringLiteral("Windows")));
    for (QScrollArea* area : {static_cast<QScrollArea*>(&kept), &plain})
        area->setStyle(windows.get());
    EXPECT_EQ(kept.minimumSizeHint(), plain.minimumSizeHint()) << "another style";
    for (QScrollArea* area : {static_cast<QScrollArea*>(&kept), &plain})
        area->setStyle(nullptr);
}

}  // namespace
