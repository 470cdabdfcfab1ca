// SPDX-License-Identifier: MIT
#include "core/state/schema.h"

#include "core/catalog.h"

#include <algorithm>
#include <cstdint>
#include <stdexcept>
#include <string>

// lupdate collects the words below from this macro; core has no Qt, so it expands to the text.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

// Each spec names only what differs from Spec's defaults; g++ would warn about every other member.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace al::state {

namespace {

using Names = std::vector<std::string>;
using Numbers = std::vector<double>;

constexpr double kValueLimit = 1000.0;  // every input, weight, bias and logit: |v| ≤ 1000
constexpr double kLargestSeed = 2147483647.0;

std::vector<Spec> declare()
{
    return {
        {.key = "tab", .type = Type::Choice, .defaultValue = std::string("neuron"),
         .choices = {"neuron", "softmax", "depth", "compare", "sparsity", "init", "train", "race"}, .label = QT_TRANSLATE_NOOP("State", "Open tab")},

        // The explorer: one neuron and one function.
        {.key = "explorer.function", .type = Type::Function, .defaultValue = std::string("sigmoid"), .label = QT_TRANSLATE_NOOP("State", "Function")},
        {.key = "explorer.parameters", .type = Type::Parameters, .defaultValue = Numbers{}, .label = QT_TRANSLATE_NOOP("State", "Parameters")},
        {.key = "explorer.neuron.inputs", .type = Type::NumberList, .defaultValue = Numbers{1.2, 2.0}, .min = -kValueLimit,
         .max = kValueLimit, .sliderMin = -5, .sliderMax = 5, .minCount = 1, .maxCount = 8, .symbol = "x%1",
         .label = QT_TRANSLATE_NOOP("State", "Input %1"), .help = QT_TRANSLATE_NOOP("State", "Input x%1: a value the neuron receives")},
        {.key = "explorer.neuron.weights", .type = Type::NumberList, .defaultValue = Numbers{0.5, -0.3}, .min = -kValueLimit,
         .max = kValueLimit, .sliderMin = -5, .sliderMax = 5, .minCount = 1, .maxCount = 8, .symbol = "w%1",
         .label = QT_TRANSLATE_NOOP("State", "Weight %1"), .help = QT_TRANSLATE_NOOP("State", "Weight w%1: how strongly input x%1 counts in z")},
        {.key = "explorer.neuron.bias", .type = Type::Number, .defaultValue = 0.1, .min = -kValueLimit, .max = kValueLimit,
         .sliderMin = -5, .sliderMax = 5, .symbol = "b", .label = QT_TRANSLATE_NOOP("State", "Bias"), .help = QT_TRANSLATE_NOOP("State", "Bias b: shifts z regardless of the inputs")},
        {.key = "explorer.epsilon", .type = Type::Number, .defaultValue = 0.01, .min = 0, .max = 0.3, .sliderMin = 0,
         .sliderMax = 0.3, .step = 0.001, .decimals = 3, .symbol = "ε", .label = QT_TRANSLATE_NOOP("State", "Vanishing threshold"),
         .help = QT_TRANSLATE_NOOP("State", "Vanishing threshold ε: where |f′(z)| < ε the gradient is considered vanishing")},
        // The view. Its y range is fitted to the function whenever the function changes (see Document).
        {.key = "explorer.view.zMin", .type = Type::Number, .defaultValue = -6.0, .min = -kMaxViewCoordinate,
         .max = kMaxViewCoordinate, .givenWithSiblings = true, .label = QT_TRANSLATE_NOOP("State", "View: smallest z")},
        {.key = "explorer.view.zMax", .type = Type::Number, .defaultValue = 6.0, .min = -kMaxViewCoordinate,
         .max = kMaxViewCoordinate, .givenWithSiblings = true, .label = QT_TRANSLATE_NOOP("State", "View: largest z")},
        {.key = "explorer.view.yMin", .type = Type::Number, .defaultValue = -1.5, .min = -kMaxViewCoordinate,
         .max = kMaxViewCoordinate, .givenWithSiblings = true, .label = QT_TRANSLATE_NOOP("State", "View: lowest y")},
        {.key = "explorer.view.yMax", .type = Type::Number, .defaultValue = 1.5, .min = -kMaxViewCoordinate,
         .max = kMaxViewCoordinate, .givenWithSiblings = true, .label = QT_TRANSLATE_NOOP("State", "View: highest y")},
        {.key = "explorer.showDerivative", .type = Type::Boolean, .defaultValue = true, .label = QT_TRANSLATE_NOOP("State", "Show the derivative f′")},
        {.key = "explorer.showTangent", .type = Type::Boolean, .defaultValue = true, .label = QT_TRANSLATE_NOOP("State", "Show the tangent")},

        // Softmax: the lecture's logits [−4, 5, 2, −8].
        {.key = "softmax.logits", .type = Type::NumberList, .defaultValue = Numbers{-4, 5, 2, -8}, .min = -kValueLimit,
         .max = kValueLimit, .sliderMin = -10, .sliderMax = 10, .step = 0.1, .minCount = 2, .maxCount = 10, .symbol = "x%1",
         .label = QT_TRANSLATE_NOOP("State", "Logit %1"), .help = QT_TRANSLATE_NOOP("State", "Logit x%1: the score of class %1 before softmax")},
        {.key = "softmax.temperature", .type = Type::Number, .defaultValue = 1.0, .min = 0.01, .max = 1000, .sliderMin = 0.05,
         .sliderMax = 5, .symbol = "T", .label = QT_TRANSLATE_NOOP("State", "Temperature"),
         .help = QT_TRANSLATE_NOOP("State", "Temperature T: softmax(x / T); large T evens the classes out, small T picks the winner")},
        {.key = "softmax.log", .type = Type::Boolean, .defaultValue = false, .label = QT_TRANSLATE_NOOP("State", "Show lo&g-softmax")},
        // 1-based: the class whose probability is drawn as its logit moves (the lecture's winner, x₂ = 5).
        {.key = "softmax.focus", .type = Type::Integer, .defaultValue = 2.0, .min = 1, .max = 10, .sliderMin = 1, .sliderMax = 10,
         .step = 1, .decimals = 0, .label = QT_TRANSLATE_NOOP("State", "Curve of class")},

        // Depth: the gradient through a stack of layers.
        {.key = "depth.functions", .type = Type::FunctionList, .defaultValue = Names{"sigmoid", "tanh", "relu"}, .minCount = 0,
         .maxCount = 4, .allowEmpty = true, .label = QT_TRANSLATE_NOOP("State", "Function %1")},
        {.key = "depth.layers", .type = Type::Integer, .defaultValue = 10.0, .min = 1, .max = 50, .sliderMin = 1, .sliderMax = 50,
         .step = 1, .decimals = 0, .symbol = "L", .label = QT_TRANSLATE_NOOP("State", "Layers"), .help = QT_TRANSLATE_NOOP("State", "Number of stacked layers L (1 to 50)")},
        {.key = "depth.weight", .type = Type::Number, .defaultValue = 1.0, .min = -100, .max = 100, .sliderMin = 0, .sliderMax = 3,
         .symbol = "w", .label = QT_TRANSLATE_NOOP("State", "Weight"), .help = QT_TRANSLATE_NOOP("State", "Weight w of every layer: each layer multiplies the gradient by w·f′(z)")},
        // z₀ = 0.5, not 0: at 0 ReLU sits on its kink, where PyTorch's relu′(0) = 0 makes it look
        // dead — the opposite of the lecture's point; at 0.5 sigmoid vanishes, tanh shrinks, ReLU passes 1.
        {.key = "depth.z0", .type = Type::Number, .defaultValue = 0.5, .min = -kValueLimit, .max = kValueLimit, .sliderMin = -5,
         .sliderMax = 5, .symbol = "z₀", .label = QT_TRANSLATE_NOOP("State", "Starting pre-activation"),
         .help = QT_TRANSLATE_NOOP("State", "Pre-activation z₀ of the first layer (and of every layer, unless the forward pass is on)")},
        {.key = "depth.bias", .type = Type::Number, .defaultValue = 0.0, .min = -3, .max = 3, .sliderMin = -3, .sliderMax = 3,
         .symbol = "b", .label = QT_TRANSLATE_NOOP("State", "Bias"), .help = QT_TRANSLATE_NOOP("State", "Bias b of every layer (forward pass and linear stack)")},
        {.key = "depth.forwardPass", .type = Type::Boolean, .defaultValue = false,
         .label = QT_TRANSLATE_NOOP("State", "Real &forward pass: zₖ₊₁ = w·f(zₖ) + b")},
        {.key = "depth.linearC", .type = Type::Number, .defaultValue = 1.0, .min = -2, .max = 2, .sliderMin = -2, .sliderMax = 2,
         .symbol = "c", .label = QT_TRANSLATE_NOOP("State", "Linear coefficient"), .help = QT_TRANSLATE_NOOP("State", "Coefficient c of the linear function f(z) = c·z")},

        // Compare: several functions on one chart.
        {.key = "compare.functions", .type = Type::FunctionList, .defaultValue = Names{"sigmoid", "tanh"}, .minCount = 0,
         .maxCount = static_cast<int>(catalog().size()), .label = QT_TRANSLATE_NOOP("State", "Functions")},
        {.key = "compare.derivatives", .type = Type::Boolean, .defaultValue = false, .label = QT_TRANSLATE_NOOP("State", "Compare &derivatives f′")},
        {.key = "compare.identity", .type = Type::Boolean, .defaultValue = true, .label = QT_TRANSLATE_NOOP("State", "Show 2σ(2&z) − 1")},

        // Sparsity: a random layer's share of active neurons.
        {.key = "sparsity.function", .type = Type::Function, .defaultValue = std::string("relu"), .label = QT_TRANSLATE_NOOP("State", "&Function")},
        {.key = "sparsity.neurons", .type = Type::Integer, .defaultValue = 1000.0, .min = 10, .max = 100000, .sliderMin = 10,
         .sliderMax = 100000, .step = 100, .decimals = 0, .label = QT_TRANSLATE_NOOP("State", "&Neurons")},
        {.key = "sparsity.seed", .type = Type::Integer, .defaultValue = 42.0, .min = 0, .max = kLargestSeed, .sliderMin = 0,
         .sliderMax = kLargestSeed, .step = 1, .decimals = 0, .label = QT_TRANSLATE_NOOP("State", "&Seed")},
        {.key = "sparsity.threshold", .type = Type::Number, .defaultValue = 0.01, .min = 0, .max = 0.2, .sliderMin = 0,
         .sliderMax = 0.2, .step = 0.001, .decimals = 3, .symbol = "τ", .label = QT_TRANSLATE_NOOP("State", "Activity threshold"),
         .help = QT_TRANSLATE_NOOP("State", "A neuron counts as active when |f(z)| > τ (0: exactly non-zero)")},

        // Initialisation: a deep stack of wide layers fed random inputs, before any training.
        {.key = "init.function", .type = Type::Function, .defaultValue = std::string("tanh"), .label = QT_TRANSLATE_NOOP("State", "Activation")},
        {.key = "init.parameters", .type = Type::Parameters, .defaultValue = Numbers{}, .label = QT_TRANSLATE_NOOP("State", "Parameters of the activation")},
        {.key = "init.scheme", .type = Type::Choice, .defaultValue = std::string("normal"),
         .choices = {"normal", "uniform", "xavier", "xavier_uniform", "he", "lecun"}, .label = QT_TRANSLATE_NOOP("State", "Initialisation")},
        {.key = "init.sigma", .type = Type::Number, .defaultValue = 0.01, .min = 0, .max = 100, .sliderMin = 0, .sliderMax = 2,
         .step = 0.001, .decimals = 3, .symbol = "σ", .label = QT_TRANSLATE_NOOP("State", "Weight scale"),
         .help = QT_TRANSLATE_NOOP("State", "Weight scale: σ of N(0, σ²), or a of uniform(−a, a); the other schemes compute theirs from the width")},
        {.key = "init.layers", .type = Type::Integer, .defaultValue = 10.0, .min = 1, .max = 50, .sliderMin = 1, .sliderMax = 50,
         .step = 1, .decimals = 0, .symbol = "L", .label = QT_TRANSLATE_NOOP("State", "Layers"), .help = QT_TRANSLATE_NOOP("State", "Number of stacked layers L (1 to 50)")},
        {.key = "init.width", .type = Type::Integer, .defaultValue = 500.0, .min = 10, .max = 1000, .sliderMin = 10, .sliderMax = 1000,
         .step = 10, .decimals = 0, .symbol = "n", .label = QT_TRANSLATE_NOOP("State", "Width"), .help = QT_TRANSLATE_NOOP("State", "Units n in every layer (10 to 1000); each layer has n inputs and n outputs")},
        {.key = "init.samples", .type = Type::Integer, .defaultValue = 1000.0, .min = 100, .max = 5000, .sliderMin = 100, .sliderMax = 5000,
         .step = 100, .decimals = 0, .symbol = "m", .label = QT_TRANSLATE_NOOP("State", "Samples"), .help = QT_TRANSLATE_NOOP("State", "Random inputs m drawn from N(0, 1) and pushed through the stack together")},
        {.key = "init.bias", .type = Type::Number, .defaultValue = 0.0, .min = -10, .max = 10, .sliderMin = -1, .sliderMax = 1,
         .symbol = "b", .label = QT_TRANSLATE_NOOP("State", "Bias"), .help = QT_TRANSLATE_NOOP("State", "Bias b of every unit (0 is the usual start)")},
        {.key = "init.epsilon", .type = Type::Number, .defaultValue = 0.01, .min = 0, .max = 0.3, .sliderMin = 0, .sliderMax = 0.3,
         .step = 0.001, .decimals = 3, .symbol = "ε", .label = QT_TRANSLATE_NOOP("State", "Saturation threshold"),
         .help = QT_TRANSLATE_NOOP("State", "A unit counts as saturated on a sample when |f′(z)| < ε")},
        {.key = "init.seed", .type = Type::Integer, .defaultValue = 1.0, .min = 0, .max = kLargestSeed, .sliderMin = 0,
         .sliderMax = kLargestSeed, .step = 1, .decimals = 0, .label = QT_TRANSLATE_NOOP("State", "Seed")},
        // Train: a small network learning a data set of the plane (core/train).
        // "custom": no generated shape, only the points of train.addedPoints (clicked or imported).
        {.key = "train.dataset", .type = Type::Choice, .defaultValue = std::string("circle"),
         .choices = {"circle", "xor", "gauss", "spiral", "custom"}, .label = QT_TRANSLATE_NOOP("State", "&Data set")},
        // Points the user clicked onto the plane or imported: x, y, label (0 or 1) per point, up to
        // 2000 points. With a generated shape they join its training points; with "custom" they are
        // the whole data set, split by the training share.
        {.key = "train.addedPoints", .type = Type::NumberList, .defaultValue = Numbers{}, .min = -kValueLimit, .max = kValueLimit,
         .sliderMin = -6, .sliderMax = 6, .minCount = 0, .maxCount = 3 * 2000, .label = QT_TRANSLATE_NOOP("State", "Added points")},
        {.key = "train.noise", .type = Type::Number, .defaultValue = 0.0, .min = 0, .max = 50, .sliderMin = 0, .sliderMax = 50,
         .step = 1, .decimals = 0, .label = QT_TRANSLATE_NOOP("State", "Noise, %"),
         .help = QT_TRANSLATE_NOOP("State", "Noise, in percent of the data set's size: how far points stray from their shape")},
        {.key = "train.trainShare", .type = Type::Number, .defaultValue = 0.5, .min = 0.1, .max = 0.9, .sliderMin = 0.1,
         .sliderMax = 0.9, .step = 0.05, .decimals = 2, .label = QT_TRANSLATE_NOOP("State", "Training share"),
         .help = QT_TRANSLATE_NOOP("State", "Share of the points used for training; the rest test the network")},
        {.key = "train.points", .type = Type::Integer, .defaultValue = 500.0, .min = 50, .max = 2000, .sliderMin = 50,
         .sliderMax = 2000, .step = 10, .decimals = 0, .symbol = "N", .label = QT_TRANSLATE_NOOP("State", "Points"),
         .help = QT_TRANSLATE_NOOP("State", "Number of points N of the data set")},
        {.key = "train.seed", .type = Type::Integer, .defaultValue = 1.0, .min = 0, .max = kLargestSeed, .sliderMin = 0,
         .sliderMax = kLargestSeed, .step = 1, .decimals = 0, .label = QT_TRANSLATE_NOOP("State", "S&eed")},
        {.key = "train.function", .type = Type::Function, .defaultValue = std::string("tanh"), .label = QT_TRANSLATE_NOOP("State", "Acti&vation")},
        {.key = "train.parameters", .type = Type::Parameters, .defaultValue = Numbers{},
         .label = QT_TRANSLATE_NOOP("State", "Parameters of the activation")},
        {.key = "train.hidden", .type = Type::NumberList, .defaultValue = Numbers{8, 8}, .min = 1, .max = 16, .sliderMin = 1,
         .sliderMax = 16, .step = 1, .decimals = 0, .minCount = 0, .maxCount = 6, .label = QT_TRANSLATE_NOOP("State", "Units in hidden layer %1")},
        {.key = "train.init", .type = Type::Choice, .defaultValue = std::string("xavier"),
         .choices = {"xavier", "xavier_uniform", "he", "uniform", "normal", "zeros"}, .label = QT_TRANSLATE_NOOP("State", "&Initialisation")},
        {.key = "train.sigma", .type = Type::Number, .defaultValue = 1.0, .min = 0.001, .max = 10, .sliderMin = 0.01, .sliderMax = 3,
         .symbol = "σ", .label = QT_TRANSLATE_NOOP("State", "Initial spread"),
         .help = QT_TRANSLATE_NOOP("State", "Standard deviation σ of the initial weights (normal initialisation only)")},
        {.key = "train.lr", .type = Type::Number, .defaultValue = 0.1, .min = 1e-6, .max = 10, .sliderMin = 0.001, .sliderMax = 3,
         .step = 0.001, .decimals = 3, .symbol = "η", .label = QT_TRANSLATE_NOOP("State", "Learning rate"),
         .help = QT_TRANSLATE_NOOP("State", "Learning rate η: each step moves the weights by −η times the gradient")},
        {.key = "train.batch", .type = Type::Integer, .defaultValue = 10.0, .min = 1, .max = 2000, .sliderMin = 1, .sliderMax = 100,
         .step = 1, .decimals = 0, .symbol = "B", .label = QT_TRANSLATE_NOOP("State", "Batch size"),
         .help = QT_TRANSLATE_NOOP("State", "Batch size B: training points per step")},
        {.key = "train.l2", .type = Type::Number, .defaultValue = 0.0, .min = 0, .max = 1, .sliderMin = 0, .sliderMax = 0.05,
         .step = 0.0001, .decimals = 4, .symbol = "λ", .label = QT_TRANSLATE_NOOP("State", "L2 regularisation"),
         .help = QT_TRANSLATE_NOOP("State", "L2 regularisation λ: every step also shrinks each weight by η·λ·w")},
        {.key = "train.momentum", .type = Type::Number, .defaultValue = 0.0, .min = 0, .max = 0.99, .sliderMin = 0, .sliderMax = 0.99,
         .step = 0.01, .decimals = 2, .symbol = "μ", .label = QT_TRANSLATE_NOOP("State", "Momentum"),
         .help = QT_TRANSLATE_NOOP("State", "Momentum μ: every step also repeats μ times the previous step's change (0 is plain SGD)")},
        // The network's inputs, one switch per feature of core/train (featureKeys); at least one is on.
        {.key = "train.features.x1", .type = Type::Boolean, .defaultValue = true, .symbol = "x₁", .label = QT_TRANSLATE_NOOP("State", "Input x₁")},
        {.key = "train.features.x2", .type = Type::Boolean, .defaultValue = true, .symbol = "x₂", .label = QT_TRANSLATE_NOOP("State", "Input x₂")},
        {.key = "train.features.x1sq", .type = Type::Boolean, .defaultValue = false, .symbol = "x₁²", .label = QT_TRANSLATE_NOOP("State", "Input x₁²")},
        {.key = "train.features.x2sq", .type = Type::Boolean, .defaultValue = false, .symbol = "x₂²", .label = QT_TRANSLATE_NOOP("State", "Input x₂²")},
        {.key = "train.features.x1x2", .type = Type::Boolean, .defaultValue = false, .symbol = "x₁x₂", .label = QT_TRANSLATE_NOOP("State", "Input x₁x₂")},
        {.key = "train.features.sinx1", .type = Type::Boolean, .defaultValue = false, .symbol = "sin x₁", .label = QT_TRANSLATE_NOOP("State", "Input sin x₁")},
        {.key = "train.features.sinx2", .type = Type::Boolean, .defaultValue = false, .symbol = "sin x₂", .label = QT_TRANSLATE_NOOP("State", "Input sin x₂")},
        // How far the network had trained when the state was written: opening it trains again to
        // there (the seed makes the same network), so a scenario or a figure shows a trained run.
        {.key = "train.epochs", .type = Type::Integer, .defaultValue = 0.0, .min = 0, .max = 10000, .sliderMin = 0, .sliderMax = 10000,
         .step = 1, .decimals = 0, .label = QT_TRANSLATE_NOOP("State", "Epochs trained"),
         .help = QT_TRANSLATE_NOOP("State", "Epochs the network has trained; a scenario file that gives it is trained again to there")},
        {.key = "train.stepsPerFrame", .type = Type::Integer, .defaultValue = 25.0, .min = 1, .max = 1000, .sliderMin = 1,
         .sliderMax = 500, .step = 1, .decimals = 0, .label = QT_TRANSLATE_NOOP("State", "Speed"),
         .help = QT_TRANSLATE_NOOP("State", "Training steps per frame while playing")},

        // Race: the Train tab's network and data, trained with 2–4 activations side by side.
        // The catalog holds only element-wise functions, each valid in a hidden layer (softmax is not one).
        {.key = "race.functions", .type = Type::FunctionList, .defaultValue = Names{"linear", "tanh"}, .minCount = 2,
         .maxCount = 4, .label = QT_TRANSLATE_NOOP("State", "Activations in the race")},
        {.key = "race.target", .type = Type::Number, .defaultValue = 90.0, .min = 50, .max = 100, .sliderMin = 50, .sliderMax = 100,
         .step = 1, .decimals = 0, .label = QT_TRANSLATE_NOOP("State", "Target X, %"),
         .help = QT_TRANSLATE_NOOP("State", "Target X: the race counts the epochs each activation needs to reach a test accuracy of at least X %")},
    };
}

}  // namespace

const std::vector<Spec>& schema()
{
    static const std::vector<Spec> specs = declare();
    return specs;
}

const std::vector<std::string_view>& trainFeatureKeys()
{
    static const std::vector<std::string_view> keys = [] {
        std::vector<std::string_view> found;
        for (const Spec& s : schema())
            if (s.key.starts_with(kTrainFeaturePrefix))
                found.push_back(s.key);
        return found;
    }();
    return keys;
}

const Spec* findSpec(std::string_view key)
{
    const auto& all = schema();
    const auto it = std::find_if(all.begin(), all.end(), [key](const Spec& s) { return s.key == key; });
    return it == all.end() ? nullptr : &*it;
}

const Spec& spec(std::string_view key)
{
    if (const Spec* s = findSpec(key))
        return *s;
    throw std::logic_error("no setting " + std::string(key));
}

std::string functionKeyOf(const Spec& parameters)
{
    return std::string(parameters.section()) + ".function";
}

const std::vector<std::string_view>& tabs()
{
    return spec("tab").choices;
}

}  // namespace al::state
