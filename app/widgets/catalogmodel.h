// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QSet>
#include <QString>

// The activation catalog as a Qt item model, for every chooser of the app: the explorer's list
// (grouped under "From the lecture" and "More functions"), the depth and sparsity combo boxes,
// the compare tab's check list. Names come from FunctionTexts in the interface language and
// follow a language change by themselves.
class CatalogModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole,  // the catalog key ("leaky_relu"); "" for the "none" row (QComboBox::findData finds it)
        GroupRole,                   // the translated group name
        ParametersRole,              // the parameter keys, a QStringList
        HeaderRole,                  // true for a group header row
    };
    enum class Layout {
        Functions,        // one row per function, in catalog order
        FunctionsOrNone,  // a "—" row first (an empty slot), then the functions
        Grouped,          // a header row before each group's functions
    };

    explicit CatalogModel(Layout layout, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    int rowOf(const QString& key) const;  // -1 when absent
    QString keyAt(int row) const;

    // Check boxes (the compare tab): which keys are ticked; a user's tick is announced.
    void setCheckable(bool on) { m_checkable = on; }
    void setChecked(const QStringList& keys);

signals:
    void checkToggled(const QString& key, bool on);

private:
    struct Row {
        int catalogIndex = -1;  // -1: a header or the "none" row
        bool lectureGroup = false;
        bool header = false;
    };

    QList<Row> m_rows;
    QSet<QString> m_checked;
    bool m_checkable = false;
};
