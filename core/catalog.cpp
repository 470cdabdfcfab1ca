// SPDX-License-Identifier: MIT
#include "core/catalog.h"

#include "core/kernels.h"
#include "core/spantable.h"

#include <algorithm>
#include <array>
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
    const double g = (std::sqrt(5.0) - 1.0) / 2.0;
    double a = lo;
    double b = hi;
    for (int i = 0; i < 200 && b - a > 1e-15; ++i) {
        const double c = b - g * (b - a);
        const double d = a + g * (b - a);
        if (fn(c, nullptr).f < fn(d, nullptr).f)
            b = d;
        else
            a = c;
    }
    return fn(0.5 * (a + b), nullptr).f;
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
        "torch.heaviside", [](const double*) { return OutputRange{0.0, 1.0, true, true, true}; }, none,
        [](const double*) { return std::vector<Interval>{{-kInf, kInf}}; },
        [](const double* p) { return std::vector<double>{p[0]}; }));
    c.push_back(make<Linear, &simd::SpanTable::linear>(
        "linear", true, {{"c", 1.0, -1000.0, 1000.0, -3.0, 3.0}}, {false, true, true}, "linear", "nn.Identity",
        [](const double* p) {
            return p[0] == 0.0 ? OutputRange{0.0, 0.0, true, true, false} : OutputRange{-kInf, kInf, false, false, false};
        },
        none, [](const double* p) { return p[0] == 0.0 ? std::vector<Interval>{{-kInf, kInf}} : std::vector<Interval>{}; }));
    c.push_back(make<Sigmoid, &simd::SpanTable::sigmoid>("sigmoid", true, {}, boundedMonotonic, "sigmoid", "nn.Sigmoid",
                              [](const double*) { return OutputRange{0.0, 1.0, false, false, false}; }));
    c.push_back(make<Tanh, &simd::SpanTable::tanh>("tanh", true, {}, oddBoundedMonotonic, "tanh", "nn.Tanh",
                           [](const double*) { return OutputRange{-1.0, 1.0, false, false, false}; }));
    c.push_back(make<Relu, &simd::SpanTable::relu>(
        "relu", true, {}, unboundedMonotonic, "relu", "nn.ReLU",
        [](const double*) { return OutputRange{0.0, kInf, true, false, false}; },
        [](const double*) { return std::vector<double>{0.0}; },
        [](const double*) { return std::vector<Interval>{{-kInf, 0.0}}; }));
    const auto slopeRange = [](const double* p) {
        if (p[0] == 0.0)
            return OutputRange{0.0, kInf, true, false, false};
        return OutputRange{-kInf, kInf, false, false, false};
    };
    const Parameter& leakySlope = slope;
    c.push_back(make<LeakyRelu, &simd::SpanTable::leakyRelu>("leaky_relu", true, {leakySlope}, unboundedMonotonic, "leaky_relu", "nn.LeakyReLU",
                                slopeRange, cornerUnlessUnitSlope, deadIfFlat));
    Parameter preluSlope = slope;
    preluSlope.defaultValue = 0.25;
    c.push_back(make<LeakyRelu, &simd::SpanTable::leakyRelu>("prelu", true, {preluSlope}, unboundedMonotonic, "PReLU", "nn.PReLU", slopeRange,
                                cornerUnlessUnitSlope, deadIfFlat));

    c.push_back(make<Elu, &simd::SpanTable::elu>(
        "elu", false, {{"alpha", 1.0, -100.0, 100.0, 0.0, 3.0}}, unboundedMonotonic, "elu", "nn.ELU",
        [](const double* p) {
            return p[0] >= 0.0 ? OutputRange{-p[0], kInf, p[0] == 0.0, false, false} : OutputRange{0.0, kInf, false, false, false};
        },
        cornerUnlessUnitSlope, deadIfFlat));
    c.push_back(make<Selu, &simd::SpanTable::selu>("selu", false, {}, unboundedMonotonic, "selu", "nn.SELU",
                           [](const double*) { return OutputRange{-kSeluLambdaAlpha, kInf, false, false, false}; },
                           [](const double*) { return std::vector<double>{0.0}; }));
    c.push_back(make<Gelu, &simd::SpanTable::gelu>("gelu", false, {}, unboundedDip, "gelu", "nn.GELU", dipRange<Gelu>));
    c.push_back(make<GeluTanh, &simd::SpanTable::geluTanh>("gelu_tanh", false, {}, unboundedDip, "gelu", "nn.GELU", dipRange<GeluTanh>));
    c.push_back(make<Silu, &simd::SpanTable::silu>("silu", false, {}, unboundedDip, "silu", "nn.SiLU", dipRange<Silu>));
    c.push_back(make<Softplus, &simd::SpanTable::softplus>("softplus", false, {}, unboundedMonotonic, "softplus", "nn.Softplus",
                               [](const double*) { return OutputRange{0.0, kInf, false, false, false}; }));
    c.push_back(make<Softsign, &simd::SpanTable::softsign>("softsign", false, {}, oddBoundedMonotonic, "softsign", "nn.Softsign",
                               [](const double*) { return OutputRange{-1.0, 1.0, false, false, false}; }));
    c.push_back(make<Mish, &simd::SpanTable::mish>("mish", false, {}, unboundedDip, "mish", "nn.Mish", dipRange<Mish>));
    c.push_back(make<HardSigmoid, &simd::SpanTable::hardSigmoid>(
        "hard_sigmoid", false, {}, boundedMonotonic, "hard_sigmoid", "nn.Hardsigmoid",
        [](const double*) { return OutputRange{0.0, 1.0, true, true, false}; },
        [](const double*) { return std::vector<double>{-3.0, 3.0}; },
        [](const double*) { return std::vector<Interval>{{-kInf, -3.0}, {3.0, kInf}}; }));
    c.push_back(make<HardSilu, &simd::SpanTable::hardSilu>(
        "hard_silu", false, {}, unboundedDip, "hard_silu", "nn.Hardswish",
        [](const double*) { return OutputRange{-0.375, kInf, true, false, false}; },
        [](const double*) { return std::vector<double>{-3.0, 3.0}; },
        [](const double*) { return std::vector<Interval>{{-kInf, -3.0}}; }));
    c.push_back(make<Relu6, &simd::SpanTable::relu6>(
        "relu6", false, {}, {true, false, true}, "relu6", "nn.ReLU6",
        [](const double*) { return OutputRange{0.0, 6.0, true, true, false}; },
        [](const double*) { return std::vector<double>{0.0, 6.0}; },
        [](const double*) { return std::vector<Interval>{{-kInf, 0.0}, {6.0, kInf}}; }));
    c.push_back(make<Exponential, &simd::SpanTable::exponential>("exponential", false, {}, unboundedMonotonic, "exponential", "torch.exp",
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
