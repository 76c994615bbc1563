#include "ChatClient.h"

#include "base/Text.h"

#include <algorithm>
#include <cctype>
#include <curl/curl.h>
#include <mutex>
#include <nlohmann/json.hpp>

namespace kol {

namespace {
using Json = nlohmann::json;

// Seconds to connect, at most (a local server accepts at once).
constexpr int kConnectSeconds = 10;

// Replies are a few kilobytes; a server that sends more than this is not answering a draft.
constexpr size_t kMaxReplyBytes = 8u << 20;

const char* const kHowTo = "start a local server that speaks the chat-completions protocol, e.g. llama.cpp's "
                           "'llama-server -m MODEL.gguf --port 8080', and give its address, "
                           "e.g. http://127.0.0.1:8080";

struct Transfer
{
    std::string body;
    bool tooLong = false;
    const std::atomic<bool>* cancel = nullptr;
};

size_t onData(char* data, size_t size, size_t count, void* user)
{
    auto* t = static_cast<Transfer*>(user);
    if (t->body.size() + size * count > kMaxReplyBytes) {
        t->tooLong = true;
        return 0; // aborts the transfer
    }
    t->body.append(data, size * count);
    return size * count;
}

int onProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    const auto* t = static_cast<Transfer*>(user);
    return t->cancel && t->cancel->load() ? 1 : 0; // non-zero aborts
}

// The server's own words for an error reply: OpenAI-style {"error": {"message": ...}} or
// {"error": "..."}, else the start of the body.
std::string serverError(const std::string& body)
{
    const Json j = Json::parse(body, nullptr, false);
    if (j.is_object() && j.contains("error")) {
        const Json& e = j["error"];
        if (e.is_object() && e.contains("message") && e["message"].is_string()) {
            return e["message"].get<std::string>();
        }
        if (e.is_string()) {
            return e.get<std::string>();
        }
    }
    return body;
}

struct CurlHandle
{
    CURL* curl = curl_easy_init();
    curl_slist* headers = nullptr;
    ~CurlHandle()
    {
        curl_slist_free_all(headers);
        curl_easy_cleanup(curl);
    }
};
} // namespace

Status checkChatEndpoint(const ChatEndpoint& e)
{
    if (e.url.empty()) {
        return Status::failure(std::string("no language model server is set up: ") + kHowTo);
    }
    const size_t scheme = e.url.find("://");
    std::string name = scheme == std::string::npos ? "" : e.url.substr(0, scheme);
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
    const std::string bad = "the server address " + quoteValue(e.url, 120);
    if ((name != "http" && name != "https") || e.url.size() <= scheme + 3 || e.url[scheme + 3] == '/'
        || e.url.find_first_of(" \t\r\n") != std::string::npos || !isValidUtf8(e.url)) {
        return Status::failure(bad + " is not an http:// or https:// URL with a host (e.g. http://127.0.0.1:8080)");
    }
    if (e.url.find_first_of("?#") != std::string::npos) {
        return Status::failure(bad + " has a query or fragment ('?' or '#'); give the server's address alone");
    }
    const std::string rest = e.url.substr(scheme + 3);
    const std::string authority = rest.substr(0, rest.find('/'));
    if (authority.find('@') != std::string::npos) {
        // Not quoted: the address holds a password.
        return Status::failure("the server address holds credentials ('user:password@'), which are never sent; "
                               "give the server's address alone");
    }
    // The host: a name, an IPv4 address or a bracketed IPv6 address; then ":PORT" or nothing.
    std::string host = authority, portPart;
    bool hasPort = false;
    if (!authority.empty() && authority[0] == '[') {
        const size_t close = authority.find(']');
        host = close == std::string::npos ? "" : authority.substr(1, close - 1);
        const std::string after = close == std::string::npos ? "x" : authority.substr(close + 1);
        if (!after.empty() && after[0] != ':') {
            host.clear();
        }
        hasPort = !after.empty() && after[0] == ':';
        portPart = hasPort ? after.substr(1) : "";
    } else if (const size_t colon = authority.find(':'); colon != std::string::npos) {
        host = authority.substr(0, colon);
        portPart = authority.substr(colon + 1);
        hasPort = true;
    }
    if (host.empty()) {
        return Status::failure(bad + " has no host (e.g. http://127.0.0.1:8080; an IPv6 address goes in brackets)");
    }
    if (hasPort) {
        const std::string& port = portPart;
        const bool digits = !port.empty() && port.size() <= 5
            && std::all_of(port.begin(), port.end(), [](unsigned char c) { return std::isdigit(c); });
        if (!digits || std::stoi(port) < 1 || std::stoi(port) > 65535) {
            return Status::failure(bad + ": the port must be 1 to 65535, not " + quoteValue(port, 20));
        }
    }
    if (e.timeoutSeconds < 1 || e.timeoutSeconds > 600) {
        return Status::failure("the server's timeout must be 1 to 600 seconds, not "
                               + std::to_string(e.timeoutSeconds));
    }
    return Status::success();
}

std::string chatCompletionsUrl(const ChatEndpoint& e)
{
    std::string url = e.url;
    while (!url.empty() && url.back() == '/') {
        url.pop_back();
    }
    const std::string tail = "/chat/completions";
    if (url.size() >= tail.size() && url.compare(url.size() - tail.size(), tail.size(), tail) == 0) {
        return url;
    }
    // The path: what follows the host (a host named "v1" is not a path).
    const size_t scheme = url.find("://");
    const size_t slash = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
    const std::string path = slash == std::string::npos ? "" : url.substr(slash);
    const std::string v1 = "/v1";
    if (path.size() >= v1.size() && path.compare(path.size() - v1.size(), v1.size(), v1) == 0) {
        return url + tail;
    }
    return url + "/v1" + tail;
}

Result<ChatReply> chatComplete(const ChatEndpoint& e, const ChatRequest& request, const std::atomic<bool>* cancel)
{
    if (Status s = checkChatEndpoint(e); !s) {
        return Result<ChatReply>::failure(s.message());
    }
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    const std::string url = chatCompletionsUrl(e);
    const auto failure = [&](const std::string& why) {
        return Result<ChatReply>::failure("language model server " + url + ": " + why);
    };

    Json messages = Json::array();
    for (const auto& m : request.messages) {
        messages.push_back({{"role", m.role}, {"content", m.content}});
    }
    const std::string payload = Json{
        {"model", e.model.empty() ? "local" : e.model},
        {"messages", messages},
        {"temperature", request.temperature},
        {"max_tokens", request.maxTokens},
        {"stream", false}}.dump(-1, ' ', false, Json::error_handler_t::replace);

    // Declared before the handle: libcurl may touch them until curl_easy_cleanup.
    Transfer t;
    t.cancel = cancel;
    char detail[CURL_ERROR_SIZE] = {0};
    CurlHandle h;
    if (!h.curl) {
        return failure("cannot start an HTTP transfer");
    }
    h.headers = curl_slist_append(h.headers, "Content-Type: application/json");
    h.headers = curl_slist_append(h.headers, "Accept: application/json");
    curl_easy_setopt(h.curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h.curl, CURLOPT_HTTPHEADER, h.headers);
    curl_easy_setopt(h.curl, CURLOPT_POSTFIELDS, payload.c_str());
    curl_easy_setopt(h.curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(payload.size()));
    curl_easy_setopt(h.curl, CURLOPT_NOPROXY, "*");
    curl_easy_setopt(h.curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h.curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(h.curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h.curl, CURLOPT_CONNECTTIMEOUT, static_cast<long>(std::min(e.timeoutSeconds, kConnectSeconds)));
    curl_easy_setopt(h.curl, CURLOPT_TIMEOUT, static_cast<long>(e.timeoutSeconds));
    curl_easy_setopt(h.curl, CURLOPT_WRITEFUNCTION, onData);
    curl_easy_setopt(h.curl, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(h.curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(h.curl, CURLOPT_XFERINFODATA, &t);
    curl_easy_setopt(h.curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(h.curl, CURLOPT_ERRORBUFFER, detail);

    const CURLcode code = curl_easy_perform(h.curl);
    if (code == CURLE_ABORTED_BY_CALLBACK) {
        return failure("cancelled");
    }
    curl_off_t connected = 0;
    curl_easy_getinfo(h.curl, CURLINFO_CONNECT_TIME_T, &connected);
    if (code == CURLE_OPERATION_TIMEDOUT && connected == 0) {
        return failure("cannot reach the server (no connection within "
                       + std::to_string(std::min(e.timeoutSeconds, kConnectSeconds)) + " s); " + kHowTo);
    }
    if (code == CURLE_OPERATION_TIMEDOUT) {
        return failure("no answer within " + std::to_string(e.timeoutSeconds)
                       + " s (a larger model may need a "
                         "longer timeout)");
    }
    if (t.tooLong) {
        return failure("the reply is longer than " + std::to_string(kMaxReplyBytes >> 20) + " MiB");
    }
    if (code != CURLE_OK) {
        const std::string why = detail[0] ? detail : curl_easy_strerror(code);
        if (code == CURLE_COULDNT_CONNECT || code == CURLE_COULDNT_RESOLVE_HOST) {
            return failure("cannot reach the server (" + why + "); " + kHowTo);
        }
        return failure("the exchange failed (" + why + ")");
    }
    long status = 0;
    curl_easy_getinfo(h.curl, CURLINFO_RESPONSE_CODE, &status);
    if (status >= 300 && status < 400) {
        char* location = nullptr;
        curl_easy_getinfo(h.curl, CURLINFO_REDIRECT_URL, &location);
        return failure("HTTP " + std::to_string(status) + ": the server redirects"
                       + (location ? " to " + quoteValue(location, 200) : std::string())
                       + "; redirects are not followed, give the address it names");
    }
    if (status < 200 || status >= 300) {
        return failure("HTTP " + std::to_string(status) + ": " + quoteValue(serverError(t.body), 300));
    }
    const Json reply = Json::parse(t.body, nullptr, false);
    if (reply.is_discarded() || !reply.is_object()) {
        return failure("the reply is not JSON: " + quoteValue(t.body, 120));
    }
    const auto choices = reply.find("choices");
    if (choices == reply.end() || !choices->is_array() || choices->empty() || !(*choices)[0].is_object()) {
        return failure("the reply has no choices (not a chat-completions reply): " + quoteValue(t.body, 120));
    }
    const Json& first = (*choices)[0];
    const auto message = first.find("message");
    const auto finish = first.find("finish_reason");
    const bool cutOff = finish != first.end() && finish->is_string() && finish->get<std::string>() == "length";
    if (message == first.end() || !message->is_object() || !message->contains("content")
        || !(*message)["content"].is_string()) {
        return failure(cutOff ? "the model used all " + std::to_string(request.maxTokens)
                               + " tokens of the reply before writing any text (a model that reasons at length "
                                 "may need fewer drafts asked of it, or a model that reasons less)"
                              : "the reply's choices[0].message.content is missing or not text");
    }
    ChatReply out;
    out.content = (*message)["content"].get<std::string>();
    out.cutOff = cutOff;
    return out;
}

} // namespace kol
