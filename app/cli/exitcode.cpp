#include "app/cli/exitcode.h"

namespace ExitCode {

Code fromApiError(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None: return Ok;
    case ApiError::Kind::Unauthorized:
    case ApiError::Kind::Forbidden: return Unauthorized;
    case ApiError::Kind::NotFound: return NotFound;
    case ApiError::Kind::Conflict:
    case ApiError::Kind::Invalid: return Conflict;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
    case ApiError::Kind::BadPayload:
    case ApiError::Kind::RedirectRefused: return ServerError;
    case ApiError::Kind::Cancelled: return Failure;
    }
    return Failure;
}

Code fromPauseOutcome(const PauseOutcome &outcome)
{
    switch (outcome.kind) {
    case PauseOutcome::Kind::Paused:
    case PauseOutcome::Kind::AlreadyPaused:
    case PauseOutcome::Kind::AlreadyStopped:
    case PauseOutcome::Kind::Resumed:
    case PauseOutcome::Kind::NotPaused: return Ok;
    case PauseOutcome::Kind::NeedsReplicaCount: return Usage;
    case PauseOutcome::Kind::ChangedWhilePaused: return Conflict;
    case PauseOutcome::Kind::LocalStoreFailed: return LocalStoreError;
    case PauseOutcome::Kind::Failed: {
        const Code code = fromApiError(outcome.error);
        return code == Ok ? Failure : code;
    }
    }
    return Failure;
}

QString name(Code code)
{
    switch (code) {
    case Ok: return QStringLiteral("ok");
    case Failure: return QStringLiteral("failure");
    case Usage: return QStringLiteral("usage");
    case Unauthorized: return QStringLiteral("unauthorized");
    case NotFound: return QStringLiteral("not-found");
    case Conflict: return QStringLiteral("conflict");
    case ServerError: return QStringLiteral("server-error");
    case WaitTimeout: return QStringLiteral("wait-timeout");
    case LocalStoreError: return QStringLiteral("local-store-error");
    case DatabaseRecovered: return QStringLiteral("database-recovered");
    case AlertRaised: return QStringLiteral("alert-raised");
    }
    return QStringLiteral("failure");
}

QList<Code> all()
{
    return {Ok, Failure, Usage, Unauthorized, NotFound, Conflict, ServerError, WaitTimeout, LocalStoreError,
            DatabaseRecovered, AlertRaised};
}

} // namespace ExitCode
