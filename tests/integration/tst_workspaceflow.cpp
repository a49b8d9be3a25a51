// The workspace flow through the real ConsoleApplication and main window: first run and
// its welcome window, connecting, switching between two workspaces (two simulators with their
// own ids and tokens), a token refused mid-session (401) leading back to the token and on to
// the same session, import from the lep CLI, removing a workspace, the start-up choices
// (--workspace, --url, last used, LEPTON_WORKSPACE_*), the no-keychain path (in a child process
// whose D-Bus address leads nowhere), and a scan of the settings, the database and every log
// line for the tokens.
//
// The keychain cases need a Secret Service: run under
//   dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets; ./tst_workspaceflow'
// Without one they are skipped (and say so); the no-keychain case runs anyway.
#include "app/api/apierror.h"
#include "app/credentials/sessiontokens.h"
#include "app/credentials/workspacecredentials.h"
#include "app/workspaces/workspacesession.h"
#include "ui/shell/consoleapplication.h"
#include "ui/shell/workspaceflow.h"
#include "tests/support/child.h"
#include "ui/workspaces/connectdialog.h"
#include "app/deployments/deploymentfiltermodel.h"
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/deploymenttablemodel.h"
#include "ui/widgets/errorbanner.h"
#include "ui/workspaces/importworkspacesdialog.h"
#include "app/api/leptonclient.h"
#include "app/storage/sqlite/localdatabase.h"
#include "ui/mainwindow/mainwindow.h"
#include "app/storage/sqlite/notestable.h"
#include "tests/support/randomhex.h"
#include "tests/support/readfile.h"
#include "tests/support/recipewithreplicas.h"
#include "tests/support/scratchfolder.h"
#include "app/simulator/simulatorpopulation.h"
#include "tests/support/testkeychain.h"
#include "app/credentials/tokenstore.h"
#include "ui/workspaces/welcomepage.h"
#include "app/workspaces/workspaceregistry.h"
#include "app/simulator/workspacesimulator.h"
#include "ui/workspaces/workspaceswitcher.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QMutex>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace std::chrono_literals;

namespace {

const QString kService = QStringLiteral("lepton-console-tests-flow");
const char *kChildFlag = "--no-keychain-child";

QJsonObject deployment(const QString &name)
{
    return SimulatorPopulation::make(recipeWithReplicas(name, 1, 2));
}

std::unique_ptr<WorkspaceSimulator> makeSimulator(const QString &id, const QString &token, const QString &name,
                                                  const QStringList &deployments)
{
    auto simulator = std::make_unique<WorkspaceSimulator>();
    simulator->setWorkspaceId(id);
    simulator->setToken(token);
    simulator->setWorkspaceName(name);
    QList<QJsonObject> objects;
    for (const QString &deploymentName : deployments)
        objects << deployment(deploymentName);
    simulator->setDeployments(objects);
    if (!simulator->listen())
        qFatal("simulator cannot listen");
    return simulator;
}

// The deployment names the window's table shows, sorted.
QStringList shownNames(const ConsoleApplication &controller)
{
    QStringList names;
    const QAbstractItemModel *model = controller.window()->proxy();
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, DeploymentTableModel::NameColumn).data(DeploymentTableModel::NameRole).toString();
    names.sort();
    return names;
}

TokenStore::Result readKeychain(const QString &workspaceId)
{
    TokenStore store(kService);
    QObject context;
    return waitForKeychain([&](TokenStore::Callback done) { store.readToken(workspaceId, &context, done); });
}

void deleteKeychain(const QString &workspaceId)
{
    TokenStore store(kService);
    QObject context;
    waitForKeychain([&](TokenStore::Callback done) { store.deleteToken(workspaceId, &context, done); });
}

// Every log line, whatever its level; forwarded to the previous handler from warnings up.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker locker(&g_logMutex);
        g_log << QStringLiteral("%1: %2").arg(QLatin1String(context.category ? context.category : "default"), message);
    }
    if (type != QtDebugMsg && type != QtInfoMsg && g_previousHandler)
        g_previousHandler(type, context, message);
}

// A token in any of the forms it could be written in.
QList<QByteArray> forms(const QString &token)
{
    return {token.toUtf8(), token.toUtf8().toBase64(), token.toUtf8().toHex(),
            QByteArray(reinterpret_cast<const char *>(token.utf16()), token.size() * 2)};
}

} // namespace

class TestWorkspaceFlow : public QObject
{
    Q_OBJECT

private:
    ScratchFolder m_dir;
    std::unique_ptr<WorkspaceSimulator> m_alpha;
    std::unique_ptr<WorkspaceSimulator> m_beta;
    std::unique_ptr<ConsoleApplication> m_controller;
    QString m_alphaToken;
    QString m_betaToken;
    bool m_haveKeychain = false;

    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString lepDir() const { return m_dir.filePath(QStringLiteral("lep")); }
    ConsoleApplication &controller() { return *m_controller; }

    bool start(ConsoleApplication::Options options = {})
    {
        m_controller = std::make_unique<ConsoleApplication>(settingsPath());
        options.keychainService = kService;
        return m_controller->start(options);
    }

    void restart(const ConsoleApplication::Options &options = {})
    {
        m_controller.reset();
        QVERIFY(start(options));
    }

    // Connects through File > Connect to Workspace… with a pasted credential string.
    void connectTo(const WorkspaceSimulator &simulator)
    {
        controller().flow()->connectAction()->trigger();
        ConnectDialog *dialog = controller().flow()->connectDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClicks(child<QLineEdit>(dialog, "credentialStringEdit"),
                         simulator.workspaceId() + QLatin1Char(':') + simulator.token());
        QTest::keyClicks(child<QLineEdit>(dialog, "baseUrlEdit"), simulator.baseUrl().toString());
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!controller().flow()->connectDialog(), 30000);
        QVERIFY(controller().flow()->session());
        QCOMPARE(controller().flow()->session()->workspaceId(), simulator.workspaceId());
        QTRY_COMPARE(shownNames(controller()), simulator.deploymentNames().isEmpty() ? QStringList() : sorted(simulator.deploymentNames()));
    }

    // The console started, its window shown, and connected to each simulator in turn; false
    // when the console did not start.
    bool startConnectedTo(std::initializer_list<const WorkspaceSimulator *> simulators)
    {
        if (!start())
            return false;
        controller().window()->show();
        for (const WorkspaceSimulator *simulator : simulators)
            connectTo(*simulator);
        return true;
    }

    static QStringList sorted(QStringList names)
    {
        names.sort();
        return names;
    }

    int switcherIndex(const QString &workspaceId)
    {
        QComboBox *combo = controller().flow()->switcher()->comboBox();
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemData(i, WorkspaceSwitcher::WorkspaceIdRole).toString() == workspaceId
                && combo->itemData(i, WorkspaceSwitcher::KindRole).value<WorkspaceSwitcher::Kind>()
                    != WorkspaceSwitcher::Kind::Demo)
                return i;
        }
        return -1;
    }

    void writeLepFile()
    {
        QVERIFY(QDir().mkpath(lepDir()));
        QFile file(QDir(lepDir()).filePath(QStringLiteral("workspace_info.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString yaml = QStringLiteral("current_workspace: %1\nworkspaces:\n").arg(m_beta->workspaceId());
        for (const WorkspaceSimulator *simulator : {m_alpha.get(), m_beta.get()}) {
            yaml += QStringLiteral("  %1:\n    id: %1\n    url: %2\n    display_name: %3 from lep\n"
                                   "    auth_token: %4\n    workspace_origin_url: null\n    token_expires_at: null\n")
                        .arg(simulator->workspaceId(), simulator->baseUrl().toString(),
                             simulator->workspaceId(), simulator->token());
        }
        file.write(yaml.toUtf8());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_haveKeychain = haveUsableKeychain(kService);
    }

    void init()
    {
        QVERIFY2(m_dir.renew(), qPrintable(m_dir.errorString()));
        qputenv(LocalDatabase::DataDirEnvVar, dataDir().toLocal8Bit());
        qputenv("LEPTON_CACHE_DIR", lepDir().toLocal8Bit());
        for (const char *name : {"LEPTON_WORKSPACE_ID", "LEPTON_WORKSPACE_TOKEN", "LEPTON_WORKSPACE_URL",
                                 "LEPTON_WORKSPACE_ORIGIN_URL"})
            qunsetenv(name);
        m_alphaToken = QStringLiteral("tok-alpha-") + randomHex() + randomHex();
        m_betaToken = QStringLiteral("tok-beta-") + randomHex() + randomHex();
        m_alpha = makeSimulator(QStringLiteral("alpha-") + randomHex(), m_alphaToken, QStringLiteral("Alpha Team"),
                                {QStringLiteral("alpha-chat"), QStringLiteral("alpha-embed"), QStringLiteral("alpha-rerank")});
        m_beta = makeSimulator(QStringLiteral("beta-") + randomHex(), m_betaToken, QStringLiteral("Beta Lab"),
                               {QStringLiteral("beta-vision"), QStringLiteral("beta-whisper")});
    }

    void cleanup()
    {
        m_controller.reset();
        if (m_haveKeychain) {
            deleteKeychain(m_alpha->workspaceId());
            deleteKeychain(m_beta->workspaceId());
        }
        m_alpha.reset();
        m_beta.reset();
        m_dir.remove();
    }

    void firstRunShowsWelcome()
    {
        QVERIFY(start());
        WelcomePage *welcome = controller().flow()->welcomePage();
        QVERIFY(welcome);
        QVERIFY(QTest::qWaitForWindowExposed(welcome));
        QVERIFY(!controller().window()->isVisible());
        QVERIFY(controller().flow()->welcomePage()->connectButton()->isVisible());
        QVERIFY(controller().flow()->welcomePage()->demoButton()->isVisible());
        QVERIFY(!controller().flow()->welcomePage()->importButton()->isVisible()); // no lep file
        QVERIFY(!controller().flow()->session());

        QTest::mouseClick(welcome->connectButton(), Qt::LeftButton);
        ConnectDialog *dialog = controller().flow()->connectDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->parentWidget(), welcome);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal() || dialog->windowModality() == Qt::WindowModal); // open(), not exec()
        if (!m_haveKeychain)
            QSKIP("No Secret Service: the rest needs a keychain.");
        QTest::keyClicks(child<QLineEdit>(dialog, "credentialStringEdit"), m_alpha->workspaceId() + QLatin1Char(':') + m_alphaToken);
        QTest::keyClicks(child<QLineEdit>(dialog, "baseUrlEdit"), m_alpha->baseUrl().toString());
        QTest::keyClick(child<QLineEdit>(dialog, "baseUrlEdit"), Qt::Key_Return); // Save is the default button
        QTRY_VERIFY_WITH_TIMEOUT(controller().flow()->session(), 30000);
        QTRY_VERIFY(controller().window()->isVisible());
        QVERIFY(!welcome->isVisible());
        QTRY_COMPARE(shownNames(controller()), sorted(m_alpha->deploymentNames()));
        QCOMPARE(controller().registry()->currentWorkspaceId(), m_alpha->workspaceId());
        QTRY_VERIFY(controller().window()->windowTitle().contains(QStringLiteral("Alpha Team")));
    }

    void welcomeOpensTheDemo()
    {
        QVERIFY(start());
        QVERIFY(QTest::qWaitForWindowExposed(controller().flow()->welcomePage()));
        QTest::mouseClick(controller().flow()->welcomePage()->demoButton(), Qt::LeftButton);
        QVERIFY(controller().flow()->isDemoSession());
        QVERIFY(controller().simulator());
        QTRY_VERIFY(controller().window()->isVisible());
        QTRY_VERIFY(controller().window()->proxy()->rowCount() > 0);
        QVERIFY(controller().flow()->switcher()->itemTexts().contains(QStringLiteral("Demo workspace")));
        QVERIFY(!controller().flow()->removeAction()->isEnabled());
        QVERIFY(controller().registry()->isEmpty()); // the demo is not saved
    }

    void fileMenuOpensTheDemoAndTheWorkspaceStays()
    {
        if (!m_haveKeychain)
            QSKIP(kNoKeychainSkip);
        QVERIFY(startConnectedTo({m_alpha.get()}));
        auto *openDemo = controller().window()->findChild<QAction *>(QStringLiteral("openDemoAction"));
        QVERIFY(openDemo);
        QVERIFY(controller().window()->fileMenu()->actions().contains(openDemo));
        QVERIFY(!controller().flow()->isDemoSession());

        openDemo->trigger();
        QTRY_VERIFY(controller().flow()->isDemoSession());
        QTRY_VERIFY(controller().window()->proxy()->rowCount() > 0);
        // The user's workspace is still theirs: saved, current for the next start, one click away.
        QVERIFY(controller().registry()->contains(m_alpha->workspaceId()));
        QCOMPARE(controller().registry()->currentWorkspaceId(), m_alpha->workspaceId());
        WorkspaceSwitcher *switcher = controller().flow()->switcher();
        QVERIFY(switcher->itemTexts().contains(QStringLiteral("Demo workspace")));
        switcher->choose(switcherIndex(m_alpha->workspaceId()));
        QTRY_COMPARE(controller().flow()->session()->workspaceId(), m_alpha->workspaceId());
        QTRY_COMPARE(shownNames(controller()), sorted(m_alpha->deploymentNames()));
    }

    void replaceTokenAsksForTheWorkspacesToken()
    {
        if (!m_haveKeychain)
            QSKIP(kNoKeychainSkip);
        QVERIFY(startConnectedTo({m_alpha.get()}));
        const QPointer<WorkspaceSession> session = controller().flow()->session();
        controller().window()->replaceTokenAction()->trigger();
        ConnectDialog *dialog = controller().flow()->connectDialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->mode(), ConnectDialog::Mode::Reauthenticate);
        QCOMPARE(child<QLineEdit>(dialog, "workspaceIdEdit")->text(), m_alpha->workspaceId());
        // A new token for the same workspace keeps its session (table, notes, ledger).
        const QString newToken = QStringLiteral("tok-alpha-new-") + randomHex() + randomHex();
        m_alpha->setToken(newToken);
        QTest::keyClicks(child<QLineEdit>(dialog, "tokenEdit"), newToken);
        m_alpha->clearRequests();
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!controller().flow()->connectDialog(), 30000);
        QVERIFY2(session && controller().flow()->session() == session, "the session was replaced");
        QTRY_VERIFY(!m_alpha->requests().isEmpty());
        QTRY_COMPARE(m_alpha->requests().constLast().header("Authorization"), QByteArray("Bearer ") + newToken.toUtf8());
    }

    void switchBetweenWorkspaces()
    {
        if (!m_haveKeychain)
            QSKIP(kNoKeychainSkip);
        QVERIFY(startConnectedTo({m_alpha.get(), m_beta.get()}));
        WorkspaceSwitcher *switcher = controller().flow()->switcher();
        QCOMPARE(switcher->comboBox()->count(), 2);
        QCOMPARE(switcher->currentWorkspaceId(), m_beta->workspaceId());
        QVERIFY(switcher->itemTexts().contains(QStringLiteral("Beta Lab (%1)").arg(m_beta->workspaceId())));
        // The workspaces keep their own table layout.
        const QPointer<WorkspaceSession> betaSession = controller().flow()->session();
        QCOMPARE(controller().window()->windowTitle(), QStringLiteral("Beta Lab — Lepton Console"));

        // Alpha again: its token comes from the keychain.
        m_alpha->clearRequests();
        switcher->choose(switcherIndex(m_alpha->workspaceId()));
        QTRY_COMPARE(controller().flow()->session()->workspaceId(), m_alpha->workspaceId());
        QVERIFY(!betaSession); // replaced, and gone
        QTRY_COMPARE(shownNames(controller()), sorted(m_alpha->deploymentNames()));
        QCOMPARE(switcher->currentWorkspaceId(), m_alpha->workspaceId());
        QCOMPARE(switcher->comboBox()->currentText(), QStringLiteral("Alpha Team (%1)").arg(m_alpha->workspaceId()));
        QVERIFY(!m_alpha->requests().isEmpty());
        QCOMPARE(m_alpha->requests().constLast().header("Authorization"), QByteArray("Bearer ") + m_alphaToken.toUtf8());
        QCOMPARE(controller().registry()->currentWorkspaceId(), m_alpha->workspaceId());

        // And back to beta, through the combo box as a user would.
        QComboBox *combo = switcher->comboBox();
        combo->setFocus();
        QCOMPARE(switcherIndex(m_beta->workspaceId()), combo->currentIndex() + 1); // most recently used first
        QTest::keyClick(combo, Qt::Key_Down); // the next entry, activated
        QTRY_COMPARE(controller().flow()->session()->workspaceId(), m_beta->workspaceId());
        QTRY_COMPARE(shownNames(controller()), sorted(m_beta->deploymentNames()));
        // Notes stay with their workspace (written and read through a connection of the test's).
        LocalDatabase database;
        NotesTable notes(database);
        {
            Note note;
            note.workspaceId = m_alpha->workspaceId();
            note.deploymentName = QStringLiteral("alpha-chat");
            note.text = QStringLiteral("alpha's note");
            note.author = QStringLiteral("tester");
            QVERIFY(notes.add(note));
        }
        controller().flow()->session()->reloadMarkers();
        QVERIFY(notes.latestForWorkspace(m_beta->workspaceId()).isEmpty());
        switcher->choose(switcherIndex(m_alpha->workspaceId()));
        QTRY_COMPARE(controller().flow()->session()->workspaceId(), m_alpha->workspaceId());
        QCOMPARE(notes.latestForWorkspace(m_alpha->workspaceId()).size(), 1);
    }

    void refusedTokenLeadsBackToTheToken()
    {
        if (!m_haveKeychain)
            QSKIP(kNoKeychainSkip);
        QVERIFY(startConnectedTo({m_alpha.get()}));
        const QPointer<WorkspaceSession> session = controller().flow()->session();
        const QStringList names = sorted(m_alpha->deploymentNames());
        QSignalSpy asked(controller().flow(), &WorkspaceFlow::reauthenticationRequested);

        // The token is revoked; the next refresh gets 401.
        const QString newToken = QStringLiteral("tok-new-") + randomHex() + randomHex();
        m_alpha->setToken(newToken);
        controller().window()->refreshAction()->trigger();
        QTRY_COMPARE(asked.size(), 1);
        ConnectDialog *dialog = controller().flow()->connectDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), ConnectDialog::Mode::Reauthenticate);
        QCOMPARE(dialog->objectName(), QStringLiteral("reauthenticateDialog"));
        QVERIFY(dialog->isVisible());
        auto *idEdit = child<QLineEdit>(dialog, "workspaceIdEdit");
        QCOMPARE(idEdit->text(), m_alpha->workspaceId());
        QVERIFY(idEdit->isReadOnly());
        QCOMPARE(child<QLineEdit>(dialog, "baseUrlEdit")->text(), m_alpha->baseUrl().toString());
        QVERIFY(child<QLineEdit>(dialog, "tokenEdit")->text().isEmpty());
        const QString reason = child<QLabel>(dialog, "connectReason")->text();
        QVERIFY2(reason.contains(QStringLiteral("401")), qPrintable(reason));
        // Everything else as it was: the same session, the rows still shown.
        QVERIFY2(session && controller().flow()->session() == session, "the session was replaced");
        QCOMPARE(shownNames(controller()), names);
        // Asked once, even though more calls failed.
        controller().window()->refreshAction()->trigger();
        QTest::qWait(200);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(controller().flow()->connectDialog(), dialog);

        // The old token again: refused, the dialog stays.
        QTest::keyClicks(child<QLineEdit>(dialog, "tokenEdit"), m_alphaToken);
        QSignalSpy checked(dialog, &ConnectDialog::checkFinished);
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QTRY_COMPARE(checked.size(), 1);
        QCOMPARE(checked.at(0).at(0).toBool(), false);
        QVERIFY(dialog->isVisible());

        // The new one: saved, and the same session carries on with it.
        child<QLineEdit>(dialog, "tokenEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(dialog, "tokenEdit"), newToken);
        m_alpha->clearRequests();
        QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!controller().flow()->connectDialog(), 30000);
        QVERIFY2(session && controller().flow()->session() == session, "the session was replaced");
        QTRY_VERIFY(!session->lastError().isError() && session->lastUpdated().isValid());
        const auto hasNewPoll = [&] {
            for (const auto &request : m_alpha->requests()) {
                if (request.apiPath() == QLatin1String("/deployments")
                    && request.header("Authorization") == QByteArray("Bearer ") + newToken.toUtf8())
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(hasNewPoll());
        QVERIFY(session->poller()->isRunning());
        QCOMPARE(shownNames(controller()), names);
        QTRY_VERIFY(!controller().window()->banner()->isVisible());
        const TokenStore::Result stored = readKeychain(m_alpha->workspaceId());
        QVERIFY2(stored.isOk(), qPrintable(stored.message));
        QCOMPARE(stored.token, newToken);
        // A later 401 asks again.
        m_alpha->setToken(QStringLiteral("tok-newer-") + randomHex());
        controller().window()->refreshAction()->trigger();
        QTRY_COMPARE(asked.size(), 2);
    }

    void noKeychainOffersSessionOnly()
    {
        // The child's D-Bus address leads nowhere, so the keychain answers NoKeychain at once.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION",
                                 "GNOME_KEYRING_CONTROL", "LEPTON_WORKSPACE_ID", "LEPTON_WORKSPACE_TOKEN",
                                 "LEPTON_WORKSPACE_URL"})
            env.remove(QLatin1String(name));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("share")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-such-bus-socket")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QLatin1String(kChildFlag), m_dir.path()});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        const bool finished = child.waitForFinished(120000);
        if (!finished) {
            child.kill();
            child.waitForFinished(5000);
        }
        const QString output = QString::fromUtf8(child.readAll());
        QVERIFY2(finished, qPrintable(QStringLiteral("the child hung:\n") + output));
        QVERIFY2(child.exitStatus() == QProcess::NormalExit, qPrintable(QStringLiteral("the child crashed:\n") + output));
        QVERIFY2(child.exitCode() == 0, qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral(" 0 failed")) && !output.contains(QStringLiteral("SKIP")),
                 qPrintable(output));
    }

    void importFromTheLepCli()
    {
        if (!m_haveKeychain)
            QSKIP(kNoKeychainSkip);
        writeLepFile();
        QVERIFY(start());
        WelcomePage *welcome = controller().flow()->welcomePage();
        QVERIFY(welcome);
        QVERIFY(QTest::qWaitForWindowExposed(welcome));
        QVERIFY(welcome->importButton()->isVisible());
        QTest::mouseClick(welcome->importButton(), Qt::LeftButton);
        ImportWorkspacesDialog *dialog = controller().flow()->importDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->list()->topLevelItemCount(), 2);
        QCOMPARE(sorted(dialog->checkedWorkspaceIds()), sorted({m_alpha->workspaceId(), m_beta->workspaceId()}));
        // The list never shows a token.
        for (int i = 0; i < dialog->list()->topLevelItemCount(); ++i) {
            for (int column = 0; column < ImportWorkspacesDialog::ColumnCount; ++column) {
                QVERIFY(!dialog->list()->topLevelItem(i)->text(column).contains(m_alphaToken));
                QVERIFY(!dialog->list()->topLevelItem(i)->text(column).contains(m_betaToken));
            }
        }
        QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!controller().flow()->importDialog(), 30000);
        QVERIFY(controller().registry()->contains(m_alpha->workspaceId()));
        QVERIFY(controller().registry()->contains(m_beta->workspaceId()));
        QCOMPARE(readKeychain(m_alpha->workspaceId()).token, m_alphaToken);
        QCOMPARE(readKeychain(m_beta->workspaceId()).token, m_betaToken);
        // The lep CLI's current workspace opens.
        QTRY_VERIFY(controller().flow()->session());
        QCOMPARE(controller().flow()->session()->workspaceId(), m_beta->workspaceId());
        QTRY_COMPARE(shownNames(controller()), sorted(m_beta->deploymentNames()));
        QTRY_VERIFY(controller().window()->isVisible());
        // The CLI's file is left as it was.
        QVERIFY(readFile(QDir(lepDir()).filePath(QStringLiteral("workspace_info.yaml"))).contains(m_alphaToken.toUtf8()));
    }

    void removeWorkspaceKeepsNotesUnlessAsked()
    {
        if (!m_haveKeychain)
            QSKIP(kNoKeychainSkip);
        QVERIFY(startConnectedTo({m_alpha.get(), m_beta.get()}));
        LocalDatabase database;
        NotesTable notes(database);
        for (const WorkspaceSimulator *simulator : {m_alpha.get(), m_beta.get()}) {
            Note note;
            note.workspaceId = simulator->workspaceId();
            note.deploymentName = simulator->deploymentNames().constFirst();
            note.text = QStringLiteral("a note");
            note.author = QStringLiteral("tester");
            QVERIFY(notes.add(note));
        }

        // Beta (shown) goes; its note stays.
        QVERIFY(controller().flow()->removeAction()->isEnabled());
        controller().flow()->removeAction()->trigger();
        // The box opens once the store has counted the notes.
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = controller().window()->findChild<QMessageBox *>(QStringLiteral("removeWorkspaceDialog"))));
        QTRY_VERIFY(box->isVisible());
        auto *deleteNotes = child<QCheckBox>(box, "deleteNotesCheck");
        QVERIFY(!deleteNotes->isChecked());
        QSignalSpy removed(controller().flow(), &WorkspaceFlow::workspaceRemoved);
        QTest::mouseClick(child<QPushButton>(box, "confirmRemoveButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 30000);
        QVERIFY(!controller().registry()->contains(m_beta->workspaceId()));
        QCOMPARE(readKeychain(m_beta->workspaceId()).error, TokenStore::Error::NotFound);
        QCOMPARE(notes.all(m_beta->workspaceId()).size(), 1);
        // The next saved workspace opens.
        QTRY_COMPARE(controller().flow()->session()->workspaceId(), m_alpha->workspaceId());
        QTRY_COMPARE(shownNames(controller()), sorted(m_alpha->deploymentNames()));
        QCOMPARE(controller().flow()->switcher()->comboBox()->count(), 1);

        // Alpha goes with its notes; nothing is left: the welcome window.
        controller().flow()->removeAction()->trigger();
        QTRY_VERIFY((box = controller().window()->findChild<QMessageBox *>(QStringLiteral("removeWorkspaceDialog"))));
        child<QCheckBox>(box, "deleteNotesCheck")->setChecked(true);
        QTest::mouseClick(child<QPushButton>(box, "confirmRemoveButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 2, 30000);
        QVERIFY(controller().registry()->isEmpty());
        QCOMPARE(readKeychain(m_alpha->workspaceId()).error, TokenStore::Error::NotFound);
        QCOMPARE(notes.all(m_alpha->workspaceId()).size(), 0);
        QCOMPARE(notes.all(m_beta->workspaceId()).size(), 1);
        QVERIFY(!controller().flow()->session());
        QTRY_VERIFY(controller().flow()->welcomePage() && controller().flow()->welcomePage()->isVisible());
        QVERIFY(!controller().window()->isVisible());
    }

    void startupOpensWhatWasAsked()
    {
        if (!m_haveKeychain)
            QSKIP(kNoKeychainSkip);
        QVERIFY(startConnectedTo({m_alpha.get(), m_beta.get()}));

        // The last used workspace, its token from the keychain.
        restart();
        QTRY_VERIFY(controller().flow()->session());
        QCOMPARE(controller().flow()->session()->workspaceId(), m_beta->workspaceId());
        QTRY_COMPARE(shownNames(controller()), sorted(m_beta->deploymentNames()));
        QVERIFY(controller().window()->isVisible());
        QVERIFY(!controller().flow()->welcomePage() || !controller().flow()->welcomePage()->isVisible());

        // --workspace.
        ConsoleApplication::Options options;
        options.workspaceId = m_alpha->workspaceId();
        restart(options);
        QTRY_VERIFY(controller().flow()->session());
        QCOMPARE(controller().flow()->session()->workspaceId(), m_alpha->workspaceId());
        QTRY_COMPARE(shownNames(controller()), sorted(m_alpha->deploymentNames()));

        // --workspace with --url: another server for the same workspace, for this run only.
        auto mirror = makeSimulator(m_alpha->workspaceId(), m_alphaToken, QStringLiteral("Alpha Mirror"),
                                    {QStringLiteral("mirror-only")});
        options.url = mirror->baseUrl();
        restart(options);
        QTRY_VERIFY(controller().flow()->session());
        QCOMPARE(controller().flow()->session()->client()->baseUrl(), mirror->baseUrl());
        QTRY_COMPARE(shownNames(controller()), QStringList{QStringLiteral("mirror-only")});
        QCOMPARE(controller().registry()->workspace(m_alpha->workspaceId())->baseUrl, m_alpha->baseUrl());

        // --workspace for a workspace the console does not know: asked for, prefilled.
        options = {};
        options.workspaceId = QStringLiteral("never-seen");
        restart(options);
        QTRY_VERIFY(controller().flow()->connectDialog());
        QCOMPARE(child<QLineEdit>(controller().flow()->connectDialog(), "workspaceIdEdit")->text(), QStringLiteral("never-seen"));
        QVERIFY(child<QLabel>(controller().flow()->connectDialog(), "connectReason")->text().contains(QStringLiteral("not saved")));
        QVERIFY(!controller().flow()->session());

        // A saved workspace whose token is gone from the keychain: asked for, prefilled with its URL.
        deleteKeychain(m_beta->workspaceId());
        options.workspaceId = m_beta->workspaceId();
        restart(options);
        QTRY_VERIFY(controller().flow()->connectDialog());
        QCOMPARE(child<QLineEdit>(controller().flow()->connectDialog(), "workspaceIdEdit")->text(), m_beta->workspaceId());
        QCOMPARE(child<QLineEdit>(controller().flow()->connectDialog(), "baseUrlEdit")->text(), m_beta->baseUrl().toString());
        QVERIFY(child<QLabel>(controller().flow()->connectDialog(), "connectReason")->text().contains(QStringLiteral("No token")));
    }

    void environmentCredentialsAreUsed()
    {
        qputenv("LEPTON_WORKSPACE_ID", m_alpha->workspaceId().toUtf8());
        qputenv("LEPTON_WORKSPACE_TOKEN", m_alphaToken.toUtf8());
        qputenv("LEPTON_WORKSPACE_URL", m_alpha->baseUrl().toString().toUtf8());
        const bool started = start();
        qunsetenv("LEPTON_WORKSPACE_ID");
        qunsetenv("LEPTON_WORKSPACE_TOKEN");
        qunsetenv("LEPTON_WORKSPACE_URL");
        QVERIFY(started);
        QVERIFY(controller().flow()->session());
        QCOMPARE(controller().flow()->session()->workspaceId(), m_alpha->workspaceId());
        QTRY_COMPARE(shownNames(controller()), sorted(m_alpha->deploymentNames()));
        // Used, not saved: not in the registry, shown as such in the switcher.
        QVERIFY(controller().registry()->isEmpty());
        QCOMPARE(controller().flow()->switcher()->itemTexts(), QStringList{QStringLiteral("Alpha Team (not saved)")});
        QVERIFY(!controller().flow()->removeAction()->isEnabled());
        QVERIFY(!readFile(settingsPath()).contains(m_alphaToken.toUtf8()));
    }

    void fullSessionLeaksNoToken()
    {
        if (!m_haveKeychain)
            QSKIP(kNoKeychainSkip);
        {
            QMutexLocker locker(&g_logMutex);
            g_log.clear();
        }
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false\nqt.network.*.debug=true"));
        g_previousHandler = qInstallMessageHandler(captureMessage);
        const auto restore = qScopeGuard([] {
            qInstallMessageHandler(g_previousHandler);
            QLoggingCategory::setFilterRules(QString());
        });
        qDebug("log capture check"); // the capture itself works

        QVERIFY(start());
        // Every state the settings file and the window title pass through, not only the last.
        QList<QByteArray> settingsSnapshots;
        QStringList titles;
        connect(controller().registry(), &WorkspaceRegistry::changed, this,
                [&] { settingsSnapshots << readFile(settingsPath()); });
        connect(controller().window(), &QWidget::windowTitleChanged, this, [&](const QString &title) { titles << title; });
        controller().window()->show();
        connectTo(*m_alpha);
        controller().window()->refreshAction()->trigger();
        QTRY_VERIFY(!controller().flow()->session()->poller()->isLoading());
        connectTo(*m_beta);
        controller().flow()->switcher()->choose(switcherIndex(m_alpha->workspaceId()));
        QTRY_COMPARE(controller().flow()->session()->workspaceId(), m_alpha->workspaceId());
        QTRY_COMPARE(shownNames(controller()), sorted(m_alpha->deploymentNames()));
        // A refused token and a new one.
        const QString alphaNew = QStringLiteral("tok-alpha2-") + randomHex() + randomHex();
        m_alpha->setToken(alphaNew);
        controller().window()->refreshAction()->trigger();
        QTRY_VERIFY(controller().flow()->connectDialog());
        QTest::keyClicks(child<QLineEdit>(controller().flow()->connectDialog(), "tokenEdit"), alphaNew);
        QTest::mouseClick(child<QPushButton>(controller().flow()->connectDialog(), "saveButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!controller().flow()->connectDialog(), 30000);
        QTRY_VERIFY(!controller().flow()->session()->lastError().isError() && !controller().flow()->session()->poller()->isLoading());

        // What the user sees: titles, labels, names, tooltips.
        const QStringList tokens{m_alphaToken, m_betaToken, alphaNew};
        for (QWidget *widget : QApplication::allWidgets()) {
            QStringList seen{widget->windowTitle(), widget->accessibleName(), widget->accessibleDescription(),
                             widget->toolTip(), widget->statusTip()};
            if (auto *label = qobject_cast<QLabel *>(widget))
                seen << label->text();
            if (auto *edit = qobject_cast<QLineEdit *>(widget))
                seen << edit->text();
            for (const QString &token : tokens)
                QVERIFY2(!seen.join(QLatin1Char('\n')).contains(token), qPrintable(widget->objectName()));
        }
        const QString switcherText = controller().flow()->switcher()->itemTexts().join(QLatin1Char('\n'));
        const int switcherCount = controller().flow()->switcher()->comboBox()->count();
        QCOMPARE(switcherCount, 2);

        controller().settings()->sync();
        m_controller.reset(); // writes the window state, closes the database

        QVERIFY(settingsSnapshots.size() >= 3);
        QVERIFY(titles.size() >= 3);
        for (const QString &token : tokens) {
            for (const QByteArray &snapshot : std::as_const(settingsSnapshots))
                QVERIFY2(!snapshot.contains(token.toUtf8()), "a token passed through the settings file");
            QVERIFY2(!titles.join(QLatin1Char('\n')).contains(token), "a token passed through the window title");
        }

        // The settings file, the database and its journal, anything else in the data folder.
        QList<QPair<QString, QByteArray>> files{{settingsPath(), readFile(settingsPath())}};
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (path.startsWith(lepDir()))
                continue;
            files.append({path, readFile(path)});
        }
        QVERIFY(files.size() >= 2);
        QVERIFY(files.constFirst().second.contains(m_alpha->workspaceId().toUtf8()));
        for (const auto &[path, bytes] : std::as_const(files)) {
            for (const QString &token : tokens) {
                for (const QByteArray &form : forms(token))
                    QVERIFY2(!bytes.contains(form), qPrintable(path));
            }
        }
        QStringList log;
        {
            QMutexLocker locker(&g_logMutex);
            log = g_log;
        }
        const QString allLog = log.join(QLatin1Char('\n'));
        QVERIFY2(allLog.contains(QStringLiteral("log capture check")), "the log capture did not work");
        for (const QString &token : tokens)
            QVERIFY2(!allLog.contains(token), "a token is in the log");
        QVERIFY(!switcherText.contains(m_alphaToken));
    }
};

// ----- the child process: the no-keychain path, end to end ---------------------------------

class NoKeychainFlow : public QObject
{
    Q_OBJECT

public:
    explicit NoKeychainFlow(const QString &dir)
        : m_dir(dir)
    {
    }

private:
    QString m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(QStringLiteral("no-such-bus")));
        qputenv(LocalDatabase::DataDirEnvVar, QDir(m_dir).filePath(QStringLiteral("child-data")).toLocal8Bit());
        qputenv("LEPTON_CACHE_DIR", QDir(m_dir).filePath(QStringLiteral("child-lep")).toLocal8Bit());
    }

    void sessionOnlyUse()
    {
        const QString token = QStringLiteral("tok-child-") + randomHex() + randomHex();
        auto simulator = makeSimulator(QStringLiteral("solo-") + randomHex(), token, QStringLiteral("Solo"),
                                       {QStringLiteral("solo-one"), QStringLiteral("solo-two")});
        const QString settings = QDir(m_dir).filePath(QStringLiteral("child-settings.ini"));
        ConsoleApplication::Options options;
        options.keychainService = kService;
        {
            ConsoleApplication controller(settings);
            QVERIFY(controller.start(options));
            QVERIFY(controller.flow()->welcomePage() && controller.flow()->welcomePage()->isVisible());
            QTest::mouseClick(controller.flow()->welcomePage()->connectButton(), Qt::LeftButton);
            ConnectDialog *dialog = controller.flow()->connectDialog();
            QVERIFY(dialog);
            QSignalSpy unavailable(dialog, &ConnectDialog::keychainUnavailable);
            QTest::keyClicks(child<QLineEdit>(dialog, "credentialStringEdit"), simulator->workspaceId() + QLatin1Char(':') + token);
            QTest::keyClicks(child<QLineEdit>(dialog, "baseUrlEdit"), simulator->baseUrl().toString());
            QTest::mouseClick(child<QPushButton>(dialog, "saveButton"), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(unavailable.size(), 1, 60000);
            // Said plainly, with the way out offered, and no token in the words.
            auto *status = child<ErrorBanner>(dialog, "connectStatus");
            QVERIFY(status->isVisible());
            QCOMPARE(status->kind(), ErrorBanner::Kind::Warning);
            QVERIFY2(status->message().contains(QStringLiteral("keychain")), qPrintable(status->message()));
            QVERIFY2(status->message().contains(QStringLiteral("session only")), qPrintable(status->message()));
            QVERIFY(!status->message().contains(token));
            auto *sessionOnly = child<QPushButton>(dialog, "sessionOnlyButton");
            QVERIFY(sessionOnly->isVisible());
            QVERIFY(sessionOnly->isEnabled());
            QVERIFY(!controller.flow()->session());
            QTest::mouseClick(sessionOnly, Qt::LeftButton);
            QTRY_VERIFY(!controller.flow()->connectDialog());
            QVERIFY(controller.flow()->session());
            QCOMPARE(controller.flow()->session()->workspaceId(), simulator->workspaceId());
            QTRY_COMPARE(shownNames(controller), QStringList({QStringLiteral("solo-one"), QStringLiteral("solo-two")}));
            QVERIFY(controller.sessionTokens()->contains(simulator->workspaceId()));
            QVERIFY(controller.registry()->contains(simulator->workspaceId()));
            QVERIFY(controller.window()->isVisible());
        }
        // Nothing written anywhere.
        QVERIFY(!readFile(settings).contains(token.toUtf8()));
        QVERIFY(readFile(settings).contains(simulator->workspaceId().toUtf8()));

        // The next start: the keychain still cannot be read, so the console asks, saying why.
        {
            ConsoleApplication controller(settings);
            QVERIFY(controller.start(options));
            QTRY_VERIFY(controller.flow()->connectDialog());
            ConnectDialog *dialog = controller.flow()->connectDialog();
            QCOMPARE(child<QLineEdit>(dialog, "workspaceIdEdit")->text(), simulator->workspaceId());
            QCOMPARE(child<QLineEdit>(dialog, "baseUrlEdit")->text(), simulator->baseUrl().toString());
            const QString reason = child<QLabel>(dialog, "connectReason")->text();
            QVERIFY2(reason.contains(QStringLiteral("keychain")), qPrintable(reason));
            QVERIFY(!controller.flow()->session());
        }
    }
};

int main(int argc, char **argv)
{
    if (argc >= 3 && qstrcmp(argv[1], kChildFlag) == 0) {
        QApplication app(argc, argv);
        QStandardPaths::setTestModeEnabled(true);
        NoKeychainFlow flow(QString::fromLocal8Bit(argv[2]));
        char *childArgv[] = {argv[0], nullptr};
        return QTest::qExec(&flow, 1, childArgv);
    }
    QApplication app(argc, argv);
    TestWorkspaceFlow test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_workspaceflow.moc"
