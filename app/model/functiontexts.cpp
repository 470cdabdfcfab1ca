// SPDX-License-Identifier: MIT
#include "app/model/functiontexts.h"

#include <QCoreApplication>

namespace FunctionTexts {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("FunctionTexts", text);
}

}  // namespace

QString fromKey(std::string_view key)
{
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

QString name(std::string_view key)
{
    if (key == "step") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "Step"));
    if (key == "linear") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "Linear"));
    if (key == "sigmoid") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "Sigmoid"));
    if (key == "tanh") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "Tanh"));
    if (key == "relu") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "ReLU"));
    if (key == "leaky_relu") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "Leaky ReLU"));
    if (key == "prelu") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "PReLU"));
    if (key == "elu") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "ELU"));
    if (key == "selu") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "SELU"));
    if (key == "gelu") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "GELU"));
    if (key == "gelu_tanh") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "GELU (tanh approximation)"));
    if (key == "silu") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "SiLU (swish)"));
    if (key == "softplus") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "Softplus"));
    if (key == "softsign") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "Softsign"));
    if (key == "mish") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "Mish"));
    if (key == "hard_sigmoid") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "Hard sigmoid"));
    if (key == "hard_silu") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "Hard SiLU (hard swish)"));
    if (key == "relu6") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "ReLU6"));
    if (key == "exponential") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "Exponential"));
    if (key == "softmax") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "Softmax"));
    return fromKey(key);
}

QString symbol(std::string_view key)
{
    if (key == "sigmoid") return QStringLiteral("σ");
    if (key == "tanh") return QStringLiteral("tanh");
    if (key == "relu") return QStringLiteral("ReLU");
    if (key == "step") return QStringLiteral("step");
    return QStringLiteral("f");
}

QString parameterSymbol(std::string_view parameterKey)
{
    if (parameterKey == "alpha") return QStringLiteral("α");
    if (parameterKey == "threshold") return QStringLiteral("θ");
    return fromKey(parameterKey);
}

QString parameterName(std::string_view functionKey, std::string_view parameterKey)
{
    if (parameterKey == "threshold") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "threshold θ"));
    if (parameterKey == "c") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "coefficient c"));
    if (parameterKey == "alpha" && functionKey == "elu") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "saturation α"));
    if (parameterKey == "alpha") return translated(QT_TRANSLATE_NOOP("FunctionTexts", "leak slope α"));
    return fromKey(parameterKey);
}

QString parameterHelp(std::string_view functionKey, std::string_view parameterKey)
{
    if (parameterKey == "threshold")
        return translated(QT_TRANSLATE_NOOP("FunctionTexts", "The neuron fires (outputs 1) once z reaches the threshold θ."));
    if (parameterKey == "c")
        return translated(QT_TRANSLATE_NOOP("FunctionTexts", "The slope of the line f(z) = c·z; its derivative is c everywhere."));
    if (parameterKey == "alpha" && functionKey == "elu")
        return translated(QT_TRANSLATE_NOOP("FunctionTexts", "For z < 0 the curve approaches −α; α = 1 makes it smooth at 0."));
    if (parameterKey == "alpha" && functionKey == "prelu")
        return translated(QT_TRANSLATE_NOOP("FunctionTexts", "The slope for z < 0. PReLU learns it during training; PyTorch starts at 0.25."));
    if (parameterKey == "alpha")
        return translated(QT_TRANSLATE_NOOP("FunctionTexts", "The slope for z < 0: 0 gives ReLU; PyTorch uses 0.01, Keras 0.2 or 0.3."));
    return {};
}

QString lectureGroup()
{
    return translated(QT_TRANSLATE_NOOP("FunctionTexts", "From the lecture"));
}

QString moreGroup()
{
    return translated(QT_TRANSLATE_NOOP("FunctionTexts", "More functions"));
}

}  // namespace FunctionTexts
