#pragma once

#include "app/api/apierror.h"
#include "app/pause/pauseoutcome.h"

// The exit codes of lepton-console-cli: one distinct code per kind of failure, so a script
// can tell "try again later" from "a human must look" without parsing text. They are part of
// the documented interface (README, "Scripts and CI/CD"): never renumber them.
//
// A command that works on several deployments (pause a b c) tries every one and exits with
// the code of the first that failed.
namespace ExitCode {

enum Code : int {
    Ok = 0,                 // done (also: already paused, already stopped, not paused)
    Failure = 1,            // anything not listed below (an unexpected problem)
    Usage = 2,              // bad command line: unknown command or option, missing argument,
                            // no workspace given, a stopped deployment needing --replicas N
    Unauthorized = 3,       // 401/403, or no token could be found (keychain, stdin)
    NotFound = 4,           // unknown deployment (or workspace)
    Conflict = 5,           // changed on the server while paused (resume without --force),
                            // a 409 conflict, or the server refused the change (400/422)
    ServerError = 6,        // could not reach the server, 5xx, request timeout, bad answer,
                            // a redirect to another address (not followed)
    WaitTimeout = 7,        // --wait (watch --until): the state was not reached within --timeout
    LocalStoreError = 8,    // the local ledger/notes database or a ledger file failed,
                            // or it is read-only and the command would change it
    DatabaseRecovered = 9,  // done, but the local database was damaged: it was kept aside as
                            // <file>.corrupt-<time> and this run started a fresh one, so the
                            // pauses and notes saved before are not in it (only when the
                            // command itself succeeded: a failure keeps its own code)
    AlertRaised = 10,       // watch --exit-on-alert: an alert was raised (its line was printed)
};

// The code for an API failure (Ok for no error).
Code fromApiError(const ApiError &error);
// The code for how a pause or resume ended.
Code fromPauseOutcome(const PauseOutcome &outcome);
// "usage", "unauthorized", ...: the code's stable name, for --json output.
QString name(Code code);
// Every code, in order (for --help).
QList<Code> all();

} // namespace ExitCode
