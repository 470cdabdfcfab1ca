// SPDX-License-Identifier: MIT
#include "app/widgets/functionchooser.h"

#include "app/widgets/cacheditemdelegate.h"
#include "app/widgets/catalogmodel.h"
#include "core/catalog.h"

#include <QEvent>

FunctionChooser::FunctionChooser(ExplorerModel* model, QWidget* parent)
    : QListView(parent), m_model(model), m_catalog(new CatalogModel(CatalogModel::Layout::Grouped, this))
{
    setModel(m_catalog);
    setItemDelegate(new CachedItemDelegate(this));  // the rows a switch repaints, from pictures
    setSelectionMode(QAbstractItemView::SingleSelection);
    // Every row is one line of the same font (headers bold): Qt need not measure each row to
    // place the current one, as it did at every function switch.
    setUniformItemSizes(true);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    retranslate();
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        const QString key = m_catalog->keyAt(current.row());
        if (!m_syncing && !key.isEmpty())
            m_model->setFunction(key);
    });
    connect(m_model, &ExplorerModel::changed, this, [this](ExplorerModel::Changes what) {
        if (what.testAnyFlag(ExplorerModel::FunctionChanged))
            syncFromModel();
    });
    fitHeight();
    syncFromModel();
}

QSize FunctionChooser::sizeHint() const
{
    // Tall enough for every entry, so the panels below stay in view without scrolling the list.
    int height = 2 * frameWidth() + sizeHintForRow(1);
    for (int row = 0; row < m_catalog->rowCount(); ++row)
        height += sizeHintForRow(row) + 2 * spacing();
    return {QListView::sizeHint().width(), height};
}

void FunctionChooser::fitHeight()
{
    setFixedHeight(FunctionChooser::sizeHint().height());
}

void FunctionChooser::syncFromModel()
{
    m_syncing = true;
    const QModelIndex index = m_catalog->index(m_catalog->rowOf(m_model->functionKey()));
    setCurrentIndex(index);
    scrollTo(index);
    m_syncing = false;
}

void FunctionChooser::retranslate()
{
    setAccessibleName(tr("Activation function"));
    setToolTip(tr("Choose the activation function (Ctrl+PgUp / Ctrl+PgDn, or Ctrl+1 … Ctrl+9)"));
}

void FunctionChooser::changeEvent(QEvent* event)
{
    // The list's height follows the font (the interface scale).
    if (event->type() == QEvent::FontChange)
        fitHeight();
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QListView::changeEvent(event);
}
