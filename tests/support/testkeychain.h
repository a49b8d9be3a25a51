#pragma once

#include "app/credentials/tokenstore.h"

#include <QString>

#include <functional>

// The real keychain (Secret Service) as the tests use it, always under a service name of the
// tests' own so the console's entries are never touched.

// Why a keychain case is skipped: QSKIP(kNoKeychainSkip).
extern const char *const kNoKeychainSkip;

// Starts one TokenStore call with a callback and waits (event loop running) up to 30 s for its
// answer; no answer gives Error::Other with a "TEST: no answer from the keychain" message.
TokenStore::Result waitForKeychain(const std::function<void(TokenStore::Callback)> &start);

// Whether a keychain is there to test against: one write and delete of a probe entry under
// `service`. When not, says so in a warning (the keychain cases are skipped).
bool haveUsableKeychain(const QString &service);
