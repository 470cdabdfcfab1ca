// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/commandline.h"

#include <iosfwd>

// `activationlab render`: applies the request's state document (or the scenario file's) to a
// fresh set of models and saves the figure of the page of its tab — the explorer's chart, or the
// whole lesson page — drawn by the same widgets as on screen, at the requested size. It needs a
// QApplication, and no window.
int renderFigure(const al::RenderRequest& request, std::ostream& err);
