// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/commandline.h"

#include <iosfwd>

// `activationlab render`: builds the model the request describes and saves the explorer's chart
// (the same ActivationChartView as on screen) at the requested size. Needs a QApplication.
int renderFigure(const al::RenderRequest& request, std::ostream& err);
