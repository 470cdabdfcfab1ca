// SPDX-License-Identifier: MIT
// The facts the app states about each function, checked at every parameter's default and at both
// ends of its slider and of its allowed range: the properties (bounded, zero-centred, monotone,
// smooth, dead regions) against the curve itself, and the library calls against the real APIs.
#include "core/catalog.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <ostream>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace {

struct Case {
    std::string key;
    al::ParameterValues parameters;
    std::string label;
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.label; }

// Every function at its defaults, and each parameter moved alone to each end of its slider and of
// its allowed range (the command line and scenario files accept the latter).
std::vector<Case> cases()
{
    std::vector<Case> all;
    for (const al::Activation& a : al::catalog()) {
        const al::ParameterValues d = a.defaults();
        all.push_back({std::string(a.key), d, std::string(a.key) + "_defaults"});
        for (std::size_t i = 0; i < a.parameters.size(); ++i) {
            const al::Parameter& p = a.parameters[i];
            const std::pair<double, const char*> ends[] = {
                {p.sliderMin, "sliderMin"}, {p.sliderMax, "sliderMax"}, {p.min, "min"}, {p.max, "max"}};
            for (const auto& [value, name] : ends) {
                al::ParameterValues v = d;
                v[i] = value;
                all.push_back({std::string(a.key), v, std::string(a.key) + "_" + p.key + "_" + name});
            }
        }
    }
    return all;
}

class EveryParameterEnd : public ::testing::TestWithParam<Case> {
protected:
    const al::Activation& activation() const { return *al::findActivation(GetParam().key); }
    const al::ParameterValues& parameters() const { return GetParam().parameters; }
    al::FunctionValues at(double z) const { return activation().evaluate(z, parameters()); }

    // Sample points: a dense grid on [−20, 20], a window around every parameter value (the step
    // may jump at θ = 1000) and far points.
    std::vector<double> grid(double step) const
    {
        std::vector<double> z;
        for (double x = -20.0; x <= 20.0; x += step)
            z.push_back(x);
        for (double p : parameters())
            if (std::fabs(p) > 19.0)
                for (double x = p - 2.0; x <= p + 2.0; x += step)
                    z.push_back(x);
        for (double far : {-1e8, -1e4, -1e3, -100.0, 100.0, 1e3, 1e4, 1e8})
            z.push_back(far);
        std::sort(z.begin(), z.end());
        return z;
    }
};

TEST_P(EveryParameterEnd, BoundedMatchesTheCurve)
{
    double largest = 0.0;
    for (double z : grid(0.01))
        largest = std::max(largest, std::fabs(at(z).f));
    // Every bounded function here stays within 1000 (ELU's −α at α = 100 is the largest); every
    // unbounded one exceeds it by z = 1e8, whatever the parameter.
    EXPECT_EQ(activation().propertiesAt(parameters()).bounded, largest <= 1000.0) << "max |f| = " << largest;
    const al::OutputRange r = activation().range(parameters());
    EXPECT_EQ(activation().propertiesAt(parameters()).bounded, std::isfinite(r.lo) && std::isfinite(r.hi));
}

TEST_P(EveryParameterEnd, OutputStaysInTheStatedRange)
{
    const al::OutputRange r = activation().range(parameters());
    double lowest = INFINITY;
    for (double z : grid(0.01)) {
        const double f = at(z).f;
        lowest = std::min(lowest, f);
        EXPECT_GE(f, r.lo - 1e-12 * std::max(1.0, std::fabs(r.lo))) << "z = " << z;
        EXPECT_LE(f, r.hi + 1e-12 * std::max(1.0, std::fabs(r.hi))) << "z = " << z;
    }
    if (r.loAttained && std::isfinite(r.lo)) {
        // The grid misses the exact minimum of a dip by at most |f″|·0.005² / 2.
        EXPECT_NEAR(lowest, r.lo, 1e-4 * std::max(1.0, std::fabs(r.lo))) << "the lower end is said to be attained";
    }
}

TEST_P(EveryParameterEnd, ZeroCentredMatchesTheCurve)
{
    bool odd = true;
    for (double z : grid(0.01)) {
        const double f = at(z).f;
        if (std::fabs(at(-z).f + f) > 1e-12 * std::max(1.0, std::fabs(f)))
            odd = false;
    }
    EXPECT_EQ(activation().propertiesAt(parameters()).zeroCentred, odd);
}

TEST_P(EveryParameterEnd, MonotonicMatchesTheCurve)
{
    bool up = true;
    bool down = true;
    double previous = NAN;
    for (double z : grid(0.01)) {
        const double f = at(z).f;
        if (!std::isnan(previous)) {
            up = up && f >= previous;
            down = down && f <= previous;
        }
        previous = f;
    }
    EXPECT_EQ(activation().propertiesAt(parameters()).monotonic, up || down);
}

TEST_P(EveryParameterEnd, SmoothMatchesTheCurve)
{
    // A kink or a jump shows as a step in f′ (or in f) between neighbouring points 1e-6 apart;
    // a smooth curve changes by at most |f″|·1e-6 there.
    bool broken = false;
    std::vector<double> points = grid(0.01);
    for (double k : activation().kinks(parameters()))
        points.push_back(k);
    for (double j : activation().jumps(parameters()))
        points.push_back(j);
    for (double z : points) {
        if (std::fabs(z) > 1e3)
            continue;
        const double h = 1e-6 * std::max(1.0, std::fabs(z));
        const al::FunctionValues left = at(z - h);
        const al::FunctionValues right = at(z + h);
        const double scale = std::max(1.0, std::max(std::fabs(left.df), std::fabs(right.df)));
        if (std::fabs(right.df - left.df) > 1e-3 * scale || std::fabs(right.f - left.f) > 0.5 + 20.0 * scale * h)
            broken = true;
    }
    EXPECT_EQ(activation().smooth(parameters()), !broken);
}

TEST_P(EveryParameterEnd, DeadRegionsMatchTheCurve)
{
    const auto dead = activation().deadIntervals(parameters());
    const auto inDead = [&](double z) {
        return std::any_of(dead.begin(), dead.end(), [z](const al::Interval& d) { return d.lo < z && z < d.hi; });
    };
    // Only |z| ≤ 30: farther out the sigmoid's f′ underflows to 0 without being dead by definition.
    for (double z : grid(0.01)) {
        if (std::fabs(z) > 30.0 && std::fabs(z) < 1e3 - 2.0)
            continue;
        if (std::fabs(z) >= 1e3 - 2.0 && std::none_of(parameters().begin(), parameters().end(),
                                                       [z](double p) { return std::fabs(z - p) <= 2.0; }))
            continue;
        const bool nearAnEnd = std::any_of(dead.begin(), dead.end(), [z](const al::Interval& d) {
            return std::fabs(z - d.lo) < 2e-3 || std::fabs(z - d.hi) < 2e-3;
        });
        if (nearAnEnd)
            continue;
        const bool zeroHere = at(z).df == 0.0 && at(z - 1e-3).df == 0.0 && at(z + 1e-3).df == 0.0;
        EXPECT_EQ(inDead(z), zeroHere) << "z = " << z;
    }
}

INSTANTIATE_TEST_SUITE_P(Catalog, EveryParameterEnd, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case>& info) { return info.param.label; });

// The real signatures, from the Keras 3 API reference (keras.io/api/layers/activations,
// keras.io/api/layers/activation_layers, keras.io/api/layers/preprocessing_layers) and the PyTorch
// 2 reference (pytorch.org/docs/stable/nn.html, torch.html): the name, the positional arguments it
// takes, and its keyword arguments with the values each accepts.
struct Signature {
    int positional = 0;
    std::map<std::string, std::string> keywords;  // keyword → a regular expression for the value
};

const std::string kNumber = R"(-?[0-9]+\.[0-9]+(e-?[0-9]+)?)";

const std::map<std::string, Signature>& realCalls()
{
    static const std::map<std::string, Signature> calls{
        {"keras.activations.linear", {1, {}}},
        {"keras.activations.sigmoid", {1, {}}},
        {"keras.activations.tanh", {1, {}}},
        {"keras.activations.relu", {1, {{"negative_slope", kNumber}, {"max_value", kNumber}, {"threshold", kNumber}}}},
        {"keras.activations.leaky_relu", {1, {{"negative_slope", kNumber}}}},
        {"keras.activations.elu", {1, {{"alpha", kNumber}}}},
        {"keras.activations.selu", {1, {}}},
        {"keras.activations.gelu", {1, {{"approximate", "True|False"}}}},
        {"keras.activations.silu", {1, {}}},
        {"keras.activations.softplus", {1, {}}},
        {"keras.activations.softsign", {1, {}}},
        {"keras.activations.mish", {1, {}}},
        {"keras.activations.hard_sigmoid", {1, {}}},
        {"keras.activations.hard_silu", {1, {}}},
        {"keras.activations.relu6", {1, {}}},
        {"keras.activations.exponential", {1, {}}},
        {"keras.layers.Rescaling", {0, {{"scale", kNumber}, {"offset", kNumber}}}},
        {"keras.layers.PReLU", {0, {{"alpha_initializer", "keras\\.initializers\\.Constant\\(" + kNumber + "\\)"}}}},
        {"nn.Identity", {0, {}}},
        {"torch.mul", {2, {}}},
        {"torch.heaviside", {2, {}}},
        {"torch.exp", {1, {}}},
        {"nn.Sigmoid", {0, {}}},
        {"nn.Tanh", {0, {}}},
        {"nn.ReLU", {0, {}}},
        {"nn.LeakyReLU", {0, {{"negative_slope", kNumber}}}},
        {"nn.PReLU", {0, {{"num_parameters", "[0-9]+"}, {"init", kNumber}}}},
        {"nn.ELU", {0, {{"alpha", kNumber}}}},
        {"nn.SELU", {0, {}}},
        {"nn.GELU", {0, {{"approximate", R"("none"|"tanh")"}}}},
        {"nn.SiLU", {0, {}}},
        {"nn.Softplus", {0, {{"beta", kNumber}, {"threshold", kNumber}}}},
        {"nn.Softsign", {0, {}}},
        {"nn.Mish", {0, {}}},
        {"nn.Hardsigmoid", {0, {}}},
        {"nn.Hardswish", {0, {}}},
        {"nn.ReLU6", {0, {}}},
    };
    return calls;
}

// Splits "f(a, b(c, d), k=v)" into its name and its top-level arguments.
bool splitCall(const std::string& call, std::string& name, std::vector<std::string>& arguments)
{
    const std::size_t open = call.find('(');
    if (open == std::string::npos || call.back() != ')')
        return false;
    name = call.substr(0, open);
    const std::string inside = call.substr(open + 1, call.size() - open - 2);
    int depth = 0;
    std::string current;
    for (char ch : inside) {
        if (ch == '(')
            ++depth;
        if (ch == ')')
            --depth;
        if (ch == ',' && depth == 0) {
            arguments.push_back(current);
            current.clear();
            continue;
        }
        current += ch;
    }
    if (!inside.empty())
        arguments.push_back(current);
    for (std::string& a : arguments)
        a.erase(0, a.find_first_not_of(' '));
    return depth == 0;
}

void expectRealCall(const std::string& call, const std::string& label)
{
    SCOPED_TRACE(label + ": " + call);
    std::string name;
    std::vector<std::string> arguments;
    ASSERT_TRUE(splitCall(call, name, arguments));
    const auto it = realCalls().find(name);
    ASSERT_NE(it, realCalls().end()) << name << " is not a known library call";
    int positional = 0;
    std::set<std::string> seen;
    for (const std::string& argument : arguments) {
        const std::size_t eq = argument.find('=');
        if (eq == std::string::npos) {
            EXPECT_TRUE(seen.empty()) << "a positional argument after a keyword";
            ++positional;
            continue;
        }
        const std::string keyword = argument.substr(0, eq);
        const auto allowed = it->second.keywords.find(keyword);
        ASSERT_NE(allowed, it->second.keywords.end()) << name << " takes no keyword " << keyword;
        EXPECT_TRUE(std::regex_match(argument.substr(eq + 1), std::regex(allowed->second))) << argument;
        EXPECT_TRUE(seen.insert(keyword).second) << "repeated keyword " << keyword;
    }
    EXPECT_EQ(positional, it->second.positional);
}

TEST_P(EveryParameterEnd, LibraryCallsAreRealCalls)
{
    const al::Activation& a = activation();
    if (a.key == "step")
        EXPECT_TRUE(a.kerasName.empty()) << "Keras has no step activation";
    else
        expectRealCall(a.kerasCall(parameters()), "Keras");
    expectRealCall(a.pytorchCall(parameters()), "PyTorch");
    EXPECT_EQ(a.kerasCall(parameters()).find('{'), std::string::npos);
    EXPECT_EQ(a.pytorchCall(parameters()).find('{'), std::string::npos);
}

TEST(LibraryCalls, NameTheExactOrTheApproximateGelu)
{
    // The review's F2: the tanh approximation must not be named by the calls of the exact GELU.
    const al::Activation& exact = *al::findActivation("gelu");
    const al::Activation& approximate = *al::findActivation("gelu_tanh");
    EXPECT_EQ(exact.kerasCall({}), "keras.activations.gelu(x)");  // approximate=False by default
    EXPECT_EQ(exact.pytorchCall({}), "nn.GELU()");                // approximate="none" by default
    EXPECT_EQ(approximate.kerasCall({}), "keras.activations.gelu(x, approximate=True)");
    EXPECT_EQ(approximate.pytorchCall({}), "nn.GELU(approximate=\"tanh\")");
}

TEST(LibraryCalls, CarryTheParameterValues)
{
    const al::Activation& leaky = *al::findActivation("leaky_relu");
    EXPECT_EQ(leaky.pytorchCall(leaky.defaults()), "nn.LeakyReLU(negative_slope=0.01)");
    EXPECT_EQ(leaky.kerasCall(std::vector<double>{0.2}), "keras.activations.leaky_relu(x, negative_slope=0.2)");
    const al::Activation& prelu = *al::findActivation("prelu");
    EXPECT_EQ(prelu.pytorchCall(prelu.defaults()), "nn.PReLU(init=0.25)");
    const al::Activation& elu = *al::findActivation("elu");
    EXPECT_EQ(elu.pytorchCall(elu.defaults()), "nn.ELU(alpha=1.0)");
    const al::Activation& linear = *al::findActivation("linear");
    EXPECT_EQ(linear.kerasCall(linear.defaults()), "keras.activations.linear(x)");
    EXPECT_EQ(linear.pytorchCall(linear.defaults()), "nn.Identity()");
    EXPECT_EQ(linear.pytorchCall(std::vector<double>{-2.5}), "torch.mul(x, -2.5)");
    const al::Activation& step = *al::findActivation("step");
    EXPECT_EQ(step.pytorchCall(std::vector<double>{0.0}), "torch.heaviside(x, torch.tensor(1.0))");
    EXPECT_EQ(step.pytorchCall(std::vector<double>{1.5}), "torch.heaviside(x - 1.5, torch.tensor(1.0))");
    EXPECT_EQ(step.pytorchCall(std::vector<double>{-2.0}), "torch.heaviside(x + 2.0, torch.tensor(1.0))");
}

}  // namespace
