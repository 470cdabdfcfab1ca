// SPDX-License-Identifier: MIT
#include "app/render/figurerenderer.h"

#include "app/views/activationchartview.h"
#include "app/render/chartexport.h"
#include "app/model/explorermodel.h"
#include "app/languagemanager.h"
#include "app/mainwindow.h"
#include "app/scenario/scenario.h"

#include <QApplication>
#include <QTabWidget>

#include <ostream>

namespace {

// A scenario is drawn as the window shows it: the chart of the neuron tab, or the lesson page.
int renderScenario(const al::RenderRequest& request, std::ostream& err)
{
    const QString path = QString::fromStdString(request.scenario);
    const Scenarios::Loaded loaded = Scenarios::load(path);
    if (!loaded.scenario) {
        err << "activationlab: cannot use scenario '" << request.scenario << "': " << loaded.error.toStdString() << '\n';
        return al::kExitBadInput;
    }
    ExplorerModel model;
    MainWindow window(&model);
    Scenarios::apply(*loaded.scenario, window.models());
    window.tabs()->setCurrentIndex(static_cast<int>(Scenarios::kTabs.indexOf(loaded.scenario->tab)));
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.show();
    QWidget* figure = window.figureWidget();
    figure->resize(request.width, request.height);
    QApplication::processEvents();
    QString error;
    if (!ChartExport::save(figure, QString::fromStdString(request.out), QSize(request.width, request.height), &error)) {
        err << "activationlab: cannot write '" << request.out << "': " << error.toStdString() << '\n';
        return al::kExitBadInput;
    }
    return al::kExitOk;
}

}  // namespace

int renderFigure(const al::RenderRequest& request, std::ostream& err)
{
    LanguageManager::instance().apply(QString::fromStdString(request.language));
    if (!request.scenario.empty())
        return renderScenario(request, err);

    ExplorerModel model;
    model.setFunction(QString::fromStdString(request.key));
    for (std::size_t i = 0; i < request.parameters.size(); ++i)
        model.setParameter(static_cast<int>(i), request.parameters[i]);
    al::Neuron neuron = model.neuron();
    const std::size_t count = request.inputs ? request.inputs->size() : request.weights ? request.weights->size() : neuron.inputCount();
    neuron.setInputCount(count);
    for (std::size_t i = 0; i < count; ++i) {
        if (request.inputs)
            neuron.setInput(i, (*request.inputs)[i]);
        if (request.weights)
            neuron.setWeight(i, (*request.weights)[i]);
    }
    if (request.bias)
        neuron.setBias(*request.bias);
    model.setNeuron(neuron);

    ActivationChartView view(&model);
    const QSize size(request.width, request.height);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(size);
    view.show();
    QApplication::processEvents();

    QString error;
    if (!ChartExport::save(&view, QString::fromStdString(request.out), size, &error)) {
        err << "activationlab: cannot write '" << request.out << "': " << error.toStdString() << '\n';
        return al::kExitBadInput;
    }
    return al::kExitOk;
}
