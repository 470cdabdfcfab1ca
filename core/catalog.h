// SPDX-License-Identifier: MIT
#pragma once

#include "core/activation.h"

#include <string_view>
#include <vector>

namespace al {

// Every activation the app knows, lecture functions first, in the order the lecture meets them.
const std::vector<Activation>& catalog();

// The activation with this key ("leaky_relu"), or nullptr.
const Activation* findActivation(std::string_view key);

}  // namespace al
