#pragma once

// Drafting an A/B test's new variants with the planner's local language model server: the prompt
// (abtest/AbDraft.h) sent by the chat-completions client (net/ChatClient.h), the reply read into
// candidates. Used by `abtest draft` and the A/B tests tab's Draft variants dialog alike.
#include "abtest/AbDraft.h"
#include "net/ChatClient.h"

#include <atomic>

namespace kol {

/// The reply's token limit: kDraftTokensBase + kDraftTokensEach per draft asked for.
constexpr int kDraftTokensBase = 800;
constexpr int kDraftTokensEach = 400;

/// Up to `ask.count` candidate variants for `ask.segment` of `test`, drafted by the server at
/// `endpoint` (nothing is stored). Fails with the prompt's, the exchange's or the reply's message
/// (each names the segment or the server's URL; a reply's quotes it, and says when the server cut
/// it off at the token limit).
Result<std::vector<AbVariant>> draftAbVariants(const AbTest& test, const AbDraftAsk& ask, const ChatEndpoint& endpoint,
                                               const std::atomic<bool>* cancel = nullptr);

/// Adds `drafts` to the test's variants. Fails, changing nothing, when the test would have more
/// than kMaxAbVariants variants or a draft's name is empty or taken.
Status addAbDrafts(AbTest& test, const std::vector<AbVariant>& drafts);

} // namespace kol
