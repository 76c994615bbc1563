// Drafting variants with a local language model server: the chat-completions client against a
// real HTTP server on 127.0.0.1 that speaks the protocol (answers, errors, silence, hang-ups,
// cancel), the prompt's contents, and the reading of replies into candidate variants.
#include "abtest/AbDraft.h"

#include "LocalChatServer.h"
#include "net/ChatClient.h"
#include "session/AbDrafting.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <thread>

using namespace kol;
using kol::test::LocalChatServer;

namespace {
bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

ChatEndpoint endpointOf(const LocalChatServer& server, int timeout = 10)
{
    return {server.url(), "tiny-model", timeout};
}

ChatRequest hello()
{
    ChatRequest r;
    r.messages = {{"system", "You write posts."}, {"user", "Say hi"}};
    return r;
}

// A serum test: two segments, three variants; in round 1 "Bold" clearly beats the others for Young.
AbTest serumTest(bool withResults)
{
    AbTest t;
    t.name = "Serum";
    t.scenario = "Baseline";
    t.brief = "Launch of a vitamin C serum for first-time buyers";
    t.variants = {{"Plain", "Vitamin C serum", "Brightens skin.", "New", "Buy"},
                  {"Bold", "Glow in 7 days", "Visible glow in a week or your money back.", "7 days", "Try it now"},
                  {"Calm", "Gentle care", "For sensitive skin.", "Gentle", "Learn more"}};
    t.segments
        = {{"Young", "Douyin", "Mid", "18-24", {"beauty", "skincare"}}, {"Older", "Xiaohongshu", "", "35-44", {}}};
    if (withResults) {
        t.results = {{1, "Plain", "Young", 5000, 100, 5},
                     {1, "Bold", "Young", 5000, 400, 30},
                     {1, "Calm", "Young", 5000, 150, 9},
                     {1, "Plain", "Older", 5000, 200, 10}};
    }
    return t;
}
} // namespace

TEST(ChatClient, SendsTheConversationAndReturnsTheFirstChoice)
{
    LocalChatServer server([](const auto&) { return LocalChatServer::chatReply("Hi there"); });
    auto reply = chatComplete(endpointOf(server), hello());
    ASSERT_TRUE(reply) << reply.error();
    EXPECT_EQ(reply->content, "Hi there");
    EXPECT_FALSE(reply->cutOff);
    const auto requests = server.requests();
    ASSERT_EQ(requests.size(), 1u);
    EXPECT_EQ(requests[0].method, "POST");
    EXPECT_EQ(requests[0].path, "/v1/chat/completions");
    const auto body = nlohmann::json::parse(requests[0].body);
    EXPECT_EQ(body["model"], "tiny-model");
    EXPECT_EQ(body["stream"], false);
    ASSERT_EQ(body["messages"].size(), 2u);
    EXPECT_EQ(body["messages"][0]["role"], "system");
    EXPECT_EQ(body["messages"][1]["content"], "Say hi");
}

TEST(ChatClient, UrlsAndEndpointsAreCheckedBeforeAnythingIsSent)
{
    EXPECT_EQ(chatCompletionsUrl({"http://127.0.0.1:8080/", "", 10}), "http://127.0.0.1:8080/v1/chat/completions");
    EXPECT_EQ(chatCompletionsUrl({"http://h:1/v1", "", 10}), "http://h:1/v1/chat/completions");
    EXPECT_EQ(chatCompletionsUrl({"https://h/api/chat/completions", "", 10}), "https://h/api/chat/completions");

    Status none = checkChatEndpoint({"", "", 10});
    ASSERT_FALSE(none);
    EXPECT_TRUE(has(none.message(), "no language model server is set up")) << none.message();
    EXPECT_TRUE(has(none.message(), "llama-server")) << none.message();
    for (const char* bad : {"ftp://host/x", "http://", "127.0.0.1:8080", "http://a b"}) {
        Status s = checkChatEndpoint({bad, "", 10});
        EXPECT_FALSE(s) << bad;
        EXPECT_TRUE(has(s.message(), "is not an http:// or https:// URL")) << s.message();
    }
    EXPECT_TRUE(has(checkChatEndpoint({"http://h", "", 0}).message(), "1 to 600 seconds"));
    EXPECT_TRUE(checkChatEndpoint({"HTTP://127.0.0.1:8080", "", 10}));
    EXPECT_TRUE(checkChatEndpoint({"http://[::1]:8080/v1", "", 10}));
    EXPECT_TRUE(has(checkChatEndpoint({"http://h:99999", "", 10}).message(), "the port must be 1 to 65535"));
    EXPECT_TRUE(has(checkChatEndpoint({"http://h:1:2", "", 10}).message(), "the port must be 1 to 65535"));
    EXPECT_TRUE(has(checkChatEndpoint({"http://:8080", "", 10}).message(), "has no host"));
    EXPECT_TRUE(has(checkChatEndpoint({"http://::1:8080", "", 10}).message(), "has no host"));
    EXPECT_EQ(chatCompletionsUrl({"http://v1", "", 10}), "http://v1/v1/chat/completions") << "a host, not a path";
    EXPECT_TRUE(has(checkChatEndpoint({"http://h:8080?x=1", "", 10}).message(), "has a query or fragment"));
    EXPECT_TRUE(has(checkChatEndpoint({"http://h#top", "", 10}).message(), "has a query or fragment"));
    Status secret = checkChatEndpoint({"http://me:s3cret@h:8080", "", 10});
    EXPECT_TRUE(has(secret.message(), "holds credentials")) << secret.message();
    EXPECT_FALSE(has(secret.message(), "s3cret")) << "the password is not echoed";
    EXPECT_TRUE(has(chatComplete({"", "", 10}, hello()).error(), "no language model server"));
}

TEST(ChatClient, ServerErrorsAreReportedInTheServersWords)
{
    LocalChatServer server([](const LocalChatServer::Request& r) -> LocalChatServer::Reply {
        if (has(r.body, "error please")) {
            return {500, R"({"error": {"message": "model not loaded", "code": 500}})", 0, false};
        }
        if (has(r.body, "garbage please")) {
            return {200, "<html>hello</html>", 0, false};
        }
        if (has(r.body, "empty please")) {
            return {200, R"({"choices": []})", 0, false};
        }
        if (has(r.body, "redirect please")) {
            return {302, "", 0, false};
        }
        if (has(r.body, "reasoned too long")) {
            return {200,
                    R"({"choices": [{"message": {"role": "assistant", "content": null}, "finish_reason": "length"}]})",
                    0, false};
        }
        if (has(r.body, "no content please")) {
            return {200, R"({"choices": [{"message": {"role": "assistant"}}]})", 0, false};
        }
        return {0, "", 0, true};
    });
    const auto ask = [&](const std::string& text) {
        ChatRequest r;
        r.messages = {{"user", text}};
        auto reply = chatComplete(endpointOf(server), r);
        EXPECT_FALSE(reply) << text;
        EXPECT_TRUE(has(reply.error(), server.url() + "/v1/chat/completions")) << reply.error();
        return reply.error();
    };
    const std::string e500 = ask("error please");
    EXPECT_TRUE(has(e500, "HTTP 500") && has(e500, "model not loaded")) << e500;
    EXPECT_TRUE(has(ask("garbage please"), "the reply is not JSON: '<html>hello</html>'"));
    EXPECT_TRUE(has(ask("empty please"), "has no choices"));
    EXPECT_TRUE(has(ask("no content please"), "choices[0].message.content is missing"));
    EXPECT_TRUE(has(ask("reasoned too long"), "the model used all 1200 tokens of the reply before writing any text"));
    EXPECT_TRUE(has(ask("hang up"), "the exchange failed"));
    EXPECT_TRUE(has(ask("redirect please"), "HTTP 302: the server redirects; redirects are not followed"));
}

TEST(ChatClient, SilenceTimesOutAndAStoppedServerCannotBeReached)
{
    LocalChatServer slow([](const auto&) {
        auto r = LocalChatServer::chatReply("late");
        r.delayMs = 4000;
        return r;
    });
    auto late = chatComplete(endpointOf(slow, 1), hello());
    ASSERT_FALSE(late);
    EXPECT_TRUE(has(late.error(), "no answer within 1 s")) << late.error();

    std::atomic<bool> cancel{false};
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    const auto started = std::chrono::steady_clock::now();
    auto cancelled = chatComplete(endpointOf(slow, 30), hello(), &cancel);
    canceller.join();
    ASSERT_FALSE(cancelled);
    EXPECT_TRUE(has(cancelled.error(), "cancelled")) << cancelled.error();
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(3));

    LocalChatServer gone([](const auto&) { return LocalChatServer::chatReply("never"); });
    const ChatEndpoint endpoint = endpointOf(gone);
    gone.stop();
    auto unreachable = chatComplete(endpoint, hello());
    ASSERT_FALSE(unreachable);
    EXPECT_TRUE(has(unreachable.error(), "cannot reach the server")) << unreachable.error();
    EXPECT_TRUE(has(unreachable.error(), "llama-server")) << unreachable.error();
}

TEST(AbDraft, ThePromptHoldsTheBriefThePortraitAndTheBestVariantFirst)
{
    AbDraftAsk ask;
    ask.segment = "Young";
    ask.count = 2;
    auto prompt = abDraftPrompt(serumTest(true), ask);
    ASSERT_TRUE(prompt) << prompt.error();
    const auto& [system, user] = prompt.value();
    EXPECT_TRUE(has(system, "JSON array")) << system;
    EXPECT_TRUE(has(system, "click-through rate")) << system;
    EXPECT_TRUE(has(user, "Brief: Launch of a vitamin C serum for first-time buyers")) << user;
    EXPECT_TRUE(
        has(user, "Audience segment: Young (channel Douyin; KOL tier Mid; age 18-24; interests: beauty, skincare)"))
        << user;
    EXPECT_TRUE(has(user, "1. Bold - 5000 impressions, rate ")) << user;
    EXPECT_TRUE(has(user, "headline: Glow in 7 days")) << user;
    EXPECT_LT(user.find("Bold"), user.find("Calm"));
    EXPECT_LT(user.find("Calm"), user.find("Plain"));
    EXPECT_TRUE(has(user, "Write 2 new variants for this segment that could beat the best one")) << user;

    // Tested variants come before untested ones, whose estimate is only the prior's.
    AbDraftAsk older;
    older.segment = "Older";
    auto tested = abDraftPrompt(serumTest(true), older);
    ASSERT_TRUE(tested);
    EXPECT_TRUE(has(tested->second, "1. Plain - 5000 impressions")) << tested->second;
    EXPECT_TRUE(has(tested->second, " - 0 impressions")) << tested->second;

    auto untested = abDraftPrompt(serumTest(false), ask);
    ASSERT_TRUE(untested);
    EXPECT_TRUE(has(untested->second, "The variants so far (not yet tested)")) << untested->second;

    ask.segment = "Nobody";
    EXPECT_TRUE(has(abDraftPrompt(serumTest(true), ask).error(),
                    "segment: 'Nobody' is not a segment of A/B test 'Serum' ('Young', 'Older')"));
    ask.segment = "Young";
    ask.count = kMaxAbDrafts + 1;
    EXPECT_TRUE(has(abDraftPrompt(serumTest(true), ask).error(), "count: drafts per request must be 1 to 8"));
}

TEST(AbDraft, RepliesAreReadPastReasoningAndFencesAndBadOnesRefused)
{
    AbTest t = serumTest(false);
    t.variants.push_back({"Draft 1", "taken", "", "", ""});
    const std::string reply = "<think>They want JSON [not this]</think>\nHere you go:\n```json\n"
                              R"([{"headline": " Glow by Friday ", "copy": "Seven days.", "cta": "Shop"},)"
                              R"( {"cover": "no headline or copy"},)"
                              R"( {"title": "Skin you love", "text": "Gentle vitamin C.", "cover_text": "Soft"},)"
                              R"( {"headline": "Third"}])"
                              "\n```";
    auto drafts = abReadDrafts(reply, t, 2);
    ASSERT_TRUE(drafts) << drafts.error();
    ASSERT_EQ(drafts->size(), 2u);
    EXPECT_EQ((*drafts)[0].name, "Draft 2");
    EXPECT_EQ((*drafts)[0].headline, "Glow by Friday");
    EXPECT_EQ((*drafts)[0].callToAction, "Shop");
    EXPECT_EQ((*drafts)[1].name, "Draft 3");
    EXPECT_EQ((*drafts)[1].headline, "Skin you love");
    EXPECT_EQ((*drafts)[1].cover, "Soft");

    std::string longText;
    for (int i = 0; i < 1000; ++i) {
        longText += "精华"; // 6 bytes each
    }
    auto cut = abReadDrafts(nlohmann::json::array({{{"headline", longText}}}).dump(), t, 3);
    ASSERT_TRUE(cut);
    EXPECT_LE((*cut)[0].headline.size(), kMaxAbText);
    EXPECT_EQ((*cut)[0].headline.size() % 3, 0u); // whole characters only

    // Brackets in the words before the array; white space only, control characters, and a draft
    // that repeats a variant or an earlier draft.
    auto bracketed
        = abReadDrafts("Here are [2] drafts, see [note]:\n"
                       R"([{"headline": "  \n\t ", "copy": "\t"}, {"headline": "Glow\u0000 now\u0007"},)"
                       R"( {"headline": "Glow in 7 days", "copy": "Visible glow in a week or your money back."},)"
                       R"( {"headline": "Glow now"}, {"headline": "Fresh", "copy": " Line one\nline two "}])",
                       t, 5);
    ASSERT_TRUE(bracketed) << bracketed.error();
    auto trailing = abReadDrafts(R"(```[{"headline": "A [bracket] inside"}]``` Note: see [1], and ] or [.)", t, 3);
    ASSERT_TRUE(trailing) << trailing.error();
    EXPECT_EQ((*trailing)[0].headline, "A [bracket] inside");
    ASSERT_EQ(bracketed->size(), 2u);
    EXPECT_EQ((*bracketed)[0].headline, "Glow now");
    EXPECT_EQ((*bracketed)[1].copy, "Line one\nline two");

    EXPECT_TRUE(has(abReadDrafts("I cannot help with that.", t, 3).error(),
                    "holds no JSON array of variants: 'I cannot help with that.'"));
    EXPECT_TRUE(
        has(abReadDrafts(R"([{"cover": "x"}, 3, "y"])", t, 3).error(), "no new variant with a headline or a copy"));
    EXPECT_FALSE(abReadDrafts("[1, 2", t, 3));
}

TEST(AbDrafting, DraftsComeFromTheServerAndAreAddedWithinTheLimit)
{
    LocalChatServer server([](const LocalChatServer::Request&) {
        return LocalChatServer::chatReply(R"([{"headline": "Glow by Friday", "copy": "Seven days."},)"
                                          R"( {"headline": "Skin you love", "copy": "Gentle."}])");
    });
    AbTest t = serumTest(true);
    AbDraftAsk ask;
    ask.segment = "Older";
    auto drafts = draftAbVariants(t, ask, endpointOf(server));
    ASSERT_TRUE(drafts) << drafts.error();
    ASSERT_EQ(drafts->size(), 2u);
    const std::string userMessage = server.lastUserMessage();
    EXPECT_TRUE(has(userMessage, "Audience segment: Older (channel Xiaohongshu; age 35-44)")) << userMessage;
    ASSERT_TRUE(addAbDrafts(t, drafts.value()));
    ASSERT_EQ(t.variants.size(), 5u);
    EXPECT_EQ(t.variants[3].name, "Draft 1");
    EXPECT_EQ(t.variants[4].headline, "Skin you love");

    // Past the limit of variants, or with a name taken, nothing is added.
    std::vector<AbVariant> many(8, AbVariant{"", "h", "", "", ""});
    for (size_t i = 0; i < many.size(); ++i) {
        many[i].name = "More " + std::to_string(i);
    }
    Status full = addAbDrafts(t, many);
    EXPECT_FALSE(full);
    EXPECT_TRUE(has(full.message(), "would pass the limit of 12")) << full.message();
    EXPECT_EQ(t.variants.size(), 5u);
    EXPECT_TRUE(has(addAbDrafts(t, {{"Bold", "h", "", "", ""}}).message(), "variants[Bold].name: already used"));
    EXPECT_EQ(t.variants.size(), 5u);

    // A reply cut off at the token limit says so, with the limit asked for.
    LocalChatServer cut([](const auto&) {
        const nlohmann::json j = {{"choices",
                                   {{{"message", {{"role", "assistant"}, {"content", R"([{"headline": "Glow by)"}}},
                                     {"finish_reason", "length"}}}}};
        return LocalChatServer::Reply{200, j.dump(), 0, false};
    });
    auto truncated = draftAbVariants(t, ask, endpointOf(cut));
    ASSERT_FALSE(truncated);
    EXPECT_TRUE(has(truncated.error(), cut.url() + "/v1/chat/completions: the model's reply holds no JSON array"))
        << truncated.error();
    EXPECT_TRUE(has(truncated.error(), "(the reply was cut off at 2000 tokens; ask for fewer drafts)"))
        << truncated.error();
    EXPECT_EQ(nlohmann::json::parse(cut.requests().at(0).body)["max_tokens"], 2000);

    // No server: the message says how to set one up; nothing is sent.
    auto none = draftAbVariants(t, ask, {"", "", 10});
    ASSERT_FALSE(none);
    EXPECT_TRUE(has(none.error(), "llama-server")) << none.error();
}
