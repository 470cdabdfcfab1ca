// SPDX-License-Identifier: MIT
// How the span kernels' vector-math library was chosen: SLEEF 3.5 (libsleef-dev) against Google
// Highway 1.0 (libhwy-dev, contrib/math) on the functions the kernels need, over 1,000,000 points
// from N(0, 3²): nanoseconds per point (minimum of 15 repetitions) and the largest error in units
// of the last place against long-double libm. Not part of the build (Highway is not a dependency);
// compile and run by hand, once for each instruction set (-march=haswell -maes because Highway
// 1.0.3's static AVX2 target also asks for BMI2, F16C and AES; a measuring tool, never shipped):
//   g++ -std=c++20 -O2 -march=haswell -maes tests/bench/vecmath_choice.cpp -lsleef -o /tmp/vecmath_avx2 && /tmp/vecmath_avx2
//   g++ -std=c++20 -O2 -mssse3     tests/bench/vecmath_choice.cpp -lsleef -o /tmp/vecmath_ssse3 && /tmp/vecmath_ssse3
//   g++ -std=c++20 -O2             tests/bench/vecmath_choice.cpp -lsleef -o /tmp/vecmath_sse2 && /tmp/vecmath_sse2
#include <hwy/highway.h>
#include <hwy/contrib/math/math-inl.h>
#include <sleef.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

namespace hn = hwy::HWY_NAMESPACE;

namespace {

constexpr std::size_t kPoints = 1'000'000;

template <typename Body>
double nsPerPoint(Body body)
{
    double best = 1e30;
    for (int r = 0; r < 15; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        body();
        const auto t1 = std::chrono::steady_clock::now();
        best = std::min(best, std::chrono::duration<double, std::nano>(t1 - t0).count() / kPoints);
    }
    return best;
}

double ulps(const std::vector<double>& x, const std::vector<double>& y, long double (*exact)(long double))
{
    double worst = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const long double e = exact(x[i]);
        if (!std::isfinite(static_cast<double>(e)) || e == 0)
            continue;
        const double ulp = std::nextafter(std::fabs(static_cast<double>(e)), 1e308) - std::fabs(static_cast<double>(e));
        worst = std::max(worst, static_cast<double>(std::fabs(y[i] - e) / ulp));
    }
    return worst;
}

template <typename SleefFn, typename HwyFn>
void compare(const char* name, const std::vector<double>& x, long double (*exact)(long double), SleefFn sleef, HwyFn hwy)
{
    std::vector<double> y(x.size());
    const hn::ScalableTag<double> d;
    const std::size_t lanes = hn::Lanes(d);
    const double tSleef = nsPerPoint([&] { sleef(x.data(), y.data(), x.size()); });
    const double eSleef = ulps(x, y, exact);
    const double tHwy = nsPerPoint([&] {
        for (std::size_t i = 0; i < x.size(); i += lanes)
            hn::StoreU(hwy(d, hn::LoadU(d, x.data() + i)), d, y.data() + i);
    });
    const double eHwy = ulps(x, y, exact);
    std::printf("%-6s  SLEEF %.2f ns %.2f ulp   Highway %.2f ns %.2f ulp\n", name, tSleef, eSleef, tHwy, eHwy);
}

// SLEEF's explicitly named functions for the widest instruction set this compilation allows.
#if defined(__AVX2__) && defined(__FMA__)
#define SLEEF_LOOP(fn, suffix)                                                                                   \
    [](const double* in, double* out, std::size_t n) {                                                           \
        for (std::size_t i = 0; i < n; i += 4)                                                                   \
            _mm256_storeu_pd(out + i, Sleef_##fn##d4_##suffix##avx2(_mm256_loadu_pd(in + i)));                   \
    }
#define SLEEF_ISA "avx2"
#else
#define SLEEF_LOOP(fn, suffix)                                                                                   \
    [](const double* in, double* out, std::size_t n) {                                                           \
        for (std::size_t i = 0; i < n; i += 2)                                                                   \
            _mm_storeu_pd(out + i, Sleef_##fn##d2_##suffix##sse2(_mm_loadu_pd(in + i)));                         \
    }
#define SLEEF_ISA "sse2"
#endif

}  // namespace

int main()
{
    std::printf("Highway target %s, SLEEF %s\n", hwy::TargetName(HWY_TARGET), SLEEF_ISA);
    std::mt19937_64 random(42);
    std::normal_distribution<double> normal(0.0, 3.0);
    std::vector<double> x(kPoints);
    for (double& v : x)
        v = normal(random);
    std::vector<double> negAbs(kPoints);
    std::transform(x.begin(), x.end(), negAbs.begin(), [](double v) { return -std::fabs(v); });
    std::vector<double> small(kPoints);
    std::transform(negAbs.begin(), negAbs.end(), small.begin(), [](double v) { return std::exp(v); });

    std::vector<double> y(kPoints);
    const double tLibm = nsPerPoint([&] {
        for (std::size_t i = 0; i < kPoints; ++i)
            y[i] = std::exp(x[i]);
    });
    std::printf("libm exp %.2f ns\n", tLibm);
    compare("exp", x, [](long double v) { return std::exp(v); }, SLEEF_LOOP(exp, u10),
            [](auto d, auto v) { return hn::Exp(d, v); });
    compare("expm1", negAbs, [](long double v) { return std::expm1(v); }, SLEEF_LOOP(expm1, u10),
            [](auto d, auto v) { return hn::Expm1(d, v); });
    compare("log1p", small, [](long double v) { return std::log1p(v); }, SLEEF_LOOP(log1p, u10),
            [](auto d, auto v) { return hn::Log1p(d, v); });
    // Highway has no erfc: GELU would keep calling libm one value at a time.
    const double tErfc = nsPerPoint([&] { SLEEF_LOOP(erfc, u15)(x.data(), y.data(), kPoints); });
    const double eErfc = ulps(x, y, [](long double v) { return std::erfc(v); });
    const double tLibmErfc = nsPerPoint([&] {
        for (std::size_t i = 0; i < kPoints; ++i)
            y[i] = std::erfc(x[i]);
    });
    std::printf("erfc    SLEEF %.2f ns %.2f ulp   Highway: none (libm %.2f ns)\n", tErfc, eErfc, tLibmErfc);
}
