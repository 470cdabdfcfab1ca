// SPDX-License-Identifier: MIT
#include "core/state/trainsetup.h"

#include "core/catalog.h"
#include "core/state/schema.h"

namespace al::state {

train::TrainOptions trainOptions(const Document& d)
{
    train::TrainOptions o;
    o.architecture.hidden.clear();
    for (double units : d.numbers("train.hidden"))
        o.architecture.hidden.push_back(static_cast<int>(units));
    o.architecture.activation = findActivation(d.text("train.function"));
    o.architecture.parameters = d.numbers("train.parameters");
    o.architecture.features.clear();
    for (std::string_view key : trainFeatureKeys()) {
        train::Feature feature{};
        if (d.boolean(key) && train::featureNamed(key.substr(kTrainFeaturePrefix.size()), feature))
            o.architecture.features.push_back(feature);
    }
    train::initNamed(d.text("train.init"), o.init);
    o.sigma = d.number("train.sigma");
    o.learningRate = d.number("train.lr");
    o.batch = static_cast<int>(d.number("train.batch"));
    o.l2 = d.number("train.l2");
    o.momentum = d.number("train.momentum");
    o.seed = static_cast<std::uint64_t>(d.number("train.seed"));
    return o;
}

train::DataOptions trainDataOptions(const Document& d)
{
    train::DataOptions o;
    train::shapeNamed(d.text("train.dataset"), o.shape);
    o.points = static_cast<int>(d.number("train.points"));
    o.noise = d.number("train.noise") / 100.0;
    o.trainShare = d.number("train.trainShare");
    o.seed = static_cast<std::uint64_t>(d.number("train.seed"));
    return o;
}

std::vector<train::Point> addedPoints(const Document& d)
{
    const std::vector<double>& v = d.numbers("train.addedPoints");
    std::vector<train::Point> points;
    points.reserve(v.size() / 3);
    for (std::size_t i = 0; i + 2 < v.size(); i += 3)
        points.push_back({v[i], v[i + 1], v[i + 2] == 1.0 ? 1 : 0});
    return points;
}

std::vector<double> pointNumbers(std::span<const train::Point> points)
{
    std::vector<double> v;
    v.reserve(points.size() * 3);
    for (const train::Point& p : points) {
        v.push_back(p.x);
        v.push_back(p.y);
        v.push_back(p.label);
    }
    return v;
}

train::DataSet trainDataSet(const Document& d)
{
    std::vector<train::Point> added = addedPoints(d);
    const train::DataOptions o = trainDataOptions(d);
    if (d.text("train.dataset") == "custom")
        return train::split(std::move(added), o.trainShare, o.seed);
    // Added points all train: a click shows at once how the boundary bends to that point.
    train::DataSet set = train::makeDataSet(o);
    set.train.insert(set.train.end(), added.begin(), added.end());
    return set;
}

}  // namespace al::state
