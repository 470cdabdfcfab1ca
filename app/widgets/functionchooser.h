// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/explorermodel.h"

#include <QListView>
#include <QPointer>

class CatalogModel;

// Every function of the catalog in two groups, "From the lecture" and "More functions"; the
// group headers are not selectable. Selecting an entry sets the model's function.
class FunctionChooser : public QListView {
    Q_OBJECT
public:
    explicit FunctionChooser(ExplorerModel* model, QWidget* parent = nullptr);

    QSize sizeHint() const override;
    CatalogModel* catalog() const { return m_catalog; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void fitHeight();
    void syncFromModel();
    void retranslate();

    QPointer<ExplorerModel> m_model;
    CatalogModel* m_catalog = nullptr;
    bool m_syncing = false;
};
