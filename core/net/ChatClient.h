#pragma once

// A client of the chat-completions protocol that local language model servers speak (llama.cpp's
// llama-server, vLLM, Ollama's compatible endpoint and others): one blocking POST of a
// conversation, the first choice's text back. Used only when the planner has configured a server;
// nothing is sent anywhere otherwise. HTTP through libcurl, JSON through nlohmann::json.
#include "base/Result.h"

#include <atomic>
#include <string>
#include <vector>

namespace kol {

/// One message of a conversation; role is "system", "user" or "assistant".
struct ChatMessage
{
    std::string role;
    std::string content;
};

/// Where the server is and how long to wait for it.
struct ChatEndpoint
{
    /// The server's base URL (http or https), e.g. "http://127.0.0.1:8080"; the request goes to
    /// URL + "/v1/chat/completions" unless the URL already ends in "/chat/completions".
    std::string url;
    /// The model name sent with the request (servers with one model ignore it; empty: "local").
    std::string model;
    /// Seconds for the whole exchange, 1..600; connecting alone may take at most 10 of them.
    int timeoutSeconds = 120;
};

/// What one request asks of the model.
struct ChatRequest
{
    std::vector<ChatMessage> messages;
    double temperature = 0.8; // 0..2
    int maxTokens = 1200;     // of the reply
};

/// Whether `endpoint` can be used: a URL with http:// or https:// (any case), a host, a port in
/// 1..65535 if one is given, and no spaces, credentials ("user@"), query or fragment; and a timeout
/// in 1..600 s. The message says what is wrong and how a server is started.
Status checkChatEndpoint(const ChatEndpoint& endpoint);

/// The full URL a request to `endpoint` goes to.
std::string chatCompletionsUrl(const ChatEndpoint& endpoint);

/// The first choice of a reply: its message text, and whether the server stopped it at the
/// request's token limit (finish_reason "length": the text is cut off).
struct ChatReply
{
    std::string content;
    bool cutOff = false;
};

/// Sends `request` to the server and returns the first choice. Never through a
/// proxy (the planner's texts go to the configured server only). Fails with a message naming the
/// URL when the endpoint is not valid, the server cannot be reached, does not answer within the
/// timeout, redirects (never followed), answers with an HTTP error (its "error.message" quoted
/// when it gives one) or with a
/// reply that is not chat-completions JSON; and when `cancel` turns true ("cancelled").
Result<ChatReply> chatComplete(const ChatEndpoint& endpoint, const ChatRequest& request,
                               const std::atomic<bool>* cancel = nullptr);

} // namespace kol
