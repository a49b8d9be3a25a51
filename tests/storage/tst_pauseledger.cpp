// LedgerTable and PauseEntry: the life of a pause, the rule that a second pause never
// overwrites the saved values (also between two connections racing), the exact restore
// patch, editing saved values, JSON export/import, and durability: a committed entry
// survives reopening and a child process killed with SIGKILL right after its commit.
#include "app/common/jsonmergepatch.h"
#include "app/pause/ledgerexchange.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/pauseentry.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/storage/sqlite/notestable.h"
#include "app/storage/changeorigin.h"
#include "tests/storage/twobackendstores.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSemaphore>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <cstdio>
#include <memory>

#include <sys/types.h>
#include <unistd.h>

namespace {

// The ledger's exchange file, as the CLI's export-ledger / import-ledger use it: the format
// is LedgerExchange's, the writing one LedgerTable transaction.
QByteArray exportJson(const LedgerTable &ledger, const QString &workspaceId)
{
    return LedgerExchange::write(workspaceId, ledger.openEntries(workspaceId));
}

LedgerTable::ImportResult importJson(LedgerTable &ledger, const QByteArray &json)
{
    const LedgerExchange::Read read = LedgerExchange::read(json);
    if (!read.result.ok()) {
        LedgerTable::ImportResult refused;
        refused.invalid = read.result.invalid;
        refused.messages = read.result.messages;
        refused.error = read.result.error;
        return refused;
    }
    return ledger.importEntries(read.entries, read.result.invalid, read.result.messages);
}

} // namespace

namespace {

const QString kWs = QStringLiteral("ws-1");
const QDateTime kT0 = QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);

// Set when the test binary runs itself as the writer that gets killed.
constexpr const char *kChildDbEnv = "TST_PAUSELEDGER_CHILD_DB";
constexpr const char *kChildModeEnv = "TST_PAUSELEDGER_CHILD_MODE";
constexpr int kSelfKillAfter = 12;

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

PauseEntry makeEntry(const QString &name, int min, std::optional<int> max = std::nullopt,
                     std::optional<QJsonObject> autoScaler = std::nullopt, const QString &workspace = kWs)
{
    PauseEntry entry;
    entry.workspaceId = workspace;
    entry.deploymentName = name;
    entry.savedMinReplicas = min;
    entry.savedMaxReplicas = max;
    entry.hadAutoScaler = autoScaler.has_value();
    entry.savedAutoScaler = autoScaler.value_or(QJsonObject());
    entry.pausedSnapshot = obj(R"({"resource_requirement":{"min_replicas":0}})");
    entry.pausedVersion = 7;
    entry.pausedBy = QStringLiteral("alice");
    entry.pausedAt = kT0;
    entry.reason = QStringLiteral("weekend");
    return entry;
}

// The saved values, the way the pause code takes them from the spec it read.
PauseEntry entryFromSpec(const QJsonObject &spec)
{
    const QJsonObject resources = spec.value(QStringLiteral("resource_requirement")).toObject();
    PauseEntry entry = makeEntry(QStringLiteral("d"), resources.value(QStringLiteral("min_replicas")).toInt());
    if (resources.contains(QStringLiteral("max_replicas")))
        entry.savedMaxReplicas = resources.value(QStringLiteral("max_replicas")).toInt();
    entry.hadAutoScaler = spec.contains(QStringLiteral("auto_scaler"));
    entry.savedAutoScaler = spec.value(QStringLiteral("auto_scaler")).toObject();
    return entry;
}

// The child: pauses deployments one after another and prints each id once it is committed.
// "selfkill" sends itself SIGKILL right after the kSelfKillAfter-th commit; "stream" goes on
// until the parent kills it.
int runChildWriter(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    LocalDatabase db(qEnvironmentVariable(kChildDbEnv));
    if (!db.isOpen()) {
        std::fprintf(stdout, "error %s\n", qPrintable(db.errorString()));
        return 2;
    }
    LedgerTable ledger(db);
    const bool selfKill = qEnvironmentVariable(kChildModeEnv) == u"selfkill";
    for (int i = 0; i < 100000; ++i) {
        PauseEntry entry = makeEntry(QStringLiteral("dep-%1").arg(i), i % 7 + 1, i % 7 + 3);
        entry.pausedAt = QDateTime();
        const auto begun = ledger.beginPause(entry);
        if (!begun.ok() || !begun.created || !ledger.markActive(begun.entry.id)) {
            std::fprintf(stdout, "error %s\n", qPrintable(ledger.lastError()));
            return 3;
        }
        std::fprintf(stdout, "committed %d %lld\n", i, static_cast<long long>(begun.entry.id));
        std::fflush(stdout);
        if (selfKill && i + 1 == kSelfKillAfter)
            ::kill(::getpid(), SIGKILL); // no destructor, no close, no checkpoint
    }
    return 0;
}

} // namespace

class TestPauseLedger : public QObject
{
    Q_OBJECT

    TwoBackendStores m_stores; // the backend of the data row (SQLite or PostgreSQL), and a scratch folder
    QString dbPath(const QString &name = QStringLiteral("ledger.sqlite")) const { return m_stores.filePath(name); }
    // Committed ids the child reported, after it died.
    QList<qint64> runChildAndCollect(const QString &mode, int killAfterLines);

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY2(m_stores.renew(), qPrintable(m_stores.folderError())); }
    void cleanup() { m_stores.reset(); }

    void lifeOfAPause_data() { TestStores::addBackendRows(); }
    void lifeOfAPause();
    void entriesAndNotesSayWhereTheyCameFrom_data() { TestStores::addBackendRows(); }
    void entriesAndNotesSayWhereTheyCameFrom();
    void secondPauseKeepsFirstSavedValues_data() { TestStores::addBackendRows(); }
    void secondPauseKeepsFirstSavedValues();
    void racingPausesFromTwoThreadsMakeOneEntry_data() { TestStores::addBackendRows(); }
    void racingPausesFromTwoThreadsMakeOneEntry();
    void stateTransitions_data() { TestStores::addBackendRows(); }
    void stateTransitions();
    void absentAndEmptyAutoScalerStayDistinct_data() { TestStores::addBackendRows(); }
    void absentAndEmptyAutoScalerStayDistinct();
    void restorePatch_data();
    void restorePatch();
    void restorePatchAgainstCurrentSpec_data();
    void restorePatchAgainstCurrentSpec();
    void updateSavedValues_data() { TestStores::addBackendRows(); }
    void updateSavedValues();
    void openEntriesAndHistory_data() { TestStores::addBackendRows(); }
    void openEntriesAndHistory();
    void exportImportRoundTrip_data() { TestStores::addBackendRows(); }
    void exportImportRoundTrip();
    void importRejectsBadFiles_data() { TestStores::addBackendRows(); }
    void importRejectsBadFiles();
    void survivesReopen_data() { TestStores::addBackendRows(); }
    void survivesReopen();
    void lockedLedgerReportsError();
    void committedEntrySurvivesSigkill_data();
    void committedEntrySurvivesSigkill();
};

// Schema 4: every pause entry (begun and closed) and every note records the program, the host
// and (for a pause) the process that wrote it; the old fields stay as they were.
void TestPauseLedger::entriesAndNotesSayWhereTheyCameFrom()
{
    LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("ledger"));
    LedgerTable ledger(*db);
    const ChangeOrigin here = ChangeOrigin::current();
    QCOMPARE(here.program, QStringLiteral("tst_pauseledger"));
    QVERIFY(!here.host.isEmpty());
    QCOMPARE(here.pid, QCoreApplication::applicationPid());

    const auto begun = ledger.beginPause(makeEntry(QStringLiteral("llama"), 2, 4));
    QVERIFY2(begun.ok(), qPrintable(begun.error));
    const auto open = ledger.openEntry(kWs, QStringLiteral("llama"));
    QVERIFY(open);
    QCOMPARE(open->pausedBy, QStringLiteral("alice"));
    QCOMPARE(open->pausedProgram, here.program);
    QCOMPARE(open->pausedHost, here.host);
    QCOMPARE(open->pausedPid, here.pid);
    QVERIFY(open->closedProgram.isEmpty());
    QCOMPARE(*open, begun.entry);

    PauseEntry found;
    QCOMPARE(ledger.compareAndSet(open->id, PauseEntry::State::Pending, PauseEntry::State::Closed,
                                  QStringLiteral("bob"), &found),
             LedgerTable::SetResult::Done);
    const auto closed = ledger.entry(open->id);
    QVERIFY(closed);
    QCOMPARE(closed->closedBy, QStringLiteral("bob"));
    QCOMPARE(closed->closedProgram, here.program);
    QCOMPARE(closed->closedHost, here.host);
    QCOMPARE(found.closedProgram, closed->closedProgram);
    QCOMPARE(found.closedHost, closed->closedHost);

    NotesTable notes(*db);
    Note note;
    note.workspaceId = kWs;
    note.deploymentName = QStringLiteral("llama");
    note.text = QStringLiteral("back on Monday");
    note.author = QStringLiteral("alice");
    const auto added = notes.add(note);
    QVERIFY2(added, qPrintable(notes.lastError()));
    const QList<Note> read = notes.history(kWs, QStringLiteral("llama"));
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().author, QStringLiteral("alice"));
    QCOMPARE(read.first().authorProgram, here.program);
    QCOMPARE(read.first().authorHost, here.host);
    QCOMPARE(read.first(), *added);
}

void TestPauseLedger::lifeOfAPause()
{
    LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("ledger"));
    LedgerTable ledger(*db);
    QVERIFY(!ledger.openEntry(kWs, QStringLiteral("llama")));
    QVERIFY(ledger.lastError().isEmpty()); // none, not a failure

    PauseEntry wanted = makeEntry(QStringLiteral("llama"), 2, 4, obj(R"({"target_gpu_utilization_percentage":80})"));
    wanted.remindOn = QDate(2025, 3, 8);
    wanted.state = PauseEntry::State::Closed; // ignored: a new pause is always Pending
    wanted.id = 99;                          // ignored too
    const auto begun = ledger.beginPause(wanted);
    QVERIFY2(begun.ok(), qPrintable(begun.error));
    QVERIFY(begun.created);
    QVERIFY(begun.entry.id > 0);
    QCOMPARE(begun.entry.state, PauseEntry::State::Pending);
    QVERIFY(begun.entry.isOpen());

    auto open = ledger.openEntry(kWs, QStringLiteral("llama"));
    QVERIFY(open);
    QCOMPARE(*open, begun.entry); // every field round-trips through the database
    QCOMPARE(open->savedMinReplicas, 2);
    QCOMPARE(open->savedMaxReplicas, std::optional<int>(4));
    QCOMPARE(open->savedAutoScaler, obj(R"({"target_gpu_utilization_percentage":80})"));
    QCOMPARE(open->pausedAt, kT0);
    QCOMPARE(open->remindOn, QDate(2025, 3, 8));
    QCOMPARE(open->pausedSnapshot, obj(R"({"resource_requirement":{"min_replicas":0}})"));

    QVERIFY2(ledger.markActive(begun.entry.id), qPrintable(ledger.lastError()));
    QCOMPARE(ledger.openEntry(kWs, QStringLiteral("llama"))->state, PauseEntry::State::Active);
    QVERIFY(!ledger.openEntry(kWs, QStringLiteral("llama"))->closedAt.isValid());

    const QDateTime beforeClose = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(ledger.markClosed(begun.entry.id, QStringLiteral("bob")));
    QVERIFY(!ledger.openEntry(kWs, QStringLiteral("llama")));
    const QList<PauseEntry> history = ledger.history(kWs, QStringLiteral("llama"));
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().state, PauseEntry::State::Closed);
    QCOMPARE(history.first().closedBy, QStringLiteral("bob"));
    QVERIFY(history.first().closedAt >= beforeClose);
    QCOMPARE(history.first().savedMinReplicas, 2); // history keeps what was saved

    // A new pause after the resume is a new entry.
    const auto again = ledger.beginPause(makeEntry(QStringLiteral("llama"), 3));
    QVERIFY(again.created);
    QVERIFY(again.entry.id != begun.entry.id);
    QCOMPARE(ledger.history(kWs, QStringLiteral("llama")).size(), 2);
}

void TestPauseLedger::secondPauseKeepsFirstSavedValues()
{
    LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("ledger"));
    LEPTON_OPEN_STORE(otherProcess, m_stores, QStringLiteral("ledger"));
    LedgerTable ledger(*db);
    LedgerTable other(*otherProcess);

    const auto first = ledger.beginPause(makeEntry(QStringLiteral("llama"), 2, 5, obj(R"({"scale_down":{"no_traffic_timeout":3600}})")));
    QVERIFY(first.created);
    QVERIFY(ledger.markActive(first.entry.id));

    // Pausing again (the deployment now reads min 0, max 0, no auto_scaler): must not
    // overwrite the saved 2/5/auto_scaler with zeros.
    PauseEntry zeros = makeEntry(QStringLiteral("llama"), 0, 0);
    zeros.pausedBy = QStringLiteral("mallory");
    for (LedgerTable *writer : {&ledger, &other}) {
        const auto second = writer->beginPause(zeros);
        QVERIFY2(second.ok(), qPrintable(second.error));
        QVERIFY(!second.created);
        QCOMPARE(second.entry.id, first.entry.id);
        QCOMPARE(second.entry.savedMinReplicas, 2);
        QCOMPARE(second.entry.savedMaxReplicas, std::optional<int>(5));
        QVERIFY(second.entry.hadAutoScaler);
        QCOMPARE(second.entry.pausedBy, QStringLiteral("alice"));
        QCOMPARE(second.entry.state, PauseEntry::State::Active);
    }
    QCOMPARE(ledger.history(kWs, QStringLiteral("llama")).size(), 1);

    // The unique index backs the rule even against a writer that skips the check.
    QSqlQuery raw(otherProcess->connection());
    QVERIFY(!raw.exec(QStringLiteral("INSERT INTO pause_ledger (workspace_id, deployment_name,"
                                     " saved_min_replicas, paused_at, state) VALUES ('ws-1', 'llama', 0,"
                                     " '2025-01-01T00:00:00.000Z', 'pending')")));
    // A pause of the same name in another workspace is another deployment.
    QVERIFY(ledger.beginPause(makeEntry(QStringLiteral("llama"), 1, std::nullopt, std::nullopt, QStringLiteral("ws-2"))).created);
}

void TestPauseLedger::racingPausesFromTwoThreadsMakeOneEntry()
{
    { LEPTON_OPEN_STORE(create, m_stores, QStringLiteral("ledger")); }
    constexpr int deployments = 25;
    QList<LedgerTable::BeginResult> results[2];
    QSemaphore ready;
    QSemaphore go;
    const auto racer = [&](int which) {
        const std::unique_ptr<SqlDatabase> db = m_stores.connect(QStringLiteral("ledger"));
        LedgerTable ledger(*db);
        ready.release();
        go.acquire();
        for (int i = 0; i < deployments; ++i)
            results[which] << ledger.beginPause(makeEntry(QStringLiteral("d%1").arg(i), which + 1, 10 + which));
    };
    std::unique_ptr<QThread> threads[] = {
        std::unique_ptr<QThread>(QThread::create(racer, 0)),
        std::unique_ptr<QThread>(QThread::create(racer, 1)),
    };
    for (auto &thread : threads)
        thread->start();
    ready.acquire(2);
    go.release(2);
    for (auto &thread : threads)
        QVERIFY(thread->wait(30000));

    for (int i = 0; i < deployments; ++i) {
        const auto &a = results[0].at(i);
        const auto &b = results[1].at(i);
        QVERIFY2(a.ok() && b.ok(), qPrintable(a.error + b.error));
        QCOMPARE(int(a.created) + int(b.created), 1); // exactly one wrote
        QCOMPARE(a.entry, b.entry);                   // the loser got the winner's values
    }
    LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("ledger"));
    QCOMPARE(LedgerTable(*db).openEntries(kWs).size(), deployments);
}

void TestPauseLedger::stateTransitions()
{
    LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("ledger"));
    LedgerTable ledger(*db);
    const qint64 closed = ledger.beginPause(makeEntry(QStringLiteral("a"), 1)).entry.id;
    const qint64 abandoned = ledger.beginPause(makeEntry(QStringLiteral("b"), 1)).entry.id;
    QVERIFY(closed > 0 && abandoned > 0);

    QVERIFY(ledger.markActive(closed));
    QVERIFY(ledger.markActive(closed)); // a retry is harmless
    QVERIFY(ledger.markClosed(closed, QStringLiteral("bob")));
    const QDateTime closedAt = ledger.entry(closed)->closedAt;
    QVERIFY(ledger.markClosed(closed, QStringLiteral("carol"))); // retry: no change
    QCOMPARE(ledger.entry(closed)->closedBy, QStringLiteral("bob"));
    QCOMPARE(ledger.entry(closed)->closedAt, closedAt);
    QVERIFY(!ledger.markActive(closed)); // history stays history
    QVERIFY(ledger.lastError().contains(QStringLiteral("closed")));
    QVERIFY(!ledger.markAbandoned(closed));
    QCOMPARE(ledger.entry(closed)->state, PauseEntry::State::Closed);

    // The PATCH failed: Pending -> Abandoned, and the deployment can be paused afresh.
    QVERIFY(ledger.markAbandoned(abandoned, QStringLiteral("console")));
    QCOMPARE(ledger.entry(abandoned)->state, PauseEntry::State::Abandoned);
    QVERIFY(ledger.entry(abandoned)->closedAt.isValid());
    QVERIFY(!ledger.markClosed(abandoned, QStringLiteral("x")));
    QVERIFY(!ledger.openEntry(kWs, QStringLiteral("b")));
    QVERIFY(ledger.beginPause(makeEntry(QStringLiteral("b"), 1)).created);

    QVERIFY(!ledger.markActive(123456));
    QVERIFY(ledger.lastError().contains(QStringLiteral("123456")));
    QVERIFY(!ledger.entry(123456));

    // Invalid saved values are refused before anything is written.
    const auto bad = ledger.beginPause(makeEntry(QStringLiteral("c"), 3, 2));
    QVERIFY(!bad.ok());
    QVERIFY(!bad.created);
    QVERIFY(!ledger.beginPause(makeEntry(QStringLiteral("c"), -1)).ok());
    QVERIFY(!ledger.beginPause(makeEntry(QString(), 1)).ok());
    QVERIFY(ledger.history(kWs, QStringLiteral("c")).isEmpty());
}

void TestPauseLedger::absentAndEmptyAutoScalerStayDistinct()
{
    LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("ledger"));
    LedgerTable ledger(*db);
    QVERIFY(ledger.beginPause(makeEntry(QStringLiteral("none"), 1)).created);
    QVERIFY(ledger.beginPause(makeEntry(QStringLiteral("empty"), 1, std::nullopt, QJsonObject())).created);
    const auto none = ledger.openEntry(kWs, QStringLiteral("none"));
    const auto empty = ledger.openEntry(kWs, QStringLiteral("empty"));
    QVERIFY(none && empty);
    QVERIFY(!none->hadAutoScaler);
    QVERIFY(empty->hadAutoScaler);
    QVERIFY(empty->savedAutoScaler.isEmpty());
    QCOMPARE(none->restorePatch().value(QStringLiteral("spec")).toObject().value(QStringLiteral("auto_scaler")),
             QJsonValue(QJsonValue::Null));
    QCOMPARE(empty->restorePatch().value(QStringLiteral("spec")).toObject().value(QStringLiteral("auto_scaler")),
             QJsonValue(QJsonObject()));
}

void TestPauseLedger::restorePatch_data()
{
    QTest::addColumn<PauseEntry>("entry");
    QTest::addColumn<QJsonObject>("expected");

    QTest::newRow("min only: max and auto_scaler cleared")
        << makeEntry(QStringLiteral("d"), 2)
        << obj(R"({"spec":{"resource_requirement":{"min_replicas":2,"max_replicas":null},"auto_scaler":null}})");
    QTest::newRow("min and max, no auto_scaler")
        << makeEntry(QStringLiteral("d"), 1, 3)
        << obj(R"({"spec":{"resource_requirement":{"min_replicas":1,"max_replicas":3},"auto_scaler":null}})");
    QTest::newRow("with auto_scaler")
        << makeEntry(QStringLiteral("d"), 1, 4, obj(R"({"scale_down":{"no_traffic_timeout":3600},"target_gpu_utilization_percentage":70})"))
        << obj(R"({"spec":{"resource_requirement":{"min_replicas":1,"max_replicas":4},
                   "auto_scaler":{"scale_down":{"no_traffic_timeout":3600},"target_gpu_utilization_percentage":70}}})");
    QTest::newRow("empty auto_scaler stays an empty block")
        << makeEntry(QStringLiteral("d"), 0, 2, QJsonObject())
        << obj(R"({"spec":{"resource_requirement":{"min_replicas":0,"max_replicas":2},"auto_scaler":{}}})");
    QTest::newRow("nulls inside the saved block are not sent as deletions")
        << makeEntry(QStringLiteral("d"), 1, std::nullopt, obj(R"({"target_throughput":{"qpm":5,"x":null},"y":null})"))
        << obj(R"({"spec":{"resource_requirement":{"min_replicas":1,"max_replicas":null},"auto_scaler":{"target_throughput":{"qpm":5}}}})");
}

void TestPauseLedger::restorePatch()
{
    QFETCH(PauseEntry, entry);
    QFETCH(QJsonObject, expected);
    QCOMPARE(entry.restorePatch(), expected);

    // And it survives the database unchanged.
    LocalDatabase db(dbPath());
    LedgerTable ledger(db);
    const auto begun = ledger.beginPause(entry);
    QVERIFY(begun.created);
    QCOMPARE(ledger.entry(begun.entry.id)->restorePatch(), expected);
}

void TestPauseLedger::restorePatchAgainstCurrentSpec_data()
{
    QTest::addColumn<QJsonObject>("original"); // the spec before the pause
    QTest::addColumn<QJsonObject>("current");  // the spec now, paused (and maybe edited since)
    QTest::addColumn<bool>("simpleFormExact"); // restorePatch() without the spec is exact too

    const QJsonObject container = obj(R"({"image":"img:1","ports":[{"container_port":8080}]})");
    QJsonObject full = obj(R"({"resource_requirement":{"resource_shape":"gpu.a10","min_replicas":2,"max_replicas":4},
                               "auto_scaler":{"scale_down":{"no_traffic_timeout":3600},"target_gpu_utilization_percentage":80},
                               "envs":[{"name":"A","value":"1"}]})");
    full.insert(QStringLiteral("container"), container);

    QJsonObject zeroed = full;
    zeroed.insert(QStringLiteral("resource_requirement"), obj(R"({"resource_shape":"gpu.a10","min_replicas":0,"max_replicas":0})"));
    zeroed.remove(QStringLiteral("auto_scaler"));
    QTest::newRow("pause zeroed min/max and dropped auto_scaler") << full << zeroed << true;

    QJsonObject sdkStop = full; // the SDK's stop(): only min_replicas 0
    sdkStop.insert(QStringLiteral("resource_requirement"), obj(R"({"resource_shape":"gpu.a10","min_replicas":0,"max_replicas":4})"));
    QTest::newRow("sdk stop, min only") << full << sdkStop << true;

    QJsonObject editedWhilePaused = zeroed;
    editedWhilePaused.insert(QStringLiteral("auto_scaler"), obj(R"({"scale_down":{"no_traffic_timeout":60,"extra":true},"target_throughput":{"qpm":9}})"));
    QTest::newRow("auto_scaler edited while paused") << full << editedWhilePaused << false;

    QJsonObject noMaxNoScaler = obj(R"({"resource_requirement":{"resource_shape":"cpu.small","min_replicas":1},"envs":[]})");
    QJsonObject pausedWithMax = obj(R"({"resource_requirement":{"resource_shape":"cpu.small","min_replicas":0,"max_replicas":0},
                                        "auto_scaler":{"scale_down":{"no_traffic_timeout":0}},"envs":[]})");
    QTest::newRow("no max, no auto_scaler: both removed again") << noMaxNoScaler << pausedWithMax << true;

    QJsonObject emptyScaler = obj(R"({"resource_requirement":{"min_replicas":1,"max_replicas":1},"auto_scaler":{}})");
    QJsonObject emptyScalerPaused = obj(R"({"resource_requirement":{"min_replicas":0,"max_replicas":0}})");
    QTest::newRow("empty auto_scaler comes back empty") << emptyScaler << emptyScalerPaused << true;

    QJsonObject noResources = obj(R"({"resource_requirement":{"min_replicas":3},"container":{"image":"x"}})");
    QJsonObject noResourcesPaused = obj(R"({"container":{"image":"x"}})");
    QTest::newRow("resource_requirement gone entirely") << noResources << noResourcesPaused << true;
}

void TestPauseLedger::restorePatchAgainstCurrentSpec()
{
    QFETCH(QJsonObject, original);
    QFETCH(QJsonObject, current);
    QFETCH(bool, simpleFormExact);
    const PauseEntry entry = entryFromSpec(original);

    // Applied as the server applies a merge patch, the exact form gives back the original
    // spec: min, max and auto_scaler as saved, every other field as it is now.
    const QJsonObject exact = entry.restorePatch(current);
    QVERIFY(!exact.isEmpty());
    QCOMPARE(exact.keys(), QStringList{QStringLiteral("spec")});
    QCOMPARE(JsonMergePatch::apply(current, exact.value(QStringLiteral("spec")).toObject()), original);
    // Only the three owned fields are in it.
    const QJsonObject spec = exact.value(QStringLiteral("spec")).toObject();
    for (const QString &key : spec.keys())
        QVERIFY2(key == u"resource_requirement" || key == u"auto_scaler", qPrintable(key));
    for (const QString &key : spec.value(QStringLiteral("resource_requirement")).toObject().keys())
        QVERIFY2(key == u"min_replicas" || key == u"max_replicas", qPrintable(key));

    // Once restored, there is nothing left to send (the server refuses empty patches).
    QCOMPARE(entry.restorePatch(original), QJsonObject());

    const QJsonObject simple = JsonMergePatch::apply(current, entry.restorePatch().value(QStringLiteral("spec")).toObject());
    if (simpleFormExact)
        QCOMPARE(simple, original);
    else
        QVERIFY(simple != original); // the documented caveat: keys added since survive a merge
}

void TestPauseLedger::updateSavedValues()
{
    LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("ledger"));
    LedgerTable ledger(*db);
    const auto begun = ledger.beginPause(makeEntry(QStringLiteral("llama"), 2, 4, obj(R"({"a":1})")));
    QVERIFY(ledger.markActive(begun.entry.id));

    // The user edits the paused deployment: Resume must bring back the new values.
    QVERIFY2(ledger.updateSavedValues(begun.entry.id, 3, std::nullopt, QJsonObject(), false),
             qPrintable(ledger.lastError()));
    auto entry = ledger.openEntry(kWs, QStringLiteral("llama"));
    QCOMPARE(entry->savedMinReplicas, 3);
    QCOMPARE(entry->savedMaxReplicas, std::optional<int>());
    QVERIFY(!entry->hadAutoScaler);
    QCOMPARE(entry->restorePatch(),
             obj(R"({"spec":{"resource_requirement":{"min_replicas":3,"max_replicas":null},"auto_scaler":null}})"));
    // Everything else stays.
    QCOMPARE(entry->pausedBy, QStringLiteral("alice"));
    QCOMPARE(entry->state, PauseEntry::State::Active);
    QCOMPARE(entry->pausedAt, kT0);

    QVERIFY(ledger.updateSavedValues(begun.entry.id, 1, 6, obj(R"({"b":2})"), true));
    entry = ledger.openEntry(kWs, QStringLiteral("llama"));
    QCOMPARE(entry->savedMaxReplicas, std::optional<int>(6));
    QCOMPARE(entry->savedAutoScaler, obj(R"({"b":2})"));

    // Invalid values are refused and change nothing.
    QVERIFY(!ledger.updateSavedValues(begun.entry.id, 5, 2, QJsonObject(), false));
    QVERIFY(!ledger.lastError().isEmpty());
    QCOMPARE(ledger.entry(begun.entry.id)->savedMinReplicas, 1);

    // A closed pause is history: its values stay as they were.
    QVERIFY(ledger.markClosed(begun.entry.id, QStringLiteral("bob")));
    QVERIFY(!ledger.updateSavedValues(begun.entry.id, 9, 9, QJsonObject(), false));
    QCOMPARE(ledger.entry(begun.entry.id)->savedMinReplicas, 1);
    QVERIFY(!ledger.setRemindOn(begun.entry.id, QDate(2030, 1, 1)));
    QVERIFY(!ledger.updateSavedValues(987654, 1, 1, QJsonObject(), false));
}

void TestPauseLedger::openEntriesAndHistory()
{
    LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("ledger"));
    LedgerTable ledger(*db);
    // Three pauses of "a" over time, written out of order.
    PauseEntry middle = makeEntry(QStringLiteral("a"), 2);
    middle.pausedAt = kT0.addDays(1);
    PauseEntry oldest = makeEntry(QStringLiteral("a"), 1);
    oldest.pausedAt = kT0;
    PauseEntry newest = makeEntry(QStringLiteral("a"), 3);
    newest.pausedAt = kT0.addDays(2);
    const qint64 m = ledger.beginPause(middle).entry.id;
    QVERIFY(ledger.markAbandoned(m));
    const qint64 o = ledger.beginPause(oldest).entry.id;
    QVERIFY(ledger.markClosed(o, QStringLiteral("x")));
    const qint64 n = ledger.beginPause(newest).entry.id;
    QVERIFY(ledger.markActive(n));

    QList<qint64> historyIds;
    for (const PauseEntry &entry : ledger.history(kWs, QStringLiteral("a")))
        historyIds << entry.id;
    QCOMPARE(historyIds, (QList<qint64>{n, m, o}));

    QVERIFY(ledger.beginPause(makeEntry(QStringLiteral("c"), 1)).created); // pending counts as open
    QVERIFY(ledger.beginPause(makeEntry(QStringLiteral("b"), 1)).created);
    QVERIFY(ledger.beginPause(makeEntry(QStringLiteral("z"), 1, std::nullopt, std::nullopt, QStringLiteral("ws-0"))).created);

    QStringList names;
    for (const PauseEntry &entry : ledger.openEntries(kWs))
        names << entry.deploymentName;
    QCOMPARE(names, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    names.clear();
    for (const PauseEntry &entry : ledger.allOpenEntries())
        names << entry.workspaceId + u'/' + entry.deploymentName;
    QCOMPARE(names, (QStringList{QStringLiteral("ws-0/z"), QStringLiteral("ws-1/a"), QStringLiteral("ws-1/b"),
                                 QStringLiteral("ws-1/c")}));
    QVERIFY(ledger.openEntries(QStringLiteral("nope")).isEmpty());
    QVERIFY(ledger.lastError().isEmpty());
}

void TestPauseLedger::exportImportRoundTrip()
{
    LEPTON_OPEN_STORE(here, m_stores, QStringLiteral("here"));
    LedgerTable source(*here);
    PauseEntry a = makeEntry(QStringLiteral("a"), 2, std::nullopt, QJsonObject()); // no max, empty block
    a.remindOn = QDate(2025, 4, 1);
    a.reason = QStringLiteral("quotes \" and\nnewlines, ünïcødé");
    a.pausedVersion = 1234567890123LL;
    const auto aBegun = source.beginPause(a);
    QVERIFY(source.markActive(aBegun.entry.id));
    const auto bBegun = source.beginPause(makeEntry(QStringLiteral("b"), 1, 3, obj(R"({"scale_down":{"no_traffic_timeout":60}})")));
    QVERIFY(bBegun.created); // stays Pending
    const auto closed = source.beginPause(makeEntry(QStringLiteral("c"), 1));
    QVERIFY(source.markClosed(closed.entry.id, QStringLiteral("x")));
    QVERIFY(source.beginPause(makeEntry(QStringLiteral("other"), 1, std::nullopt, std::nullopt, QStringLiteral("ws-2"))).created);

    const QByteArray json = exportJson(source, kWs);
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QStringLiteral("workspace_id")).toString(), kWs);
    QCOMPARE(root.value(QStringLiteral("entries")).toArray().size(), 2); // open ones of ws-1 only

    // The other machine already has its own pause of "b": that one must stay as it is.
    LEPTON_OPEN_STORE(there, m_stores, QStringLiteral("there"));
    LedgerTable target(*there);
    const auto theirB = target.beginPause(makeEntry(QStringLiteral("b"), 7, 9));
    QVERIFY(theirB.created);

    auto result = importJson(target, json);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, 1);
    QCOMPARE(result.skipped, 1);
    QCOMPARE(result.invalid, 0);
    QCOMPARE(result.messages.size(), 1);

    auto importedA = target.openEntry(kWs, QStringLiteral("a"));
    QVERIFY(importedA);
    PauseEntry expectedA = *source.openEntry(kWs, QStringLiteral("a"));
    expectedA.id = importedA->id;
    QCOMPARE(*importedA, expectedA); // all fields, state Active, absent max, {} block, reminder
    QCOMPARE(importedA->restorePatch(), expectedA.restorePatch());
    QCOMPARE(*target.openEntry(kWs, QStringLiteral("b")), theirB.entry);

    // Importing twice adds nothing.
    result = importJson(target, json);
    QCOMPARE(result.imported, 0);
    QCOMPARE(result.skipped, 2);
    QCOMPARE(target.history(kWs, QStringLiteral("a")).size(), 1);

    // Into an empty ledger, the Pending one stays Pending.
    LEPTON_OPEN_STORE(fresh, m_stores, QStringLiteral("fresh"));
    LedgerTable third(*fresh);
    QCOMPARE(importJson(third, json).imported, 2);
    QCOMPARE(third.openEntry(kWs, QStringLiteral("b"))->state, PauseEntry::State::Pending);
    QCOMPARE(third.openEntry(kWs, QStringLiteral("b"))->savedAutoScaler, obj(R"({"scale_down":{"no_traffic_timeout":60}})"));
}

void TestPauseLedger::importRejectsBadFiles()
{
    LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("ledger"));
    LedgerTable ledger(*db);
    QVERIFY(!importJson(ledger, "not json").ok());
    QVERIFY(!importJson(ledger, R"({"format":"something-else","entries":[]})").ok());
    QVERIFY(!importJson(ledger, R"({"format":"lepton-console-pause-ledger","format_version":99,"entries":[]})").ok());
    const auto noList = importJson(ledger, R"({"format":"lepton-console-pause-ledger","format_version":1,"entries":{}})");
    QVERIFY(!noList.ok());
    QVERIFY(!noList.error.isEmpty());

    // Bad entries are counted and reported; the good ones still come in.
    const QByteArray mixed = R"({"format":"lepton-console-pause-ledger","format_version":1,"entries":[
        {"workspace_id":"ws-1","deployment_name":"ok","saved_min_replicas":1,"paused_at":"2025-01-01T00:00:00.000Z","state":"active"},
        {"workspace_id":"ws-1","deployment_name":"neg","saved_min_replicas":-1,"paused_at":"2025-01-01T00:00:00.000Z","state":"active"},
        {"workspace_id":"ws-1","deployment_name":"frac","saved_min_replicas":1.5,"paused_at":"2025-01-01T00:00:00.000Z","state":"active"},
        {"workspace_id":"ws-1","deployment_name":"maxlow","saved_min_replicas":3,"saved_max_replicas":1,"paused_at":"2025-01-01T00:00:00.000Z","state":"active"},
        {"workspace_id":"ws-1","deployment_name":"nodate","saved_min_replicas":1,"state":"active"},
        {"workspace_id":"ws-1","deployment_name":"closed","saved_min_replicas":1,"paused_at":"2025-01-01T00:00:00.000Z","state":"closed"},
        {"workspace_id":"ws-1","deployment_name":"scaler","saved_min_replicas":1,"saved_auto_scaler":5,"paused_at":"2025-01-01T00:00:00.000Z","state":"active"},
        "not an object"
    ]})";
    const auto result = importJson(ledger, mixed);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.imported, 1);
    QCOMPARE(result.invalid, 7);
    QCOMPARE(result.messages.size(), 7);
    QCOMPARE(ledger.allOpenEntries().size(), 1);
    QCOMPARE(ledger.allOpenEntries().first().deploymentName, QStringLiteral("ok"));
}

void TestPauseLedger::survivesReopen()
{
    PauseEntry written;
    {
        LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("ledger"));
        LedgerTable ledger(*db);
        PauseEntry entry = makeEntry(QStringLiteral("llama"), 2, 8, obj(R"({"target_throughput":{"qpm":30}})"));
        entry.remindOn = QDate(2025, 12, 24);
        const auto begun = ledger.beginPause(entry);
        QVERIFY(ledger.markActive(begun.entry.id));
        written = *ledger.entry(begun.entry.id);
    }
    LEPTON_OPEN_STORE(db, m_stores, QStringLiteral("ledger"));
    if (const auto *local = dynamic_cast<const LocalDatabase *>(db.get()))
        QVERIFY(local->recoveryMessage().isEmpty());
    const auto reread = LedgerTable(*db).openEntry(kWs, QStringLiteral("llama"));
    QVERIFY(reread);
    QCOMPARE(*reread, written);
}

void TestPauseLedger::lockedLedgerReportsError()
{
    LocalDatabase holder(dbPath());
    LocalDatabase impatient(dbPath(), 100);
    LedgerTable ledger(impatient);
    QSqlQuery lock(holder.connection());
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    const auto begun = ledger.beginPause(makeEntry(QStringLiteral("llama"), 2));
    QVERIFY(!begun.ok());
    QVERIFY(!begun.created);
    QVERIFY2(begun.error.contains(QStringLiteral("locked")), qPrintable(begun.error));
    QVERIFY(lock.exec(QStringLiteral("COMMIT")));
    QVERIFY(ledger.beginPause(makeEntry(QStringLiteral("llama"), 2)).created);
}

QList<qint64> TestPauseLedger::runChildAndCollect(const QString &mode, int killAfterLines)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kChildDbEnv), dbPath());
    env.insert(QString::fromLatin1(kChildModeEnv), mode);
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(QCoreApplication::applicationFilePath(), {});
    if (!child.waitForStarted(10000))
        return {};

    QByteArray output;
    int committed = 0;
    QElapsedTimer timer;
    timer.start();
    while (child.state() != QProcess::NotRunning && timer.elapsed() < 20000) {
        child.waitForReadyRead(100);
        output += child.readAllStandardOutput();
        committed = output.count("committed ");
        if (killAfterLines > 0 && committed >= killAfterLines) {
            child.kill(); // SIGKILL, mid-stream
            break;
        }
    }
    child.waitForFinished(10000);
    output += child.readAllStandardOutput();
    if (child.exitStatus() != QProcess::CrashExit) // it must have died of the signal
        qWarning("child did not crash: exit code %d, output %s", child.exitCode(), output.constData());

    QList<qint64> ids;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("error"))
            qWarning("child: %s", line.constData());
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 3 && parts.first() == "committed")
            ids << parts.at(2).toLongLong();
    }
    if (child.exitStatus() != QProcess::CrashExit)
        return {};
    return ids;
}

void TestPauseLedger::committedEntrySurvivesSigkill_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<int>("killAfterLines");
    QTest::addColumn<int>("expected"); // -1: at least killAfterLines
    QTest::newRow("kills itself right after a commit") << QStringLiteral("selfkill") << 0 << kSelfKillAfter;
    QTest::newRow("killed by the parent mid-stream") << QStringLiteral("stream") << 40 << -1;
}

void TestPauseLedger::committedEntrySurvivesSigkill()
{
    QFETCH(QString, mode);
    QFETCH(int, killAfterLines);
    QFETCH(int, expected);
    { LocalDatabase create(dbPath()); QVERIFY(create.isOpen()); }

    const QList<qint64> committed = runChildAndCollect(mode, killAfterLines);
    if (expected > 0)
        QCOMPARE(committed.size(), expected);
    else
        QVERIFY2(committed.size() >= killAfterLines, qPrintable(QString::number(committed.size())));
    // Killed without closing: its last writes are in the WAL, not yet in the main file.
    QVERIFY(QFile::exists(dbPath() + QStringLiteral("-wal")));

    LocalDatabase db(dbPath());
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    QVERIFY(db.recoveryMessage().isEmpty()); // no damage
    LedgerTable ledger(db);
    for (qsizetype i = 0; i < committed.size(); ++i) {
        const auto entry = ledger.entry(committed.at(i));
        QVERIFY2(entry, qPrintable(QStringLiteral("committed entry %1 lost").arg(committed.at(i))));
        QCOMPARE(entry->state, PauseEntry::State::Active);
        QCOMPARE(entry->deploymentName, QStringLiteral("dep-%1").arg(i));
        QCOMPARE(entry->savedMinReplicas, int(i % 7 + 1));
        QCOMPARE(entry->savedMaxReplicas, std::optional<int>(int(i % 7 + 3)));
    }
    // Nothing beyond what was reported is half-written: at most one more entry (committed
    // but killed before it printed), and never a broken one.
    const QList<PauseEntry> all = ledger.allOpenEntries();
    QVERIFY(all.size() >= committed.size() && all.size() <= committed.size() + 1);
}

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(kChildDbEnv))
        return runChildWriter(argc, argv);
    QCoreApplication app(argc, argv);
    TestPauseLedger test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pauseledger.moc"
