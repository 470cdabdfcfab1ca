// SPDX-License-Identifier: MIT
#include "app/widgets/catalogmodel.h"

#include "app/languagemanager.h"
#include "app/model/functiontexts.h"
#include "core/catalog.h"

#include <QFont>

#include <utility>

CatalogModel::CatalogModel(Layout layout, QObject* parent) : QAbstractListModel(parent)
{
    const auto& all = al::catalog();
    if (layout == Layout::FunctionsOrNone)
        m_rows.append(Row{});
    if (layout == Layout::Grouped) {
        for (bool lecture : {true, false}) {
            m_rows.append(Row{-1, lecture, true});
            for (std::size_t i = 0; i < all.size(); ++i)
                if (all[i].fromLecture == lecture)
                    m_rows.append(Row{static_cast<int>(i), lecture, false});
        }
    } else {
        for (std::size_t i = 0; i < all.size(); ++i)
            m_rows.append(Row{static_cast<int>(i), all[i].fromLecture, false});
    }
    // A new language renames every row. (An event filter on the application for its
    // LanguageChange saw every event of every object: a cost at each step of every slider.)
    connect(&LanguageManager::instance(), &LanguageManager::languageChanged, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
    });
}

int CatalogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QString CatalogModel::keyAt(int row) const
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].catalogIndex < 0)
        return {};
    return FunctionTexts::fromKey(al::catalog()[static_cast<std::size_t>(m_rows[row].catalogIndex)].key);
}

int CatalogModel::rowOf(const QString& key) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (!m_rows[row].header && keyAt(row) == key)
            return row;
    return -1;
}

QVariant CatalogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const QString group = row.lectureGroup ? FunctionTexts::lectureGroup() : FunctionTexts::moreGroup();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (row.header)
            return group;
        if (row.catalogIndex < 0)
            return QStringLiteral("—");
        return FunctionTexts::name(al::catalog()[static_cast<std::size_t>(row.catalogIndex)].key);
    case Qt::FontRole:
        if (row.header) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::CheckStateRole:
        if (!m_checkable || row.catalogIndex < 0)
            return {};
        return m_checked.contains(keyAt(index.row())) ? Qt::Checked : Qt::Unchecked;
    case KeyRole:
        return keyAt(index.row());
    case GroupRole:
        return group;
    case HeaderRole:
        return row.header;
    case ParametersRole: {
        QStringList keys;
        if (row.catalogIndex >= 0)
            for (const al::Parameter& p : al::catalog()[static_cast<std::size_t>(row.catalogIndex)].parameters)
                keys.append(QString::fromStdString(p.key));
        return keys;
    }
    default:
        return {};
    }
}

Qt::ItemFlags CatalogModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || m_rows[index.row()].header)
        return Qt::NoItemFlags;
    if (m_checkable)
        return Qt::ItemIsEnabled | Qt::ItemIsUserCheckable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

bool CatalogModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_checkable || role != Qt::CheckStateRole || !index.isValid() || keyAt(index.row()).isEmpty())
        return false;
    const QString key = keyAt(index.row());
    const bool on = value.toInt() == Qt::Checked;
    if (m_checked.contains(key) == on)
        return false;
    if (on)
        m_checked.insert(key);
    else
        m_checked.remove(key);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkToggled(key, on);
    return true;
}

void CatalogModel::setChecked(const QStringList& keys)
{
    QSet<QString> next(keys.begin(), keys.end());
    if (next == m_checked)
        return;
    // Only the rows whose box changes: a list view repaints every row it is told about.
    std::swap(m_checked, next);
    for (int row = 0; row < static_cast<int>(m_rows.size()); ++row)
        if (const QString key = keyAt(row); !key.isEmpty() && m_checked.contains(key) != next.contains(key))
            emit dataChanged(index(row), index(row), {Qt::CheckStateRole});
}
