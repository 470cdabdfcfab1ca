// SPDX-License-Identifier: MIT
#include "app/render/figurerenderer.h"

#include "app/languagemanager.h"
#include "app/model/explorermodel.h"
#include "app/model/modelset.h"
#include "app/pages/page.h"
#include "app/pages/pageregistry.h"
#include "app/render/chartexport.h"
#include "app/scenario/scenario.h"

#include <QApplication>

#include <memory>
#include <ostream>

namespace {

int draw(const al::state::Document& document, const al::RenderRequest& request, std::ostream& err)
{
    ExplorerModel explorer;
    const ModelSet models = ModelSet::around(&explorer, &explorer);
    models.state->replace(document);
    std::unique_ptr<Page> page(findPageType(document.text("tab"))->create(models));
    // A page with a figure of its own (the explorer's chart) gives just that, at the full size.
    std::unique_ptr<QWidget> detached;
    QWidget* figure = page->figure();
    if (figure != page.get()) {
        figure->setParent(nullptr);
        detached.reset(figure);
    }
    const QSize size(request.width, request.height);
    figure->setAttribute(Qt::WA_DontShowOnScreen);
    figure->resize(size);
    figure->show();
    QApplication::processEvents();
    QString error;
    if (!ChartExport::save(figure, QString::fromStdString(request.out), size, &error)) {
        err << "activationlab: cannot write '" << request.out << "': " << error.toStdString() << '\n';
        return al::kExitBadInput;
    }
    return al::kExitOk;
}

}  // namespace

int renderFigure(const al::RenderRequest& request, std::ostream& err)
{
    LanguageManager::instance().apply(QString::fromStdString(request.language));
    if (request.scenario.empty())
        return draw(request.document, request, err);
    const Scenarios::Loaded loaded = Scenarios::load(QString::fromStdString(request.scenario));
    if (!loaded.document) {
        err << "activationlab: cannot use scenario '" << request.scenario << "': " << loaded.error.toStdString() << '\n';
        return al::kExitBadInput;
    }
    return draw(*loaded.document, request, err);
}
