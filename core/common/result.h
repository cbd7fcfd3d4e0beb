#pragma once

#include "core/common/error.h"

#include <optional>
#include <utility>
#include <variant>

namespace tessera {

/// The value of a fallible operation or the typed Error that explains why there is none
/// (std::expected-like; C++20 has no std::expected). Core functions never throw for bad input.
template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}
    Result(ErrorCode code, QString message)
        : m_data(std::in_place_index<1>, Error{code, std::move(message)})
    {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_data); }
    ErrorCode errorCode() const { return error().code; }

private:
    std::variant<T, Error> m_data;
};

/// Result of an operation that yields nothing but success or an Error.
template<>
class [[nodiscard]] Result<void> final
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}
    Result(ErrorCode code, QString message)
        : m_error(Error{code, std::move(message)})
    {}

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }
    const Error &error() const { return *m_error; }
    ErrorCode errorCode() const { return m_error->code; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace tessera
