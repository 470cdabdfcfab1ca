// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace al::train {

// A labelled point of the plane; label is 0 or 1.
struct Point {
    double x = 0.0;
    double y = 0.0;
    int label = 0;
    friend bool operator==(const Point&, const Point&) = default;
};

// Training and test points; both drawn from one shuffled list.
struct DataSet {
    std::vector<Point> train;
    std::vector<Point> test;
};

// The generated shapes, by their stable keys.
enum class Shape { Circle, Xor, Gauss, Spiral };
const std::vector<std::string_view>& shapeKeys();  // "circle", "xor", "gauss", "spiral"
bool shapeNamed(std::string_view key, Shape& shape);

// Every generated point lies in [-kExtent, kExtent]²; the heat map shows that square.
inline constexpr double kExtent = 6.0;

struct DataOptions {
    Shape shape = Shape::Circle;
    int points = 500;          // 50 … 2000
    double noise = 0.0;        // 0 … 0.5: jitter as a share of the shape's size
    double trainShare = 0.5;   // 0.1 … 0.9
    std::uint64_t seed = 1;
};

// The points of a shape, from the seed alone (the project's generator, its own transforms), so
// every machine and standard library makes the same set.
std::vector<Point> generate(Shape shape, int count, double noise, std::uint64_t seed);
// Shuffles `points` with the seed and puts the first round(share · n) into the training set
// (at least one point on each side when there are two or more).
DataSet split(std::vector<Point> points, double trainShare, std::uint64_t seed);
DataSet makeDataSet(const DataOptions& options);

// Why parseCsv refused a text, and where: the app words it in the user's language, `what()` is
// the English line of the command line ("line 3: the label must be 0 or 1").
struct CsvError : std::invalid_argument {
    enum class Reason { Fields, Numbers, Label, TooMany, TooFew };
    CsvError(int line, Reason reason, const std::string& what) : std::invalid_argument(what), line(line), reason(reason) {}
    int line = 0;  // 1-based; 0 for TooFew, which concerns the whole text
    Reason reason = Reason::Fields;
};

// Points from CSV text: "x,y,label" per line, label 0 or 1, an optional header line starting
// with a letter, blank lines ignored. Throws CsvError naming the line on bad input.
std::vector<Point> parseCsv(std::string_view text);

}  // namespace al::train
