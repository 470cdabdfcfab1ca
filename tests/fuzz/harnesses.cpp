// SPDX-License-Identifier: MIT
#include "harnesses.h"

#include "core/catalog.h"
#include "app/cli/commandline.h"
#include "core/curvesampler.h"
#include "core/gradientregions.h"
#include "app/scenario/scenario.h"
#include "core/simd.h"
#include "core/softmax.h"
#include "tests/core/contract.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <span>
#include <sstream>
#include <vector>

namespace fuzz {

void fail(const std::string& what)
{
    std::fprintf(stderr, "fuzz invariant violated: %s\n", what.c_str());
    std::abort();
}

void scenario(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const Scenarios::Loaded loaded = Scenarios::fromJson(bytes);
    if (!loaded.document) {
        if (loaded.error.isEmpty())
            fail("a refused scenario without a message");
        return;
    }
    const Scenarios::Loaded again = Scenarios::fromJson(Scenarios::toJson(*loaded.document));
    if (!again.document)
        fail("a saved scenario does not load: " + again.error.toStdString());
    if (!(*again.document == *loaded.document))
        fail("a scenario changes in a save/load round trip");
}

void commandLine(const std::uint8_t* data, std::size_t size)
{
    std::vector<std::string> args;
    std::string current;
    for (std::size_t i = 0; i < size && args.size() < 16; ++i) {
        if (data[i] == '\n') {
            args.push_back(current);
            current.clear();
        } else {
            current.push_back(static_cast<char>(data[i]));
        }
    }
    if (args.size() < 16)
        args.push_back(current);
    for (const std::string& a : args) {
        // The fuzzer must not write files, nor ask for ten million rows a thousand times a second.
        if (a.find("--out") != std::string::npos || a.find("--points") != std::string::npos)
            return;
    }
    std::ostringstream out;
    std::ostringstream err;
    const int code = al::runCommandLine(args, out, err);
    if (code != al::kExitOk && code != al::kExitBadInput)
        fail("exit code " + std::to_string(code));
    const std::string e = err.str();
    if (code == al::kExitBadInput && (e.empty() || e.find('\n') != e.size() - 1 || e.rfind("activationlab: ", 0) != 0))
        fail("bad input without exactly one error line: " + e);
    if (code == al::kExitOk && !e.empty())
        fail("success with output on stderr: " + e);
}

namespace {

// Reads doubles and bytes from the input, then zeros once it runs out.
class Input {
public:
    Input(const std::uint8_t* data, std::size_t size) : m_data(data), m_size(size) {}
    double number()
    {
        double v = 0;
        std::uint8_t bytes[8] = {};
        for (std::uint8_t& b : bytes)
            b = byte();
        std::memcpy(&v, bytes, sizeof v);
        return v;
    }
    std::uint8_t byte() { return m_pos < m_size ? m_data[m_pos++] : 0; }
    bool empty() const { return m_pos >= m_size; }

private:
    const std::uint8_t* m_data;
    std::size_t m_size;
    std::size_t m_pos = 0;
};

}  // namespace

void core(const std::uint8_t* data, std::size_t size)
{
    Input in(data, size);
    const auto& all = al::catalog();
    const al::Activation& a = all[in.byte() % all.size()];
    al::ParameterValues p = a.defaults();
    for (std::size_t i = 0; i < p.size(); ++i) {
        const al::Parameter& param = a.parameters[i];
        const double v = in.number();
        if (std::isfinite(v))
            p[i] = std::clamp(v, param.min, param.max);
    }
    std::vector<double> z;
    for (int i = 0; i < 8; ++i) {
        const double v = in.number();
        if (!std::isnan(v))
            z.push_back(v);
    }
    for (std::size_t i = 0; i < z.size(); ++i) {
        const al::FunctionValues v = a.evaluate(z[i], p);
        if (std::isnan(v.f) || std::isnan(v.df))
            fail(std::string(a.key) + " gives NaN at z = " + std::to_string(z[i]));
    }
    // The span kernels of every instruction set the dispatcher can pick agree with the scalar
    // reference within the contract; the points go in as one span and, shifted by one, as another,
    // so each lands in a full vector and in the padded remainder.
    for (al::simd::Level level : al::simd::available()) {
        al::simd::setActive(level);
        for (std::size_t skip = 0; skip < 2 && skip <= z.size(); ++skip) {
            const std::span<const double> part = std::span<const double>(z).subspan(skip);
            std::vector<double> f(part.size());
            std::vector<double> df(part.size());
            a.evaluate(part, f, df, p);
            for (std::size_t i = 0; i < part.size(); ++i)
                if (!contract::agreesWithScalar(a, part[i], p, f[i], df[i]))
                    fail(std::string(a.key) + ": span (" + std::string(al::simd::name(level)) + ") and scalar differ at z = " +
                         std::to_string(part[i]));
        }
    }
    al::simd::setActive(al::simd::preferred());

    // Regions and the sampler on a random, bounded window.
    const double lo = std::fmod(in.number(), 2000.0);
    const double width = std::fabs(std::fmod(in.number(), 2000.0));
    const double epsilon = std::fabs(std::fmod(in.number(), 1.0));
    if (std::isfinite(lo) && std::isfinite(width) && width > 1e-6 && std::isfinite(epsilon)) {
        const al::GradientRegions r = al::findGradientRegions(a, p, epsilon, lo, lo + width);
        for (const auto* list : {&r.dead, &r.vanishing})
            for (const al::Interval& i : *list)
                if (!(i.lo <= i.hi) || i.lo < lo || i.hi > lo + width)
                    fail("a region outside its window");
        const al::Viewport view{{lo, lo + width, -2.0, 2.0}, 800.0, 500.0};
        const std::vector<al::CurvePoint> curve = al::sampleCurve(a, p, al::Curve::Value, view);
        if (curve.empty() || curve.size() > 1000 || curve.front().z != lo)
            fail("a curve without its ends or over budget");
    }

    // Softmax over the rest of the input.
    std::vector<double> logits;
    const double temperature = std::fabs(in.number());
    while (!in.empty() && logits.size() < 64) {
        const double v = in.number();
        if (std::isfinite(v))
            logits.push_back(v);
    }
    if (logits.empty() || !(temperature > 0) || !std::isfinite(temperature))
        return;
    const std::vector<double> probabilities = al::softmax(logits, temperature);
    double sum = 0;
    for (double q : probabilities) {
        if (!std::isfinite(q) || q < 0 || q > 1)
            fail("a probability outside [0, 1]");
        sum += q;
    }
    if (std::fabs(sum - 1.0) > 1e-12)
        fail("softmax sums to " + std::to_string(sum));
    for (double l : al::logSoftmax(logits, temperature))
        if (std::isnan(l) || l > 0)
            fail("log-softmax above 0 or NaN");
}

}  // namespace fuzz
