#pragma once

#include "app/storage/storeresult.h"

#include <QEventLoop>
#include <QObject>

#include <optional>

// The command line's way to use the asynchronous storage: start the call and run an event
// loop until its one result arrives. Never on the window's thread (a nested loop there would
// re-enter the window); the CLI's main thread has nothing else to do meanwhile.
template <typename T, typename Call>
StoreResult<T> waitForStore(Call call)
{
    QEventLoop loop;
    QObject context;
    std::optional<StoreResult<T>> result;
    call(&context, [&result, &loop](const StoreResult<T> &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}
