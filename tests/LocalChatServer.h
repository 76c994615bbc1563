#pragma once

// A small HTTP server on 127.0.0.1 that answers chat-completions requests the way a local
// language model server does, for the drafting client's tests: each request is recorded and
// answered by the test's responder (a status and body, after a delay, or by closing the
// connection without a reply). One connection at a time; POSIX sockets on a thread.
#include <arpa/inet.h>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <functional>
#include <mutex>
#include <netinet/in.h>
#include <nlohmann/json.hpp>
#include <poll.h>
#include <stdexcept>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace kol::test {

class LocalChatServer
{
public:
    struct Request
    {
        std::string method, path, body;
    };
    struct Reply
    {
        int status = 200;
        std::string body;
        int delayMs = 0;
        bool hangUp = false; // close the connection without answering
    };
    using Responder = std::function<Reply(const Request&)>;

    /// A chat-completions reply whose first choice's message is `content`.
    static Reply chatReply(const std::string& content)
    {
        const nlohmann::json j = {
            {"id", "chatcmpl-1"},
            {"object", "chat.completion"},
            {"choices",
             {{{"index", 0}, {"message", {{"role", "assistant"}, {"content", content}}}, {"finish_reason", "stop"}}}}};
        return {200, j.dump(), 0, false};
    }

    explicit LocalChatServer(Responder responder)
        : m_responder(std::move(responder))
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        const int one = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        a.sin_port = 0; // any free port
        socklen_t len = sizeof a;
        if (m_listen < 0 || ::bind(m_listen, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0
            || ::listen(m_listen, 8) != 0 || ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&a), &len) != 0) {
            const std::string why = std::strerror(errno);
            if (m_listen >= 0) {
                ::close(m_listen);
            }
            throw std::runtime_error("LocalChatServer: cannot listen on 127.0.0.1: " + why);
        }
        m_port = ntohs(a.sin_port);
        m_thread = std::thread([this] { serve(); });
    }
    ~LocalChatServer() { stop(); }
    LocalChatServer(const LocalChatServer&) = delete;
    LocalChatServer& operator=(const LocalChatServer&) = delete;

    /// Stops answering and closes the listening socket (the port then refuses connections).
    void stop()
    {
        if (m_thread.joinable()) {
            m_stop = true;
            m_thread.join();
            ::close(m_listen);
        }
    }
    std::string url() const { return "http://127.0.0.1:" + std::to_string(m_port); }
    std::vector<Request> requests() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_requests;
    }
    /// The content of the last message of the last request (the prompt's user message), or "".
    std::string lastUserMessage() const
    {
        const auto all = requests();
        if (all.empty()) {
            return {};
        }
        const auto body = nlohmann::json::parse(all.back().body, nullptr, false);
        if (!body.is_object() || !body.contains("messages") || body["messages"].empty()) {
            return {};
        }
        const auto& last = body["messages"].back();
        return last.contains("content") && last["content"].is_string() ? last["content"].get<std::string>() : "";
    }

private:
    bool waitReadable(int fd, int ms) const
    {
        pollfd p{fd, POLLIN, 0};
        return ::poll(&p, 1, ms) > 0;
    }

    void serve()
    {
        while (!m_stop) {
            if (!waitReadable(m_listen, 50)) {
                continue;
            }
            const int fd = ::accept(m_listen, nullptr, nullptr);
            if (fd >= 0) {
                answer(fd);
                ::close(fd);
            }
        }
    }

    void answer(int fd)
    {
        std::string data;
        size_t headerEnd = std::string::npos, length = 0;
        char buffer[4096];
        while (!m_stop && waitReadable(fd, 2000)) {
            const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
            if (n <= 0) {
                return;
            }
            data.append(buffer, static_cast<size_t>(n));
            if (headerEnd == std::string::npos && (headerEnd = data.find("\r\n\r\n")) != std::string::npos) {
                std::string lower = data.substr(0, headerEnd);
                for (auto& ch : lower) {
                    ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                }
                const size_t at = lower.find("content-length:");
                length = at == std::string::npos ? 0 : std::stoul(lower.substr(at + 15));
            }
            if (headerEnd != std::string::npos && data.size() >= headerEnd + 4 + length) {
                break;
            }
        }
        if (headerEnd == std::string::npos) {
            return;
        }
        Request r;
        const size_t sp1 = data.find(' '), sp2 = data.find(' ', sp1 + 1);
        r.method = data.substr(0, sp1);
        r.path = data.substr(sp1 + 1, sp2 - sp1 - 1);
        r.body = data.substr(headerEnd + 4, length);
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_requests.push_back(r);
        }
        Reply reply;
        try {
            reply = m_responder(r);
        } catch (const std::exception& e) { // a responder's fault fails the exchange, not the process
            reply = {500, std::string("{\"error\": \"responder: ") + e.what() + "\"}", 0, false};
        }
        const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(reply.delayMs);
        while (!m_stop && std::chrono::steady_clock::now() < until) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        if (reply.hangUp || m_stop) {
            return;
        }
        const std::string out = "HTTP/1.1 " + std::to_string(reply.status) + " X\r\nContent-Type: application/json\r\n"
            + "Content-Length: " + std::to_string(reply.body.size()) + "\r\nConnection: close\r\n\r\n" + reply.body;
        size_t sent = 0;
        while (sent < out.size()) {
            const ssize_t n = ::send(fd, out.data() + sent, out.size() - sent, MSG_NOSIGNAL);
            if (n <= 0) {
                return;
            }
            sent += static_cast<size_t>(n);
        }
    }

    Responder m_responder;
    int m_listen = -1;
    int m_port = 0;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::vector<Request> m_requests;
};

} // namespace kol::test
