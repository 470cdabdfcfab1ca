// SPDX-License-Identifier: MIT
// Every setting of the schema, walked one by one: what is declared is saved, read back, refused
// alike by every entry point, and named in Russian. Nothing to add here for a new setting.
#include "app/cli/commandline.h"
#include "app/languagemanager.h"
#include "app/model/functiontexts.h"
#include "app/model/labstate.h"
#include "app/pages/pageregistry.h"
#include "app/scenario/scenario.h"
#include "app/widgets/catalogmodel.h"
#include "core/catalog.h"
#include "core/numbers.h"
#include "core/state/schema.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

#include <sstream>
#include <vector>

using namespace al::state;

namespace {

// A value just beyond a number setting's allowed range, and its JSON path.
double beyond(const Spec& s)
{
    return s.max + std::max(1.0, 0.5 * (s.max - s.min));
}

QJsonObject withValue(const Spec& s, const QJsonValue& v)
{
    QJsonObject o = QJsonDocument::fromJson(Scenarios::toJson(Document())).object();
    const QStringList path = QString::fromLatin1(s.key.data(), static_cast<qsizetype>(s.key.size())).split(QLatin1Char('.'));
    std::function<void(QJsonObject&, qsizetype)> put = [&](QJsonObject& obj, qsizetype at) {
        if (at + 1 == path.size()) {
            obj.insert(path[at], v);
            return;
        }
        QJsonObject child = obj.value(path[at]).toObject();
        put(child, at + 1);
        obj.insert(path[at], child);
    };
    put(o, 0);
    return o;
}

}  // namespace

TEST(StateSpecs, ScenarioRoundTripKeepsEverySetting)
{
    // A document with every number setting moved off its default (within range).
    Document changed;
    for (const Spec& s : schema()) {
        if (s.type != Type::Number && s.type != Type::Integer)
            continue;
        const double v = s.type == Type::Integer ? std::floor(0.5 * (s.min + std::min(s.max, s.min + 20))) : 0.5 * (s.min + s.max) + s.step;
        Document next = changed;
        if (!next.set(s.key, v))
            changed = next;
    }
    EXPECT_GE(changed.differences(Document()).size(), 8u);
    const Scenarios::Loaded loaded = Scenarios::fromJson(Scenarios::toJson(changed));
    ASSERT_TRUE(loaded.document) << loaded.error.toStdString();
    EXPECT_EQ(*loaded.document, changed);
}

TEST(StateSpecs, TheSameOutOfRangeValueIsRefusedByModelFileAndCommandLine)
{
    for (const Spec& s : schema()) {
        if (s.type != Type::Number)
            continue;
        const double bad = beyond(s);
        // The state (what every model writes through) refuses it and stays as it was.
        LabState state;
        const Document before = state.document();
        const auto problem = state.set(s.key, bad);
        ASSERT_TRUE(problem) << s.key;
        EXPECT_EQ(problem->kind, Problem::Kind::OutOfRange) << s.key;
        EXPECT_EQ(state.document(), before) << s.key;
        // A scenario file with it is refused, naming the setting.
        const Scenarios::Loaded loaded = Scenarios::fromJson(QJsonDocument(withValue(s, bad)).toJson());
        EXPECT_FALSE(loaded.document) << s.key;
        EXPECT_TRUE(loaded.error.contains(QString::fromLatin1(s.key.data(), static_cast<qsizetype>(s.key.size())))) << loaded.error.toStdString();
        EXPECT_EQ(loaded.error, Scenarios::describe(*problem)) << s.key;
    }
    // The command line's render options are the same settings: refused with the same sentence.
    const Spec& bias = spec("explorer.neuron.bias");
    std::ostringstream out;
    std::ostringstream err;
    const int code = al::runCommandLine({"render", "tanh", "--out", "/nonexistent/x.png", "--bias", al::formatRoundTrip(beyond(bias))}, out, err,
                                        [](const al::RenderRequest&, std::ostream&) { return 0; });
    EXPECT_EQ(code, al::kExitBadInput);
    EXPECT_NE(err.str().find("--bias"), std::string::npos) << err.str();
    EXPECT_NE(err.str().find("outside the allowed range -1000 … 1000"), std::string::npos) << err.str();
    // … and a value the file accepts, the command line accepts too.
    const int ok = al::runCommandLine({"render", "tanh", "--out", "/tmp/x.png", "--bias", "999"}, out, err,
                                      [](const al::RenderRequest& r, std::ostream&) { return r.document.number("explorer.neuron.bias") == 999 ? 0 : 1; });
    EXPECT_EQ(ok, 0);
}

TEST(StateSpecs, EverySettingHasARussianLabel)
{
    LanguageManager::instance().apply(QStringLiteral("ru"));
    for (const Spec& s : schema()) {
        const QString ru = QCoreApplication::translate("State", s.label);
        EXPECT_NE(ru, QString::fromUtf8(s.label)) << s.key << ": " << s.label;
        if (*s.help) {
            EXPECT_NE(QCoreApplication::translate("State", s.help), QString::fromUtf8(s.help)) << s.key;
        }
    }
    LanguageManager::instance().apply(QStringLiteral("en"));
}

TEST(FunctionTexts, EveryFunctionAndParameterHasWordsInBothLanguages)
{
    LanguageManager::instance().apply(QStringLiteral("ru"));
    for (const al::Activation& a : al::catalog()) {
        EXPECT_TRUE(FunctionTexts::hasWords(a.key)) << a.key;
        for (const al::Parameter& p : a.parameters) {
            EXPECT_TRUE(FunctionTexts::hasParameterWords(a.key, p.key)) << a.key << '.' << p.key;
            EXPECT_FALSE(FunctionTexts::parameterHelp(a.key, p.key).isEmpty()) << a.key << '.' << p.key;
        }
    }
    EXPECT_TRUE(FunctionTexts::hasWords("softmax"));
    EXPECT_EQ(FunctionTexts::name("sigmoid"), QStringLiteral("Сигмоида"));
    LanguageManager::instance().apply(QStringLiteral("en"));
    EXPECT_EQ(FunctionTexts::name("sigmoid"), QStringLiteral("Sigmoid"));
}

TEST(CatalogModel, ListsTheCatalogAndFollowsTheLanguage)
{
    CatalogModel grouped(CatalogModel::Layout::Grouped);
    EXPECT_EQ(grouped.rowCount(), static_cast<int>(al::catalog().size()) + 2);
    EXPECT_TRUE(grouped.data(grouped.index(0), CatalogModel::HeaderRole).toBool());
    EXPECT_EQ(grouped.flags(grouped.index(0)), Qt::NoItemFlags);
    EXPECT_EQ(grouped.keyAt(grouped.rowOf(QStringLiteral("relu"))), QStringLiteral("relu"));
    EXPECT_EQ(grouped.data(grouped.index(grouped.rowOf(QStringLiteral("elu"))), CatalogModel::ParametersRole).toStringList(),
              QStringList{QStringLiteral("alpha")});
    CatalogModel withNone(CatalogModel::Layout::FunctionsOrNone);
    EXPECT_EQ(withNone.keyAt(0), QString());
    EXPECT_EQ(withNone.rowCount(), static_cast<int>(al::catalog().size()) + 1);

    int renamed = 0;
    QObject::connect(&grouped, &QAbstractItemModel::dataChanged, [&renamed] { ++renamed; });
    LanguageManager::instance().apply(QStringLiteral("ru"));
    EXPECT_GE(renamed, 1);
    EXPECT_EQ(grouped.data(grouped.index(grouped.rowOf(QStringLiteral("sigmoid")))).toString(), QStringLiteral("Сигмоида"));
    LanguageManager::instance().apply(QStringLiteral("en"));
    EXPECT_EQ(grouped.data(grouped.index(grouped.rowOf(QStringLiteral("sigmoid")))).toString(), QStringLiteral("Sigmoid"));
}

// A list view repaints every row a dataChanged names: ticking a preset tells only the rows whose
// box changes.
TEST(CatalogModel, CheckingNamesOnlyTheRowsThatChange)
{
    CatalogModel list(CatalogModel::Layout::Functions);
    list.setCheckable(true);
    list.setChecked({QStringLiteral("sigmoid"), QStringLiteral("tanh")});
    std::vector<int> rows;
    QObject::connect(&list, &QAbstractItemModel::dataChanged, [&rows](const QModelIndex& from, const QModelIndex& to) {
        for (int row = from.row(); row <= to.row(); ++row)
            rows.push_back(row);
    });
    list.setChecked({QStringLiteral("sigmoid"), QStringLiteral("relu")});
    EXPECT_EQ(rows, (std::vector<int>{list.rowOf(QStringLiteral("tanh")), list.rowOf(QStringLiteral("relu"))}));
    EXPECT_EQ(list.data(list.index(list.rowOf(QStringLiteral("relu"))), Qt::CheckStateRole).toInt(), Qt::Checked);
    EXPECT_EQ(list.data(list.index(list.rowOf(QStringLiteral("tanh"))), Qt::CheckStateRole).toInt(), Qt::Unchecked);
    rows.clear();
    list.setChecked({QStringLiteral("relu"), QStringLiteral("sigmoid")});
    EXPECT_TRUE(rows.empty());
}

TEST(StateSpecs, EveryTabOfTheSchemaHasAPageInItsOrder)
{
    const auto& types = pageTypes();
    ASSERT_EQ(types.size(), tabs().size());
    for (std::size_t i = 0; i < types.size(); ++i)
        EXPECT_EQ(types[i].key, tabs()[i]);
}
