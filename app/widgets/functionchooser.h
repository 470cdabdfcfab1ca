// SPDX-License-Identifier: MIT
#pragma once

#include "app/model/explorermodel.h"

#include <QListWidget>
#include <QPointer>

// Every function of the catalog in two groups, "From the lecture" and "More functions"; the
// group headers are not selectable. Selecting an entry sets the model's function.
class FunctionChooser : public QListWidget {
    Q_OBJECT
public:
    explicit FunctionChooser(ExplorerModel* model, QWidget* parent = nullptr);

    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void syncFromModel();

    QPointer<ExplorerModel> m_model;
    bool m_syncing = false;
};
