// The connect dialog: a pasted credential string fills the fields (and a bad one is refused
// without echoing the token), Check asks the workspace simulator over HTTP and shows its name,
// tier and state or the server's refusal, plain http to another computer is refused with the
// reason, and Save puts the token in the real keychain and only the workspace in the settings.
//
// The keychain cases need a Secret Service: run under
//   dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets; ./tst_connectdialog'
// Without one they are skipped (and say so).
#include "tests/support/child.h"
#include "ui/workspaces/connectdialog.h"
#include "ui/widgets/errorbanner.h"
#include "app/api/leptonclient.h"
#include "tests/support/randomhex.h"
#include "tests/support/scratchfolder.h"
#include "app/credentials/sessiontokens.h"
#include "tests/support/testkeychain.h"
#include "app/credentials/tokenstore.h"
#include "app/workspaces/workspaceregistry.h"
#include "app/simulator/workspacesimulator.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

const QString kTestService = QStringLiteral("lepton-console-tests");

} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT

private:
    ScratchFolder m_dir;
    std::unique_ptr<WorkspaceSimulator> m_simulator;
    std::unique_ptr<TokenStore> m_store;
    std::unique_ptr<SessionTokens> m_sessionTokens;
    std::unique_ptr<WorkspaceRegistry> m_registry;
    std::unique_ptr<ConnectDialog> m_dialog;
    QString m_workspaceId;
    QString m_token;
    bool m_haveKeychain = false;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    ConnectDialog &dialog() { return *m_dialog; }
    QLineEdit *edit(const char *name) { return child<QLineEdit>(dialog(), name); }
    ErrorBanner *status() { return child<ErrorBanner>(dialog(), "connectStatus"); }

    // Types into the fields as a user would.
    void fill(const QString &id, const QString &token, const QString &url)
    {
        QTest::keyClicks(edit("workspaceIdEdit"), id);
        QTest::keyClicks(edit("tokenEdit"), token);
        QTest::keyClicks(edit("baseUrlEdit"), url);
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
        m_workspaceId = QStringLiteral("ws-") + randomHex();
        m_token = QStringLiteral("tok-") + randomHex() + randomHex();
        m_simulator = std::make_unique<WorkspaceSimulator>();
        m_simulator->setWorkspaceId(m_workspaceId);
        m_simulator->setToken(m_token);
        m_simulator->setWorkspaceName(QStringLiteral("Inference Team"));
        m_simulator->setWorkspaceState(QStringLiteral("normal"));
        QVERIFY(m_simulator->listen());
        m_store = std::make_unique<TokenStore>(kTestService);
        m_store->setTimeout(20s);
        m_sessionTokens = std::make_unique<SessionTokens>();
        m_registry = std::make_unique<WorkspaceRegistry>(settingsPath());
        m_dialog = std::make_unique<ConnectDialog>(m_store.get(), m_sessionTokens.get(), m_registry.get());
        m_dialog->client()->setTimeout(10s);
        m_dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        if (m_haveKeychain)
            waitForKeychain([&](TokenStore::Callback done) { m_store->deleteToken(m_workspaceId, this, done); });
        m_registry.reset();
        m_sessionTokens.reset();
        m_store.reset();
        m_simulator.reset();
        m_dir.remove();
    }

    void secretFieldsAreHiddenUntilShown()
    {
        QCOMPARE(edit("tokenEdit")->echoMode(), QLineEdit::Password);
        QCOMPARE(edit("credentialStringEdit")->echoMode(), QLineEdit::Password);
        auto *show = child<QCheckBox>(dialog(), "showTokenCheck");
        QTest::mouseClick(show, Qt::LeftButton, {}, QPoint(4, show->height() / 2));
        QVERIFY(show->isChecked());
        QCOMPARE(edit("tokenEdit")->echoMode(), QLineEdit::Normal);
        QCOMPARE(edit("credentialStringEdit")->echoMode(), QLineEdit::Normal);
        show->setChecked(false);
        QCOMPARE(edit("tokenEdit")->echoMode(), QLineEdit::Password);
    }

    void everyControlIsNamedAndLabelled()
    {
        const QList<QWidget *> widgets = dialog().findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            if (!qobject_cast<QLineEdit *>(widget) && !qobject_cast<QAbstractButton *>(widget))
                continue;
            if (widget->parent() && widget->parent()->objectName() == QLatin1String("connectStatus"))
                continue; // the banner's own buttons, tested with the banner
            QVERIFY2(!widget->objectName().isEmpty(), qPrintable(widget->metaObject()->className()));
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        // Each field has a label with a mnemonic pointing at it.
        for (const char *name : {"credentialStringEdit", "workspaceIdEdit", "tokenEdit", "baseUrlEdit"}) {
            bool labelled = false;
            for (QLabel *label : dialog().findChildren<QLabel *>()) {
                if (label->buddy() == edit(name) && label->text().contains(QLatin1Char('&')))
                    labelled = true;
            }
            QVERIFY2(labelled, name);
        }
    }

    void pastingCredentialStringFillsFields()
    {
        QTest::keyClicks(edit("credentialStringEdit"), QStringLiteral("demo:demo-token"));
        QCOMPARE(edit("workspaceIdEdit")->text(), QStringLiteral("demo"));
        QCOMPARE(edit("tokenEdit")->text(), QStringLiteral("demo-token"));
        QVERIFY(!child<QLabel>(dialog(), "credentialStringError")->isVisible());
        QCOMPARE(dialog().credentials().workspaceId, QStringLiteral("demo"));
        QCOMPARE(dialog().credentials().token, QStringLiteral("demo-token"));
        // With a paste's line break and spaces around it too.
        edit("credentialStringEdit")->clear();
        edit("credentialStringEdit")->insert(QStringLiteral("  other-ws:abc:def\n"));
        QCOMPARE(edit("workspaceIdEdit")->text(), QStringLiteral("other-ws"));
        QCOMPARE(edit("tokenEdit")->text(), QStringLiteral("abc:def")); // split at the first colon
    }

    void credentialStringPastedIntoIdField()
    {
        edit("workspaceIdEdit")->insert(QStringLiteral("demo:demo-token"));
        QCOMPARE(edit("workspaceIdEdit")->text(), QStringLiteral("demo"));
        QCOMPARE(edit("tokenEdit")->text(), QStringLiteral("demo-token"));
    }

    void badCredentialStrings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret"); // what must never show up in the message
        QTest::newRow("missing colon") << QStringLiteral("secret-token-123") << QStringLiteral("secret-token-123");
        QTest::newRow("empty id") << QStringLiteral(":secret-token-456") << QStringLiteral("secret-token-456");
        QTest::newRow("empty token") << QStringLiteral("demo:") << QString();
        QTest::newRow("space inside") << QStringLiteral("demo:secret token 789") << QStringLiteral("secret token 789");
        QTest::newRow("bad id") << QStringLiteral("de/mo:secret-token-abc") << QStringLiteral("secret-token-abc");
    }

    void badCredentialStrings()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        edit("credentialStringEdit")->insert(text);
        auto *error = child<QLabel>(dialog(), "credentialStringError");
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        if (!secret.isEmpty()) {
            QVERIFY2(!error->text().contains(secret), qPrintable(error->text()));
            QVERIFY(!error->accessibleName().contains(secret));
        }
        // Nothing half-parsed lands in the fields.
        QVERIFY(edit("workspaceIdEdit")->text().isEmpty());
        QVERIFY(edit("tokenEdit")->text().isEmpty());
        QVERIFY(!child<QPushButton>(dialog(), "saveButton")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog(), "checkButton")->isEnabled());
    }

    void checkWithGoodTokenShowsWorkspace()
    {
        fill(m_workspaceId, m_token, m_simulator->baseUrl().toString());
        QSignalSpy finished(&dialog(), &ConnectDialog::checkFinished);
        auto *check = child<QPushButton>(dialog(), "checkButton");
        QVERIFY(check->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(dialog().isChecked());
        QCOMPARE(dialog().checkedInfo().name, QStringLiteral("Inference Team"));
        QVERIFY(status()->isVisible());
        QCOMPARE(status()->kind(), ErrorBanner::Kind::Success);
        const QString message = status()->message();
        QVERIFY2(message.contains(QStringLiteral("Inference Team")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("enterprise")), qPrintable(message)); // the tier
        QVERIFY2(message.contains(QStringLiteral("normal")), qPrintable(message));     // the state
        QVERIFY(!message.contains(m_token));
        // It really asked the workspace, with the token in the header and nowhere else.
        const auto requests = m_simulator->requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.at(0).apiPath(), QStringLiteral("/workspace"));
        QCOMPARE(requests.at(0).header("Authorization"), QByteArray("Bearer ") + m_token.toUtf8());
        QVERIFY(!requests.at(0).path.contains(m_token));
        // Nothing saved by a check.
        QVERIFY(m_registry->isEmpty());
        // Editing afterwards makes the check stale.
        QTest::keyClick(edit("tokenEdit"), Qt::Key_Backspace);
        QVERIFY(!dialog().isChecked());
    }

    void checkWithBadTokenShowsRefusal()
    {
        const QString wrong = QStringLiteral("wrong-") + randomHex();
        fill(m_workspaceId, wrong, m_simulator->baseUrl().toString());
        QSignalSpy finished(&dialog(), &ConnectDialog::checkFinished);
        dialog().check();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(dialog().lastCheckError().kind(), ApiError::Kind::Unauthorized);
        QCOMPARE(status()->kind(), ErrorBanner::Kind::Error);
        const QString message = status()->message();
        QVERIFY2(message.contains(QStringLiteral("401")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("refused")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("invalid token")), qPrintable(message)); // the server's words
        QVERIFY(!message.contains(wrong));
        QVERIFY(!dialog().isChecked());
    }

    void unknownWorkspaceShowsNotFound()
    {
        fill(QStringLiteral("no-such-ws"), m_token, m_simulator->baseUrl().toString().replace(m_workspaceId, QStringLiteral("no-such-ws")));
        QSignalSpy finished(&dialog(), &ConnectDialog::checkFinished);
        dialog().check();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(dialog().lastCheckError().kind(), ApiError::Kind::NotFound);
        QVERIFY(status()->message().contains(QStringLiteral("404")));
    }

    void plainHttpToAnotherComputerIsRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("http remote") << QStringLiteral("http://gateway.example.com/api/v2/workspaces/x") << false;
        QTest::newRow("http lan") << QStringLiteral("http://192.168.1.20:8080/api/v2/workspaces/x") << false;
        QTest::newRow("user info") << QStringLiteral("https://me:pw@gateway.example.com/api/v2/workspaces/x") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://gateway.example.com/x") << false;
        QTest::newRow("https remote") << QStringLiteral("https://gateway.example.com/api/v2/workspaces/x") << true;
        QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:9/api/v2/workspaces/x") << true;
    }

    void plainHttpToAnotherComputerIsRefused()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        fill(QStringLiteral("x"), QStringLiteral("some-token"), url);
        auto *hint = child<QLabel>(dialog(), "connectHint");
        QCOMPARE(child<QPushButton>(dialog(), "checkButton")->isEnabled(), allowed);
        QCOMPARE(child<QPushButton>(dialog(), "saveButton")->isEnabled(), allowed);
        if (allowed) {
            QVERIFY2(hint->text().startsWith(QStringLiteral("Connects to")), qPrintable(hint->text()));
            return;
        }
        QVERIFY2(hint->text().contains(QStringLiteral("https://")) || hint->text().contains(QStringLiteral("user name")),
                 qPrintable(hint->text()));
        // Asking anyway sends nothing and says why.
        m_simulator->clearRequests();
        dialog().check();
        dialog().save();
        QCOMPARE(status()->kind(), ErrorBanner::Kind::Error);
        QVERIFY(!status()->message().isEmpty());
        QVERIFY(!status()->message().contains(QStringLiteral("some-token")));
        QTest::qWait(50);
        QVERIFY(m_simulator->requests().isEmpty());
        QVERIFY(!dialog().isChecked());
    }

    void saveStoresTokenInKeychainOnly()
    {
        if (!m_haveKeychain)
            QSKIP(kNoKeychainSkip);
        QTest::keyClicks(edit("credentialStringEdit"), m_workspaceId + QLatin1Char(':') + m_token);
        QTest::keyClicks(edit("baseUrlEdit"), m_simulator->baseUrl().toString());
        QSignalSpy connected(&dialog(), &ConnectDialog::workspaceConnected);
        QSignalSpy finished(&dialog(), &QDialog::finished);
        // Save checks first when nothing has been checked yet.
        QTest::mouseClick(child<QPushButton>(dialog(), "saveButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(dialog().result(), int(QDialog::Accepted));
        QCOMPARE(connected.size(), 1);
        const auto credentials = connected.at(0).at(0).value<WorkspaceCredentials>();
        QCOMPARE(credentials.workspaceId, m_workspaceId);
        QCOMPARE(credentials.token, m_token);
        QCOMPARE(credentials.displayName, QStringLiteral("Inference Team"));
        QCOMPARE(connected.at(0).at(1).toBool(), false); // not session-only
        QCOMPARE(m_simulator->requests().size(), 1);      // the check

        // The token is in the keychain: read it back through a store of its own.
        TokenStore reader(kTestService);
        const TokenStore::Result read = waitForKeychain([&](TokenStore::Callback done) { reader.readToken(m_workspaceId, this, done); });
        QVERIFY2(read.isOk(), qPrintable(read.message));
        QCOMPARE(read.token, m_token);
        QVERIFY(!m_sessionTokens->contains(m_workspaceId));

        // The registry knows the workspace, its name and address...
        const auto entry = m_registry->workspace(m_workspaceId);
        QVERIFY(entry.has_value());
        QCOMPARE(entry->displayName, QStringLiteral("Inference Team"));
        QCOMPARE(entry->baseUrl, m_simulator->baseUrl());
        // ...and the settings file holds no token, in any encoding.
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains(m_workspaceId.toUtf8()));
        QVERIFY(!bytes.contains(m_token.toUtf8()));
        QVERIFY(!bytes.contains(m_token.toUtf8().toBase64()));
        QVERIFY(!bytes.contains(QByteArray::fromRawData(reinterpret_cast<const char *>(m_token.utf16()),
                                                         m_token.size() * 2)));
    }

    void saveWithRefusedTokenStoresNothing()
    {
        if (!m_haveKeychain)
            QSKIP(kNoKeychainSkip);
        const QString wrong = QStringLiteral("wrong-") + randomHex();
        fill(m_workspaceId, wrong, m_simulator->baseUrl().toString());
        QSignalSpy checked(&dialog(), &ConnectDialog::checkFinished);
        QSignalSpy connected(&dialog(), &ConnectDialog::workspaceConnected);
        dialog().save();
        QTRY_COMPARE(checked.size(), 1);
        QTest::qWait(100);
        QVERIFY(connected.isEmpty());
        QVERIFY(dialog().isVisible());
        QCOMPARE(status()->kind(), ErrorBanner::Kind::Error);
        const TokenStore::Result read = waitForKeychain([&](TokenStore::Callback done) { m_store->readToken(m_workspaceId, this, done); });
        QCOMPARE(read.error, TokenStore::Error::NotFound);
        QVERIFY(m_registry->isEmpty());
    }

    void reauthenticateKeepsTheId()
    {
        dialog().setWorkspace(m_workspaceId, m_simulator->baseUrl());
        dialog().setMode(ConnectDialog::Mode::Reauthenticate, QStringLiteral("The workspace refused the token."));
        QVERIFY(edit("workspaceIdEdit")->isReadOnly());
        QCOMPARE(edit("workspaceIdEdit")->text(), m_workspaceId);
        QCOMPARE(edit("baseUrlEdit")->text(), m_simulator->baseUrl().toString());
        QVERIFY(child<QLabel>(dialog(), "connectReason")->isVisible());
        // A credential string for another workspace does not fill anything.
        edit("credentialStringEdit")->insert(QStringLiteral("another:tok-xyz"));
        QVERIFY(child<QLabel>(dialog(), "credentialStringError")->isVisible());
        QCOMPARE(edit("workspaceIdEdit")->text(), m_workspaceId);
        QVERIFY(edit("tokenEdit")->text().isEmpty());
        // One for this workspace does.
        edit("credentialStringEdit")->clear();
        edit("credentialStringEdit")->insert(m_workspaceId + QLatin1Char(':') + m_token);
        QCOMPARE(edit("tokenEdit")->text(), m_token);
        QSignalSpy finished(&dialog(), &ConnectDialog::checkFinished);
        dialog().check();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(dialog().isChecked());
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
