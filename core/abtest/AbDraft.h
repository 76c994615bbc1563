#pragma once

// Drafting new content variants with a language model: the prompt, built from the test's brief, a
// segment's portrait and the variants so far ranked by the rounds' results, and the reading of
// the model's reply into candidate variants. The exchange itself is net/ChatClient.h's; the
// published loop (an instruction-tuned model drafting variants conditioned on the brief and the
// segment, an RL policy choosing among them) is the RL-enhanced LLM A/B testing framework's.
#include "AbMethods.h"
#include "base/Result.h"
#include "model/AbTest.h"

#include <string>
#include <vector>

namespace kol {

/// What to draft: for which segment (a name of the test's segments), how many (1..kMaxAbDrafts),
/// and by which metric the variants so far are ranked.
struct AbDraftAsk
{
    std::string segment;
    int count = 3;
    AbMetric metric = AbMetric::Clicks;
};

constexpr int kMaxAbDrafts = 8;
/// How many of the best variants so far the prompt quotes.
constexpr int kAbDraftExamples = 3;

/// The prompt: a system message that asks for a JSON array of variants with the four text
/// fields, and a user message with the brief, the segment's portrait, and up to kAbDraftExamples
/// variants so far, tested ones first and best first by Thompson sampling's posterior mean for
/// the segment, each with
/// its texts, impressions, rate and 95% interval (all variants, unranked, before any result).
/// Fails naming the field when the segment is unknown or the count is out of range.
Result<std::pair<std::string, std::string>> abDraftPrompt(const AbTest& test, const AbDraftAsk& ask);

/// Reads the model's reply: the JSON array in it (after any <think>...</think> block, code
/// fences or words around it, brackets in those words included), each element an object with
/// "headline", "copy", "cover" and "call_to_action" (or "cta") strings, at least a headline or a
/// copy; fields trimmed, without control characters but tab and newline, cut to kMaxAbText
/// bytes at a character boundary. An element with the headline and copy of a variant of the test
/// or of an earlier element is left out. The drafts are named "Draft 1", "Draft 2", ... after the
/// names the test already uses. At most `count` are kept. Fails quoting the reply's start when it
/// holds no such array or no new usable element.
Result<std::vector<AbVariant>> abReadDrafts(const std::string& reply, const AbTest& test, int count);

} // namespace kol
