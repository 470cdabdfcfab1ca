// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QWidget>

// One tab of the window: a lesson page. The shell lists pages from the registry and asks them
// for what it shows around them; a page never knows the shell.
class Page : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;  // the tab's text, translated, with its mnemonic
    virtual QString toolTip() const = 0;
    // What Export Figure and `render` draw: the page itself unless it has a chart of its own.
    virtual QWidget* figure() { return this; }
    // Controls the shell shows beside the tabs while this page is open (the neuron's), or null.
    virtual QWidget* sidePanel() const { return nullptr; }
    // The explanation page to show while this page is open; empty: the chosen function's.
    virtual QString infoPage() const { return {}; }
    // Whether the explorer's chart commands (zoom, tangent, curve export) apply here.
    virtual bool showsExplorerChart() const { return false; }
};
