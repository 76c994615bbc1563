#include "AbDrafting.h"

#include "base/Text.h"

namespace kol {

Result<std::vector<AbVariant>> draftAbVariants(const AbTest& test, const AbDraftAsk& ask, const ChatEndpoint& endpoint,
                                               const std::atomic<bool>* cancel)
{
    using R = Result<std::vector<AbVariant>>;
    if (Status s = checkChatEndpoint(endpoint); !s) {
        return R::failure(s.message());
    }
    auto prompt = abDraftPrompt(test, ask);
    if (!prompt) {
        return R::failure(prompt.error());
    }
    ChatRequest request;
    request.messages = {{"system", prompt->first}, {"user", prompt->second}};
    // Room for the drafts and for a model that reasons before it answers.
    request.maxTokens = kDraftTokensBase + kDraftTokensEach * ask.count;
    auto reply = chatComplete(endpoint, request, cancel);
    if (!reply) {
        return R::failure(reply.error());
    }
    auto drafts = abReadDrafts(reply->content, test, ask.count);
    if (!drafts) {
        return R::failure("language model server " + chatCompletionsUrl(endpoint) + ": " + drafts.error()
                          + (reply->cutOff ? " (the reply was cut off at " + std::to_string(request.maxTokens)
                                     + " tokens; ask for fewer drafts)"
                                           : std::string()));
    }
    return drafts;
}

Status addAbDrafts(AbTest& test, const std::vector<AbVariant>& drafts)
{
    if (test.variants.size() + drafts.size() > static_cast<size_t>(kMaxAbVariants)) {
        return Status::failure("A/B test " + quoteValue(test.name, 80) + " has " + std::to_string(test.variants.size())
                               + " variants; adding " + std::to_string(drafts.size()) + " would pass the limit of "
                               + std::to_string(kMaxAbVariants));
    }
    for (size_t i = 0; i < drafts.size(); ++i) {
        const std::string& name = drafts[i].name;
        bool taken = test.variantIndex(name) >= 0;
        for (size_t j = 0; j < i; ++j) {
            taken = taken || drafts[j].name == name;
        }
        if (name.empty() || taken) {
            return Status::failure("variants[" + name + "].name: " + (name.empty() ? "empty" : "already used"));
        }
    }
    test.variants.insert(test.variants.end(), drafts.begin(), drafts.end());
    return Status::success();
}

} // namespace kol
