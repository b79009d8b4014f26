// The result type every storage and account call returns: a value, or a StoreError whose message a
// person can act on (it names the file, the field or the rule, and says what to do). Nothing throws.
#pragma once

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

Q_DECLARE_LOGGING_CATEGORY(lcStore) // "dojo.store"

namespace dojo {

struct StoreError {
    enum class Code {
        CannotOpen,       // the folder cannot be created or the file cannot be opened
        ReadOnly,         // the file (or its folder) cannot be written
        Locked,           // another program held the database longer than the busy timeout
        Corrupt,          // not an SQLite file, not a ServiceDojo database, or the integrity check failed
        NewerSchema,      // written by a newer ServiceDojo: refused, never touched
        MigrationFailed,  // an upgrade step failed and was rolled back
        DiskFull,         // the disk (or the page limit) is full; the failed write was rolled back
        PermissionDenied, // the acting user's roles do not allow this
        NotFound,         // no such user, attempt, run, card…
        InvalidInput,     // a value breaks a rule (empty name, PIN not 6 digits…)
        Conflict,         // the change clashes with what is stored (login taken, attempt finished…)
        Failed,           // anything else; the message carries the database's own words
    };
    Code code = Code::Failed;
    QString message;
};

// Translation context "dojo::Store" for messages raised by the storage layer.
struct StoreText {
    Q_DECLARE_TR_FUNCTIONS(dojo::Store)
};

template <typename T>
class [[nodiscard]] StoreResult {
public:
    StoreResult(const T &value) : m_value(value) {}
    StoreResult(T &&value) : m_value(std::move(value)) {}
    StoreResult(StoreError error) : m_value(std::move(error)) {}

    bool ok() const { return m_value.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_value); }
    T &value() & { return std::get<0>(m_value); }
    T &&value() && { return std::get<0>(std::move(m_value)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }

    const StoreError &error() const { return std::get<1>(m_value); }

private:
    std::variant<T, StoreError> m_value;
};

template <>
class [[nodiscard]] StoreResult<void> {
public:
    StoreResult() = default;
    StoreResult(StoreError error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error; }
    explicit operator bool() const { return ok(); }
    const StoreError &error() const { return *m_error; }

private:
    std::optional<StoreError> m_error;
};

using StoreStatus = StoreResult<void>;

// What an idempotent record write did: stored it now, or found the same record already stored (the
// first one stands; see docs/storage.md).
enum class RecordWrite { Recorded, AlreadyRecorded };

} // namespace dojo
