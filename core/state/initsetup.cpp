// SPDX-License-Identifier: MIT
#include "core/state/initsetup.h"

#include "core/catalog.h"

namespace al::state {

InitSetup initSetup(const Document& d)
{
    InitSetup s;
    s.activation = findActivation(d.text("init.function"));
    s.parameters = d.numbers("init.parameters");
    s.scheme = initSchemeNamed(d.text("init.scheme")).value_or(InitScheme::Normal);
    s.scale = d.number("init.sigma");
    s.layers = static_cast<int>(d.number("init.layers"));
    s.width = static_cast<int>(d.number("init.width"));
    s.samples = static_cast<int>(d.number("init.samples"));
    s.seed = static_cast<std::uint64_t>(d.number("init.seed"));
    s.bias = d.number("init.bias");
    s.epsilon = d.number("init.epsilon");
    return s;
}

}  // namespace al::state
