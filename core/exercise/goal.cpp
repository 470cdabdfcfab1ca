// SPDX-License-Identifier: MIT
#include "core/exercise/goal.h"

#include "core/catalog.h"
#include "core/gradientchain.h"
#include "core/gradientregions.h"
#include "core/initstats.h"
#include "core/neuron.h"
#include "core/numbers.h"
#include "core/softmax.h"
#include "core/state/initsetup.h"
#include "core/state/messages.h"
#include "core/state/schema.h"
#include "core/state/trainsetup.h"
#include "core/train/trainer.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <functional>
#include <mutex>
#include <optional>

// lupdate collects the sentences from this macro; core has no Qt, so it expands to the text.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

namespace al::exercise {

GoalError::GoalError(const char* message, std::vector<std::string> arguments)
    : std::runtime_error(state::fillIn(message, arguments)), message(message), arguments(std::move(arguments))
{
}

struct Node {
    enum class Kind { Number, Text, Name, Call, Unary, Binary };
    Kind kind = Kind::Number;
    double number = 0.0;
    std::string text;  // a string literal, a name, a function or an operator
    std::vector<std::shared_ptr<const Node>> arguments;
};

namespace {

using NodePtr = std::shared_ptr<const Node>;

constexpr int kMaxLength = 2000;
constexpr int kMaxDepth = 64;

// ---------------------------------------------------------------------------------------------
// The quantities.

std::string_view zoneName(GradientZone zone)
{
    switch (zone) {
    case GradientZone::Learning:
        return "learning";
    case GradientZone::Vanishing:
        return "vanishing";
    case GradientZone::Dead:
        return "dead";
    case GradientZone::Undefined:
        return "undefined";
    }
    return "learning";
}

const Activation& activationNamed(std::string_view key)
{
    const Activation* a = findActivation(key);
    if (!a)
        throw GoalError(QT_TRANSLATE_NOOP("Goal", "“%1” is not a function key (see “activationlab list”)"), {std::string(key)});
    return *a;
}

double explorerZ(const state::Document& d)
{
    return Neuron(d.numbers("explorer.neuron.inputs"), d.numbers("explorer.neuron.weights"), d.number("explorer.neuron.bias")).z();
}

const Activation& explorerFunction(const state::Document& d)
{
    return activationNamed(d.text("explorer.function"));
}

// The softmax outputs p1 … pK of the Softmax tab.
std::vector<double> probabilities(const state::Document& d)
{
    return softmax(d.numbers("softmax.logits"), d.number("softmax.temperature"));
}

// "explorer.neuron.inputs.2" → the list key and 2; "softmax.logits.count" → the key and 0.
std::optional<std::pair<const state::Spec*, int>> listEntry(std::string_view name)
{
    const std::size_t dot = name.rfind('.');
    if (dot == std::string_view::npos)
        return std::nullopt;
    const state::Spec* spec = state::findSpec(name.substr(0, dot));
    if (!spec || (spec->type != state::Type::NumberList && spec->type != state::Type::FunctionList))
        return std::nullopt;
    const std::string_view tail = name.substr(dot + 1);
    if (tail == "count")
        return std::pair{spec, 0};
    const std::optional<long long> n = parseCount(tail, spec->maxCount);
    if (!n || *n < 1 || tail.front() == '0')
        return std::nullopt;
    return std::pair{spec, static_cast<int>(*n)};
}

std::optional<int> probabilityIndex(std::string_view name)
{
    if (name.size() < 2 || name.front() != 'p' || name[1] == '0')
        return std::nullopt;
    const std::optional<long long> n = parseCount(name.substr(1), state::spec("softmax.logits").maxCount);
    if (!n || *n < 1)
        return std::nullopt;
    return static_cast<int>(*n);
}

constexpr std::string_view kParameterPrefix = "explorer.parameters.";

bool isParameterName(std::string_view name)
{
    for (const Activation& a : catalog())
        for (const Parameter& p : a.parameters)
            if (p.key == name)
                return true;
    return false;
}

// Results of core that have a name of their own.
const std::vector<std::string_view>& derivedNames()
{
    static const std::vector<std::string_view> names = {
        "z", "f", "df", "region", "p.max", "p.min", "p.sum", "p.spread", "collapse.weight", "collapse.bias",
        "init.std.first", "init.std.last", "init.std.ratio", "init.saturated.max", "init.dead.max",
        "train.accuracy", "train.loss", "train.epochs90"};
    return names;
}

// The values of a section's settings: what a cached result was computed from. How fast the
// Train tab plays and how far its own run is do not change a run of fixed length from the seed.
std::vector<state::Value> sectionValues(const state::Document& d, std::string_view section)
{
    std::vector<state::Value> values;
    for (const state::Spec& spec : state::schema())
        if (spec.section() == section && spec.key != "train.epochs" && spec.key != "train.stepsPerFrame")
            values.push_back(d.value(spec.key));
    return values;
}

// A result computed from one section of the state, kept for the last settings it was asked
// for: a goal reads several names of one run, and the window checks the goal at every change.
template <class Result>
class SectionCache {
public:
    Result get(const state::Document& d, std::string_view section, const std::function<Result(const state::Document&)>& compute)
    {
        std::vector<state::Value> key = sectionValues(d, section);
        const std::lock_guard lock(m_mutex);
        if (!m_result || key != m_key) {
            m_result = compute(d);
            m_key = std::move(key);
        }
        return *m_result;
    }

private:
    std::mutex m_mutex;
    std::vector<state::Value> m_key;
    std::optional<Result> m_result;
};

// The Initialisation tab's experiment, forward pass only (the quantities are of the activations).
struct InitRun {
    double firstStd = 0.0;
    double lastStd = 0.0;
    double maxSaturated = 0.0;
    double maxDead = 0.0;
};

InitRun initRun(const state::Document& d)
{
    static SectionCache<InitRun> cache;
    return cache.get(d, "init", [](const state::Document& document) {
        InitSetup setup = state::initSetup(document);
        setup.backward = false;
        const InitStatistics statistics = runInitExperiment(setup);
        InitRun run;
        if (statistics.layers.empty())
            return run;
        run.firstStd = statistics.layers.front().std;
        run.lastStd = statistics.layers.back().std;
        for (const LayerStatistics& layer : statistics.layers) {
            run.maxSaturated = std::max(run.maxSaturated, layer.saturated);
            run.maxDead = std::max(run.maxDead, layer.dead);
        }
        return run;
    });
}

// The Train tab's network trained for a fixed number of epochs from its seed, so a goal can
// ask what a setting does to learning ("test accuracy ≥ 90 % within 100 epochs").
constexpr int kTrainEpochs = 100;
constexpr double kTrainTarget = 0.9;

struct TrainRun {
    double accuracy = 0.0;             // on the test points, after kTrainEpochs
    double loss = 0.0;                 // the same, the loss
    int epochsToTarget = kTrainEpochs + 1;  // the first epoch whose test accuracy reaches kTrainTarget
};

TrainRun trainRun(const state::Document& d)
{
    static SectionCache<TrainRun> cache;
    return cache.get(d, "train", [](const state::Document& document) {
        train::Trainer trainer(state::trainDataSet(document), state::trainOptions(document));
        TrainRun run;
        for (int epoch = 1; epoch <= kTrainEpochs; ++epoch) {
            const train::EpochRecord record = trainer.runEpoch();
            if (record.testAccuracy >= kTrainTarget && run.epochsToTarget > kTrainEpochs)
                run.epochsToTarget = epoch;
            run.accuracy = record.testAccuracy;
            run.loss = record.testLoss;
        }
        return run;
    });
}

Value derived(const state::Document& d, std::string_view name)
{
    if (name == "z")
        return explorerZ(d);
    if (name == "f" || name == "df") {
        const FunctionValues v = explorerFunction(d).evaluate(explorerZ(d), d.numbers("explorer.parameters"));
        return name == "f" ? v.f : v.df;
    }
    if (name == "region")
        return std::string(zoneName(gradientZone(explorerFunction(d), d.numbers("explorer.parameters"), d.number("explorer.epsilon"), explorerZ(d))));
    if (name.starts_with("p.")) {
        const std::vector<double> p = probabilities(d);
        const auto [lo, hi] = std::minmax_element(p.begin(), p.end());
        if (name == "p.max")
            return *hi;
        if (name == "p.min")
            return *lo;
        if (name == "p.spread")
            return *hi - *lo;
        double sum = 0.0;
        for (double x : p)
            sum += x;
        return sum;
    }
    if (name.starts_with("init.")) {
        const InitRun run = initRun(d);
        if (name == "init.std.first")
            return run.firstStd;
        if (name == "init.std.last")
            return run.lastStd;
        if (name == "init.std.ratio")
            return run.firstStd > 0.0 ? run.lastStd / run.firstStd : 0.0;
        return name == "init.saturated.max" ? run.maxSaturated : run.maxDead;
    }
    if (name.starts_with("train.")) {
        const TrainRun run = trainRun(d);
        if (name == "train.accuracy")
            return run.accuracy;
        if (name == "train.loss")
            return run.loss;
        return static_cast<double>(run.epochsToTarget);
    }
    const LinearLayer one = collapseLinearStack(d.number("depth.linearC"), d.number("depth.weight"), d.number("depth.bias"),
                                                static_cast<int>(d.number("depth.layers")));
    return name == "collapse.weight" ? one.weight : one.bias;
}

// ---------------------------------------------------------------------------------------------
// The functions.

struct Function {
    std::string_view name;
    std::size_t minArguments;
    std::size_t maxArguments;
    bool firstIsFunctionKey;
};

const std::vector<Function>& functions()
{
    static const std::vector<Function> all = {
        {"abs", 1, 1, false},   {"sqrt", 1, 1, false},  {"exp", 1, 1, false},     {"log", 1, 1, false},
        {"min", 2, 2, false},   {"max", 2, 2, false},   {"value", 2, 2, true},    {"slope", 2, 2, true},
        {"zone", 2, 2, true},   {"maxslope", 1, 1, true}, {"grad", 1, 2, true},
    };
    return all;
}

const Function* findFunction(std::string_view name)
{
    const auto& all = functions();
    const auto it = std::find_if(all.begin(), all.end(), [name](const Function& f) { return f.name == name; });
    return it == all.end() ? nullptr : &*it;
}

// The largest |f′| with the function's default parameters, over the lecture's range and beyond.
double largestSlope(const Activation& a)
{
    const ParameterValues p = a.defaults();
    double best = 0.0;
    for (int i = -20000; i <= 20000; ++i)
        best = std::max(best, std::abs(a.evaluate(i * 1e-3, p).df));
    return best;
}

// The gradient that reaches layer k (1 = the deepest from the output) on the Depth tab's chain.
double depthGradient(const state::Document& d, const Activation& a, double k)
{
    const int layers = static_cast<int>(d.number("depth.layers"));
    if (!state::isWhole(k) || k < 1 || k > layers)
        throw GoalError(QT_TRANSLATE_NOOP("Goal", "grad: layer %1 is not one of the %2 layers"), {formatRoundTrip(k), std::to_string(layers)});
    const ChainSettings settings{layers, d.number("depth.weight"), d.number("depth.z0"), d.number("depth.bias"),
                                 d.boolean("depth.forwardPass") ? ChainMode::ForwardPass : ChainMode::SameOperatingPoint};
    const ParameterValues p = a.defaults();
    return gradientChain(a, p, settings).cumulative[static_cast<std::size_t>(k) - 1];
}

double asNumber(const Value& v, std::string_view where)
{
    if (const double* x = std::get_if<double>(&v))
        return *x;
    throw GoalError(QT_TRANSLATE_NOOP("Goal", "%1 needs a number, not “%2”"), {std::string(where), std::get<std::string>(v)});
}

const std::string& asText(const Value& v, std::string_view where)
{
    if (const std::string* s = std::get_if<std::string>(&v))
        return *s;
    throw GoalError(QT_TRANSLATE_NOOP("Goal", "%1 needs a function key in quotes, not %2"), {std::string(where), format(v)});
}

Value call(const state::Document& d, const std::string& name, const std::vector<Value>& args)
{
    if (name == "abs")
        return std::abs(asNumber(args[0], name));
    if (name == "sqrt")
        return std::sqrt(asNumber(args[0], name));
    if (name == "exp")
        return std::exp(asNumber(args[0], name));
    if (name == "log")
        return std::log(asNumber(args[0], name));
    if (name == "min")
        return std::min(asNumber(args[0], name), asNumber(args[1], name));
    if (name == "max")
        return std::max(asNumber(args[0], name), asNumber(args[1], name));
    const Activation& a = activationNamed(asText(args[0], name));
    // The explorer's own function keeps the explorer's parameters (a leak slope the student set).
    const ParameterValues p = d.text("explorer.function") == a.key ? d.numbers("explorer.parameters") : a.defaults();
    if (name == "value")
        return a.evaluate(asNumber(args[1], name), p).f;
    if (name == "slope")
        return a.evaluate(asNumber(args[1], name), p).df;
    if (name == "zone")
        return std::string(zoneName(gradientZone(a, p, d.number("explorer.epsilon"), asNumber(args[1], name))));
    if (name == "maxslope")
        return largestSlope(a);
    return depthGradient(d, a, args.size() > 1 ? asNumber(args[1], name) : 1.0);
}

// ---------------------------------------------------------------------------------------------
// The parser: recursive descent, one function per level of precedence.

class Parser {
public:
    explicit Parser(std::string_view text) : m_text(text) {}

    NodePtr parseAll()
    {
        if (m_text.size() > kMaxLength)
            throw GoalError(QT_TRANSLATE_NOOP("Goal", "the goal is longer than %1 characters"), {std::to_string(kMaxLength)});
        NodePtr root = orExpression();
        skipSpace();
        if (m_pos < m_text.size())
            fail(QT_TRANSLATE_NOOP("Goal", "unexpected “%1” at character %2 of the goal"), {std::string(m_text.substr(m_pos, 12))});
        return root;
    }

    std::vector<std::string> names;

private:
    // `message` ends with the place: its last argument is the character number, added here.
    [[noreturn]] void fail(const char* message, std::vector<std::string> arguments = {}) const
    {
        arguments.push_back(std::to_string(m_pos + 1));
        throw GoalError(message, std::move(arguments));
    }

    void skipSpace()
    {
        while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos])))
            ++m_pos;
    }

    // Consumes `token` if it comes next; words must not run on into a name.
    bool accept(std::string_view token)
    {
        skipSpace();
        if (m_text.substr(m_pos, token.size()) != token)
            return false;
        const bool word = std::isalpha(static_cast<unsigned char>(token.front()));
        const std::size_t end = m_pos + token.size();
        if (word && end < m_text.size() && (std::isalnum(static_cast<unsigned char>(m_text[end])) || m_text[end] == '_' || m_text[end] == '.'))
            return false;
        m_pos = end;
        return true;
    }

    static NodePtr make(Node::Kind kind, std::string text, std::vector<NodePtr> args, double number = 0.0)
    {
        auto n = std::make_shared<Node>();
        n->kind = kind;
        n->text = std::move(text);
        n->arguments = std::move(args);
        n->number = number;
        return n;
    }

    void deeper()
    {
        if (++m_depth > kMaxDepth)
            fail(QT_TRANSLATE_NOOP("Goal", "the goal nests too deeply at character %1"));
    }

    NodePtr orExpression()
    {
        deeper();
        NodePtr left = andExpression();
        while (accept("or") || accept("||"))
            left = make(Node::Kind::Binary, "or", {left, andExpression()});
        --m_depth;
        return left;
    }

    NodePtr andExpression()
    {
        NodePtr left = notExpression();
        while (accept("and") || accept("&&"))
            left = make(Node::Kind::Binary, "and", {left, notExpression()});
        return left;
    }

    NodePtr notExpression()
    {
        skipSpace();
        if (m_text.substr(m_pos, 2) != "!=" && (accept("not") || accept("!"))) {
            deeper();
            NodePtr operand = notExpression();
            --m_depth;
            return make(Node::Kind::Unary, "not", {operand});
        }
        return comparison();
    }

    NodePtr comparison()
    {
        NodePtr left = sum();
        for (const char* op : {"<=", ">=", "==", "!=", "<", ">"})
            if (accept(op))
                return make(Node::Kind::Binary, op, {left, sum()});
        return left;
    }

    NodePtr sum()
    {
        NodePtr left = product();
        while (true) {
            if (accept("+"))
                left = make(Node::Kind::Binary, "+", {left, product()});
            else if (accept("-"))
                left = make(Node::Kind::Binary, "-", {left, product()});
            else
                return left;
        }
    }

    NodePtr product()
    {
        NodePtr left = unary();
        while (true) {
            if (accept("*"))
                left = make(Node::Kind::Binary, "*", {left, unary()});
            else if (accept("/"))
                left = make(Node::Kind::Binary, "/", {left, unary()});
            else
                return left;
        }
    }

    NodePtr unary()
    {
        if (accept("-")) {
            deeper();
            NodePtr operand = unary();
            --m_depth;
            return make(Node::Kind::Unary, "-", {operand});
        }
        return primary();
    }

    NodePtr primary()
    {
        skipSpace();
        if (m_pos >= m_text.size())
            fail(QT_TRANSLATE_NOOP("Goal", "the goal ends too early, at character %1"));
        const char c = m_text[m_pos];
        if (c == '(') {
            ++m_pos;
            NodePtr inner = orExpression();
            if (!accept(")"))
                fail(QT_TRANSLATE_NOOP("Goal", "a “)” is missing at character %1 of the goal"));
            return inner;
        }
        if (c == '"') {
            const std::size_t end = m_text.find('"', m_pos + 1);
            if (end == std::string_view::npos)
                fail(QT_TRANSLATE_NOOP("Goal", "a string is not closed at character %1 of the goal"));
            std::string text(m_text.substr(m_pos + 1, end - m_pos - 1));
            m_pos = end + 1;
            return make(Node::Kind::Text, std::move(text), {});
        }
        if (std::isdigit(static_cast<unsigned char>(c)) || c == '.') {
            std::size_t end = m_pos;
            while (end < m_text.size() && (std::isalnum(static_cast<unsigned char>(m_text[end])) || m_text[end] == '.' ||
                                           ((m_text[end] == '+' || m_text[end] == '-') && (m_text[end - 1] == 'e' || m_text[end - 1] == 'E'))))
                ++end;
            const std::string_view token = m_text.substr(m_pos, end - m_pos);
            const std::optional<double> value = parseNumber(token);
            if (!value || !std::isfinite(*value))
                fail(QT_TRANSLATE_NOOP("Goal", "“%1” is not a number at character %2 of the goal"), {std::string(token)});
            m_pos = end;
            return make(Node::Kind::Number, {}, {}, *value);
        }
        if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
            std::size_t end = m_pos;
            while (end < m_text.size() && (std::isalnum(static_cast<unsigned char>(m_text[end])) || m_text[end] == '_' || m_text[end] == '.'))
                ++end;
            std::string name(m_text.substr(m_pos, end - m_pos));
            m_pos = end;
            if (accept("("))
                return callOf(name);
            if (!isQuantity(name))
                throw GoalError(QT_TRANSLATE_NOOP("Goal", "unknown quantity “%1” in the goal"), {name});
            if (std::find(names.begin(), names.end(), name) == names.end())
                names.push_back(name);
            return make(Node::Kind::Name, std::move(name), {});
        }
        fail(QT_TRANSLATE_NOOP("Goal", "unexpected “%1” at character %2 of the goal"), {std::string(1, c)});
    }

    NodePtr callOf(const std::string& name)
    {
        const Function* function = findFunction(name);
        if (!function)
            throw GoalError(QT_TRANSLATE_NOOP("Goal", "unknown function “%1” in the goal"), {name});
        std::vector<NodePtr> args;
        if (!accept(")")) {
            do
                args.push_back(orExpression());
            while (accept(","));
            if (!accept(")"))
                fail(QT_TRANSLATE_NOOP("Goal", "a “)” is missing after the arguments of %1 at character %2 of the goal"), {name});
        }
        if (args.size() < function->minArguments || args.size() > function->maxArguments)
            throw GoalError(function->maxArguments > function->minArguments
                                ? QT_TRANSLATE_NOOP("Goal", "%1 takes %2 or %3 arguments, not %4")
                                : QT_TRANSLATE_NOOP("Goal", "%1 takes %2 argument(s), not %4"),
                            {name, std::to_string(function->minArguments), std::to_string(function->maxArguments), std::to_string(args.size())});
        if (function->firstIsFunctionKey) {
            if (args[0]->kind != Node::Kind::Text)
                throw GoalError(QT_TRANSLATE_NOOP("Goal", "%1 needs a function key in quotes first, e.g. %1(\"sigmoid\", …)"), {name});
            activationNamed(args[0]->text);
        }
        return make(Node::Kind::Call, name, std::move(args));
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_depth = 0;
};

Value evaluateNode(const Node& n, const state::Document& d)
{
    switch (n.kind) {
    case Node::Kind::Number:
        return n.number;
    case Node::Kind::Text:
        return n.text;
    case Node::Kind::Name:
        return quantity(d, n.text);
    case Node::Kind::Call: {
        std::vector<Value> args;
        for (const auto& a : n.arguments)
            args.push_back(evaluateNode(*a, d));
        return call(d, n.text, args);
    }
    case Node::Kind::Unary: {
        const double x = asNumber(evaluateNode(*n.arguments[0], d), n.text);
        return n.text == "-" ? -x : (x == 0.0 ? 1.0 : 0.0);
    }
    case Node::Kind::Binary:
        break;
    }
    const std::string& op = n.text;
    if (op == "and" || op == "or") {
        const bool left = asNumber(evaluateNode(*n.arguments[0], d), op) != 0.0;
        if (op == "and" ? !left : left)
            return left ? 1.0 : 0.0;
        return asNumber(evaluateNode(*n.arguments[1], d), op) != 0.0 ? 1.0 : 0.0;
    }
    const Value a = evaluateNode(*n.arguments[0], d);
    const Value b = evaluateNode(*n.arguments[1], d);
    if (op == "==" || op == "!=") {
        if (a.index() != b.index())
            throw GoalError(QT_TRANSLATE_NOOP("Goal", "“%1” compares %2 with %3: a number with a text"), {op, format(a), format(b)});
        return ((a == b) == (op == "==")) ? 1.0 : 0.0;
    }
    const double x = asNumber(a, op);
    const double y = asNumber(b, op);
    if (op == "+")
        return x + y;
    if (op == "-")
        return x - y;
    if (op == "*")
        return x * y;
    if (op == "/")
        return x / y;
    if (op == "<")
        return x < y ? 1.0 : 0.0;
    if (op == "<=")
        return x <= y ? 1.0 : 0.0;
    if (op == ">")
        return x > y ? 1.0 : 0.0;
    return x >= y ? 1.0 : 0.0;
}

}  // namespace

bool isQuantity(std::string_view name)
{
    if (const state::Spec* spec = state::findSpec(name))
        return spec->type != state::Type::NumberList && spec->type != state::Type::FunctionList && spec->type != state::Type::Parameters;
    if (listEntry(name))
        return true;
    if (name.starts_with(kParameterPrefix))
        return isParameterName(name.substr(kParameterPrefix.size()));
    if (probabilityIndex(name))
        return true;
    return std::find(derivedNames().begin(), derivedNames().end(), name) != derivedNames().end();
}

Value quantity(const state::Document& d, std::string_view name)
{
    if (state::findSpec(name)) {
        const state::Value& v = d.value(name);
        if (const double* x = std::get_if<double>(&v))
            return *x;
        if (const bool* b = std::get_if<bool>(&v))
            return *b ? 1.0 : 0.0;
        if (const std::string* s = std::get_if<std::string>(&v))
            return *s;
        throw GoalError(QT_TRANSLATE_NOOP("Goal", "“%1” is a list: name one entry, e.g. %1.1"), {std::string(name)});
    }
    if (const auto entry = listEntry(name)) {
        const auto [spec, index] = *entry;
        const state::Value& v = d.value(spec->key);
        const std::size_t count = spec->type == state::Type::NumberList ? std::get<std::vector<double>>(v).size()
                                                                          : std::get<std::vector<std::string>>(v).size();
        if (index == 0)
            return static_cast<double>(count);
        if (static_cast<std::size_t>(index) > count)
            throw GoalError(QT_TRANSLATE_NOOP("Goal", "“%1” does not exist: %2 has %3 entries"), {std::string(name), std::string(spec->key), std::to_string(count)});
        if (spec->type == state::Type::NumberList)
            return std::get<std::vector<double>>(v)[static_cast<std::size_t>(index) - 1];
        return std::get<std::vector<std::string>>(v)[static_cast<std::size_t>(index) - 1];
    }
    if (name.starts_with(kParameterPrefix)) {
        const Activation& a = explorerFunction(d);
        const std::string key(name.substr(kParameterPrefix.size()));
        const int index = a.parameterIndex(key);
        if (index < 0)
            throw GoalError(QT_TRANSLATE_NOOP("Goal", "%1 has no parameter “%2”"), {std::string(a.key), key});
        return d.numbers("explorer.parameters")[static_cast<std::size_t>(index)];
    }
    if (const auto index = probabilityIndex(name)) {
        const std::vector<double> p = probabilities(d);
        if (static_cast<std::size_t>(*index) > p.size())
            throw GoalError(QT_TRANSLATE_NOOP("Goal", "“%1” does not exist: there are %2 logits"), {std::string(name), std::to_string(p.size())});
        return p[static_cast<std::size_t>(*index) - 1];
    }
    if (std::find(derivedNames().begin(), derivedNames().end(), name) != derivedNames().end())
        return derived(d, name);
    throw GoalError(QT_TRANSLATE_NOOP("Goal", "unknown quantity “%1”"), {std::string(name)});
}

std::string format(const Value& value)
{
    if (const double* x = std::get_if<double>(&value))
        return formatRoundTrip(*x);
    return std::get<std::string>(value);
}

Goal::Goal(std::string_view text) : m_text(text)
{
    Parser parser(text);
    m_root = parser.parseAll();
    m_names = std::move(parser.names);
}

Goal::~Goal() = default;
Goal::Goal(const Goal&) = default;
Goal& Goal::operator=(const Goal&) = default;
Goal::Goal(Goal&&) noexcept = default;
Goal& Goal::operator=(Goal&&) noexcept = default;

Value Goal::evaluate(const state::Document& document) const
{
    return evaluateNode(*m_root, document);
}

bool Goal::holds(const state::Document& document) const
{
    try {
        const Value v = evaluate(document);
        const double* x = std::get_if<double>(&v);
        return x && *x != 0.0;
    } catch (const GoalError&) {
        return false;
    } catch (const std::invalid_argument&) {
        return false;
    }
}

std::vector<std::pair<std::string, std::optional<Value>>> Goal::readingValues(const state::Document& document) const
{
    std::vector<std::pair<std::string, std::optional<Value>>> values;
    for (const std::string& name : m_names) {
        std::optional<Value> value;
        try {
            value = quantity(document, name);
        } catch (const std::exception&) {
        }
        values.emplace_back(name, std::move(value));
    }
    return values;
}

std::string Goal::readings(const state::Document& document) const
{
    std::string text;
    for (const auto& [name, value] : readingValues(document))
        text += (text.empty() ? "" : ", ") + name + " = " + (value ? format(*value) : std::string("missing"));
    return text;
}

}  // namespace al::exercise
