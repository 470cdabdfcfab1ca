// SPDX-License-Identifier: MIT
// The schema walked spec by spec (like KDE Analitza's operator-table test): whatever is
// declared is checked, with nothing to add here for a new setting.
#include "core/catalog.h"
#include "core/state/document.h"
#include "core/state/messages.h"
#include "core/state/schema.h"
#include "core/state/racesetup.h"
#include "core/state/trainsetup.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <optional>
#include <set>

using namespace al::state;

namespace {

// A value just outside what the spec allows, of the right type (none for some types).
std::optional<Value> outOfRange(const Spec& s, const Document& d)
{
    switch (s.type) {
    case Type::Number:
    case Type::Integer:
        return s.max + (s.type == Type::Integer ? 1.0 : std::max(1.0, s.max - s.min));
    case Type::NumberList:
        // As many entries as now (so no relation breaks; at least one), all too large: the range
        // is checked before the relations.
        return std::vector<double>(std::max<std::size_t>(d.numbers(s.key).size(), 1), s.max * 2 + 1);
    case Type::FunctionList:
        return std::vector<std::string>{"no_such_function"};
    case Type::Function:
    case Type::Choice:
        return std::string("no_such_key");
    case Type::Boolean:
        return 1.0;  // a number where a boolean belongs
    case Type::Parameters:
        return std::vector<double>{1e300};  // sigmoid has no parameter
    }
    return std::nullopt;
}

}  // namespace

TEST(Schema, KeysAreUniqueAndNamed)
{
    std::set<std::string_view> keys;
    for (const Spec& s : schema()) {
        EXPECT_TRUE(keys.insert(s.key).second) << "declared twice: " << s.key;
        EXPECT_NE(std::string(s.label), "") << s.key;
        EXPECT_EQ(findSpec(s.key), &s);
    }
    EXPECT_EQ(findSpec("explorer.nothing"), nullptr);
}

TEST(Schema, DefaultsAreAllowedAndSlidersStayInside)
{
    const Document defaults;
    for (const Spec& s : schema()) {
        EXPECT_EQ(check(s, defaults.value(s.key), defaults.text("explorer.function")), std::nullopt) << s.key;
        // A setting with a slider (sliderMin ≠ sliderMax; the view's numbers have none).
        if (s.sliderMin != s.sliderMax) {
            EXPECT_LE(s.min, s.sliderMin) << s.key;
            EXPECT_LT(s.sliderMin, s.sliderMax) << s.key;
            EXPECT_LE(s.sliderMax, s.max) << s.key;
            EXPECT_GT(s.step, 0.0) << s.key;
            EXPECT_LE(s.step, s.sliderMax - s.sliderMin) << s.key;
        }
        if (s.type == Type::NumberList || s.type == Type::FunctionList) {
            EXPECT_LE(s.minCount, s.maxCount) << s.key;
        }
    }
    EXPECT_EQ(defaults.checkRelations(), std::nullopt);
}

TEST(Schema, EveryOutOfRangeValueIsRefusedAndChangesNothing)
{
    for (const Spec& s : schema()) {
        Document d;
        const Document before = d;
        const std::optional<Value> bad = outOfRange(s, d);
        ASSERT_TRUE(bad) << s.key;
        const auto problem = d.set(s.key, *bad);
        ASSERT_TRUE(problem) << s.key << " accepted a value outside its range";
        EXPECT_EQ(problem->key.substr(0, s.key.size()), s.key);
        EXPECT_EQ(d, before) << s.key;
        // Its message names the setting and has no placeholders left.
        const std::string text = fillIn(messageTemplate(problem->kind), messageArguments(*problem, problem->key, problem->other));
        EXPECT_NE(text.find(problem->key), std::string::npos) << text;
        EXPECT_EQ(text.find('%'), std::string::npos) << text;
    }
}

TEST(Schema, NumbersAtTheLimitsAreAcceptedJustBeyondRefused)
{
    for (const Spec& s : schema()) {
        if (s.type != Type::Number && s.type != Type::Integer)
            continue;
        // setAlone: the range of one setting, whatever the relations with others say.
        Document d;
        EXPECT_EQ(d.setAlone(s.key, s.max), std::nullopt) << s.key;
        EXPECT_EQ(d.setAlone(s.key, s.min), std::nullopt) << s.key;
        EXPECT_TRUE(d.setAlone(s.key, std::nextafter(s.min, -1e300))) << s.key;
        EXPECT_TRUE(d.setAlone(s.key, std::nextafter(s.max, 1e300))) << s.key;
        EXPECT_TRUE(d.setAlone(s.key, std::numeric_limits<double>::quiet_NaN())) << s.key;
        EXPECT_TRUE(d.setAlone(s.key, std::numeric_limits<double>::infinity())) << s.key;
    }
}

TEST(Document, ChoosingAFunctionResetsItsParametersAndFitsTheView)
{
    Document d;
    ASSERT_EQ(d.set("explorer.function", std::string("leaky_relu")), std::nullopt);
    EXPECT_EQ(d.numbers("explorer.parameters"), al::findActivation("leaky_relu")->defaults());
    EXPECT_EQ(d.number("explorer.view.zMin"), -6.0);
    EXPECT_LT(d.number("explorer.view.yMin"), -0.0);
    EXPECT_GT(d.number("explorer.view.yMax"), 6.0);
    const al::Parameter& alpha = al::findActivation("leaky_relu")->parameters[0];
    EXPECT_TRUE(d.set("explorer.parameters", std::vector<double>{alpha.max * 2 + 1}));
    EXPECT_EQ(d.set("explorer.parameters", std::vector<double>{0.2}), std::nullopt);
}

TEST(Document, TrainingInputsAreCoresFeaturesAndOneStaysOn)
{
    std::vector<std::string> switches;
    for (std::string_view key : trainFeatureKeys())
        switches.emplace_back(key.substr(kTrainFeaturePrefix.size()));
    std::vector<std::string> features(al::train::featureKeys().begin(), al::train::featureKeys().end());
    EXPECT_EQ(switches, features);

    Document d;
    for (std::string_view key : trainFeatureKeys())
        EXPECT_EQ(spec(key).type, Type::Boolean);
    EXPECT_EQ(d.set("train.features.x1", false), std::nullopt);
    const Document before = d;
    const auto p = d.set("train.features.x2", false);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->kind, Problem::Kind::NoneChosen);
    EXPECT_EQ(d, before);
    EXPECT_EQ(d.apply({{"train.features.x2", false}, {"train.features.sinx1", true}}), std::nullopt);

    // What the settings mean for the trainer.
    const al::train::TrainOptions o = trainOptions(d);
    ASSERT_EQ(o.architecture.features.size(), 1u);
    EXPECT_EQ(o.architecture.features[0], al::train::Feature::SinX1);
    EXPECT_EQ(o.architecture.parameters, d.numbers("train.parameters"));
    EXPECT_EQ(o.architecture.activation->key, d.text("train.function"));
    EXPECT_EQ(trainDataOptions(d).points, static_cast<int>(d.number("train.points")));
}

TEST(Document, AddedPointsAreTriplesAndJoinTheTrainingSet)
{
    Document d;
    EXPECT_TRUE(d.numbers("train.addedPoints").empty());
    const Document before = d;
    for (const std::vector<double>& bad : {std::vector<double>{1, 2}, std::vector<double>{1, 2, 0.5}, std::vector<double>{1, 2, 1, 3, 4, 2}}) {
        const auto p = d.set("train.addedPoints", bad);
        ASSERT_TRUE(p);
        EXPECT_EQ(p->kind, Problem::Kind::NotPoints);
        EXPECT_EQ(d, before);
    }
    const auto tooMany = d.set("train.addedPoints", std::vector<double>(3 * 2001, 0.0));
    ASSERT_TRUE(tooMany);
    EXPECT_EQ(tooMany->kind, Problem::Kind::WrongCount);
    EXPECT_EQ(d.set("train.addedPoints", std::vector<double>{1.5, -2, 1, 0.25, 3, 0}), std::nullopt);
    const std::vector<al::train::Point> added{{1.5, -2, 1}, {0.25, 3, 0}};
    EXPECT_EQ(addedPoints(d), added);
    EXPECT_EQ(pointNumbers(added), d.numbers("train.addedPoints"));

    // With a generated shape, the added points join its training points; the test points stay.
    const al::train::DataSet generated = al::train::makeDataSet(trainDataOptions(d));
    const al::train::DataSet joined = trainDataSet(d);
    EXPECT_EQ(joined.test, generated.test);
    ASSERT_EQ(joined.train.size(), generated.train.size() + 2);
    EXPECT_EQ(joined.train.back(), added.back());

    // "custom": only the added points, split by the training share.
    EXPECT_EQ(d.set("train.dataset", std::string("custom")), std::nullopt);
    const al::train::DataSet custom = trainDataSet(d);
    EXPECT_EQ(custom.train.size() + custom.test.size(), 2u);
    EXPECT_EQ(custom.train.size(), 1u);
    // The race trains on the same points as the Train tab.
    const al::train::Race race = makeRace(d);
    EXPECT_EQ(race.trainer(0).data().train, custom.train);
    EXPECT_EQ(race.trainer(0).data().test, custom.test);
    EXPECT_EQ(d.set("train.addedPoints", std::vector<double>{}), std::nullopt);
    EXPECT_TRUE(trainDataSet(d).train.empty());
    EXPECT_TRUE(trainDataSet(d).test.empty());
}

TEST(Document, RelationsAreCheckedAllOrNothing)
{
    Document d;
    const Document before = d;
    const auto p = d.apply({{"explorer.neuron.inputs", std::vector<double>{1, 2, 3}}});
    ASSERT_TRUE(p);
    EXPECT_EQ(p->kind, Problem::Kind::LengthMismatch);
    EXPECT_EQ(d, before);
    EXPECT_EQ(d.apply({{"explorer.neuron.inputs", std::vector<double>{1, 2, 3}}, {"explorer.neuron.weights", std::vector<double>{0, 0, 1}}}),
              std::nullopt);
    EXPECT_TRUE(d.set("softmax.logits", std::vector<double>{1.0, 2.0, 3.0}) == std::nullopt);
    EXPECT_TRUE(d.set("softmax.focus", 4.0));  // only three classes
    EXPECT_TRUE(d.set("explorer.view.zMax", -7.0));  // below zMin
    EXPECT_EQ(d.differences(before).size(), 3u);  // inputs, weights, logits
}

TEST(Document, ResetSectionRestoresOnlyThatSection)
{
    Document d;
    ASSERT_EQ(d.set("depth.layers", 33.0), std::nullopt);
    ASSERT_EQ(d.set("softmax.temperature", 3.0), std::nullopt);
    d.resetSection("depth");
    EXPECT_EQ(d.number("depth.layers"), 10.0);
    EXPECT_EQ(d.number("softmax.temperature"), 3.0);
}

TEST(Schema, TabsAreTheChoicesOfTheTabSetting)
{
    EXPECT_EQ(tabs().front(), "neuron");
    EXPECT_EQ(std::set<std::string_view>(tabs().begin(), tabs().end()).size(), tabs().size());
}
