// SPDX-License-Identifier: MIT
// The binary of a build without Qt (-DACTIVATIONLAB_WITH_GUI=OFF): every command but the window
// and `render`.
#include "app/cli/commandline.h"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    const std::vector<std::string> args(argv + 1, argv + argc);
    if (al::wantsWindow(args)) {
        std::cerr << "activationlab: this build has no window (built without Qt); see 'activationlab --help'\n";
        return al::kExitBadInput;
    }
    return al::runCommandLine(args, std::cout, std::cerr);
}
