// SPDX-License-Identifier: MIT
#include "core/catalog.h"

#include "core/search.h"

#include "core/kernels.h"
#include "core/spantable.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>

namespace al {

ParameterValues Activation::defaults() const
{
    ParameterValues values;
    values.reserve(parameters.size());
    for (const Parameter& p : parameters)
        values.push_back(p.defaultValue);
    return values;
}

int Activation::parameterIndex(std::string_view name) const
{
    for (std::size_t i = 0; i < parameters.size(); ++i)
        if (parameters[i].key == name)
            return static_cast<int>(i);
    return -1;
}

void Activation::evaluate(std::span<const double> z, std::span<double> f, std::span<double> df, ParameterSpan p) const
{
    const std::size_t n = std::min({z.size(), f.size(), df.size()});
    span(z.data(), f.data(), df.data(), n, p);
}

namespace {

// A parameter value as Python code writes it: the shortest form that reads back exactly, with a
// decimal point so that it is a float ("1.0", "0.25", "-3.0").
std::string pythonNumber(double v)
{
    std::array<char, 32> buffer{};
    const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), v);
    std::string s(buffer.data(), ec == std::errc() ? end : buffer.data());
    if (s.find_first_of(".en") == std::string::npos)
        s += ".0";
    return s;
}

}  // namespace

std::string Activation::libraryCall(std::string_view spelling, ParameterSpan p) const
{
    if (const std::size_t bar = spelling.find('|'); bar != std::string_view::npos) {
        const ParameterValues d = defaults();
        const bool atDefaults = std::equal(p.begin(), p.end(), d.begin(), d.end());
        spelling = atDefaults ? spelling.substr(0, bar) : spelling.substr(bar + 1);
    }
    std::string out;
    while (!spelling.empty()) {
        const std::size_t open = spelling.find('{');
        const std::size_t close = spelling.find('}', open);
        if (open == std::string_view::npos || close == std::string_view::npos) {
            out += spelling;
            break;
        }
        out += spelling.substr(0, open);
        std::string_view name = spelling.substr(open + 1, close - open - 1);
        const bool subtracted = !name.empty() && name.front() == '-';
        if (subtracted)
            name.remove_prefix(1);
        const int index = parameterIndex(name);
        const double v = index >= 0 && static_cast<std::size_t>(index) < p.size() ? p[static_cast<std::size_t>(index)] : 0.0;
        if (!subtracted)
            out += pythonNumber(v);
        else if (v != 0.0)
            out += (v > 0.0 ? " - " : " + ") + pythonNumber(std::fabs(v));
        spelling.remove_prefix(close + 1);
    }
    return out;
}

namespace {

using kernels::kInf;

constexpr std::size_t kMaxParameters = 4;

// The reference: the scalar kernel one point at a time (also the span kernel of the scalar level).
template <typename Kernel>
void scalarLoop(const double* z, double* f, double* df, std::size_t n, const double* p)
{
    for (std::size_t i = 0; i < n; ++i) {
        const FunctionValues v = Kernel::eval(z[i], p);
        f[i] = v.f;
        df[i] = v.df;
    }
}

// The span kernel of the active instruction set (simd.h), or the scalar loop.
template <typename Kernel, simd::RawSpanKernel simd::SpanTable::*Vector>
void spanKernel(const double* z, double* f, double* df, std::size_t n, ParameterSpan p)
{
    // A local copy of the parameters: the compiler cannot know that writing f[i] leaves p
    // unchanged, and would otherwise reload it and refuse to vectorise.
    std::array<double, kMaxParameters> local{};
    for (std::size_t k = 0; k < p.size() && k < kMaxParameters; ++k)
        local[k] = p[k];
    const simd::SpanTable* table = simd::activeSpans();
    const simd::RawSpanKernel vector = table != nullptr ? table->*Vector : nullptr;
    if (vector != nullptr)
        vector(z, f, df, n, local.data());
    else
        scalarLoop<Kernel>(z, f, df, n, local.data());
}

template <typename Kernel>
FunctionValues scalarKernel(double z, const double* p)
{
    return Kernel::eval(z, p);
}

std::vector<double> none(const double* /*p*/) { return {}; }
std::vector<Interval> neverDead(const double* /*p*/) { return {}; }

// The minimum of a smooth function with one dip on [lo, hi], by golden-section search; used for
// the lower end of the output range of GELU, SiLU and mish.
double dipMinimum(FunctionValues (*fn)(double, const double*), double lo, double hi)
{
    return fn(goldenSectionMinimum([fn](double z) { return fn(z, nullptr).f; }, lo, hi, 1e-15), nullptr).f;
}

template <typename Kernel>
OutputRange dipRange(const double* /*p*/)
{
    static const double lowest = dipMinimum(&scalarKernel<Kernel>, -4.0, 0.0);
    return {lowest, kInf, true, false, false};
}

// The slope-α ReLU family: a corner at 0 unless the slope is 1; dead left half if α = 0.
std::vector<double> cornerUnlessUnitSlope(const double* p) { return p[0] == 1.0 ? std::vector<double>{} : std::vector<double>{0.0}; }
std::vector<Interval> deadIfFlat(const double* p)
{
    return p[0] == 0.0 ? std::vector<Interval>{{-kInf, 0.0}} : std::vector<Interval>{};
}

template <typename Kernel, simd::RawSpanKernel simd::SpanTable::*Vector>
Activation make(std::string_view key, bool lecture, std::vector<Parameter> parameters, Properties properties,
                std::string_view keras, std::string_view pytorch, Activation::RangeOf range,
                Activation::PointsOf kinks = none, Activation::IntervalsOf dead = neverDead,
                Activation::PointsOf jumps = none)
{
    Activation a;
    a.key = key;
    a.fromLecture = lecture;
    a.parameters = std::move(parameters);
    a.properties = properties;
    a.kerasName = keras;
    a.pytorchName = pytorch;
    a.scalar = &scalarKernel<Kernel>;
    a.span = &spanKernel<Kernel, Vector>;
    a.kinksOf = kinks;
    a.jumpsOf = jumps;
    a.deadOf = dead;
    a.rangeOf = range;
    return a;
}

std::vector<Activation> buildCatalog()
{
    using namespace kernels;
    const Properties boundedMonotonic{true, false, true};
    const Properties oddBoundedMonotonic{true, true, true};
    const Properties unboundedMonotonic{false, false, true};
    const Properties unboundedDip{false, false, false};
    const Parameter slope{"alpha", 0.01, -100.0, 100.0, 0.0, 1.0};

    std::vector<Activation> c;
    c.push_back(make<Step, &simd::SpanTable::step>(
        "step", true, {{"threshold", 0.0, -1000.0, 1000.0, -5.0, 5.0}}, boundedMonotonic, "",
        "torch.heaviside(x{-threshold}, torch.tensor(1.0))", [](const double*) { return OutputRange{0.0, 1.0, true, true, true}; }, none,
        [](const double*) { return std::vector<Interval>{{-kInf, kInf}}; },
        [](const double* p) { return std::vector<double>{p[0]}; }));
    c.push_back(make<Linear, &simd::SpanTable::linear>(
        "linear", true, {{"c", 1.0, -1000.0, 1000.0, -3.0, 3.0}}, {false, true, true},
        "keras.activations.linear(x)|keras.layers.Rescaling(scale={c})", "nn.Identity()|torch.mul(x, {c})",
        [](const double* p) {
            return p[0] == 0.0 ? OutputRange{0.0, 0.0, true, true, false} : OutputRange{-kInf, kInf, false, false, false};
        },
        none, [](const double* p) { return p[0] == 0.0 ? std::vector<Interval>{{-kInf, kInf}} : std::vector<Interval>{}; }));
    // c = 0 flattens the line to the constant 0: bounded, and still odd and (trivially) monotone.
    c.back().propertiesOf = [](const double* p) { return Properties{p[0] == 0.0, true, true}; };
    c.push_back(make<Sigmoid, &simd::SpanTable::sigmoid>("sigmoid", true, {}, boundedMonotonic, "keras.activations.sigmoid(x)", "nn.Sigmoid()",
                              [](const double*) { return OutputRange{0.0, 1.0, false, false, false}; }));
    c.push_back(make<Tanh, &simd::SpanTable::tanh>("tanh", true, {}, oddBoundedMonotonic, "keras.activations.tanh(x)", "nn.Tanh()",
                           [](const double*) { return OutputRange{-1.0, 1.0, false, false, false}; }));
    c.push_back(make<Relu, &simd::SpanTable::relu>(
        "relu", true, {}, unboundedMonotonic, "keras.activations.relu(x)", "nn.ReLU()",
        [](const double*) { return OutputRange{0.0, kInf, true, false, false}; },
        [](const double*) { return std::vector<double>{0.0}; },
        [](const double*) { return std::vector<Interval>{{-kInf, 0.0}}; }));
    // α < 0 folds the left half up: f ≥ 0 with f(0) = 0, the V of |z| for α = −1.
    const auto slopeRange = [](const double* p) {
        if (p[0] <= 0.0)
            return OutputRange{0.0, kInf, true, false, false};
        return OutputRange{-kInf, kInf, false, false, false};
    };
    const Parameter& leakySlope = slope;
    c.push_back(make<LeakyRelu, &simd::SpanTable::leakyRelu>("leaky_relu", true, {leakySlope}, unboundedMonotonic,
                                "keras.activations.leaky_relu(x, negative_slope={alpha})",
                                "nn.LeakyReLU(negative_slope={alpha})",
                                slopeRange, cornerUnlessUnitSlope, deadIfFlat));
    // α = 1 is the identity (odd); α < 0 folds the left half up, so the curve turns at 0.
    const auto slopeProperties = [](const double* p) { return Properties{false, p[0] == 1.0, p[0] >= 0.0}; };
    c.back().propertiesOf = slopeProperties;
    Parameter preluSlope = slope;
    preluSlope.defaultValue = 0.25;
    c.push_back(make<LeakyRelu, &simd::SpanTable::leakyRelu>("prelu", true, {preluSlope}, unboundedMonotonic,
                                "keras.layers.PReLU(alpha_initializer=keras.initializers.Constant({alpha}))",
                                "nn.PReLU(init={alpha})", slopeRange,
                                cornerUnlessUnitSlope, deadIfFlat));
    c.back().propertiesOf = slopeProperties;

    c.push_back(make<Elu, &simd::SpanTable::elu>(
        "elu", false, {{"alpha", 1.0, -100.0, 100.0, 0.0, 3.0}}, unboundedMonotonic, "keras.activations.elu(x, alpha={alpha})",
        "nn.ELU(alpha={alpha})",
        [](const double* p) {
            return p[0] >= 0.0 ? OutputRange{-p[0], kInf, p[0] == 0.0, false, false} : OutputRange{0.0, kInf, true, false, false};
        },
        cornerUnlessUnitSlope, deadIfFlat));
    // α < 0 turns the left half into a falling curve α(eᶻ − 1) > 0.
    c.back().propertiesOf = [](const double* p) { return Properties{false, false, p[0] >= 0.0}; };
    c.push_back(make<Selu, &simd::SpanTable::selu>("selu", false, {}, unboundedMonotonic, "keras.activations.selu(x)", "nn.SELU()",
                           [](const double*) { return OutputRange{-kSeluLambdaAlpha, kInf, false, false, false}; },
                           [](const double*) { return std::vector<double>{0.0}; }));
    c.push_back(make<Gelu, &simd::SpanTable::gelu>("gelu", false, {}, unboundedDip, "keras.activations.gelu(x)", "nn.GELU()", dipRange<Gelu>));
    c.push_back(make<GeluTanh, &simd::SpanTable::geluTanh>("gelu_tanh", false, {}, unboundedDip,
                               "keras.activations.gelu(x, approximate=True)", "nn.GELU(approximate=\"tanh\")",
                               dipRange<GeluTanh>));
    c.push_back(make<Silu, &simd::SpanTable::silu>("silu", false, {}, unboundedDip, "keras.activations.silu(x)", "nn.SiLU()", dipRange<Silu>));
    c.push_back(make<Softplus, &simd::SpanTable::softplus>("softplus", false, {}, unboundedMonotonic, "keras.activations.softplus(x)", "nn.Softplus()",
                               [](const double*) { return OutputRange{0.0, kInf, false, false, false}; }));
    c.push_back(make<Softsign, &simd::SpanTable::softsign>("softsign", false, {}, oddBoundedMonotonic, "keras.activations.softsign(x)", "nn.Softsign()",
                               [](const double*) { return OutputRange{-1.0, 1.0, false, false, false}; }));
    c.push_back(make<Mish, &simd::SpanTable::mish>("mish", false, {}, unboundedDip, "keras.activations.mish(x)", "nn.Mish()", dipRange<Mish>));
    c.push_back(make<HardSigmoid, &simd::SpanTable::hardSigmoid>(
        "hard_sigmoid", false, {}, boundedMonotonic, "keras.activations.hard_sigmoid(x)", "nn.Hardsigmoid()",
        [](const double*) { return OutputRange{0.0, 1.0, true, true, false}; },
        [](const double*) { return std::vector<double>{-3.0, 3.0}; },
        [](const double*) { return std::vector<Interval>{{-kInf, -3.0}, {3.0, kInf}}; }));
    c.push_back(make<HardSilu, &simd::SpanTable::hardSilu>(
        "hard_silu", false, {}, unboundedDip, "keras.activations.hard_silu(x)", "nn.Hardswish()",
        [](const double*) { return OutputRange{-0.375, kInf, true, false, false}; },
        [](const double*) { return std::vector<double>{-3.0, 3.0}; },
        [](const double*) { return std::vector<Interval>{{-kInf, -3.0}}; }));
    c.push_back(make<Relu6, &simd::SpanTable::relu6>(
        "relu6", false, {}, {true, false, true}, "keras.activations.relu6(x)", "nn.ReLU6()",
        [](const double*) { return OutputRange{0.0, 6.0, true, true, false}; },
        [](const double*) { return std::vector<double>{0.0, 6.0}; },
        [](const double*) { return std::vector<Interval>{{-kInf, 0.0}, {6.0, kInf}}; }));
    c.push_back(make<Exponential, &simd::SpanTable::exponential>("exponential", false, {}, unboundedMonotonic, "keras.activations.exponential(x)", "torch.exp(x)",
                                  [](const double*) { return OutputRange{0.0, kInf, false, false, false}; }));
    return c;
}

}  // namespace

const simd::ScalarTable& simd::scalarKernels()
{
    using namespace kernels;
    static const ScalarTable table = [] {
        ScalarTable t;
        t.step = &scalarKernel<Step>;
        t.linear = &scalarKernel<Linear>;
        t.sigmoid = &scalarKernel<Sigmoid>;
        t.tanh = &scalarKernel<Tanh>;
        t.relu = &scalarKernel<Relu>;
        t.leakyRelu = &scalarKernel<LeakyRelu>;
        t.elu = &scalarKernel<Elu>;
        t.selu = &scalarKernel<Selu>;
        t.gelu = &scalarKernel<Gelu>;
        t.geluTanh = &scalarKernel<GeluTanh>;
        t.silu = &scalarKernel<Silu>;
        t.softplus = &scalarKernel<Softplus>;
        t.softsign = &scalarKernel<Softsign>;
        t.mish = &scalarKernel<Mish>;
        t.hardSigmoid = &scalarKernel<HardSigmoid>;
        t.hardSilu = &scalarKernel<HardSilu>;
        t.relu6 = &scalarKernel<Relu6>;
        t.exponential = &scalarKernel<Exponential>;
        return t;
    }();
    return table;
}

const std::vector<Activation>& catalog()
{
    static const std::vector<Activation> activations = buildCatalog();
    return activations;
}

const Activation* findActivation(std::string_view key)
{
    const auto& all = catalog();
    const auto it = std::find_if(all.begin(), all.end(), [key](const Activation& a) { return a.key == key; });
    return it == all.end() ? nullptr : &*it;
}

}  // namespace al
