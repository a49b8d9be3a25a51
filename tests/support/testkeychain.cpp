#include "tests/support/testkeychain.h"

#include "tests/support/randomhex.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTest>

using namespace std::chrono_literals;

const char *const kNoKeychainSkip = "No Secret Service: run under dbus-run-session with gnome-keyring unlocked.";

TokenStore::Result waitForKeychain(const std::function<void(TokenStore::Callback)> &start)
{
    TokenStore::Result outcome;
    bool done = false;
    start([&](const TokenStore::Result &result) {
        outcome = result;
        done = true;
    });
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < 30000)
        QTest::qWait(5);
    if (!done) {
        outcome.error = TokenStore::Error::Other;
        outcome.message = QStringLiteral("TEST: no answer from the keychain");
    }
    return outcome;
}

bool haveUsableKeychain(const QString &service)
{
    TokenStore probe(service);
    probe.setTimeout(20s);
    QObject context;
    const QString id = QStringLiteral("tst-probe-") + randomHex();
    const TokenStore::Result written = waitForKeychain([&](TokenStore::Callback done) {
        probe.writeToken(id, QStringLiteral("probe-value"), &context, done);
    });
    if (!written.isOk()) {
        qWarning("No usable keychain (%s): the keychain cases are skipped.", qPrintable(written.message));
        return false;
    }
    waitForKeychain([&](TokenStore::Callback done) { probe.deleteToken(id, &context, done); });
    return true;
}
