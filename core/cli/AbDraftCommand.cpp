// `abtest draft`: new variants for an A/B test drafted by the planner's local language model
// server (session/AbDrafting.h), printed, and added to the test with --add.
#include "CliCommon.h"
#include "base/Text.h"
#include "session/AbDrafting.h"
#include "store/AbTestStore.h"

#include <algorithm>
#include <cstdlib>

namespace kol {

namespace {
const char* const kHelp = R"(Usage: kolplanner-cli abtest draft PROJECT --scenario S --test T --segment G [OPTIONS]

Drafts new variants for segment G of an A/B test with a language model server on your machine
that speaks the chat-completions protocol (llama.cpp's llama-server, vLLM, Ollama, ...). The prompt
holds the test's brief, the segment's portrait and the best variants so far with their rates; it
goes to the server you name and nowhere else. Nothing is sent without an endpoint.
  --endpoint URL    the server, e.g. http://127.0.0.1:8080 (default: $KOLPLANNER_LLM_ENDPOINT)
  --model NAME      the model name sent with the request (default: $KOLPLANNER_LLM_MODEL or "local")
  --count N         how many drafts, 1 to 8 (default 3)
  --timeout S       seconds to wait for the reply, 1 to 600 (default 120)
  --metric clicks|conversions   how the variants so far are ranked (default clicks)
  --add             add the drafts to the test as new variants (named "Draft 1", ...)
  --json            print the drafts as JSON
To start a server: llama-server -m MODEL.gguf --port 8080, then --endpoint http://127.0.0.1:8080
)";

Json draftsToJson(const std::vector<AbVariant>& drafts)
{
    Json out = Json::array();
    for (const auto& d : drafts) {
        out.push_back({{"name", d.name},
                       {"headline", d.headline},
                       {"copy", d.copy},
                       {"cover", d.cover},
                       {"call_to_action", d.callToAction}});
    }
    return out;
}

std::string fromEnvironment(const char* name)
{
    const char* value = std::getenv(name);
    return value ? value : "";
}
} // namespace

/// Runs `abtest draft` (argv starts with "draft"). Exit 2 on a usage error (no endpoint among
/// them: it says how to set one up), 1 when the server or the project fails, 130 when interrupted.
int runAbDraft(CliContext& ctx, const std::vector<std::string>& argv)
{
    int code = 0;
    const auto args = parseCommand(ctx, argv,
                                   {{"scenario", true},
                                    {"test", true},
                                    {"segment", true},
                                    {"count", true},
                                    {"endpoint", true},
                                    {"model", true},
                                    {"timeout", true},
                                    {"metric", true},
                                    {"add"},
                                    {"json"}},
                                   kHelp, 2, 2, code);
    if (!args) {
        return code;
    }
    const std::string path = args->positional()[1];
    if (!args->value("scenario") || !args->value("test") || !args->value("segment")) {
        return fail(ctx, "abtest draft needs --scenario NAME, --test NAME and --segment NAME", kExitUsage);
    }
    ChatEndpoint endpoint;
    endpoint.url = args->value("endpoint").value_or(fromEnvironment("KOLPLANNER_LLM_ENDPOINT"));
    endpoint.model = args->value("model").value_or(fromEnvironment("KOLPLANNER_LLM_MODEL"));
    auto count = args->number("count", 1, kMaxAbDrafts, true);
    auto timeout = args->number("timeout", 1, 600, true);
    for (const auto* r : {&count, &timeout}) {
        if (!*r) {
            return fail(ctx, r->error(), kExitUsage);
        }
    }
    endpoint.timeoutSeconds = static_cast<int>(timeout.value().value_or(endpoint.timeoutSeconds));
    if (Status s = checkChatEndpoint(endpoint); !s) {
        return fail(ctx, s.message() + (endpoint.url.empty() ? " (--endpoint URL or KOLPLANNER_LLM_ENDPOINT)" : ""),
                    kExitUsage);
    }
    AbDraftAsk ask;
    ask.segment = *args->value("segment");
    ask.count = static_cast<int>(count.value().value_or(ask.count));
    if (const auto m = args->value("metric")) {
        if (*m != "clicks" && *m != "conversions") {
            return fail(ctx, "--metric must be clicks or conversions, not " + quoteValue(*m, 40), kExitUsage);
        }
        ask.metric = *m == "clicks" ? AbMetric::Clicks : AbMetric::Conversions;
    }
    const bool add = args->has("add");
    auto project = openProject(ctx, path, add ? OpenFor::Writing : OpenFor::Reading);
    if (!project) {
        return fail(ctx, project.error());
    }
    AbTestStore store(*project.value());
    auto test = store.load(*args->value("scenario"), *args->value("test"));
    if (!test) {
        return fail(ctx, test.error());
    }
    // What can be refused before anything is sent.
    if (auto prompt = abDraftPrompt(test.value(), ask); !prompt) {
        return fail(ctx, prompt.error());
    }
    if (add && test->variants.size() + static_cast<size_t>(ask.count) > static_cast<size_t>(kMaxAbVariants)) {
        return fail(ctx,
                    "A/B test " + quoteValue(test->name, 80) + " has " + std::to_string(test->variants.size())
                        + " variants; adding " + std::to_string(ask.count) + " would pass the limit of "
                        + std::to_string(kMaxAbVariants) + " (ask for fewer, or delete some)");
    }
    ctx.err << "asking " << chatCompletionsUrl(endpoint) << " for " << ask.count << " draft(s) for segment "
            << quoteValue(ask.segment, 80) << "...\n";
    InterruptGuard guard;
    auto drafts = draftAbVariants(test.value(), ask, endpoint, InterruptGuard::flag());
    if (!drafts) {
        return fail(ctx, drafts.error(), InterruptGuard::interrupted() ? kExitInterrupted : kExitFailure);
    }
    if (static_cast<int>(drafts->size()) < ask.count) {
        ctx.err << "note: the server gave " << drafts->size() << " new draft(s) of the " << ask.count << " asked for\n";
    }
    if (args->has("json")) {
        ctx.out << dumpJson(draftsToJson(drafts.value())) << "\n";
    } else {
        for (const auto& d : drafts.value()) {
            ctx.out << d.name << "\n";
            const std::pair<const char*, const std::string*> fields[] = {
                {"headline", &d.headline}, {"copy", &d.copy}, {"cover", &d.cover}, {"call to action", &d.callToAction}};
            for (const auto& [label, text] : fields) {
                if (!text->empty()) {
                    ctx.out << "  " << label << ": " << *text << "\n";
                }
            }
        }
    }
    if (!add) {
        ctx.err << "nothing stored; --add adds the drafts to the test\n";
        return kExitOk;
    }
    // The test as it is now (the reply may have taken minutes, and another program may have
    // changed the test meanwhile), the drafts renamed where a name has been taken since.
    auto current = store.load(*args->value("scenario"), *args->value("test"));
    if (!current) {
        return fail(ctx, current.error());
    }
    AbTest updated = current.take();
    std::vector<AbVariant> added = drafts.take();
    int number = 1;
    for (AbVariant& d : added) {
        const auto taken = [&](const std::string& name) {
            return updated.variantIndex(name) >= 0
                || std::count_if(added.begin(), added.end(), [&](const AbVariant& o) { return o.name == name; }) > 1;
        };
        while (taken(d.name)) {
            d.name = "Draft " + std::to_string(number++);
        }
    }
    if (Status s = addAbDrafts(updated, added); !s) {
        return fail(ctx, s.message());
    }
    if (Status s = store.save(updated); !s) {
        return fail(ctx, s.message());
    }
    ctx.err << "added " << added.size() << " variant(s) to A/B test " << quoteValue(updated.name, 100) << "\n";
    return kExitOk;
}

} // namespace kol
