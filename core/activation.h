// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace al {

// A function parameter as the catalog describes it. `min`/`max` bound what is accepted anywhere
// (command line, scenario files); `sliderMin`/`sliderMax` is the range worth exploring in the GUI.
struct Parameter {
    std::string key;
    double defaultValue = 0.0;
    double min = 0.0;
    double max = 0.0;
    double sliderMin = 0.0;
    double sliderMax = 0.0;
};

// One parameter value per Parameter of the function, in catalog order.
using ParameterValues = std::vector<double>;
using ParameterSpan = std::span<const double>;

struct FunctionValues {
    double f = 0.0;
    double df = 0.0;
};

// A closed or open interval of z; bounds may be infinite.
struct Interval {
    double lo = 0.0;
    double hi = 0.0;
    friend bool operator==(const Interval&, const Interval&) = default;
};

// The image of the function: [lo, hi] with each end either attained or only approached.
struct OutputRange {
    double lo = 0.0;
    double hi = 0.0;
    bool loAttained = false;
    bool hiAttained = false;
    bool discrete = false;  // only the two values lo and hi (the step)
};

struct Properties {
    bool bounded = false;      // both ends of the output range are finite
    bool zeroCentred = false;  // odd function: outputs are symmetric around 0
    bool monotonic = false;    // monotone: never changes direction (a constant counts)
    friend bool operator==(const Properties&, const Properties&) = default;
};

// Everything the app knows about one activation. Pure data plus function pointers, so that
// the catalog is a constant table and the span kernels stay monomorphic and fast.
class Activation {
public:
    using SpanKernel = void (*)(const double* z, double* f, double* df, std::size_t n, ParameterSpan p);
    using ScalarKernel = FunctionValues (*)(double z, const double* p);
    using PointsOf = std::vector<double> (*)(const double* p);
    using IntervalsOf = std::vector<Interval> (*)(const double* p);
    using RangeOf = OutputRange (*)(const double* p);
    using PropertiesOf = Properties (*)(const double* p);

    std::string_view key;
    bool fromLecture = false;
    std::vector<Parameter> parameters;
    Properties properties;  // at the default parameters; propertiesAt() for others
    // The library calls that compute exactly this function, as written in code (Keras 3 with
    // `import keras`, PyTorch with `from torch import nn`); empty if Keras has none. A template:
    // "{alpha}" stands for a parameter's value, "{-threshold}" for " - θ" (nothing when θ = 0),
    // and "A|B" means A at the default parameters, B otherwise. Use kerasCall()/pytorchCall().
    std::string_view kerasName;
    std::string_view pytorchName;

    ScalarKernel scalar = nullptr;
    SpanKernel span = nullptr;
    PointsOf kinksOf = nullptr;  // where f' jumps (f is continuous)
    PointsOf jumpsOf = nullptr;  // where f itself jumps
    IntervalsOf deadOf = nullptr;  // where f' is exactly zero by definition
    RangeOf rangeOf = nullptr;
    PropertiesOf propertiesOf = nullptr;  // nullptr: `properties` hold for every parameter value

    // Default parameter values in catalog order.
    ParameterValues defaults() const;
    // Index of a parameter key, or -1.
    int parameterIndex(std::string_view name) const;

    FunctionValues evaluate(double z, ParameterSpan p) const { return scalar(z, data(p)); }
    // f and f' for many points at once; f and df must have z.size() elements.
    void evaluate(std::span<const double> z, std::span<double> f, std::span<double> df, ParameterSpan p) const;

    std::vector<double> kinks(ParameterSpan p) const { return kinksOf(data(p)); }
    std::vector<double> jumps(ParameterSpan p) const { return jumpsOf(data(p)); }
    std::vector<Interval> deadIntervals(ParameterSpan p) const { return deadOf(data(p)); }
    OutputRange range(ParameterSpan p) const { return rangeOf(data(p)); }
    Properties propertiesAt(ParameterSpan p) const { return propertiesOf ? propertiesOf(data(p)) : properties; }
    // The Keras and PyTorch calls for these parameter values (see kerasName).
    std::string kerasCall(ParameterSpan p) const { return libraryCall(kerasName, p); }
    std::string pytorchCall(ParameterSpan p) const { return libraryCall(pytorchName, p); }
    // No kinks and no jumps: f is continuously differentiable.
    bool smooth(ParameterSpan p) const { return kinks(p).empty() && jumps(p).empty(); }

private:
    std::string libraryCall(std::string_view spelling, ParameterSpan p) const;
    static const double* data(ParameterSpan p) { return p.empty() ? nullptr : p.data(); }
};

}  // namespace al
