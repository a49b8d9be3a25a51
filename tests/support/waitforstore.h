#pragma once

#include "app/storage/storeresult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTest>

#include <functional>
#include <optional>

// The answer of one asynchronous store call (`call` gets a context object and the callback to
// hand to the store), turning the event loop until it comes; a failure after 30 s without one.
template <typename T>
StoreResult<T> waitForStore(const std::function<void(QObject *, StoreCallback<T>)> &call)
{
    QObject context;
    std::optional<StoreResult<T>> result;
    call(&context, [&result](const StoreResult<T> &r) { result = r; });
    QElapsedTimer clock;
    clock.start();
    while (!result && clock.elapsed() < 30000)
        QTest::qWait(5);
    return result.value_or(StoreResult<T>::failure(StoreError(StoreError::Kind::Other, QStringLiteral("no answer in 30 s"))));
}
