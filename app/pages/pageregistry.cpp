// SPDX-License-Identifier: MIT
#include "app/pages/pageregistry.h"

#include "app/pages/neuronpage.h"
#include "app/views/compareview.h"
#include "app/views/depthview.h"
#include "app/views/initview.h"
#include "app/views/raceview.h"
#include "app/views/softmaxview.h"
#include "app/views/sparsityview.h"
#include "app/views/trainview.h"

#include <algorithm>

const std::vector<PageType>& pageTypes()
{
    static const std::vector<PageType> types{
        {"neuron", [](const ModelSet& m) -> Page* { return new NeuronPage(m.explorer); }},
        {"softmax", [](const ModelSet& m) -> Page* { return new SoftmaxView(m.softmax); }},
        {"depth", [](const ModelSet& m) -> Page* { return new DepthView(m.depth); }},
        {"compare", [](const ModelSet& m) -> Page* { return new CompareView(m.compare); }},
        {"sparsity", [](const ModelSet& m) -> Page* { return new SparsityView(m.sparsity); }},
        {"init", [](const ModelSet& m) -> Page* { return new InitView(m.init); }},
        {"train", [](const ModelSet& m) -> Page* { return new TrainView(m.train); }},
        {"race", [](const ModelSet& m) -> Page* { return new RaceView(m.race); }},
    };
    return types;
}

const PageType* findPageType(std::string_view key)
{
    const auto& types = pageTypes();
    const auto it = std::find_if(types.begin(), types.end(), [key](const PageType& t) { return t.key == key; });
    return it == types.end() ? nullptr : &*it;
}
