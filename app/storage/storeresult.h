#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

// What went wrong in a storage call, as a value (like ApiError for the server): the kind the
// program acts on, and a sentence for the user that keeps the database's own words.
struct StoreError
{
    enum class Kind {
        None,        // no error
        Busy,        // another program holds the write lock longer than the busy timeout
        ReadOnly,    // this process may read but not write the store
        Corrupt,     // the store is damaged
        Unavailable, // the store could not be opened or reached (file, folder, server, disk)
        Conflict,    // the record is not in the state the change needs (closed pause, deleted note)
        Invalid,     // the values given were refused (blank note, negative replicas)
        Other,
    };

    Kind kind = Kind::None;
    QString message;

    StoreError() = default;
    StoreError(Kind k, const QString &text) : kind(k), message(text) {}
    bool isError() const { return kind != Kind::None; }
};

// No value, only success or an error (a delete, a reminder set).
struct StoreNothing
{
};

// The one result every storage call ends in: a value, or a typed error.
template <typename T>
struct StoreResult
{
    T value {};
    StoreError error;
    bool ok() const { return !error.isError(); }

    static StoreResult success(T v) { return StoreResult{std::move(v), StoreError()}; }
    static StoreResult failure(StoreError e) { return StoreResult{T{}, std::move(e)}; }
};

// Called once, on the thread of the context object given with the call, unless that object
// was destroyed first (then never).
template <typename T>
using StoreCallback = std::function<void(const StoreResult<T> &)>;
