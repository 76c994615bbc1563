// The registry of kolplanner-cli's commands, in the order the main usage lists them. A command's
// code and its own help live in its file; a method's name and description come from the method
// registry (alloc/MethodRegistry.h), so a new method shows up here without an edit.
#include "CliCommon.h"
#include "alloc/MethodRegistry.h"

namespace kol {

namespace {
std::string line(const std::string& usage, const std::string& what)
{
    std::string text = "  " + usage;
    if (what.empty()) {
        return text + "\n";
    }
    if (text.size() < 36) {
        text.append(36 - text.size(), ' ');
    } else {
        text += "\n" + std::string(36, ' ');
    }
    return text + what + "\n";
}

std::string methodLines()
{
    std::string text;
    for (const Method& m : MethodRegistry::instance().methods()) {
        text += line("  " + m.name, m.description + (m.trains ? " (learns; see train)" : ""));
    }
    return text;
}
} // namespace

const std::vector<Command>& commands()
{
    static const std::vector<Command> list = {
        {"init", "Project files", [] { return line("init PROJECT", "create an empty project (.kolplan)"); }, runInit},
        {"info", "Project files", [] { return line("info PROJECT [--json]", "what the project holds"); }, runInfo},
        {"vocab", "Project files",
         [] {
             return line("vocab PROJECT [--json]", "the channels, phases, tiers and content formats")
                 + line("vocab add PROJECT KIND NAME...", "add channels, phases, formats or tiers");
         },
         runVocab},
        {"import", "Project files",
         [] {
             return line("import kols|posts PROJECT FILE.csv [--skip-bad-rows]",
                         "import the KOL catalog or the post history")
                 + line("import actuals PROJECT --scenario NAME FILE.csv",
                        "record a running campaign's finished phases (replaces the record)")
                 + line("import campaigns PROJECT FILE.csv",
                        "the past campaigns the offline method learns from (replaces the history)");
         },
         runImport},
        {"demo", "Project files",
         [] {
             return line("demo PROJECT [--seed N] [--kols N] [--posts N] [--with-model [--campaigns N]] [--force]",
                         "write a project with a generated demo market (and past campaigns)");
         },
         runDemo},
        {"fit", "Project files",
         [] {
             return line("fit PROJECT [--epochs N] [--seed N] [--json]",
                         "train the KOL performance model on the post history");
         },
         runFit},
        {"scenario", "Scenarios",
         [] {
             return line("scenario list PROJECT [--json]", "") + line("scenario show PROJECT NAME [--json]", "")
                 + line("scenario new PROJECT NAME [OPTIONS]", "") + line("scenario set PROJECT NAME OPTIONS", "")
                 + line("scenario copy PROJECT FROM TO", "") + line("scenario rename PROJECT FROM TO", "")
                 + line("scenario delete PROJECT NAME", "");
         },
         runScenario},
        {"actuals", "Scenarios",
         [] {
             return line("actuals PROJECT --scenario NAME [--clear] [--json]",
                         "what a running campaign's finished phases spent and reached");
         },
         runActuals},
        {"evaluate", "Scenarios",
         [] {
             return line("evaluate PROJECT --scenario NAME --plans FILE.csv [--budget X] [--json]",
                         "effect, spend, reach and penalties of plans");
         },
         runEvaluate},
        {"train", "Scenarios",
         [] {
             return line("train PROJECT --scenario NAME [--method M] [--steps N] [--seed N] [--json]",
                         "train the policy of a method that learns");
         },
         runTrain},
        {"allocate", "Scenarios",
         [] {
             return line("allocate PROJECT --scenario NAME --method " + MethodRegistry::instance().nameList()
                             + " [--budget X] [--json]",
                         "spread the budget over the matrix and store the plan")
                 + methodLines();
         },
         runAllocate},
        {"compare", "Scenarios",
         [] {
             return line(
                 "compare PROJECT --scenario NAME [--curve [--points N]] [--json]",
                 "every method's figures, uplift and savings against the template; --curve: effect against budget");
         },
         runCompare},
        {"compete", "Scenarios",
         [] {
             return line("compete PROJECT --scenario NAME [--rival NAME:BUDGET[:CHANNELS[:PREFERENCE]]...] "
                         "[--iterations N] [--json]",
                         "what rival advertisers cost, with a plan learned against them");
         },
         runCompete},
        {"abtest", "Scenarios",
         [] {
             return line(
                 "abtest list|new|demo|import|simulate|recommend|show|export|delete|draft PROJECT --scenario NAME "
                 "[--test NAME] ...",
                 "content A/B tests: rounds imported or simulated, each method's next split");
         },
         runAbTest},
        {"export", "Scenarios",
         [] {
             return line("export PROJECT --scenario NAME [--plan ID] [--csv FILE] [--kols-csv FILE] [--pdf FILE]",
                         "a stored plan as CSV (per cell and per KOL) or a PDF report");
         },
         runExport},
        {"selftest", "Checks",
         [] {
             return line("selftest pendulum [--steps N] [--seed N] [--json]",
                         "the DDPG code on the Pendulum-v1 control task");
         },
         runSelftest},
    };
    return list;
}

} // namespace kol
