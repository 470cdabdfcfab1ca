// SPDX-License-Identifier: MIT
#include "core/train/dataset.h"

#include "core/numbers.h"
#include "core/random.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>

namespace al::train {

namespace {

constexpr double kRadius = 5.0;  // the shapes' size; noise is a share of it

// A generator per purpose, so that changing how many numbers one purpose draws never shifts another.
constexpr std::uint64_t kShapeStream = 0x5eed0001ULL;
constexpr std::uint64_t kSplitStream = 0x5eed0002ULL;

double symmetric(Random& r)
{
    return 2.0 * r.uniform() - 1.0;  // (-1, 1]
}

double clampToPlane(double v)
{
    return std::clamp(v, -kExtent, kExtent);
}

Point jittered(Random& r, double x, double y, int label, double noise)
{
    return {clampToPlane(x + noise * kRadius * symmetric(r)), clampToPlane(y + noise * kRadius * symmetric(r)), label};
}

}  // namespace

const std::vector<std::string_view>& shapeKeys()
{
    static const std::vector<std::string_view> keys{"circle", "xor", "gauss", "spiral"};
    return keys;
}

bool shapeNamed(std::string_view key, Shape& shape)
{
    const auto& keys = shapeKeys();
    const auto it = std::find(keys.begin(), keys.end(), key);
    if (it == keys.end())
        return false;
    shape = static_cast<Shape>(it - keys.begin());
    return true;
}

std::vector<Point> generate(Shape shape, int count, double noise, std::uint64_t seed)
{
    Random r(seed ^ kShapeStream);
    std::vector<Point> points;
    points.reserve(static_cast<std::size_t>(std::max(count, 0)));
    const int half = count / 2;
    for (int i = 0; i < count; ++i) {
        const int label = i < half ? 1 : 0;
        switch (shape) {
        case Shape::Circle: {
            // Class 1 fills the inner disc, class 0 a ring around it with a gap between them.
            const double radius = label == 1 ? 0.5 * kRadius * r.uniform() : kRadius * (0.7 + 0.3 * r.uniform());
            const double angle = 2.0 * std::numbers::pi * r.uniform();
            points.push_back(jittered(r, radius * std::cos(angle), radius * std::sin(angle), label, noise));
            break;
        }
        case Shape::Xor: {
            // Four quadrants, kept a little away from the axes; class 1 where x and y share a sign.
            const double pad = 0.3;
            double x = symmetric(r) * (kRadius - pad);
            double y = symmetric(r) * (kRadius - pad);
            x += x >= 0 ? pad : -pad;
            y += y >= 0 ? pad : -pad;
            points.push_back(jittered(r, x, y, (x >= 0) == (y >= 0) ? 1 : 0, noise));
            break;
        }
        case Shape::Gauss: {
            // Two round blobs on the diagonal; noise widens them until they overlap.
            const double centre = label == 1 ? 2.0 : -2.0;
            const double spread = 0.5 + 3.0 * noise;
            points.push_back({clampToPlane(centre + spread * r.normal()), clampToPlane(centre + spread * r.normal()), label});
            break;
        }
        case Shape::Spiral: {
            // Two arms, each one and three quarters turns, the second rotated by half a turn.
            const int n = label == 1 ? half : count - half;
            const int k = label == 1 ? i : i - half;
            const double t = static_cast<double>(k) / std::max(n, 1);
            const double radius = kRadius * t;
            const double angle = 1.75 * 2.0 * std::numbers::pi * t + (label == 1 ? 0.0 : std::numbers::pi);
            points.push_back(jittered(r, radius * std::sin(angle), radius * std::cos(angle), label, noise));
            break;
        }
        }
    }
    return points;
}

DataSet split(std::vector<Point> points, double trainShare, std::uint64_t seed)
{
    Random r(seed ^ kSplitStream);
    for (std::size_t i = points.size(); i > 1; --i)
        std::swap(points[i - 1], points[static_cast<std::size_t>(r.next() % i)]);
    const std::size_t n = points.size();
    std::size_t trainCount = static_cast<std::size_t>(std::llround(trainShare * static_cast<double>(n)));
    if (n >= 2)
        trainCount = std::clamp<std::size_t>(trainCount, 1, n - 1);
    DataSet set;
    set.train.assign(points.begin(), points.begin() + static_cast<std::ptrdiff_t>(std::min(trainCount, n)));
    set.test.assign(points.begin() + static_cast<std::ptrdiff_t>(std::min(trainCount, n)), points.end());
    return set;
}

DataSet makeDataSet(const DataOptions& options)
{
    return split(generate(options.shape, options.points, options.noise, options.seed), options.trainShare, options.seed);
}

std::vector<Point> parseCsv(std::string_view text)
{
    std::vector<Point> points;
    int lineNumber = 0;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (!line.empty() && line.back() == '\r')
            line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos)
            continue;
        if (points.empty() && lineNumber == 1 && std::isalpha(static_cast<unsigned char>(line.front())))
            continue;  // a header such as "x,y,label"
        const auto bad = [&](CsvError::Reason reason, const std::string& why) {
            return CsvError(lineNumber, reason, "line " + std::to_string(lineNumber) + ": " + why);
        };
        std::vector<std::string_view> fields;
        for (std::size_t from = 0;;) {
            const std::size_t comma = line.find(',', from);
            fields.push_back(line.substr(from, comma == std::string_view::npos ? std::string_view::npos : comma - from));
            if (comma == std::string_view::npos)
                break;
            from = comma + 1;
        }
        if (fields.size() != 3)
            throw bad(CsvError::Reason::Fields, "expected x,y,label");
        const std::optional<double> x = parseNumber(fields[0]);
        const std::optional<double> y = parseNumber(fields[1]);
        if (!x || !y || !std::isfinite(*x) || !std::isfinite(*y))
            throw bad(CsvError::Reason::Numbers, "x and y must be finite numbers");
        if (fields[2] != "0" && fields[2] != "1")
            throw bad(CsvError::Reason::Label, "the label must be 0 or 1");
        points.push_back({*x, *y, fields[2] == "1" ? 1 : 0});
        if (points.size() > 100000)
            throw bad(CsvError::Reason::TooMany, "more than 100000 points");
    }
    if (points.size() < 2)
        throw CsvError(0, CsvError::Reason::TooFew, "a data set needs at least two points");
    return points;
}

}  // namespace al::train
