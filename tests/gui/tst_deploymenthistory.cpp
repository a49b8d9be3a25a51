// The History of a deployment, on both backends (a file, and the throwaway PostgreSQL of
// scripts/test): pauses, resumes, abandoned pauses and notes, newest first, with who and
// when; a pause written by another console on the same store appears by itself
// (Storage::changed()); and the window opens it from Deployment > History… (Ctrl+H) for the
// selected row.
#include "app/deployments/deploymentfiltermodel.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/pause/deploymenthistorymodel.h"
#include "app/storage/notesstore.h"
#include "app/storage/pauseledger.h"
#include "app/storage/postgres/postgresstorage.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "tests/storage/teststores.h"
#include "tests/support/scratchfolder.h"
#include "ui/history/deploymenthistorydialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/shell/consoleapplication.h"
#include "ui/shell/workspaceflow.h"
#include "app/workspaces/workspacesession.h"

#include <QAction>
#include <QSysInfo>
#include <QTableView>
#include <QtTest>

namespace {
const QString kWs = QStringLiteral("ws-history");
const QString kName = QStringLiteral("llama-70b");

template <typename T>
StoreResult<T> waitFor(const std::function<void(QObject *, StoreCallback<T>)> &call)
{
    QObject context;
    std::optional<StoreResult<T>> got;
    call(&context, [&got](const StoreResult<T> &r) { got = r; });
    if (!QTest::qWaitFor([&got] { return got.has_value(); }, 20000))
        return StoreResult<T>::failure(StoreError(StoreError::Kind::Other, QStringLiteral("TEST: no answer")));
    return *got;
}

PauseEntry pauseOf(const QString &by, const QDateTime &at, const QString &reason, int replicas)
{
    PauseEntry entry;
    entry.workspaceId = kWs;
    entry.deploymentName = kName;
    entry.savedMinReplicas = replicas;
    entry.savedMaxReplicas = replicas;
    entry.pausedBy = by;
    entry.pausedAt = at;
    entry.reason = reason;
    return entry;
}

// Writes a pause and moves it to `state` (Active, Closed or Abandoned) by `closedBy`.
bool writePause(Storage &storage, const PauseEntry &entry, PauseEntry::State state, const QString &closedBy = QString())
{
    const auto begun = waitFor<PauseLedger::Begun>([&](QObject *c, StoreCallback<PauseLedger::Begun> done) {
        storage.ledger().beginPause(entry, c, done);
    });
    if (!begun.ok() || !begun.value.created)
        return false;
    const qint64 id = begun.value.entry.id;
    const auto active = waitFor<PauseLedger::Settled>([&](QObject *c, StoreCallback<PauseLedger::Settled> done) {
        storage.ledger().compareAndSet(id, PauseEntry::State::Pending,
                                       state == PauseEntry::State::Abandoned ? PauseEntry::State::Abandoned : PauseEntry::State::Active,
                                       closedBy, c, done);
    });
    if (!active.ok())
        return false;
    if (state != PauseEntry::State::Closed)
        return true;
    return waitFor<PauseLedger::Settled>([&](QObject *c, StoreCallback<PauseLedger::Settled> done) {
               storage.ledger().compareAndSet(id, PauseEntry::State::Active, PauseEntry::State::Closed, closedBy, c, done);
           }).ok();
}
} // namespace

class TestDeploymentHistory : public QObject
{
    Q_OBJECT

private:
    TestStores m_stores;
    ScratchFolder m_dir;

    std::unique_ptr<Storage> openStore()
    {
        const QString where = m_stores.location(QStringLiteral("history"));
        if (where.isEmpty())
            return nullptr;
        std::unique_ptr<Storage> storage;
        if (m_stores.backend() == QStringLiteral("postgres"))
            storage = std::make_unique<PostgresStorage>(where);
        else
            storage = std::make_unique<SqliteStorage>(where);
        if (!QTest::qWaitFor([&storage] { return !storage->status().opening; }, 20000) || !storage->status().open)
            return nullptr;
        return storage;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_stores.reset();
        m_dir.remove();
    }

    void newestFirstWithWhoAndWhen_data() { TestStores::addBackendRows(); }
    void newestFirstWithWhoAndWhen()
    {
        if (m_stores.backend() == QStringLiteral("postgres") && TestStores::serverUri().isEmpty())
            QSKIP("LEPTON_TEST_PG_URI is not set: run under scripts/test, which starts a throwaway PostgreSQL.");
        std::unique_ptr<Storage> console = openStore();
        QVERIFY2(console, qPrintable(m_stores.errorString()));
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-3600);
        QVERIFY(writePause(*console, pauseOf(QStringLiteral("alice"), t0, QStringLiteral("weekend"), 3),
                           PauseEntry::State::Closed, QStringLiteral("bob")));
        QVERIFY(writePause(*console, pauseOf(QStringLiteral("carol"), t0.addSecs(600), QString(), 2),
                           PauseEntry::State::Abandoned, QStringLiteral("carol")));
        Note note;
        note.workspaceId = kWs;
        note.deploymentName = kName;
        note.text = QStringLiteral("owner: team inference");
        note.author = QStringLiteral("dave");
        note.createdAt = t0.addSecs(1200);
        QVERIFY(waitFor<Note>([&](QObject *c, StoreCallback<Note> done) { console->notes().add(note, c, done); }).ok());

        DeploymentHistoryModel model;
        QSignalSpy loaded(&model, &DeploymentHistoryModel::loaded);
        model.setDeployment(console.get(), kWs, kName);
        QVERIFY(loaded.wait(20000));
        QVERIFY2(model.errorString().isEmpty(), qPrintable(model.errorString()));
        QCOMPARE(model.rowCount(), 5);
        QStringList events;
        QStringList who;
        for (int row = 0; row < model.rowCount(); ++row) {
            events << model.index(row, DeploymentHistoryModel::EventColumn).data().toString();
            who << model.index(row, DeploymentHistoryModel::WhoColumn).data().toString();
            if (row > 0)
                QVERIFY(model.index(row - 1, 0).data(DeploymentHistoryModel::WhenRole).toDateTime()
                        >= model.index(row, 0).data(DeploymentHistoryModel::WhenRole).toDateTime());
        }
        // The note (t0+20 min) is newest; the resume and the abandon happened just now.
        QCOMPARE(events.count(QStringLiteral("Paused")), 2);
        QCOMPARE(events.count(QStringLiteral("Resumed")), 1);
        QCOMPARE(events.count(QStringLiteral("Pause abandoned")), 1);
        QCOMPARE(events.count(QStringLiteral("Note")), 1);
        QCOMPARE(events.last(), QStringLiteral("Paused"));
        // Who, and from where: the store stamps the writing program and host.
        const QString from = QStringLiteral(" (tst_deploymenthistory on %1)").arg(QSysInfo::machineHostName());
        QCOMPARE(who.last(), QStringLiteral("alice") + from);
        QVERIFY(who.contains(QStringLiteral("bob") + from));
        QVERIFY(who.contains(QStringLiteral("dave") + from));
        const QString firstPause = model.index(model.rowCount() - 1, DeploymentHistoryModel::DetailsColumn).data().toString();
        QVERIFY2(firstPause.startsWith(QStringLiteral("weekend")), qPrintable(firstPause));
        QVERIFY2(firstPause.contains(QStringLiteral("replicas: 3")), qPrintable(firstPause));
        const QString spoken = model.index(model.rowCount() - 1, 0).data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.startsWith(QStringLiteral("Paused by alice")), qPrintable(spoken));
    }

    // Another console on the same store pauses: the History shows it without being asked.
    void anotherConsolesPauseAppearsLive_data() { TestStores::addBackendRows(); }
    void anotherConsolesPauseAppearsLive()
    {
        if (m_stores.backend() == QStringLiteral("postgres") && TestStores::serverUri().isEmpty())
            QSKIP("LEPTON_TEST_PG_URI is not set: run under scripts/test, which starts a throwaway PostgreSQL.");
        std::unique_ptr<Storage> mine = openStore();
        QVERIFY2(mine, qPrintable(m_stores.errorString()));
        std::unique_ptr<Storage> colleague = openStore();
        QVERIFY2(colleague, qPrintable(m_stores.errorString()));
        DeploymentHistoryModel model;
        QSignalSpy loaded(&model, &DeploymentHistoryModel::loaded);
        model.setDeployment(mine.get(), kWs, kName);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);

        QVERIFY(writePause(*colleague, pauseOf(QStringLiteral("alice"), QDateTime::currentDateTimeUtc(),
                                                QStringLiteral("release freeze"), 4),
                           PauseEntry::State::Active));
        // Pending, then Active: two commits, each seen as it lands.
        QTRY_COMPARE_WITH_TIMEOUT(model.index(0, DeploymentHistoryModel::EventColumn).data().toString(), QStringLiteral("Paused"), 10000);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, DeploymentHistoryModel::WhoColumn).data().toString(),
                 QStringLiteral("alice (tst_deploymenthistory on %1)").arg(QSysInfo::machineHostName()));
        QVERIFY(model.index(0, DeploymentHistoryModel::DetailsColumn).data().toString().startsWith(QStringLiteral("release freeze")));
        // Applied as a diff: the colleague's lines are inserted and updated, the table never reset.
        QCOMPARE(resets.count(), 0);
    }

    // Deployment > History… (Ctrl+H) opens the History of the selected row.
    void openedFromTheDeploymentMenu()
    {
        QVERIFY2(m_dir.renew(), qPrintable(m_dir.errorString()));
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("data"))));
        qputenv(LocalDatabase::DataDirEnvVar, m_dir.filePath(QStringLiteral("data")).toLocal8Bit());
        qunsetenv("LEPTON_CONSOLE_STORE");
        ConsoleApplication console(m_dir.filePath(QStringLiteral("settings.ini")));
        ConsoleApplication::Options options;
        options.demo = true;
        options.keychainService = QStringLiteral("lepton-console-test-history");
        QVERIFY(console.start(options));
        MainWindow *window = console.window();
        QTRY_VERIFY_WITH_TIMEOUT(window->proxy()->rowCount() > 0, 20000);
        const QString name = window->proxy()->index(0, DeploymentTableModel::NameColumn).data(DeploymentTableModel::NameRole).toString();
        QVERIFY(window->selectDeployment(name));
        const QStringList selected = window->selectedNames();
        QCOMPARE(selected.size(), 1);
        QAction *history = window->findChild<QAction *>(QStringLiteral("historyAction"));
        QVERIFY(history);
        QVERIFY(history->isEnabled());
        QVERIFY(history->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+H"))));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->table()->setFocus();
        QTest::keyClick(window->table(), Qt::Key_H, Qt::ControlModifier);
        QTRY_VERIFY(window->findChild<DeploymentHistoryDialog *>());
        auto *dialog = window->findChild<DeploymentHistoryDialog *>();
        QCOMPARE(dialog->model()->deploymentName(), selected.first());
        QVERIFY(dialog->windowTitle().contains(selected.first()));
        QTRY_VERIFY(dialog->model()->hasLoaded());
        QVERIFY(!dialog->table()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestDeploymentHistory)
#include "tst_deploymenthistory.moc"
