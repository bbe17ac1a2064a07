#pragma once

#include "dberror.h"

#include <optional>
#include <utility>

namespace Salvage {

// A value or the DbError that kept it from being had: the one error channel of the
// statement runner (Connection::execute/rows/value/forEachRow).
//
//     const Result<QVariant> n = connection.value(sql, values);
//     if (!n)
//         return n.error();
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) // NOLINT(google-explicit-constructor): return a value as a Result
        : m_value(std::move(value))
    {}
    Result(DbError error) // NOLINT(google-explicit-constructor): return an error as a Result
        : m_error(std::move(error))
    {
        Q_ASSERT(m_error.isError());
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    const T *operator->() const { return &*m_value; }

    const DbError &error() const { return m_error; }

    // Moves the error into *error (when there is one) and tells whether there was a value:
    // for the callers that still report through a DbError out-parameter.
    bool report(DbError *error) const
    {
        if (!ok() && error)
            *error = m_error;
        return ok();
    }

private:
    std::optional<T> m_value;
    DbError m_error;
};

// Success without a value.
struct Done
{};

} // namespace Salvage
