// SPDX-License-Identifier: MIT
#include "core/state/document.h"

#include "core/catalog.h"
#include "core/state/schema.h"
#include "core/viewrange.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace al::state {

namespace {

constexpr std::string_view kFunction = "explorer.function";
constexpr std::string_view kParameters = "explorer.parameters";

Problem problem(Problem::Kind kind, const Spec& spec, double min = 0.0, double max = 0.0, std::string text = {})
{
    return Problem{kind, std::string(spec.key), {}, std::move(text), min, max};
}

std::optional<Problem> checkNumber(const Spec& spec, double v, double min, double max)
{
    if (!std::isfinite(v) || v < min || v > max)
        return problem(Problem::Kind::OutOfRange, spec, min, max);
    return std::nullopt;
}

std::optional<Problem> checkFunction(const Spec& spec, const std::string& key, bool allowEmpty)
{
    if ((allowEmpty && key.empty()) || findActivation(key) != nullptr)
        return std::nullopt;
    return problem(Problem::Kind::UnknownFunction, spec, 0, 0, key.substr(0, 40));
}

std::optional<Problem> checkCount(const Spec& spec, std::size_t count)
{
    if (count < static_cast<std::size_t>(spec.minCount) || count > static_cast<std::size_t>(spec.maxCount))
        return problem(Problem::Kind::WrongCount, spec, spec.minCount, spec.maxCount);
    return std::nullopt;
}

// A function's parameters are a list in catalog order; their spec is the catalog's Parameter.
std::vector<double> defaultParameters(const std::string& function)
{
    return findActivation(function)->defaults();
}

}  // namespace

bool isWhole(double v)
{
    return std::isfinite(v) && v == std::floor(v);
}

std::optional<Problem> check(const Spec& spec, const Value& value, std::string_view function)
{
    const auto wrong = [&](Problem::Kind kind) { return std::optional<Problem>(problem(kind, spec)); };
    switch (spec.type) {
    case Type::Number:
    case Type::Integer: {
        const double* v = std::get_if<double>(&value);
        if (!v)
            return wrong(Problem::Kind::NotNumber);
        if (auto p = checkNumber(spec, *v, spec.min, spec.max))
            return p;
        if (spec.type == Type::Integer && !isWhole(*v))
            return wrong(Problem::Kind::NotWhole);
        return std::nullopt;
    }
    case Type::Boolean:
        return std::holds_alternative<bool>(value) ? std::nullopt : wrong(Problem::Kind::NotBoolean);
    case Type::Function: {
        const std::string* v = std::get_if<std::string>(&value);
        return v ? checkFunction(spec, *v, false) : wrong(Problem::Kind::NotText);
    }
    case Type::Choice: {
        const std::string* v = std::get_if<std::string>(&value);
        if (!v)
            return wrong(Problem::Kind::NotText);
        if (std::find(spec.choices.begin(), spec.choices.end(), *v) == spec.choices.end())
            return problem(Problem::Kind::UnknownChoice, spec, 0, 0, v->substr(0, 40));
        return std::nullopt;
    }
    case Type::NumberList: {
        const auto* v = std::get_if<std::vector<double>>(&value);
        if (!v)
            return wrong(Problem::Kind::NotList);
        if (auto p = checkCount(spec, v->size()))
            return p;
        for (double x : *v)
            if (auto p = checkNumber(spec, x, spec.min, spec.max))
                return p;
        return std::nullopt;
    }
    case Type::FunctionList: {
        const auto* v = std::get_if<std::vector<std::string>>(&value);
        if (!v)
            return wrong(Problem::Kind::NotList);
        if (auto p = checkCount(spec, v->size()))
            return p;
        for (const std::string& k : *v)
            if (auto p = checkFunction(spec, k, spec.allowEmpty))
                return p;
        return std::nullopt;
    }
    case Type::Parameters: {
        const auto* v = std::get_if<std::vector<double>>(&value);
        const Activation* a = findActivation(function);
        if (!v || !a || v->size() != a->parameters.size())
            return wrong(Problem::Kind::NotObject);
        for (std::size_t i = 0; i < v->size(); ++i) {
            const Parameter& p = a->parameters[i];
            if (!std::isfinite((*v)[i]) || (*v)[i] < p.min || (*v)[i] > p.max) {
                Problem out = problem(Problem::Kind::OutOfRange, spec, p.min, p.max);
                out.key += '.' + p.key;
                return out;
            }
        }
        return std::nullopt;
    }
    }
    return wrong(Problem::Kind::UnknownEntry);
}

Document::Document()
{
    for (const Spec& s : schema())
        m_values.emplace(std::string(s.key), s.defaultValue);
    for (const Spec& s : schema())
        if (s.type == Type::Parameters)
            m_values[std::string(s.key)] = defaultParameters(text(functionKeyOf(s)));
    const ViewRange fitted = fitView(*findActivation(text(kFunction)), numbers(kParameters), number("explorer.view.zMin"),
                                     number("explorer.view.zMax"));
    m_values["explorer.view.yMin"] = fitted.yMin;
    m_values["explorer.view.yMax"] = fitted.yMax;
}

const Value& Document::value(std::string_view key) const
{
    const auto it = m_values.find(key);
    if (it == m_values.end())
        throw std::logic_error("no setting " + std::string(key));
    return it->second;
}

std::optional<Problem> Document::setAlone(std::string_view key, Value value)
{
    const Spec* s = findSpec(key);
    if (!s)
        return Problem{Problem::Kind::UnknownEntry, std::string(key), {}, {}, 0, 0};
    if (auto p = check(*s, value, s->type == Type::Parameters ? text(functionKeyOf(*s)) : text(kFunction)))
        return p;
    auto it = m_values.find(key);
    // Another lesson's function ("init.function") resets its own parameters and nothing else.
    if (s->type == Type::Function && key != kFunction && std::get<std::string>(value) != text(key)) {
        const std::string parameters = std::string(s->section()) + ".parameters";
        if (const Spec* p = findSpec(parameters); p && p->type == Type::Parameters)
            m_values[parameters] = defaultParameters(std::get<std::string>(value));
    }
    if (key == kFunction && std::get<std::string>(value) != text(kFunction)) {
        const std::string& function = std::get<std::string>(value);
        m_values[std::string(kParameters)] = defaultParameters(function);
        // Keep the z range the user chose, fit y to the new curve.
        const ViewRange fitted = fitView(*findActivation(function), numbers(kParameters), number("explorer.view.zMin"),
                                         number("explorer.view.zMax"));
        m_values["explorer.view.yMin"] = fitted.yMin;
        m_values["explorer.view.yMax"] = fitted.yMax;
    }
    it->second = std::move(value);
    return std::nullopt;
}

std::optional<Problem> Document::set(std::string_view key, Value value)
{
    return apply({{std::string(key), std::move(value)}});
}

std::optional<Problem> Document::apply(const Patch& patch)
{
    Document changed = *this;
    for (const auto& [key, value] : patch)
        if (auto p = changed.setAlone(key, value))
            return p;
    if (auto p = changed.checkRelations())
        return p;
    *this = std::move(changed);
    return std::nullopt;
}

std::optional<Problem> Document::checkRelations() const
{
    if (numbers("explorer.neuron.inputs").size() != numbers("explorer.neuron.weights").size())
        return Problem{Problem::Kind::LengthMismatch, "explorer.neuron.inputs", "explorer.neuron.weights", {}, 0, 0};
    const double classes = static_cast<double>(numbers("softmax.logits").size());
    if (number("softmax.focus") > classes)
        return Problem{Problem::Kind::OutOfRange, "softmax.focus", {}, {}, 1, classes};
    if (std::none_of(trainFeatureKeys().begin(), trainFeatureKeys().end(), [this](std::string_view k) { return boolean(k); }))
        return Problem{Problem::Kind::NoneChosen, std::string(trainFeatureKeys().front()), {}, {}, 0, 0};
    const std::vector<double>& added = numbers("train.addedPoints");
    if (added.size() % 3 != 0)
        return Problem{Problem::Kind::NotPoints, "train.addedPoints", {}, {}, 0, 0};
    for (std::size_t i = 2; i < added.size(); i += 3)
        if (added[i] != 0.0 && added[i] != 1.0)
            return Problem{Problem::Kind::NotPoints, "train.addedPoints", {}, {}, 0, 0};
    const double span = number("explorer.view.zMax") - number("explorer.view.zMin");
    // The model's zoom lands on the span limits up to rounding: allow a hair beyond them.
    if (!(span >= kMinViewSpan * 0.999 && span <= kMaxViewSpan * 1.001) || !(number("explorer.view.yMax") > number("explorer.view.yMin")))
        return Problem{Problem::Kind::UnusableView, "explorer.view", {}, {}, kMinViewSpan, kMaxViewSpan};
    return std::nullopt;
}

void Document::resetSection(std::string_view section)
{
    const Document defaults;
    for (const Spec& s : schema())
        if (s.section() == section)
            m_values[std::string(s.key)] = defaults.value(s.key);
}

std::vector<std::string_view> Document::differences(const Document& other) const
{
    std::vector<std::string_view> keys;
    for (const Spec& s : schema())
        if (value(s.key) != other.value(s.key))
            keys.push_back(s.key);
    return keys;
}

}  // namespace al::state
