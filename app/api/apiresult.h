#pragma once

#include "app/api/apierror.h"

#include <functional>

// The outcome of one API call: a value, or an error. Exactly one of the two is meaningful.
template <typename T>
struct ApiResult
{
    T value {};
    ApiError error;

    bool ok() const { return !error.isError(); }

    static ApiResult success(T v) { return ApiResult {std::move(v), ApiError()}; }
    static ApiResult failure(ApiError e) { return ApiResult {T {}, std::move(e)}; }
};

template <typename T>
using ApiCallback = std::function<void(const ApiResult<T> &)>;

// For calls whose success carries nothing (restart, delete).
struct ApiNothing {};
