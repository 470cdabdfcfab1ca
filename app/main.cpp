// SPDX-License-Identifier: MIT
#include "commandline.h"

#include <QApplication>
#include <QLabel>

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char* argv[])
{
    std::vector<std::string> args(argv + 1, argv + argc);
    // The command line needs no display: decide before Qt is touched.
    if (!al::wantsWindow(args))
        return al::runCommandLine(args, std::cout, std::cerr);

    QApplication app(argc, argv);
    QLabel window(QStringLiteral("ActivationLab"));
    window.resize(640, 400);
    window.show();
    return QApplication::exec();
}
