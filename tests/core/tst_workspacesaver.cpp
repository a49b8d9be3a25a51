// WorkspaceSaver with the real keychain (Secret Service, under the tests' own service name)
// and the registry in a settings file on disk, no widgets: keychain → registry → drop the
// session-only token; no keychain: nothing written, and the session-only fallback; a refused
// workspace never reaches the registry; the token never reaches the settings file.
#include "app/credentials/sessiontokens.h"
#include "app/credentials/tokenstore.h"
#include "app/credentials/workspacecredentials.h"
#include "app/workspaces/workspaceregistry.h"
#include "app/workspaces/workspacesaver.h"
#include "tests/support/randomhex.h"
#include "tests/support/scratchfolder.h"
#include "tests/support/testkeychain.h"

#include <QFile>
#include <QtTest>

using namespace std::chrono_literals;
using Kind = WorkspaceSaver::Outcome::Kind;

namespace {

const QString kTestService = QStringLiteral("lepton-console-tests");

} // namespace

class TestWorkspaceSaver : public QObject
{
    Q_OBJECT

    ScratchFolder m_dir;
    bool m_haveKeychain = false;
    std::unique_ptr<TokenStore> m_store;
    std::unique_ptr<SessionTokens> m_sessionTokens;
    std::unique_ptr<WorkspaceRegistry> m_registry;
    std::unique_ptr<WorkspaceSaver> m_saver;
    WorkspaceCredentials m_credentials;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    WorkspaceSaver::Outcome save(const WorkspaceCredentials &credentials)
    {
        std::optional<WorkspaceSaver::Outcome> outcome;
        int calls = 0;
        m_saver->save(credentials, this, [&](const WorkspaceSaver::Outcome &o) {
            ++calls;
            outcome = o;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000); }();
        QTest::qWait(20);
        [&] { QCOMPARE(calls, 1); }();
        return outcome.value_or(WorkspaceSaver::Outcome {});
    }

    TokenStore::Result readBack(const QString &workspaceId)
    {
        TokenStore reader(kTestService);
        return waitForKeychain([&](TokenStore::Callback done) { reader.readToken(workspaceId, this, done); });
    }

    void verifySettingsHoldNoToken()
    {
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(m_credentials.token.toUtf8()));
        QVERIFY(!bytes.contains(m_credentials.token.toUtf8().toBase64()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_haveKeychain = haveUsableKeychain(kTestService);
    }

    void init()
    {
        QVERIFY2(m_dir.renew(), qPrintable(m_dir.errorString()));
        m_credentials.workspaceId = QStringLiteral("ws-") + randomHex();
        m_credentials.token = QStringLiteral("tok-") + randomHex() + randomHex();
        m_credentials.displayName = QStringLiteral("Inference Team");
        m_credentials.baseUrl = QUrl(QStringLiteral("https://gateway.example.com/api/v2/workspaces/") + m_credentials.workspaceId);
        m_store = std::make_unique<TokenStore>(kTestService);
        m_store->setTimeout(20s);
        m_sessionTokens = std::make_unique<SessionTokens>();
        m_registry = std::make_unique<WorkspaceRegistry>(settingsPath());
        m_saver = std::make_unique<WorkspaceSaver>(m_store.get(), m_sessionTokens.get(), m_registry.get());
    }

    void cleanup()
    {
        m_saver.reset();
        if (m_haveKeychain) {
            m_store->setTimeout(20s);
            waitForKeychain([&](TokenStore::Callback done) { m_store->deleteToken(m_credentials.workspaceId, this, done); });
        }
        m_registry.reset();
        m_sessionTokens.reset();
        m_store.reset();
        m_dir.remove();
    }

    void savesTheTokenInTheKeychainAndTheWorkspaceInTheRegistry()
    {
        if (!m_haveKeychain)
            QSKIP(kNoKeychainSkip);
        // A session-only token from before: the keychain has it now, so it goes.
        m_sessionTokens->setToken(m_credentials.workspaceId, QStringLiteral("older-session-token"));
        const auto outcome = save(m_credentials);
        QCOMPARE(outcome.kind, Kind::Saved);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.workspaceId, m_credentials.workspaceId);

        const TokenStore::Result read = readBack(m_credentials.workspaceId);
        QVERIFY2(read.isOk(), qPrintable(read.message));
        QCOMPARE(read.token, m_credentials.token);
        const auto entry = m_registry->workspace(m_credentials.workspaceId);
        QVERIFY(entry.has_value());
        QCOMPARE(entry->displayName, QStringLiteral("Inference Team"));
        QCOMPARE(entry->baseUrl, m_credentials.baseUrl);
        QVERIFY(!m_sessionTokens->contains(m_credentials.workspaceId));
        verifySettingsHoldNoToken();
    }

    void noKeychainWritesNothingThenKeepsForTheSession()
    {
        if (!m_haveKeychain)
            QSKIP(kNoKeychainSkip);
        m_store->setTimeout(1ms); // a keychain that does not answer in time is no keychain
        const auto outcome = save(m_credentials);
        QCOMPARE(outcome.kind, Kind::NoKeychain);
        QVERIFY(!outcome.ok());
        QVERIFY(!outcome.message.isEmpty());
        QVERIFY(!outcome.message.contains(m_credentials.token));
        QVERIFY(m_registry->isEmpty());
        QVERIFY(!m_sessionTokens->contains(m_credentials.workspaceId));

        const auto kept = m_saver->keepForSession(m_credentials);
        QCOMPARE(kept.kind, Kind::KeptForSession);
        QVERIFY(kept.ok());
        QCOMPARE(m_sessionTokens->token(m_credentials.workspaceId), m_credentials.token);
        QVERIFY(m_registry->workspace(m_credentials.workspaceId).has_value());
        verifySettingsHoldNoToken();
    }

    void refusedWorkspaceNeverReachesTheRegistry()
    {
        if (!m_haveKeychain)
            QSKIP(kNoKeychainSkip);
        m_credentials.baseUrl = QUrl(QStringLiteral("ftp://gateway.example.com/"));
        const auto outcome = save(m_credentials);
        QCOMPARE(outcome.kind, Kind::RegistryFailed);
        QVERIFY2(outcome.message.contains(QStringLiteral("https://")), qPrintable(outcome.message));
        QVERIFY(m_registry->isEmpty());
    }

    void sessionOnlyRefusedWorkspaceKeepsNoToken()
    {
        m_credentials.workspaceId = QStringLiteral("not a workspace id!");
        const auto kept = m_saver->keepForSession(m_credentials);
        QCOMPARE(kept.kind, Kind::RegistryFailed);
        QVERIFY(!kept.message.isEmpty());
        QVERIFY(m_sessionTokens->isEmpty());
        QVERIFY(m_registry->isEmpty());
    }

    void withoutATokenOnlyTheRegistry()
    {
        WorkspaceCredentials known = m_credentials;
        known.token.clear();
        std::optional<WorkspaceSaver::Outcome> outcome;
        m_saver->save(known, this, [&](const WorkspaceSaver::Outcome &o) { outcome = o; });
        QVERIFY(outcome.has_value()); // at once: no keychain call
        QCOMPARE(outcome->kind, Kind::Saved);
        QVERIFY(m_registry->workspace(known.workspaceId).has_value());
        QVERIFY(m_sessionTokens->isEmpty());
        if (m_haveKeychain)
            QCOMPARE(readBack(known.workspaceId).error, TokenStore::Error::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceSaver)
#include "tst_workspacesaver.moc"
