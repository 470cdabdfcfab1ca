// SPDX-License-Identifier: MIT
#pragma once

#include "core/initstats.h"
#include "core/state/document.h"

namespace al::state {

// What a document's "init.*" settings mean for the initialisation experiment, in one place for
// the Initialisation tab and the exercises' goals.
InitSetup initSetup(const Document& document);

}  // namespace al::state
