// SPDX-License-Identifier: MIT
// The function list's rows come from pictures (CachedItemDelegate): the pixels the standard
// delegate paints — selected or not, bold headers, elided text, light or dark — drawn once per
// look and reused.
#include "app/widgets/cacheditemdelegate.h"

#include <QApplication>
#include <QListView>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

#include <gtest/gtest.h>

#include <memory>

namespace {

std::unique_ptr<QStandardItemModel> rows()
{
    auto model = std::make_unique<QStandardItemModel>();
    auto* header = new QStandardItem(QStringLiteral("From the lecture"));
    QFont bold = QApplication::font();
    bold.setBold(true);
    header->setFont(bold);
    header->setFlags(Qt::ItemIsEnabled);
    model->appendRow(header);
    for (const char* name : {"Step", "Sigmoid", "Leaky ReLU with a name long enough to be cut", "GELU (tanh approximation)"})
        model->appendRow(new QStandardItem(QString::fromUtf8(name)));
    return model;
}

QImage shot(QListView& view)
{
    return view.grab().toImage();
}

TEST(CachedItemDelegate, PaintsTheRowsAsTheStandardDelegateDoes)
{
    const auto model = rows();
    QPalette dark = QApplication::palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    for (const QPalette& palette : {QApplication::palette(), dark}) {
        QListView plain;
        QListView cached;
        auto* delegate = new CachedItemDelegate(&cached);
        cached.setItemDelegate(delegate);
        for (QListView* view : {&plain, &cached}) {
            view->setModel(model.get());
            view->setPalette(palette);
            view->resize(170, 140);  // the long name is elided
            view->setCurrentIndex(model->index(2, 0));
        }
        EXPECT_EQ(shot(cached), shot(plain));
        const int drawn = delegate->pictureDraws();
        EXPECT_GE(drawn, model->rowCount());
        EXPECT_EQ(shot(cached), shot(plain)) << "from the pictures";
        EXPECT_EQ(delegate->pictureDraws(), drawn) << "nothing changed: no picture drawn";
        for (QListView* view : {&plain, &cached})
            view->setCurrentIndex(model->index(3, 0));
        EXPECT_EQ(shot(cached), shot(plain)) << "another row selected";
        EXPECT_LE(delegate->pictureDraws(), drawn + 2) << "only the two rows whose look changed";
    }
}

}  // namespace
