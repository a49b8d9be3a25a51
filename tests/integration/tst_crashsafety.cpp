// Crash safety of the local data: the notes and the pause ledger survive a SIGKILL at any
// moment, over many rounds, with one or two writers at once; the database is never corrupt and
// nothing a writer reported as committed is lost. And the database in trouble (locked by
// another program, full, damaged) gives the user a message through the window, never a crash,
// and loses nothing already saved.
//
// The writers are this test binary run again as a child (TST_CRASHSAFETY_CHILD_DB set): it
// writes notes and ledger entries at random and prints each id after its COMMIT returned.
#include "app/deployments/deploymentpoller.h"
#include "app/storage/sqlite/sqliteconnection.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "ui/widgets/errorbanner.h"
#include "app/storage/sqlite/localdatabase.h"
#include "ui/mainwindow/mainwindow.h"
#include "app/storage/sqlite/notestable.h"
#include "app/pause/pausecontroller.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/workspaces/workspacesession.h"
#include "app/simulator/workspacesimulator.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <cstdarg>
#include <cstdio>
#include <memory>

using namespace std::chrono_literals;

namespace {

constexpr const char *kChildDbEnv = "TST_CRASHSAFETY_CHILD_DB";
constexpr const char *kChildTagEnv = "TST_CRASHSAFETY_CHILD_TAG";
constexpr const char *kChildSeedEnv = "TST_CRASHSAFETY_CHILD_SEED";
constexpr const char *kChildModeEnv = "TST_CRASHSAFETY_CHILD_MODE";
const QString kWs = QStringLiteral("crash-ws");

quint32 textHash(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const char c : text.toUtf8()) {
        hash ^= quint8(c);
        hash *= 16777619u;
    }
    return hash;
}

void out(const char *format, ...) Q_ATTRIBUTE_FORMAT_PRINTF(1, 2);
void out(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    std::vfprintf(stdout, format, args);
    va_end(args);
    std::fputc('\n', stdout);
    std::fflush(stdout); // the parent must see it before the kill can land
}

PauseEntry makeEntry(const QString &name, int min, std::optional<int> max)
{
    PauseEntry entry;
    entry.workspaceId = kWs;
    entry.deploymentName = name;
    entry.savedMinReplicas = min;
    entry.savedMaxReplicas = max;
    entry.hadAutoScaler = true;
    entry.savedAutoScaler = QJsonObject {{"scale_down", QJsonObject {{"no_traffic_timeout", 3600}}}};
    entry.pausedSnapshot = QJsonObject {{"resource_requirement", QJsonObject {{"min_replicas", 0}}}};
    entry.pausedBy = QStringLiteral("child");
    entry.reason = QStringLiteral("crash test");
    return entry;
}

// The writer that gets killed. Every line it prints describes a change that is committed
// ("note <id> <hash>", "pending <id>", "active <id>", "closed <id>"), or one it is about to
// make ("edit? <id> <hash>": the kill may land after the COMMIT and before the next line).
int runChildWriter(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString tag = qEnvironmentVariable(kChildTagEnv);
    QRandomGenerator rng(qEnvironmentVariable(kChildSeedEnv).toUInt());
    LocalDatabase db(qEnvironmentVariable(kChildDbEnv));
    if (!db.isOpen()) {
        out("error open: %s", qPrintable(db.errorString()));
        return 2;
    }
    LedgerTable ledger(db);
    NotesTable notes(db);
    out("ready");
    QList<qint64> active;
    QList<qint64> myNotes;
    const auto noteText = [&](int i) {
        const int length = rng.bounded(4) == 0 ? rng.bounded(2000, 30000) : rng.bounded(10, 300);
        return QStringLiteral("%1 #%2 ").arg(tag).arg(i) + QString(length, QChar(u'a' + i % 26));
    };
    for (int i = 0; i < 1000000; ++i) {
        const int op = rng.bounded(100);
        if (op < 30) {
            Note note;
            note.workspaceId = kWs;
            note.deploymentName = QStringLiteral("%1-n%2").arg(tag).arg(i % 7);
            note.author = QStringLiteral("child");
            note.text = noteText(i);
            const auto added = notes.add(note);
            if (!added) {
                out("failed %s", qPrintable(notes.lastError()));
                continue;
            }
            myNotes << added->id;
            out("note %lld %u", added->id, textHash(added->text));
        } else if (op < 50) {
            const auto begun = ledger.beginPause(makeEntry(QStringLiteral("%1-d%2").arg(tag).arg(i), 1 + i % 5, 3 + i % 5));
            if (!begun.ok()) {
                out("failed %s", qPrintable(begun.error));
                continue;
            }
            out("pending %lld", begun.entry.id);
            if (rng.bounded(2) == 0) {
                if (!ledger.markActive(begun.entry.id)) {
                    out("failed %s", qPrintable(ledger.lastError()));
                    continue;
                }
                out("active %lld", begun.entry.id);
                active << begun.entry.id;
            }
        } else if (op < 65) {
            // A pause and its reason in one transaction: both or neither.
            LedgerTable::BeginResult begun;
            std::optional<Note> added;
            QString error;
            const bool ok = db.transaction([&](QString &err) {
                begun = ledger.beginPause(makeEntry(QStringLiteral("%1-t%2").arg(tag).arg(i), 2, std::nullopt));
                if (!begun.ok()) {
                    err = begun.error;
                    return false;
                }
                Note note;
                note.workspaceId = kWs;
                note.deploymentName = begun.entry.deploymentName;
                note.author = QStringLiteral("child");
                note.text = noteText(i);
                note.atPause = true;
                note.pauseEntryId = begun.entry.id;
                added = notes.add(note);
                if (!added) {
                    err = notes.lastError();
                    return false;
                }
                return true;
            }, &error);
            if (!ok) {
                out("failed %s", qPrintable(error));
                continue;
            }
            out("pending %lld", begun.entry.id);
            myNotes << added->id;
            out("note %lld %u", added->id, textHash(added->text));
        } else if (op < 75 && !active.isEmpty()) {
            const qint64 id = active.takeFirst();
            if (!ledger.markClosed(id, QStringLiteral("child"))) {
                out("failed %s", qPrintable(ledger.lastError()));
                continue;
            }
            out("closed %lld", id);
        } else if (op < 92 && !myNotes.isEmpty()) {
            const qint64 id = myNotes.at(rng.bounded(int(myNotes.size())));
            const QString text = noteText(i);
            out("edit? %lld %u", id, textHash(text));
            if (!notes.edit(id, text)) {
                out("failed %s", qPrintable(notes.lastError()));
                continue;
            }
            out("note %lld %u", id, textHash(text));
        } else {
            // A checkpoint copies the WAL into the main file: a kill in the middle of it too.
            QSqlQuery checkpoint(db.connection());
            checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            out("checkpoint");
        }
    }
    return 0;
}

// In a private user and mount namespace (unshare -rm), on a 1 MB tmpfs: a really full disk.
// Prints what happened; the parent checks it.
int runChildFullDisk(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString path = qEnvironmentVariable(kChildDbEnv);
    QList<qint64> saved;
    QString noteError;
    QString pauseError;
    {
        LocalDatabase db(path);
        if (!db.isOpen()) {
            out("error open: %s", qPrintable(db.errorString()));
            return 2;
        }
        NotesTable notes(db);
        LedgerTable ledger(db);
        for (int i = 0; i < 2000; ++i) {
            Note note;
            note.workspaceId = kWs;
            note.deploymentName = QStringLiteral("d%1").arg(i % 5);
            note.author = QStringLiteral("child");
            note.text = QString(6000, QChar(u'a' + i % 26));
            const auto added = notes.add(note);
            if (!added) {
                noteError = notes.lastError();
                break;
            }
            saved << added->id;
        }
        for (int i = 0; i < 2000 && pauseError.isEmpty(); ++i) {
            const auto begun = ledger.beginPause(makeEntry(QStringLiteral("p%1").arg(i), 2, 4));
            if (!begun.ok())
                pauseError = begun.error;
        }
        out("saved %lld", static_cast<long long>(saved.size()));
        out("note error: %s", qPrintable(noteError));
        out("pause error: %s", qPrintable(pauseError));
        QSqlQuery check(db.connection());
        out("integrity: %s", check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next()
                                 ? qPrintable(check.value(0).toString()) : "query failed");
    }
    // Closed and opened again on the still full disk: everything saved is there.
    LocalDatabase again(path);
    if (!again.isOpen()) {
        out("reopen failed: %s", qPrintable(again.errorString()));
        return 0;
    }
    NotesTable notes(again);
    int present = 0;
    for (const qint64 id : std::as_const(saved))
        present += notes.note(id).has_value() ? 1 : 0;
    out("reopened, present %d", present);
    return 0;
}

// What the children reported, accumulated over all rounds.
struct Expected
{
    QHash<qint64, quint32> notes;          // id -> hash of the text
    QHash<qint64, quint32> pendingEdit;    // id -> hash of an edit that may or may not be in
    QHash<qint64, int> ledger;             // id -> least state: 0 pending, 1 active, 2 closed
    int commits = 0;

    void read(const QByteArray &output)
    {
        QHash<qint64, quint32> intents;
        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> p = line.trimmed().split(' ');
            if (p.size() == 3 && p.at(0) == "note") {
                notes.insert(p.at(1).toLongLong(), p.at(2).toUInt());
                intents.remove(p.at(1).toLongLong());
                pendingEdit.remove(p.at(1).toLongLong());
                ++commits;
            } else if (p.size() == 3 && p.at(0) == "edit?") {
                intents.insert(p.at(1).toLongLong(), p.at(2).toUInt());
            } else if (p.size() == 2 && (p.at(0) == "pending" || p.at(0) == "active" || p.at(0) == "closed")) {
                const int rank = p.at(0) == "pending" ? 0 : p.at(0) == "active" ? 1 : 2;
                int &least = ledger[p.at(1).toLongLong()];
                least = std::max(least, rank);
                ++commits;
            }
        }
        // The kill landed between an edit's COMMIT and its line: either text may be there.
        for (auto it = intents.constBegin(); it != intents.constEnd(); ++it)
            pendingEdit.insert(it.key(), it.value());
    }
};

QString stateName(int rank)
{
    return rank == 0 ? QStringLiteral("pending") : rank == 1 ? QStringLiteral("active") : QStringLiteral("closed");
}

int stateRank(const QString &state)
{
    if (state == u"pending")
        return 0;
    if (state == u"active")
        return 1;
    if (state == u"closed")
        return 2;
    return 3; // abandoned: never written by the children
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("console.sqlite")); }

    QProcess *startWriter(const QString &tag, quint32 seed, QObject *parent)
    {
        auto *child = new QProcess(parent);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildDbEnv), dbPath());
        env.insert(QString::fromLatin1(kChildTagEnv), tag);
        env.insert(QString::fromLatin1(kChildSeedEnv), QString::number(seed));
        child->setProcessEnvironment(env);
        child->setProcessChannelMode(QProcess::SeparateChannels);
        child->start(QCoreApplication::applicationFilePath(), {});
        return child;
    }

    // Opens the database as the console would after the crash and checks it against what
    // the writers reported. Returns an empty string when all is well.
    QString verify(const Expected &expected, int *notesSeen = nullptr, int *entriesSeen = nullptr)
    {
        LocalDatabase db(dbPath());
        if (!db.isOpen())
            return QStringLiteral("does not open: ") + db.errorString();
        if (!db.recoveryMessage().isEmpty())
            return QStringLiteral("was found damaged: ") + db.recoveryMessage();
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next() || query.value(0).toString() != u"ok")
            return QStringLiteral("integrity_check: ") + query.value(0).toString();
        if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")) || query.next())
            return QStringLiteral("foreign_key_check reports a dangling link");

        QHash<qint64, quint32> notes;
        if (!query.exec(QStringLiteral("SELECT id, text FROM notes")))
            return QStringLiteral("notes unreadable");
        while (query.next())
            notes.insert(query.value(0).toLongLong(), textHash(query.value(1).toString()));
        QHash<qint64, QString> ledger;
        if (!query.exec(QStringLiteral("SELECT id, state FROM pause_ledger")))
            return QStringLiteral("ledger unreadable");
        while (query.next())
            ledger.insert(query.value(0).toLongLong(), query.value(1).toString());
        if (notesSeen)
            *notesSeen = int(notes.size());
        if (entriesSeen)
            *entriesSeen = int(ledger.size());

        for (auto it = expected.notes.constBegin(); it != expected.notes.constEnd(); ++it) {
            if (!notes.contains(it.key()))
                return QStringLiteral("committed note %1 is lost").arg(it.key());
            const quint32 hash = notes.value(it.key());
            if (hash != it.value() && hash != expected.pendingEdit.value(it.key(), it.value()))
                return QStringLiteral("committed note %1 has other text").arg(it.key());
        }
        for (auto it = expected.ledger.constBegin(); it != expected.ledger.constEnd(); ++it) {
            if (!ledger.contains(it.key()))
                return QStringLiteral("committed ledger entry %1 is lost").arg(it.key());
            const int rank = stateRank(ledger.value(it.key()));
            if (rank < it.value() || rank > 2)
                return QStringLiteral("ledger entry %1 is %2, was reported %3")
                    .arg(it.key()).arg(ledger.value(it.key()), stateName(it.value()));
        }
        return QString();
    }

    // A window on a workspace for the database tests: simulator, session, main window.
    struct Console
    {
        std::unique_ptr<WorkspaceSimulator> sim;
        std::unique_ptr<LocalDatabase> db; // the test's own connection, to set up and check
        std::unique_ptr<LedgerTable> ledger; // on db
        std::unique_ptr<NotesTable> notes;   // on db
        std::unique_ptr<SqliteStorage> storage;
        std::unique_ptr<QSettings> settings;
        std::unique_ptr<WorkspaceSession> session;
        std::unique_ptr<MainWindow> window;
        ~Console()
        {
            if (window)
                window->setSession(nullptr);
            window.reset();
            session.reset();
            notes.reset();
            ledger.reset();
            db.reset();
        }
    };

    // Sets PRAGMA max_page_count on the console's own connection and on the storage's
    // worker connection (through SqliteStorage::run, on its thread); true when both took it.
    static bool setMaxPageCount(Console &console, int pages)
    {
        const QString pragma = QStringLiteral("PRAGMA max_page_count = %1").arg(pages);
        QSqlQuery query(console.db->connection());
        if (!query.exec(pragma))
            return false;
        query.finish();
        std::optional<bool> onWorker;
        QObject context;
        console.storage->run<bool>(&context, false, [pragma](SqliteConnection &connection) {
            QSqlQuery workerQuery(connection.database.connection());
            return StoreResult<bool>::success(workerQuery.exec(pragma));
        }, [&onWorker](const StoreResult<bool> &result) { onWorker = result.ok() && result.value; });
        QTest::qWaitFor([&onWorker] { return onWorker.has_value(); }, 10000);
        return onWorker.value_or(false);
    }

    std::unique_ptr<Console> openConsole(int busyTimeoutMs)
    {
        auto console = std::make_unique<Console>();
        console->sim = std::make_unique<WorkspaceSimulator>();
        console->sim->setTransitionDelay(100ms);
        DeploymentRecipe recipe;
        recipe.name = QStringLiteral("llama-chat");
        recipe.minReplicas = 2;
        recipe.maxReplicas = 4;
        DeploymentRecipe other;
        other.name = QStringLiteral("sdxl-turbo");
        console->sim->setDeployments({SimulatorPopulation::make(recipe), SimulatorPopulation::make(other)});
        if (!console->sim->listen())
            return nullptr;
        console->db = std::make_unique<LocalDatabase>(dbPath(), busyTimeoutMs);
        if (!console->db->isOpen())
            return nullptr;
        console->ledger = std::make_unique<LedgerTable>(*console->db);
        console->notes = std::make_unique<NotesTable>(*console->db);
        console->settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        WorkspaceCredentials credentials;
        credentials.workspaceId = console->sim->workspaceId();
        credentials.token = console->sim->token();
        credentials.baseUrl = console->sim->baseUrl();
        console->storage = std::make_unique<SqliteStorage>(dbPath(), busyTimeoutMs);
        console->session = std::make_unique<WorkspaceSession>(credentials, console->storage.get());
        console->session->poller()->setIntervals(1s, 60s);
        console->window = std::make_unique<MainWindow>(console->settings.get());
        console->window->setSession(console->session.get());
        console->window->show();
        console->session->start();
        if (!QTest::qWaitFor([&] { return console->session->model()->rowCount() == 2; }, 10000))
            return nullptr;
        return console;
    }

    // Pauses through the window; `banner` gets what the banner said right after (a refresh
    // that lands later may replace it, e.g. with a reconcile note).
    static PauseOutcome pauseThroughWindow(Console &console, const QString &reason = {},
                                           const QString &name = QStringLiteral("llama-chat"),
                                           QString *banner = nullptr)
    {
        std::optional<PauseOutcome> outcome;
        bool seen = false;
        QString shown;
        ErrorBanner *bar = console.window->banner();
        const auto connection = QObject::connect(console.window.get(), &MainWindow::pauseFinished, [&](const PauseOutcome &o) {
            outcome = o;
            QTimer::singleShot(0, bar, [&] {
                shown = bar->isVisible() ? bar->message() : QString();
                seen = true;
            });
        });
        console.window->pauseDeployments({name}, reason, {});
        (void)QTest::qWaitFor([&] { return outcome.has_value() && seen; }, 10000);
        QObject::disconnect(connection);
        // Let the refresh the window starts after a pause land, and what it settles.
        (void)QTest::qWaitFor([&] { return !console.session->poller()->isLoading(); }, 10000);
        if (banner)
            *banner = shown;
        return outcome.value_or(PauseOutcome {});
    }

    static bool patchWasSent(const Console &console, const QString &name = QStringLiteral("llama-chat"))
    {
        for (const auto &request : console.sim->requests())
            if (request.method == "PATCH" && request.path.endsWith(QLatin1Char('/') + name))
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    // Many rounds of: start one or two writers, SIGKILL them after a random moment (also
    // while the first one is still creating the database), open the file, check everything.
    void killedWritersLoseNothing()
    {
        const quint32 seed = qEnvironmentVariableIsSet("TST_CRASHSAFETY_SEED")
            ? qEnvironmentVariable("TST_CRASHSAFETY_SEED").toUInt()
            : QRandomGenerator::global()->generate();
        qInfo("seed %u (set TST_CRASHSAFETY_SEED to replay)", seed);
        QRandomGenerator rng(seed);
        const int maxRounds = qEnvironmentVariableIntValue("TST_CRASHSAFETY_ROUNDS") > 0
            ? qEnvironmentVariableIntValue("TST_CRASHSAFETY_ROUNDS") : 150;
        constexpr qint64 kBudgetMs = 18000;
        constexpr int kMinimumRounds = 30;

        Expected expected;
        QElapsedTimer budget;
        budget.start();
        int rounds = 0;
        int kills = 0;
        int killedBeforeReady = 0;
        int twoWriterRounds = 0;
        int failedWrites = 0;
        for (; rounds < maxRounds && (budget.elapsed() < kBudgetMs || rounds < kMinimumRounds); ++rounds) {
            QObject scope;
            const int writers = rounds % 3 == 2 ? 2 : 1;
            twoWriterRounds += writers == 2 ? 1 : 0;
            QList<QProcess *> children;
            for (int w = 0; w < writers; ++w)
                children << startWriter(QStringLiteral("r%1w%2").arg(rounds).arg(w), rng.generate(), &scope);
            for (QProcess *child : std::as_const(children))
                QVERIFY2(child->waitForStarted(10000), qPrintable(child->errorString()));

            // One round in eight (and the first ones, while the file is created and migrated)
            // kills at any moment from the start; the others once the writers are writing.
            QList<QByteArray> outputs(children.size());
            const auto collect = [&] {
                for (qsizetype c = 0; c < children.size(); ++c) {
                    children.at(c)->waitForReadyRead(1);
                    outputs[c] += children.at(c)->readAllStandardOutput();
                }
            };
            const bool anyMoment = rounds < 3 || rounds % 8 == 0;
            QElapsedTimer wait;
            wait.start();
            if (!anyMoment) {
                while (wait.elapsed() < 10000
                       && !std::all_of(outputs.cbegin(), outputs.cend(), [](const QByteArray &o) { return o.startsWith("ready"); }))
                    collect();
                wait.restart();
            }
            const int delayMs = anyMoment ? rng.bounded(0, 80) : rng.bounded(0, 120);
            while (wait.elapsed() < delayMs)
                collect();
            for (qsizetype c = 0; c < children.size(); ++c) {
                QProcess *child = children.at(c);
                child->kill(); // SIGKILL: no destructor, no COMMIT, no checkpoint
                QVERIFY(child->waitForFinished(10000));
                const QByteArray output = outputs.at(c) + child->readAllStandardOutput();
                if (child->exitStatus() != QProcess::CrashExit)
                    QFAIL(qPrintable(QStringLiteral("a writer ended by itself (%1): %2")
                                         .arg(child->exitCode()).arg(QString::fromUtf8(output.right(500)))));
                ++kills;
                killedBeforeReady += output.startsWith("ready") ? 0 : 1;
                failedWrites += int(output.count("\nfailed "));
                if (output.contains("error open"))
                    QFAIL(qPrintable(QStringLiteral("a writer could not open the database: %1").arg(QString::fromUtf8(output))));
                expected.read(output);
            }

            const QString problem = verify(expected);
            QVERIFY2(problem.isEmpty(), qPrintable(QStringLiteral("round %1 (seed %2): %3").arg(rounds).arg(seed).arg(problem)));
        }
        int notes = 0;
        int entries = 0;
        QCOMPARE(verify(expected, &notes, &entries), QString());
        qInfo("%d rounds (%d with two writers), %d SIGKILLs (%d before the database was open), "
              "%d committed changes checked, %d notes and %d ledger entries on disk, %d writes refused, %lld ms",
              rounds, twoWriterRounds, kills, killedBeforeReady, expected.commits, notes, entries, failedWrites, budget.elapsed());
        QVERIFY(rounds >= kMinimumRounds);
        QVERIFY2(expected.commits > rounds, "the writers committed too little for the test to mean anything");
        QVERIFY(!expected.notes.isEmpty() && !expected.ledger.isEmpty());
    }

    // The check can fail: a change reported but not on disk is caught.
    void verifierCatchesALoss()
    {
        { LocalDatabase create(dbPath()); QVERIFY(create.isOpen()); }
        Expected lost;
        lost.read("note 4242 17\n");
        QVERIFY(verify(lost).contains(QStringLiteral("note 4242 is lost")));
        Expected missingEntry;
        missingEntry.read("pending 77\nactive 77\n");
        QVERIFY(verify(missingEntry).contains(QStringLiteral("entry 77 is lost")));
        QCOMPARE(verify(Expected()), QString());
    }

    // The PATCH lands, but "done" cannot be written (another program took the lock while it
    // was on the way): the user is told, the saved replicas stay, a later refresh settles it.
    void lockWhilePatchIsOnTheWayKeepsTheSavedReplicas()
    {
        auto console = openConsole(300);
        QVERIFY(console);
        console->sim->setLatency(600ms);
        LocalDatabase other(dbPath());
        QVERIFY(other.isOpen());
        QSqlQuery lock(other.connection());
        bool locked = false;
        connect(console->sim.get(), &WorkspaceSimulator::requestReceived, this,
                [&](const QByteArray &method, const QString &) {
            if (method == "PATCH" && !locked)
                locked = lock.exec(QStringLiteral("BEGIN EXCLUSIVE"))
                    && lock.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('held-by', 'another program')"));
        });

        const PauseOutcome outcome = pauseThroughWindow(*console);
        QVERIFY(locked);
        QCOMPARE(outcome.kind, PauseOutcome::Kind::Paused);
        QVERIFY2(outcome.message.contains(QStringLiteral("could not record the pause as complete")), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QStringLiteral("locked")), qPrintable(outcome.message));
        QCOMPARE(console->sim->deployment(QStringLiteral("llama-chat")).value("spec").toObject()
                     .value("resource_requirement").toObject().value("min_replicas").toInt(), 0);

        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        QSignalSpy refreshed(console->session.get(), &WorkspaceSession::refreshed);
        console->session->poller()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 5000);
        const auto entry = console->ledger.get()->openEntry(QStringLiteral("demo"), QStringLiteral("llama-chat"));
        QVERIFY(entry);
        QCOMPARE(entry->state, PauseEntry::State::Active);
        QCOMPARE(entry->savedMinReplicas, 2);
    }

    // Another program holds the write lock: pausing says so and sends nothing; reading goes on.
    void lockedDatabaseGivesAMessage()
    {
        auto console = openConsole(300);
        QVERIFY(console);
        NotesTable *notes = console->notes.get();
        Note note;
        note.workspaceId = QStringLiteral("demo");
        note.deploymentName = QStringLiteral("llama-chat");
        note.author = QStringLiteral("me");
        note.text = QStringLiteral("written before the lock");
        const auto kept = notes->add(note);
        QVERIFY(kept);

        LocalDatabase other(dbPath());
        QVERIFY(other.isOpen());
        QSqlQuery lock(other.connection());
        QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QVERIFY(lock.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('held-by', 'another program')")));

        QString shown;
        const PauseOutcome outcome = pauseThroughWindow(*console, QStringLiteral("weekend"), QStringLiteral("llama-chat"), &shown);
        QCOMPARE(outcome.kind, PauseOutcome::Kind::LocalStoreFailed);
        QVERIFY2(outcome.message.contains(QStringLiteral("locked")), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains(QStringLiteral("was not paused")), qPrintable(outcome.message));
        QCOMPARE(shown, outcome.message);
        QCOMPARE(console->window->banner()->kind(), ErrorBanner::Kind::Error);
        QVERIFY(!patchWasSent(*console)); // nothing sent without the saved replicas
        QCOMPARE(console->sim->deployment(QStringLiteral("llama-chat")).value("spec").toObject()
                     .value("resource_requirement").toObject().value("min_replicas").toInt(), 2);

        note.text = QStringLiteral("written during the lock");
        QVERIFY(!notes->add(note));
        QVERIFY2(notes->lastError().contains(QStringLiteral("locked")), qPrintable(notes->lastError()));
        // Reading goes on (WAL): the table refreshes, the old note is there.
        QSignalSpy refreshed(console->session.get(), &WorkspaceSession::refreshed);
        console->session->poller()->refreshNow();
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 5000);
        QVERIFY(notes->note(kept->id).has_value());

        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        const PauseOutcome again = pauseThroughWindow(*console);
        QCOMPARE(again.kind, PauseOutcome::Kind::Paused);
        QCOMPARE(console->ledger.get()->openEntry(QStringLiteral("demo"), QStringLiteral("llama-chat"))->savedMinReplicas, 2);
    }

    // The database may not grow (SQLite's max_page_count, which fails exactly like a full
    // disk): pausing says so and sends nothing, and everything saved before is still there.
    void fullDatabaseGivesAMessage()
    {
        auto console = openConsole(LocalDatabase::DefaultBusyTimeoutMs);
        QVERIFY(console);
        LocalDatabase &db = *console->db;
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
        const int roomyLimit = query.value(0).toInt() + 8;
        query.finish();
        // max_page_count belongs to a connection: the test's own and the storage's worker
        // connection (the one the window's pause writes through) get the same limit.
        QVERIFY(setMaxPageCount(*console, roomyLimit));

        // Room for the ledger entry (which holds the reason, ~6 pages) but not for the reason's
        // note as well: the pause goes through (the replicas are safe) and the user is told
        // the note was not kept.
        const QString longReason = QString(24000, u'r');
        QString shown;
        const PauseOutcome partly = pauseThroughWindow(*console, longReason, QStringLiteral("sdxl-turbo"), &shown);
        QVERIFY2(partly.kind == PauseOutcome::Kind::Paused, qPrintable(partly.message));
        QVERIFY2(partly.message.contains(QStringLiteral("reason was not saved")) && partly.message.contains(QStringLiteral("full")),
                 qPrintable(partly.message));
        QCOMPARE(shown, partly.message);
        QCOMPARE(console->ledger.get()->openEntry(QStringLiteral("demo"), QStringLiteral("sdxl-turbo"))->savedMinReplicas, 1);

        // Fill it: notes, then pauses of other deployments, until the store refuses.
        NotesTable *notes = console->notes.get();
        LedgerTable *ledger = console->ledger.get();
        QList<qint64> savedNotes;
        QString noteError;
        for (int i = 0; i < 500 && noteError.isEmpty(); ++i) {
            Note note;
            note.workspaceId = QStringLiteral("demo");
            note.deploymentName = QStringLiteral("llama-chat");
            note.author = QStringLiteral("me");
            note.text = QString(3000, QChar(u'a' + i % 26));
            if (const auto added = notes->add(note))
                savedNotes << added->id;
            else
                noteError = notes->lastError();
        }
        QVERIFY2(noteError.contains(QStringLiteral("full")), qPrintable(noteError));
        QList<qint64> savedEntries;
        for (int i = 0; i < 500; ++i) {
            PauseEntry entry = makeEntry(QStringLiteral("other-%1").arg(i), 1, 2);
            entry.workspaceId = QStringLiteral("elsewhere");
            const auto begun = ledger->beginPause(entry);
            if (!begun.ok())
                break;
            savedEntries << begun.entry.id;
        }

        const PauseOutcome outcome = pauseThroughWindow(*console, QStringLiteral("weekend"), QStringLiteral("llama-chat"), &shown);
        QCOMPARE(outcome.kind, PauseOutcome::Kind::LocalStoreFailed);
        QVERIFY2(outcome.message.contains(QStringLiteral("full")), qPrintable(outcome.message));
        QCOMPARE(shown, outcome.message);
        QVERIFY(!patchWasSent(*console));

        // Nothing committed was lost, and the file is sound.
        for (const qint64 id : std::as_const(savedNotes))
            QVERIFY(notes->note(id).has_value());
        for (const qint64 id : std::as_const(savedEntries))
            QVERIFY(ledger->entry(id).has_value());
        QVERIFY(query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("ok"));
        query.finish();

        // Space again: the pause goes through.
        QVERIFY(setMaxPageCount(*console, 1073741823));
        QCOMPARE(pauseThroughWindow(*console).kind, PauseOutcome::Kind::Paused);
    }

    // A really full disk: a 1 MB tmpfs in a private mount namespace (unshare -rm), where the
    // kernel allows one; skipped where it does not.
    void realFullDiskGivesAMessage()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("unshare")).isEmpty())
            QSKIP("no unshare(1)");
        const QString mountPoint = m_dir->filePath(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(mountPoint));
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildDbEnv), mountPoint + QStringLiteral("/console.sqlite"));
        env.insert(QString::fromLatin1(kChildModeEnv), QStringLiteral("fulldisk"));
        child.setProcessEnvironment(env);
        const QString script = QStringLiteral("mount -t tmpfs -o size=1m tmpfs \"$0\" || exit 77; exec \"$1\"");
        child.start(QStringLiteral("unshare"), {QStringLiteral("-rm"), QStringLiteral("sh"), QStringLiteral("-c"), script,
                                               mountPoint, QCoreApplication::applicationFilePath()});
        QVERIFY(child.waitForFinished(60000));
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        if (child.exitStatus() == QProcess::NormalExit && (child.exitCode() == 77 || output.isEmpty()))
            QSKIP(qPrintable(QStringLiteral("no private tmpfs here: %1").arg(QString::fromUtf8(child.readAllStandardError()).trimmed())));
        qInfo("%s", qPrintable(output.trimmed()));
        QCOMPARE(child.exitStatus(), QProcess::NormalExit);
        QCOMPARE(child.exitCode(), 0);
        const QRegularExpressionMatch saved = QRegularExpression(QStringLiteral("saved (\\d+)")).match(output);
        QVERIFY(saved.hasMatch() && saved.captured(1).toInt() > 10);
        QVERIFY2(output.contains(QStringLiteral("note error: The disk holding the local database is full")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("pause error: The disk holding the local database is full")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("integrity: ok")), qPrintable(output));
        QVERIFY2(output.contains(QStringLiteral("reopened, present %1").arg(saved.captured(1))), qPrintable(output));
    }

    // Damage in the file itself (bytes overwritten in random pages): opening never crashes;
    // either the damage does not matter or the file is kept aside with a message and a fresh
    // database takes its place.
    void damagedFileGivesAMessage()
    {
        {
            LocalDatabase db(dbPath());
            QVERIFY(db.isOpen());
            NotesTable notes(db);
            LedgerTable ledger(db);
            for (int i = 0; i < 60; ++i) {
                Note note;
                note.workspaceId = kWs;
                note.deploymentName = QStringLiteral("d%1").arg(i % 4);
                note.author = QStringLiteral("me");
                note.text = QString(900, QChar(u'a' + i % 26));
                QVERIFY(notes.add(note));
                QVERIFY(ledger.beginPause(makeEntry(QStringLiteral("p%1").arg(i), 1, 2)).ok());
            }
            QSqlQuery checkpoint(db.connection());
            QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile pristine(dbPath());
        QVERIFY(pristine.open(QIODevice::ReadOnly));
        const QByteArray good = pristine.readAll();
        pristine.close();
        QVERIFY(good.size() >= 8 * 4096);

        QRandomGenerator rng(20261125);
        int keptAside = 0;
        int unharmed = 0;
        for (int round = 0; round < 40; ++round) {
            const QString path = m_dir->filePath(QStringLiteral("damaged-%1.sqlite").arg(round));
            QByteArray bytes = good;
            const int damages = 1 + rng.bounded(4);
            for (int d = 0; d < damages; ++d) {
                const qsizetype at = rng.bounded(int(bytes.size()));
                const qsizetype length = std::min<qsizetype>(1 + rng.bounded(600), bytes.size() - at);
                for (qsizetype i = 0; i < length; ++i)
                    bytes[at + i] = char(rng.bounded(256));
            }
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
            file.close();

            LocalDatabase db(path);
            if (!db.recoveryMessage().isEmpty()) {
                ++keptAside;
                QVERIFY(db.isOpen());
                QVERIFY(QFile::exists(db.corruptCopyPath()));
                QVERIFY(db.recoveryMessage().contains(QDir::toNativeSeparators(db.corruptCopyPath())));
            } else if (db.isOpen()) {
                ++unharmed;
            } else {
                QVERIFY2(!db.errorString().isEmpty(), "closed without a reason");
                continue;
            }
            // Whatever happened, the store works and says so when it cannot.
            NotesTable notes(db);
            Note note;
            note.workspaceId = kWs;
            note.deploymentName = QStringLiteral("after");
            note.author = QStringLiteral("me");
            note.text = QStringLiteral("after the damage");
            if (!notes.add(note))
                QVERIFY(!notes.lastError().isEmpty());
            (void)notes.all(kWs);
            (void)LedgerTable(db).allOpenEntries();
        }
        qInfo("40 damaged files: %d kept aside with a message, %d opened as they were", keptAside, unharmed);
        QVERIFY(keptAside > 0);
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kChildDbEnv))
        return qEnvironmentVariable(kChildModeEnv) == u"fulldisk" ? runChildFullDisk(argc, argv)
                                                                  : runChildWriter(argc, argv);
    QApplication app(argc, argv);
    TestCrashSafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashsafety.moc"
