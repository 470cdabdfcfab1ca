// SPDX-License-Identifier: MIT
#include "app/model/functiontexts.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace FunctionTexts {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("FunctionTexts", text);
}

// The words for each catalog key, declared once. A key missing here is a test failure
// (FunctionTexts.EveryFunctionAndParameterHasWords), not a silent fallback.
struct FunctionWords {
    std::string_view key;
    const char* name;
    const char* symbol;  // the usual symbol in formulas, "f" when there is none
};

const FunctionWords kFunctions[] = {
    {"step", QT_TRANSLATE_NOOP("FunctionTexts", "Step"), "step"},
    {"linear", QT_TRANSLATE_NOOP("FunctionTexts", "Linear"), "f"},
    {"sigmoid", QT_TRANSLATE_NOOP("FunctionTexts", "Sigmoid"), "σ"},
    {"tanh", QT_TRANSLATE_NOOP("FunctionTexts", "Tanh"), "tanh"},
    {"relu", QT_TRANSLATE_NOOP("FunctionTexts", "ReLU"), "ReLU"},
    {"leaky_relu", QT_TRANSLATE_NOOP("FunctionTexts", "Leaky ReLU"), "f"},
    {"prelu", QT_TRANSLATE_NOOP("FunctionTexts", "PReLU"), "f"},
    {"elu", QT_TRANSLATE_NOOP("FunctionTexts", "ELU"), "f"},
    {"selu", QT_TRANSLATE_NOOP("FunctionTexts", "SELU"), "f"},
    {"gelu", QT_TRANSLATE_NOOP("FunctionTexts", "GELU"), "f"},
    {"gelu_tanh", QT_TRANSLATE_NOOP("FunctionTexts", "GELU (tanh approximation)"), "f"},
    {"silu", QT_TRANSLATE_NOOP("FunctionTexts", "SiLU (swish)"), "f"},
    {"softplus", QT_TRANSLATE_NOOP("FunctionTexts", "Softplus"), "f"},
    {"softsign", QT_TRANSLATE_NOOP("FunctionTexts", "Softsign"), "f"},
    {"mish", QT_TRANSLATE_NOOP("FunctionTexts", "Mish"), "f"},
    {"hard_sigmoid", QT_TRANSLATE_NOOP("FunctionTexts", "Hard sigmoid"), "f"},
    {"hard_silu", QT_TRANSLATE_NOOP("FunctionTexts", "Hard SiLU (hard swish)"), "f"},
    {"relu6", QT_TRANSLATE_NOOP("FunctionTexts", "ReLU6"), "f"},
    {"exponential", QT_TRANSLATE_NOOP("FunctionTexts", "Exponential"), "f"},
    {"softmax", QT_TRANSLATE_NOOP("FunctionTexts", "Softmax"), "f"},
};

// A parameter's words: a function's own first, then those for any function ("*").
struct ParameterWords {
    std::string_view function;
    std::string_view key;
    const char* symbol;
    const char* name;
    const char* help;
};

const ParameterWords kParameters[] = {
    {"elu", "alpha", "α", QT_TRANSLATE_NOOP("FunctionTexts", "saturation α"),
     QT_TRANSLATE_NOOP("FunctionTexts", "For z < 0 the curve approaches −α; α = 1 makes it smooth at 0.")},
    {"prelu", "alpha", "α", QT_TRANSLATE_NOOP("FunctionTexts", "leak slope α"),
     QT_TRANSLATE_NOOP("FunctionTexts", "The slope for z < 0. PReLU learns it during training; PyTorch starts at 0.25.")},
    {"*", "threshold", "θ", QT_TRANSLATE_NOOP("FunctionTexts", "threshold θ"),
     QT_TRANSLATE_NOOP("FunctionTexts", "The neuron fires (outputs 1) once z reaches the threshold θ.")},
    {"*", "c", "c", QT_TRANSLATE_NOOP("FunctionTexts", "coefficient c"),
     QT_TRANSLATE_NOOP("FunctionTexts", "The slope of the line f(z) = c·z; its derivative is c everywhere.")},
    {"*", "alpha", "α", QT_TRANSLATE_NOOP("FunctionTexts", "leak slope α"),
     QT_TRANSLATE_NOOP("FunctionTexts", "The slope for z < 0: 0 gives ReLU; PyTorch uses 0.01, Keras 0.2 or 0.3.")},
};

const FunctionWords* findFunction(std::string_view key)
{
    const auto it = std::find_if(std::begin(kFunctions), std::end(kFunctions), [key](const FunctionWords& w) { return w.key == key; });
    return it == std::end(kFunctions) ? nullptr : it;
}

const ParameterWords* findParameter(std::string_view functionKey, std::string_view parameterKey)
{
    for (std::string_view function : {functionKey, std::string_view("*")})
        for (const ParameterWords& w : kParameters)
            if (w.function == function && w.key == parameterKey)
                return &w;
    return nullptr;
}

}  // namespace

QString fromKey(std::string_view key)
{
    return QString::fromUtf8(key.data(), static_cast<qsizetype>(key.size()));
}

bool hasWords(std::string_view key)
{
    return findFunction(key) != nullptr;
}

bool hasParameterWords(std::string_view functionKey, std::string_view parameterKey)
{
    return findParameter(functionKey, parameterKey) != nullptr;
}

QString name(std::string_view key)
{
    const FunctionWords* w = findFunction(key);
    return w ? translated(w->name) : fromKey(key);
}

QString symbol(std::string_view key)
{
    const FunctionWords* w = findFunction(key);
    return QString::fromUtf8(w ? w->symbol : "f");
}

QString parameterSymbol(std::string_view parameterKey)
{
    const ParameterWords* w = findParameter("*", parameterKey);
    return w ? QString::fromUtf8(w->symbol) : fromKey(parameterKey);
}

QString parameterName(std::string_view functionKey, std::string_view parameterKey)
{
    const ParameterWords* w = findParameter(functionKey, parameterKey);
    return w ? translated(w->name) : fromKey(parameterKey);
}

QString parameterHelp(std::string_view functionKey, std::string_view parameterKey)
{
    const ParameterWords* w = findParameter(functionKey, parameterKey);
    return w ? translated(w->help) : QString();
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
