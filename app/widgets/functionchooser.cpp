// SPDX-License-Identifier: MIT
#include "app/widgets/functionchooser.h"

#include "core/catalog.h"
#include "app/model/functiontexts.h"

#include <QEvent>

namespace {
constexpr int kCatalogIndexRole = Qt::UserRole + 1;
}

FunctionChooser::FunctionChooser(ExplorerModel* model, QWidget* parent) : QListWidget(parent), m_model(model)
{
    setSelectionMode(QAbstractItemView::SingleSelection);
    setUniformItemSizes(false);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setAccessibleName(tr("Activation function"));
    setToolTip(tr("Choose the activation function (Ctrl+PgUp / Ctrl+PgDn, or Ctrl+1 … Ctrl+9)"));
    rebuild();
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (m_syncing || !item)
            return;
        const QVariant index = item->data(kCatalogIndexRole);
        if (index.isValid())
            m_model->setFunctionIndex(index.toInt());
    });
    connect(m_model, &ExplorerModel::changed, this, [this](ExplorerModel::Changes what) {
        if (what.testAnyFlag(ExplorerModel::FunctionChanged))
            syncFromModel();
    });
}

QSize FunctionChooser::sizeHint() const
{
    // Tall enough for every entry, so the panels below stay in view without scrolling the list.
    int height = 2 * frameWidth() + sizeHintForRow(1);
    for (int row = 0; row < count(); ++row)
        height += sizeHintForRow(row) + 2 * spacing();
    return {QListWidget::sizeHint().width(), height};
}

void FunctionChooser::rebuild()
{
    m_syncing = true;
    clear();
    const auto header = [this](const QString& text) {
        auto* item = new QListWidgetItem(text, this);
        item->setFlags(Qt::NoItemFlags);
        QFont f = font();
        f.setBold(true);
        item->setFont(f);
        item->setForeground(palette().color(QPalette::PlaceholderText));
    };
    const auto& all = al::catalog();
    for (bool lecture : {true, false}) {
        header(lecture ? FunctionTexts::lectureGroup() : FunctionTexts::moreGroup());
        for (std::size_t i = 0; i < all.size(); ++i) {
            if (all[i].fromLecture != lecture)
                continue;
            auto* item = new QListWidgetItem(QStringLiteral("   ") + FunctionTexts::name(all[i].key), this);
            item->setData(kCatalogIndexRole, static_cast<int>(i));
            item->setData(Qt::AccessibleTextRole, FunctionTexts::name(all[i].key));
        }
    }
    m_syncing = false;
    setFixedHeight(FunctionChooser::sizeHint().height());
    syncFromModel();
}

void FunctionChooser::syncFromModel()
{
    m_syncing = true;
    for (int row = 0; row < count(); ++row) {
        if (item(row)->data(kCatalogIndexRole).toInt() == m_model->functionIndex() && item(row)->data(kCatalogIndexRole).isValid()) {
            setCurrentRow(row);
            scrollToItem(item(row));
            break;
        }
    }
    m_syncing = false;
}

void FunctionChooser::changeEvent(QEvent* event)
{
    // Headers take their colour from the palette and the list's height from the font: a theme
    // or scale change rebuilds them.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        rebuild();
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Activation function"));
        setToolTip(tr("Choose the activation function (Ctrl+PgUp / Ctrl+PgDn, or Ctrl+1 … Ctrl+9)"));
        rebuild();
    }
    QListWidget::changeEvent(event);
}
