// Edit > Preferences > Team Store, against the throwaway PostgreSQL server scripts/test starts
// (LEPTON_TEST_PG_URI: a fresh database per case) and the real keychain: Test Connection says
// in words what the server said, without blocking; Apply keeps the password in the keychain
// (never in the settings file) and moves the running window to the new store without a
// restart; the console starts on the saved team store; --store still wins and the page says so.
#include "app/credentials/tokenstore.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/storage.h"
#include "app/storage/storesettings.h"
#include "app/workspaces/workspacesession.h"
#include "tests/storage/teststores.h"
#include "tests/support/readfile.h"
#include "tests/support/scratchfolder.h"
#include "tests/support/testkeychain.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/settings/settingsdialog.h"
#include "ui/settings/storestatusindicator.h"
#include "ui/settings/teamstorepage.h"
#include "ui/shell/consoleapplication.h"
#include "ui/shell/workspaceflow.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTcpServer>
#include <QUrlQuery>
#include <QtTest>

namespace {
const QString Service = QStringLiteral("lepton-console-test-teamstore");
const QString Password = QStringLiteral("s3cret-Team-9f2c");

// The parts of a test server URI (postgresql:///db?host=/socket/folder&user=u).
StoreSettings settingsFor(const QString &uri)
{
    const QUrl url(uri);
    const QUrlQuery query(url);
    StoreSettings s;
    s.kind = StoreSettings::Kind::Team;
    s.host = query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host")) : url.host();
    s.port = query.hasQueryItem(QStringLiteral("port")) ? query.queryItemValue(QStringLiteral("port")).toInt()
                                                        : url.port(StoreSettings::DefaultPort);
    s.database = url.path().mid(1);
    s.user = query.hasQueryItem(QStringLiteral("user")) ? query.queryItemValue(QStringLiteral("user")) : url.userName();
    s.sslMode = StoreSettings::SslMode::Disable;
    return s;
}

void fill(TeamStorePage *page, const StoreSettings &s, const QString &password)
{
    page->teamButton()->setFocus();
    QTest::keyClick(page->teamButton(), Qt::Key_Space);
    page->hostEdit()->setText(s.host);
    page->portEdit()->setValue(s.port);
    page->databaseEdit()->setText(s.database);
    page->userEdit()->setText(s.user);
    page->passwordEdit()->setText(password);
    page->sslModeBox()->setCurrentIndex(page->sslModeBox()->findData(int(s.sslMode)));
}

// A port on 127.0.0.1 where nothing listens (it was free a moment ago).
int closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    const int port = probe.serverPort();
    probe.close();
    return port;
}
} // namespace

class TestTeamStoreSettings : public QObject
{
    Q_OBJECT

private:
    ScratchFolder m_dir;
    TestStores m_stores;
    std::unique_ptr<ConsoleApplication> m_console;

    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    // A fresh database of the test server, or the case ends (a skip without a server).
    bool serverStore(StoreSettings *out)
    {
        if (TestStores::serverUri().isEmpty())
            return false;
        m_stores.useBackend(QStringLiteral("postgres"));
        const QString uri = m_stores.location(QStringLiteral("team"));
        if (uri.isEmpty())
            return false;
        *out = settingsFor(uri);
        return true;
    }

    bool startConsole(ConsoleApplication::Options options = {})
    {
        m_console = std::make_unique<ConsoleApplication>(settingsFile());
        options.keychainService = Service;
        options.demo = true;
        return m_console->start(options);
    }

    TeamStorePage *openStorePage()
    {
        SettingsDialog *dialog = m_console->showSettings();
        return dialog ? dialog->findChild<TeamStorePage *>() : nullptr;
    }

    static void clickApply(SettingsDialog *dialog)
    {
        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Apply), Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!haveUsableKeychain(Service + QStringLiteral("-store")))
            QSKIP(kNoKeychainSkip);
    }

    void init()
    {
        QVERIFY2(m_dir.renew(), qPrintable(m_dir.errorString()));
        qputenv(LocalDatabase::DataDirEnvVar, m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("data"))));
        qunsetenv("LEPTON_CONSOLE_STORE");
        for (const char *name : {"LEPTON_WORKSPACE_ID", "LEPTON_WORKSPACE_TOKEN", "LEPTON_WORKSPACE_URL"})
            qunsetenv(name);
    }

    void cleanup()
    {
        m_console.reset();
        m_stores.reset();
        m_dir.remove();
    }

    // Test Connection opens the store on its worker: the window keeps painting, and the
    // answer names the role, the server and what the store holds.
    void testConnectionReportsTheServer()
    {
        StoreSettings server;
        if (!serverStore(&server))
            QSKIP("LEPTON_TEST_PG_URI is not set: run under scripts/test, which starts a throwaway PostgreSQL.");
        QSettings settings(settingsFile(), QSettings::IniFormat);
        TokenStore passwords(Service + QStringLiteral("-store"));
        TeamStorePage page(&settings, &passwords);
        page.show();
        fill(&page, server, QString());
        QVERIFY(page.testButton()->isEnabled());
        QSignalSpy finished(&page, &TeamStorePage::testFinished);
        QTest::mouseClick(page.testButton(), Qt::LeftButton);
        // Still the GUI thread's turn: the button waits, the label says what is going on.
        QVERIFY(!page.testButton()->isEnabled());
        QVERIFY2(page.resultLabel()->text().startsWith(QStringLiteral("Connecting")), qPrintable(page.resultLabel()->text()));
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        const QString text = page.resultLabel()->text();
        QVERIFY2(text.contains(QStringLiteral("Connected as %1").arg(server.user)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("PostgreSQL")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Open pauses: 0")), qPrintable(text));
        QVERIFY(page.testButton()->isEnabled());
    }

    // Nothing listens on the port: the page says so in the server library's words.
    void testConnectionReportsAClosedPort()
    {
        QSettings settings(settingsFile(), QSettings::IniFormat);
        TokenStore passwords(Service + QStringLiteral("-store"));
        TeamStorePage page(&settings, &passwords);
        StoreSettings nowhere;
        nowhere.kind = StoreSettings::Kind::Team;
        nowhere.host = QStringLiteral("127.0.0.1");
        nowhere.port = closedPort();
        QVERIFY(nowhere.port > 0);
        nowhere.database = QStringLiteral("lepton");
        nowhere.user = QStringLiteral("lepton");
        nowhere.sslMode = StoreSettings::SslMode::Disable;
        fill(&page, nowhere, Password);
        QSignalSpy finished(&page, &TeamStorePage::testFinished);
        QTest::mouseClick(page.testButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        const QString text = page.resultLabel()->text();
        QVERIFY2(text.startsWith(QStringLiteral("Could not connect:")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(!text.contains(Password), "the password is never shown");
    }

    // Apply: the password into the keychain, the rest into the settings file, and the window
    // (the demo workspace stays open) moves to the team store and back without a restart.
    void applySwitchesTheRunningWindow()
    {
        StoreSettings server;
        if (!serverStore(&server))
            QSKIP("LEPTON_TEST_PG_URI is not set: run under scripts/test, which starts a throwaway PostgreSQL.");
        QVERIFY(startConsole());
        Storage *local = m_console->storage();
        QVERIFY(local);
        QTRY_VERIFY(m_console->flow()->session());
        QVERIFY(m_console->preferencesAction());
        auto *indicator = m_console->window()->statusBar()->findChild<StoreStatusIndicator *>();
        QVERIFY(indicator);
        QTRY_COMPARE(indicator->text(), QStringLiteral("This computer"));
        QVERIFY(m_console->preferencesAction()->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+,"))));

        m_console->window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_console->window()));
        m_console->window()->activateWindow();
        QTest::keyClick(m_console->window(), Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(m_console->window()->findChild<SettingsDialog *>());
        SettingsDialog *dialog = m_console->window()->findChild<SettingsDialog *>();
        QCOMPARE(dialog->pageList()->currentItem()->text(), QStringLiteral("Team Store"));
        auto *page = dialog->findChild<TeamStorePage *>();
        QVERIFY(page);
        QVERIFY(page->localButton()->isChecked());
        QVERIFY(page->overrideLabel()->isHidden());

        fill(page, server, Password);
        QSignalSpy switched(m_console.get(), &ConsoleApplication::storeSwitched);
        clickApply(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(switched.count(), 1, 20000);
        Storage *team = m_console->storage();
        QVERIFY(team != local);
        QTRY_VERIFY(!team->status().opening);
        QVERIFY2(team->status().open, qPrintable(team->status().errorString));
        QVERIFY2(team->status().location.startsWith(QStringLiteral("postgresql:")), qPrintable(team->status().location));
        QVERIFY2(!team->status().location.contains(Password), "the location never carries the password");
        // The workspace shown now works on the team store, and the status bar says so.
        QTRY_VERIFY(m_console->flow()->session() && m_console->flow()->session()->storage() == team);
        QTRY_COMPARE(indicator->text(), QStringLiteral("Team store: %1 on %2 · live").arg(server.database, server.host));

        // The password is in the keychain, and nowhere in the settings file.
        m_console->settings()->sync();
        const QByteArray ini = readFile(settingsFile());
        QVERIFY2(ini.contains(server.database.toUtf8()), ini.constData());
        QVERIFY2(!ini.contains(Password.toUtf8()), "the password never goes into the settings file");
        TokenStore passwords(Service + QStringLiteral("-store"));
        const TokenStore::Result saved = waitForKeychain([&](TokenStore::Callback done) {
            passwords.readToken(server.keychainKey(), this, done);
        });
        QVERIFY2(saved.isOk(), qPrintable(saved.message));
        QCOMPARE(saved.token, Password);

        // And back to this computer's file.
        page->localButton()->setFocus();
        QTest::keyClick(page->localButton(), Qt::Key_Space);
        QVERIFY(page->localButton()->isChecked());
        QVERIFY(dialog->buttons()->isEnabled());
        clickApply(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(switched.count(), 2, 20000);
        QVERIFY2(!m_console->storage()->status().location.startsWith(QStringLiteral("postgresql:")),
                 qPrintable(m_console->storage()->status().location));
        QTRY_VERIFY(m_console->flow()->session()->storage() == m_console->storage());
        QTRY_COMPARE(indicator->text(), QStringLiteral("This computer"));
        QVERIFY(waitForKeychain([&](TokenStore::Callback done) {
                    passwords.deleteToken(server.keychainKey(), this, done);
                }).isOk());
    }

    // The next start opens the saved team store, its password read from the keychain.
    void startsOnTheSavedTeamStore()
    {
        StoreSettings server;
        if (!serverStore(&server))
            QSKIP("LEPTON_TEST_PG_URI is not set: run under scripts/test, which starts a throwaway PostgreSQL.");
        {
            QSettings settings(settingsFile(), QSettings::IniFormat);
            server.save(settings);
        }
        TokenStore passwords(Service + QStringLiteral("-store"));
        QVERIFY(waitForKeychain([&](TokenStore::Callback done) {
                    passwords.writeToken(server.keychainKey(), Password, this, done);
                }).isOk());
        QVERIFY(startConsole());
        QTRY_VERIFY_WITH_TIMEOUT(m_console->storage() && !m_console->storage()->status().opening, 20000);
        QVERIFY2(m_console->storage()->status().open, qPrintable(m_console->storage()->status().errorString));
        QVERIFY(m_console->storage()->status().location.startsWith(QStringLiteral("postgresql:")));
        QTRY_VERIFY(m_console->flow()->session());
        QVERIFY(waitForKeychain([&](TokenStore::Callback done) {
                    passwords.deleteToken(server.keychainKey(), this, done);
                }).isOk());
    }

    // --store names the store: the page says it wins, and Apply only saves.
    void storeOptionWins()
    {
        ConsoleApplication::Options options;
        const QString file = m_dir.filePath(QStringLiteral("named.sqlite"));
        options.store = QStringLiteral("sqlite:") + file;
        QVERIFY(startConsole(options));
        Storage *named = m_console->storage();
        QCOMPARE(named->status().location, file);
        TeamStorePage *page = openStorePage();
        QVERIFY(page);
        QVERIFY(!page->overrideLabel()->isHidden());
        QVERIFY2(page->overrideLabel()->text().contains(file), qPrintable(page->overrideLabel()->text()));
        QVERIFY2(page->overrideLabel()->text().contains(QStringLiteral("wins")), qPrintable(page->overrideLabel()->text()));

        StoreSettings nowhere;
        nowhere.kind = StoreSettings::Kind::Team;
        nowhere.host = QStringLiteral("db.invalid");
        nowhere.database = QStringLiteral("lepton");
        nowhere.user = QStringLiteral("lepton");
        fill(page, nowhere, QString());
        QSignalSpy applied(page, &SettingsPage::applyFinished);
        clickApply(m_console->window()->findChild<SettingsDialog *>());
        QVERIFY(applied.wait(20000));
        QVERIFY(applied.at(0).at(0).toBool());
        QCOMPARE(m_console->storage(), named);
        QVERIFY2(page->resultLabel()->text().contains(QStringLiteral("still wins")), qPrintable(page->resultLabel()->text()));
    }
};

QTEST_MAIN(TestTeamStoreSettings)
#include "tst_teamstoresettings.moc"
