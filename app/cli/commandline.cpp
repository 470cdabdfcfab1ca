// SPDX-License-Identifier: MIT
#include "app/cli/commandline.h"

#include "core/neuron.h"
#include "core/state/messages.h"

#include "app/cli/atomicfile.h"
#include "core/catalog.h"
#include "core/initstats.h"
#include "core/numbers.h"
#include "core/softmax.h"
#include "core/state/schema.h"
#include "core/state/trainsetup.h"
#include "core/train/epochcsv.h"
#include "core/train/trainer.h"

#include <cmath>
#include <fstream>
#include <map>
#include <optional>
#include <ostream>
#include <sstream>
#include <stdexcept>
#include <tuple>
#include <string_view>

#ifndef ACTIVATIONLAB_VERSION
#define ACTIVATIONLAB_VERSION "0.0.0"
#endif

namespace al {

namespace {

constexpr long long kMaxPoints = 10'000'000;

// Bad input: the message becomes the one line on stderr.
struct UsageError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Walks the arguments of one command; accepts both "--name value" and "--name=value".
class Arguments {
public:
    explicit Arguments(const std::vector<std::string>& args, std::size_t first) : m_args(args), m_pos(first) {}

    bool atEnd() const { return m_pos >= m_args.size(); }
    const std::string& peek() const { return m_args[m_pos]; }

    // If the next argument is option `name`, consumes it and returns its value.
    std::optional<std::string> option(std::string_view name)
    {
        const std::string& a = m_args[m_pos];
        if (a == name) {
            if (m_pos + 1 >= m_args.size())
                throw UsageError("missing value after " + std::string(name));
            m_pos += 2;
            return m_args[m_pos - 1];
        }
        if (a.size() > name.size() && a.compare(0, name.size(), name) == 0 && a[name.size()] == '=') {
            ++m_pos;
            return a.substr(name.size() + 1);
        }
        return std::nullopt;
    }

    std::string next() { return m_args[m_pos++]; }

private:
    const std::vector<std::string>& m_args;
    std::size_t m_pos;
};

double number(std::string_view text, std::string_view what)
{
    const std::optional<double> value = parseNumber(text);
    if (!value)
        throw UsageError("malformed number '" + std::string(text) + "' for " + std::string(what));
    return *value;
}

double finiteNumber(std::string_view text, std::string_view what)
{
    const double value = number(text, what);
    if (!std::isfinite(value))
        throw UsageError(std::string(what) + " must be finite, got '" + std::string(text) + "'");
    return value;
}

std::vector<double> numberList(std::string_view text, std::string_view what)
{
    std::vector<double> values;
    if (text.empty())
        throw UsageError("empty list for " + std::string(what));
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = text.find(',', start);
        values.push_back(number(text.substr(start, comma == std::string_view::npos ? comma : comma - start), what));
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return values;
}

const Activation& activationNamed(std::string_view key)
{
    const Activation* a = findActivation(key);
    if (!a)
        throw UsageError("unknown function '" + std::string(key) + "' (see 'activationlab list')");
    return *a;
}

// Applies "NAME=VALUE" to the parameter values of `a`, checking the name and the allowed range.
void applyParameter(const Activation& a, ParameterValues& values, std::string_view assignment)
{
    const std::size_t eq = assignment.find('=');
    if (eq == std::string_view::npos)
        throw UsageError("--param needs NAME=VALUE, got '" + std::string(assignment) + "'");
    const std::string name(assignment.substr(0, eq));
    const int index = a.parameterIndex(name);
    if (index < 0) {
        std::string known;
        for (const Parameter& p : a.parameters)
            known += (known.empty() ? "" : ", ") + p.key;
        throw UsageError("unknown parameter '" + name + "' for " + std::string(a.key) +
                         (known.empty() ? " (it has no parameters)" : " (it has: " + known + ")"));
    }
    const Parameter& p = a.parameters[static_cast<std::size_t>(index)];
    const double value = finiteNumber(assignment.substr(eq + 1), "parameter " + name);
    if (value < p.min || value > p.max)
        throw UsageError("parameter " + name + " = " + formatRoundTrip(value) + " is outside [" + formatRoundTrip(p.min) +
                         ", " + formatRoundTrip(p.max) + "]");
    values[static_cast<std::size_t>(index)] = value;
}

// Sends the finished text to the file (atomically) or to `out`; never half-written.
void deliver(const std::string& text, const std::optional<std::string>& file, std::ostream& out)
{
    if (file) {
        std::string error;
        if (!writeFileAtomically(*file, text, &error))
            throw UsageError("cannot write '" + *file + "': " + error);
        return;
    }
    out << text;
    out.flush();
    if (!out)
        throw UsageError("cannot write the output (is the disk full or the pipe closed?)");
}

int list(const Arguments& args, std::ostream& out)
{
    if (!args.atEnd())
        throw UsageError("unexpected argument '" + args.peek() + "' after list");
    std::string text;
    for (const Activation& a : catalog()) {
        text += a.key;
        for (const Parameter& p : a.parameters)
            text += " " + p.key + "=" + formatRoundTrip(p.defaultValue);
        text += "\n";
    }
    deliver(text, std::nullopt, out);
    return kExitOk;
}

int table(Arguments& args, std::ostream& out)
{
    if (args.atEnd())
        throw UsageError("table needs a function key, e.g. 'activationlab table sigmoid'");
    const std::string key = args.next();
    if (key.starts_with("-"))
        throw UsageError("table needs a function key before '" + key + "'");
    const Activation& a = activationNamed(key);
    ParameterValues params = a.defaults();
    double from = -5.0;
    double to = 5.0;
    long long points = 11;
    std::optional<std::vector<double>> at;
    std::optional<std::string> file;
    while (!args.atEnd()) {
        if (auto v = args.option("--from"))
            from = finiteNumber(*v, "--from");
        else if (auto v = args.option("--to"))
            to = finiteNumber(*v, "--to");
        else if (auto v = args.option("--points")) {
            if (!v->empty() && v->front() == '-')
                throw UsageError("--points must not be negative, got '" + *v + "'");
            const std::optional<long long> n = parseCount(*v, kMaxPoints);
            if (!n || *n < 1)
                throw UsageError("--points needs a whole number from 1 to 10000000, got '" + *v + "'");
            points = *n;
        } else if (auto v = args.option("--at")) {
            at = numberList(*v, "--at");
            for (double z : *at)
                if (std::isnan(z))
                    throw UsageError("--at values must not be NaN");
        } else if (auto v = args.option("--param"))
            applyParameter(a, params, *v);
        else if (auto v = args.option("--out"))
            file = *v;
        else
            throw UsageError("unknown option '" + args.peek() + "' for table");
    }

    std::vector<double> z;
    if (at) {
        z = *at;
    } else {
        z.resize(static_cast<std::size_t>(points));
        for (std::size_t i = 0; i < z.size(); ++i)
            z[i] = points == 1 ? from : from + (to - from) * (static_cast<double>(i) / static_cast<double>(points - 1));
        z.back() = points == 1 ? from : to;
    }
    deliver(curveTable(a, params, z), file, out);
    return kExitOk;
}

// Applies the options' values to the document; a refusal names the option, in the schema's words.
void applyChecked(state::Document& document, const state::Patch& patch, const std::map<std::string, std::string>& optionOf)
{
    // Problems name the command's option, not the setting behind it.
    const auto refuse = [&](const state::Problem& problem) {
        const auto name = [&](const std::string& k) { return optionOf.count(k) ? optionOf.at(k) : k; };
        throw UsageError(state::fillIn(state::messageTemplate(problem.kind), state::messageArguments(problem, name(problem.key), name(problem.other))));
    };
    for (const auto& [key, value] : patch)
        if (auto problem = document.setAlone(key, value))
            refuse(*problem);
    if (auto problem = document.checkRelations())
        refuse(*problem);
}

int softmaxCommand(Arguments& args, std::ostream& out)
{
    double temperature = 1.0;
    bool log = false;
    std::optional<std::vector<double>> values;
    std::optional<std::string> file;
    while (!args.atEnd()) {
        if (auto v = args.option("--temperature")) {
            temperature = number(*v, "--temperature");
            state::Document checked;
            applyChecked(checked, {{"softmax.temperature", temperature}}, {{"softmax.temperature", "--temperature"}});
        } else if (auto v = args.option("--values")) {
            values = numberList(*v, "--values");
        } else if (args.peek() == "--log") {
            log = true;
            args.next();
        } else if (auto v = args.option("--out")) {
            file = *v;
        } else {
            throw UsageError("unknown option '" + args.peek() + "' for softmax");
        }
    }
    if (!values)
        throw UsageError("softmax needs --values=V1,V2,...");
    std::vector<double> result;
    try {
        result = log ? logSoftmax(*values, temperature) : softmax(*values, temperature);
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());
    }
    std::string text;
    for (double p : result)
        text += formatRoundTrip(p) + "\n";
    deliver(text, file, out);
    return kExitOk;
}

// Takes one number option that names a numeric setting (optionOf maps setting keys to options),
// as a change of that setting; false when the next argument is not one.
bool takeNumberOption(Arguments& args, const std::map<std::string, std::string>& optionOf, state::Patch& patch)
{
    for (const auto& [key, option] : optionOf) {
        const state::Type type = state::spec(key).type;
        if (type != state::Type::Number && type != state::Type::Integer)
            continue;
        if (auto v = args.option(option)) {
            patch.emplace_back(key, number(*v, option));
            return true;
        }
    }
    return false;
}

// The initialisation experiment: every value is checked by the schema's "init.*" specs.
int initStatsCommand(Arguments& args, std::ostream& out)
{
    const std::map<std::string, std::string> optionOf{
        {"init.function", "--activation"}, {"init.parameters", "--param"}, {"init.scheme", "--init"},
        {"init.sigma", "--sigma"},         {"init.layers", "--layers"},    {"init.width", "--width"},
        {"init.samples", "--samples"},     {"init.seed", "--seed"},        {"init.bias", "--bias"},
        {"init.epsilon", "--epsilon"}};
    const Activation* activation = nullptr;
    std::optional<std::string> scheme;
    std::vector<std::string> assignments;
    std::optional<std::string> file;
    state::Patch patch;
    while (!args.atEnd()) {
        if (takeNumberOption(args, optionOf, patch))
            continue;
        if (auto v = args.option("--activation"))
            activation = &activationNamed(*v);
        else if (auto v = args.option("--init"))
            scheme = *v;
        else if (auto v = args.option("--param"))
            assignments.push_back(*v);
        else if (auto v = args.option("--out"))
            file = *v;
        else
            throw UsageError("unknown option '" + args.peek() + "' for init-stats");
    }
    if (!activation)
        throw UsageError("init-stats needs --activation KEY, e.g. 'activationlab init-stats --activation tanh --init xavier'");
    if (!scheme)
        throw UsageError("init-stats needs --init normal|uniform|xavier|xavier_uniform|he|lecun");
    ParameterValues parameters = activation->defaults();
    for (const std::string& a : assignments)
        applyParameter(*activation, parameters, a);
    state::Document document;
    patch.insert(patch.begin(), {{"init.function", std::string(activation->key)}, {"init.parameters", parameters}, {"init.scheme", *scheme}});
    applyChecked(document, patch, optionOf);

    InitSetup setup;
    setup.activation = activation;
    setup.parameters = parameters;
    setup.scheme = *initSchemeNamed(document.text("init.scheme"));
    setup.scale = document.number("init.sigma");
    setup.layers = static_cast<int>(document.number("init.layers"));
    setup.width = static_cast<int>(document.number("init.width"));
    setup.samples = static_cast<int>(document.number("init.samples"));
    setup.seed = static_cast<std::uint64_t>(document.number("init.seed"));
    setup.bias = document.number("init.bias");
    setup.epsilon = document.number("init.epsilon");
    deliver(initStatisticsCsv(runInitExperiment(setup)), file, out);
    return kExitOk;
}

// "1280x800" → width and height, each 64 … 8000 pixels.
std::pair<int, int> size(const std::string& text)
{
    const std::size_t x = text.find_first_of("xX");
    const std::optional<long long> w = x == std::string::npos ? std::nullopt : parseCount(std::string_view(text).substr(0, x), 8000);
    const std::optional<long long> h = x == std::string::npos ? std::nullopt : parseCount(std::string_view(text).substr(x + 1), 8000);
    if (!w || !h || *w < 64 || *h < 64)
        throw UsageError("--size needs WIDTHxHEIGHT with each from 64 to 8000 pixels, got '" + text + "'");
    return {static_cast<int>(*w), static_cast<int>(*h)};
}

int renderCommand(Arguments& args, std::ostream& err, const RenderCommand& render)
{
    RenderRequest request;
    const Activation* activation = nullptr;
    std::vector<std::string> assignments;
    std::optional<std::vector<double>> inputs;
    std::optional<std::vector<double>> weights;
    std::optional<double> bias;
    if (!args.atEnd() && !args.peek().starts_with("-"))
        activation = &activationNamed(args.next());
    while (!args.atEnd()) {
        if (auto v = args.option("--out"))
            request.out = *v;
        else if (auto v = args.option("--lang")) {
            if (*v != "en" && *v != "ru")
                throw UsageError("--lang must be en or ru, got '" + *v + "'");
            request.language = *v;
        } else if (auto v = args.option("--size"))
            std::tie(request.width, request.height) = size(*v);
        else if (auto v = args.option("--param"))
            assignments.push_back(*v);
        else if (auto v = args.option("--inputs"))
            inputs = numberList(*v, "--inputs");
        else if (auto v = args.option("--weights"))
            weights = numberList(*v, "--weights");
        else if (auto v = args.option("--bias"))
            bias = number(*v, "--bias");
        else if (auto v = args.option("--scenario"))
            request.scenario = *v;
        else
            throw UsageError("unknown option '" + args.peek() + "' for render");
    }
    if (request.scenario.empty() == (activation == nullptr))
        throw UsageError(activation ? "render takes either a function key or --scenario, not both"
                                    : "render needs a function key or --scenario FILE.alab, e.g. 'activationlab render tanh --out tanh.png'");
    if (request.out.empty())
        throw UsageError("render needs --out FILE.png, FILE.svg or FILE.pdf");
    const std::string extension = request.out.size() > 4 ? request.out.substr(request.out.size() - 4) : std::string();
    if (extension != ".png" && extension != ".svg" && extension != ".pdf")
        throw UsageError("--out must end in .png, .svg or .pdf, got '" + request.out + "'");
    if (activation) {
        ParameterValues parameters = activation->defaults();
        for (const std::string& a : assignments)
            applyParameter(*activation, parameters, a);
        // Inputs or weights alone change the count; the other list keeps its values (new inputs
        // x = 1, new weights w = 0, as the window does).
        const state::Document defaults;
        Neuron neuron(defaults.numbers("explorer.neuron.inputs"), defaults.numbers("explorer.neuron.weights"), defaults.number("explorer.neuron.bias"));
        const std::size_t count = inputs ? inputs->size() : weights ? weights->size() : neuron.inputCount();
        std::vector<double> x = inputs.value_or(neuron.inputs());
        std::vector<double> w = weights.value_or(neuron.weights());
        if (!inputs)
            x.resize(count, 1.0);
        if (!weights)
            w.resize(count, 0.0);
        applyChecked(request.document,
                     {{"explorer.function", std::string(activation->key)},
                      {"explorer.parameters", parameters},
                      {"explorer.neuron.inputs", x},
                      {"explorer.neuron.weights", w},
                      {"explorer.neuron.bias", bias.value_or(neuron.bias())}},
                     {{"explorer.neuron.inputs", "--inputs"}, {"explorer.neuron.weights", "--weights"}, {"explorer.neuron.bias", "--bias"}});
    } else if (!assignments.empty() || inputs || weights || bias) {
        throw UsageError("with --scenario the scenario file sets the function and the neuron");
    }
    if (!render)
        throw UsageError("render is not available in this build");
    return render(request, err);
}


// The hidden layers as "8,8"; "" is no hidden layer. Sizes and count are checked by the schema.
std::vector<double> hiddenLayers(const std::string& text)
{
    if (text.empty())
        return {};
    std::vector<double> sizes = numberList(text, "--hidden");
    for (double v : sizes)
        if (!state::isWhole(v))
            throw UsageError("--hidden needs whole numbers of units, got '" + text + "'");
    return sizes;
}

std::string readTextFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw UsageError("cannot read '" + path + "'");
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad())
        throw UsageError("cannot read '" + path + "'");
    return text.str();
}

// "--features x1,x2,sinx1" as the value of every input switch: the named ones on, the rest off.
std::vector<std::pair<std::string, bool>> featureSwitches(const std::string& list)
{
    std::vector<std::pair<std::string, bool>> switches;
    for (std::string_view key : state::trainFeatureKeys())
        switches.emplace_back(std::string(key), false);
    std::string names;
    for (const auto& [key, on] : switches)
        names += (names.empty() ? "" : ", ") + key.substr(state::kTrainFeaturePrefix.size());
    std::stringstream items(list);
    std::string item;
    while (std::getline(items, item, ',')) {
        const auto it = std::find_if(switches.begin(), switches.end(),
                                     [&](const auto& s) { return s.first.substr(state::kTrainFeaturePrefix.size()) == item; });
        if (it == switches.end())
            throw UsageError("unknown input feature '" + item + "' in --features (" + names + ")");
        it->second = true;
    }
    return switches;
}

int trainCommand(Arguments& args, std::ostream& out)
{
    std::optional<std::string> dataset;
    std::optional<std::string> activation;
    std::vector<std::string> parameters;
    std::string hidden = "8,8";
    double epochs = 300;
    bool checkGradients = false;
    std::optional<std::string> file;
    state::Patch patch;
    const std::map<std::string, std::string> optionOf{
        {"train.dataset", "--dataset"}, {"train.function", "--activation"}, {"train.hidden", "--hidden"}, {"train.lr", "--lr"},
        {"train.batch", "--batch"}, {"train.l2", "--l2"}, {"train.noise", "--noise"}, {"train.trainShare", "--train-share"},
        {"train.points", "--points"}, {"train.init", "--init"}, {"train.sigma", "--sigma"}, {"train.seed", "--seed"},
        {"train.momentum", "--momentum"}, {"train.parameters", "--param"}};
    std::optional<std::string> features;
    while (!args.atEnd()) {
        if (takeNumberOption(args, optionOf, patch))
            continue;
        if (auto v = args.option("--dataset"))
            dataset = *v;
        else if (auto v = args.option("--activation"))
            activation = *v;
        else if (auto v = args.option("--param"))
            parameters.push_back(*v);
        else if (auto v = args.option("--hidden"))
            hidden = *v;
        else if (auto v = args.option("--init"))
            patch.emplace_back("train.init", *v);
        else if (auto v = args.option("--features"))
            features = *v;
        else if (auto v = args.option("--epochs")) {
            epochs = number(*v, "--epochs");
            if (!state::isWhole(epochs) || epochs < 1 || epochs > 1'000'000)
                throw UsageError("--epochs needs a whole number from 1 to 1000000, got '" + *v + "'");
        } else if (args.peek() == "--check-gradients") {
            checkGradients = true;
            args.next();
        } else if (auto v = args.option("--out"))
            file = *v;
        else
            throw UsageError("unknown option '" + args.peek() + "' for train");
    }
    if (!dataset)
        throw UsageError("train needs --dataset circle|xor|gauss|spiral|FILE.csv");
    if (!activation)
        throw UsageError("train needs --activation KEY (see 'activationlab list')");
    train::Shape shape{};
    const bool fromFile = !train::shapeNamed(*dataset, shape);
    if (!fromFile)
        patch.emplace_back("train.dataset", *dataset);
    else if (!dataset->ends_with(".csv"))
        throw UsageError("unknown data set '" + *dataset + "' (circle, xor, gauss, spiral or a FILE.csv)");
    const Activation& f = activationNamed(*activation);
    ParameterValues params = f.defaults();
    for (const std::string& p : parameters)
        applyParameter(f, params, p);
    patch.insert(patch.begin(), {{"train.function", *activation}, {"train.parameters", params}});
    patch.emplace_back("train.hidden", hiddenLayers(hidden));
    if (features)
        for (const auto& [key, on] : featureSwitches(*features))
            patch.emplace_back(key, on);
    state::Document checked;
    applyChecked(checked, patch, optionOf);
    std::vector<train::Point> points;
    if (fromFile) {
        try {
            points = train::parseCsv(readTextFile(*dataset));
        } catch (const std::invalid_argument& e) {
            throw UsageError("malformed data set '" + *dataset + "': " + e.what());
        }
    } else {
        points = train::generate(shape, static_cast<int>(checked.number("train.points")), checked.number("train.noise") / 100.0,
                                 static_cast<std::uint64_t>(checked.number("train.seed")));
    }
    const train::TrainOptions options = state::trainOptions(checked);
    const auto seed = options.seed;
    train::Trainer trainer(train::split(std::move(points), checked.number("train.trainShare"), seed), options);

    if (checkGradients) {
        deliver("max_rel_error=" + formatRoundTrip(train::gradientCheck(trainer.network(), trainer.data().train)) + "\n", file, out);
        return kExitOk;
    }
    train::EpochCsv csv(options.architecture.hidden.size());
    for (int e = 0; e < static_cast<int>(epochs); ++e)
        csv.add(trainer.runEpoch());
    deliver(csv.text(), file, out);
    return kExitOk;
}

int exerciseCommand(Arguments& args, std::ostream& out, std::ostream& err, const ExerciseCommand& exercise)
{
    ExerciseRequest request;
    if (args.atEnd())
        throw UsageError("exercise needs list, show ID or check ID, e.g. 'activationlab exercise list'");
    request.action = args.next();
    if (request.action != "list" && request.action != "show" && request.action != "check")
        throw UsageError("unknown exercise action '" + request.action + "' (list, show or check)");
    // Options may come before the id too: `exercise check --file my.alex ID --answer 2`.
    while (!args.atEnd()) {
        if (auto v = args.option("--lang")) {
            if (*v != "en" && *v != "ru")
                throw UsageError("--lang must be en or ru, got '" + *v + "'");
            request.language = *v;
        } else if (auto file = args.option("--file")) {
            request.exerciseFile = *file;
        } else if (auto a = request.action == "check" ? args.option("--answer") : std::nullopt) {
            request.answer = *a;
        } else if (auto f = request.action == "check" ? args.option("--state") : std::nullopt) {
            request.stateFile = *f;
        } else if (request.action != "list" && request.id.empty() && !args.peek().starts_with("-")) {
            request.id = args.next();
        } else {
            throw UsageError("unknown option '" + args.peek() + "' for exercise " + request.action);
        }
    }
    if (request.action != "list" && request.id.empty())
        throw UsageError("exercise " + request.action + " needs an exercise id (see 'activationlab exercise list')");
    if (request.action == "check" && request.answer.has_value() == request.stateFile.has_value())
        throw UsageError("exercise check needs --answer VALUE or --state FILE.alab (one of them)");
    if (!exercise)
        throw UsageError("exercise is not available in this build (it reads exercise files with Qt)");
    return exercise(request, out, err);
}

}  // namespace

std::string curveTable(const Activation& activation, ParameterSpan parameters, std::span<const double> z)
{
    std::vector<double> f(z.size());
    std::vector<double> df(z.size());
    activation.evaluate(z, f, df, parameters);
    std::string text = "z,f,df\n";
    text.reserve(z.size() * 64);
    for (std::size_t i = 0; i < z.size(); ++i)
        text += formatRoundTrip(z[i]) + "," + formatRoundTrip(f[i]) + "," + formatRoundTrip(df[i]) + "\n";
    return text;
}

std::string usageText()
{
    return "Usage:\n"
           "  activationlab                       start the explorer window\n"
           "  activationlab FILE.alab|FILE.alex   start the window with a saved scenario or exercises\n"
           "  activationlab list                  every function: key and parameters with defaults\n"
           "  activationlab table KEY [--from A] [--to B] [--points N] [--at=Z1,Z2,...]\n"
           "                      [--param NAME=VALUE]... [--out FILE]\n"
           "                                      CSV z,f,df; numbers read back to the same double\n"
           "  activationlab softmax [--temperature T] [--log] --values=V1,V2,... [--out FILE]\n"
           "                                      one probability (or log-probability) per line\n"
           "  activationlab render KEY --out FILE.png|FILE.svg|FILE.pdf [--lang en|ru] [--size WxH]\n"
           "                      [--param NAME=VALUE]... [--inputs=X1,...] [--weights=W1,...] [--bias=B]\n"
           "  activationlab render --scenario FILE.alab --out FILE.png|FILE.svg|FILE.pdf [--lang en|ru] [--size WxH]\n"
           "  activationlab init-stats --activation KEY [--param NAME=VALUE]... --init normal|uniform|xavier|xavier_uniform|he|lecun\n"
           "                      [--sigma S] [--layers L] [--width N] [--samples M] [--bias B] [--epsilon E]\n"
           "                      [--seed S] [--out FILE]\n"
           "                                      CSV layer,mean,std,saturated,dead,grad_std: a deep stack\n"
           "                                      at initialisation, one row per layer\n"
           "  activationlab train --dataset circle|xor|gauss|spiral|FILE.csv --activation KEY [--param NAME=VALUE]...\n"
           "                      [--hidden 8,8] [--epochs 300] [--lr 0.1] [--batch 10] [--l2 0] [--noise 0]\n"
           "                      [--train-share 0.5] [--points 500] [--init xavier|xavier_uniform|he|uniform|normal|zeros]\n"
           "                      [--sigma 1] [--seed 1] [--momentum 0] [--features x1,x2[,x1sq,x2sq,x1x2,sinx1,sinx2]]\n"
           "                      [--check-gradients] [--out FILE]\n"
           "                                      trains a small network; CSV, one row per epoch\n"
           "  activationlab exercise list [--file FILE.alex] [--lang en|ru]\n"
           "                                      one line per exercise: id,title (built-in, or of FILE)\n"
           "  activationlab exercise show ID [--file FILE.alex] [--lang en|ru]\n"
           "                                      the task and the prediction question\n"
           "  activationlab exercise check ID --answer VALUE | --state FILE.alab\n"
           "                      [--file FILE.alex] [--lang en|ru]\n"
           "                                      prints correct (exit 0) or incorrect: why (exit 1)\n"
           "  activationlab --help | --version\n"
           "Bad input prints one line on stderr and exits with code 2.\n";
}

bool wantsWindow(const std::vector<std::string>& args)
{
    return args.empty() || (args.size() == 1 && args[0].size() > 5 && (args[0].ends_with(".alab") || args[0].ends_with(".alex")));
}

int runCommandLine(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const RenderCommand& render,
                   const ExerciseCommand& exercise)
{
    try {
        if (args.empty())
            throw UsageError("no command given (see 'activationlab --help')");
        const std::string& command = args[0];
        Arguments rest(args, 1);
        if (command == "--help" || command == "-h" || command == "help") {
            deliver(usageText(), std::nullopt, out);
            return kExitOk;
        }
        if (command == "--version") {
            deliver(std::string("activationlab ") + ACTIVATIONLAB_VERSION + "\n", std::nullopt, out);
            return kExitOk;
        }
        if (command == "list")
            return list(rest, out);
        if (command == "table")
            return table(rest, out);
        if (command == "softmax")
            return softmaxCommand(rest, out);
        if (command == "render")
            return renderCommand(rest, err, render);
        if (command == "init-stats")
            return initStatsCommand(rest, out);
        if (command == "train")
            return trainCommand(rest, out);
        if (command == "exercise")
            return exerciseCommand(rest, out, err, exercise);
        throw UsageError("unknown command '" + command + "' (see 'activationlab --help')");
    } catch (const UsageError& e) {
        err << "activationlab: " << e.what() << '\n';
        return kExitBadInput;
    }
}

}  // namespace al
