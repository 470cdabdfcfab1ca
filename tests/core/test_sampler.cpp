// SPDX-License-Identifier: MIT
#include "core/catalog.h"
#include "core/curvesampler.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

namespace {

std::vector<std::string> keys()
{
    std::vector<std::string> k;
    for (const al::Activation& a : al::catalog())
        k.emplace_back(a.key);
    return k;
}

class SampledCurve : public ::testing::TestWithParam<std::string> {};

// Between consecutive points the true curve stays within the tolerance of the chord, measured in
// pixels of the viewport (values off screen are clamped as the chart clips them).
TEST_P(SampledCurve, FaithfulWithinHalfAPixelAndAtMostAThousandPoints)
{
    const al::Activation& a = *al::findActivation(GetParam());
    const auto p = a.defaults();
    for (al::Curve which : {al::Curve::Value, al::Curve::Derivative}) {
        for (const al::Viewport view : {al::Viewport{{-6, 6, -1.5, 1.5}, 1000, 600}, al::Viewport{{-2, 1, -0.5, 1.2}, 1800, 900},
                                        al::Viewport{{-50, 50, -10, 10}, 800, 500}}) {
            const std::vector<al::CurvePoint> pts = al::sampleCurve(a, p, which, view, {0.5, 1000});
            ASSERT_GE(pts.size(), 2u);
            EXPECT_LE(pts.size(), 1000u);
            EXPECT_EQ(pts.front().z, view.zMin);
            EXPECT_EQ(pts.back().z, view.zMax);
            const double yScale = view.heightPx / (view.yMax - view.yMin);
            const double lo = 2 * view.yMin - view.yMax;
            const double hi = 2 * view.yMax - view.yMin;
            for (std::size_t i = 1; i < pts.size(); ++i) {
                ASSERT_LE(pts[i - 1].z, pts[i].z);
                if (pts[i].z == pts[i - 1].z)
                    continue;  // a vertical jump
                for (int k = 1; k < 8; ++k) {
                    const double t = k / 8.0;
                    const double z = pts[i - 1].z + t * (pts[i].z - pts[i - 1].z);
                    const al::FunctionValues v = a.evaluate(z, p);
                    const double truth = std::clamp(which == al::Curve::Value ? v.f : v.df, lo, hi);
                    const double chord = std::clamp(pts[i - 1].y, lo, hi) + t * (std::clamp(pts[i].y, lo, hi) - std::clamp(pts[i - 1].y, lo, hi));
                    ASSERT_LE(std::fabs(truth - chord) * yScale, 0.5) << "z = " << z;
                }
            }
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Catalog, SampledCurve, ::testing::ValuesIn(keys()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });

TEST(Sampler, StepIsDrawnAsAVerticalJumpAtTheThreshold)
{
    const al::Activation& step = *al::findActivation("step");
    const std::vector<double> theta{0.75};
    const auto pts = al::sampleCurve(step, theta, al::Curve::Value, {});
    const auto at = std::find_if(pts.begin(), pts.end(), [](const al::CurvePoint& c) { return c.z == 0.75; });
    ASSERT_NE(at, pts.end());
    ASSERT_NE(at + 1, pts.end());
    EXPECT_EQ(at->y, 0.0);
    EXPECT_EQ((at + 1)->z, 0.75);
    EXPECT_EQ((at + 1)->y, 1.0);
    EXPECT_LE(pts.size(), 60u) << "a flat line needs few points";
}

TEST(Sampler, ReluCornerIsAVertexAndItsDerivativeJumps)
{
    const al::Activation& relu = *al::findActivation("relu");
    const auto value = al::sampleCurve(relu, {}, al::Curve::Value, {});
    EXPECT_TRUE(std::any_of(value.begin(), value.end(), [](const al::CurvePoint& c) { return c.z == 0.0 && c.y == 0.0; }));
    const auto slope = al::sampleCurve(relu, {}, al::Curve::Derivative, {});
    int atZero = 0;
    for (const al::CurvePoint& c : slope)
        atZero += c.z == 0.0;
    EXPECT_EQ(atZero, 2) << "f' jumps from 0 to 1 at 0";
}

TEST(Sampler, DenserWhereTheCurveBends)
{
    const al::Activation& sigmoid = *al::findActivation("sigmoid");
    const auto pts = al::sampleCurve(sigmoid, {}, al::Curve::Value, {-10, 10, -0.2, 1.2, 1000, 600});
    const auto countIn = [&](double lo, double hi) {
        return std::count_if(pts.begin(), pts.end(), [&](const al::CurvePoint& c) { return c.z >= lo && c.z < hi; });
    };
    EXPECT_GT(countIn(-3, 3), 2 * countIn(-10, -4));
}

TEST(Sampler, RejectsEmptyViewports)
{
    const al::Activation& tanh = *al::findActivation("tanh");
    EXPECT_TRUE(al::sampleCurve(tanh, {}, al::Curve::Value, {1, 1, 0, 1, 100, 100}).empty());
    EXPECT_TRUE(al::sampleCurve(tanh, {}, al::Curve::Value, {0, 1, 0, 1, 0, 100}).empty());
}

}  // namespace
