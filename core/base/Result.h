#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace kol {

// Outcome of an operation that returns nothing: ok, or an error with a one-line message.
class Status
{
public:
    Status() = default;
    static Status success() { return Status(); }
    static Status failure(std::string message)
    {
        Status s;
        s.m_ok = false;
        s.m_message = std::move(message);
        return s;
    }

    bool isOk() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const std::string& message() const { return m_message; }

private:
    bool m_ok = true;
    std::string m_message;
};

// A value or an error message; core functions return this instead of throwing.
template <typename T> class Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    {
    }
    Result(Status error)
        : m_error(std::move(error))
    {
        assert(!m_error.isOk());
    }
    static Result failure(std::string message) { return Result(Status::failure(std::move(message))); }

    bool isOk() const { return m_value.has_value(); }
    explicit operator bool() const { return isOk(); }
    T& value() { return *m_value; }
    const T& value() const { return *m_value; }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T take() { return std::move(*m_value); }
    const std::string& error() const { return m_error.message(); }
    const Status& status() const { return m_error; }

private:
    std::optional<T> m_value;
    Status m_error;
};

} // namespace kol
