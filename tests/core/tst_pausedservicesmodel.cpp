// PausedServicesModel over a real ledger and notes in SQLite on disk: what each column says
// (reason from the pause-reason note, by, since, saved replicas, autoscaling, "Review due"),
// and reloads applied as a diff (inserts, removals, dataChanged), never as a reset.
#include "tests/support/addconfirmedpause.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/sqlite/notestable.h"
#include "app/pause/pausedservicesmodel.h"
#include "app/storage/sqlite/ledgertable.h"
#include "tests/support/scratchdatabase.h"
#include "app/storage/sqlite/sqlitestorage.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

namespace {

// reload() and wait for its answer (the ledger answers from its own thread).
bool reload(PausedServicesModel &model)
{
    QSignalSpy done(&model, &PausedServicesModel::reloaded);
    model.reload();
    if (done.isEmpty() && !done.wait(10000))
        return false;
    return done.last().first().toBool();
}

const QString kWorkspace = QStringLiteral("ws-models");
// A fixed clock: noon, so "today" is the same in every time zone's local date of `now`.
const QDateTime kNow = QDateTime(QDate(2025, 3, 20), QTime(12, 0), Qt::UTC);

QJsonObject gpuScaler()
{
    return QJsonObject{
        {QStringLiteral("target_gpu_utilization_percentage"), 60},
        {QStringLiteral("scale_down"), QJsonObject{{QStringLiteral("no_traffic_timeout"), 300}}},
    };
}

} // namespace

class TestPausedServicesModel : public QObject
{
    Q_OBJECT

private:
    ScratchDatabase m_db;

    // A confirmed pause, with its reason written as the first note (as PauseController does).
    PauseEntry pause(const QString &name, int min, std::optional<int> max, const QString &reason,
                     const QDateTime &at, const QDate &remindOn = {}, const QString &by = QStringLiteral("alice"),
                     bool hadScaler = false, const QJsonObject &scaler = {})
    {
        PauseEntry entry;
        entry.workspaceId = kWorkspace;
        entry.deploymentName = name;
        entry.savedMinReplicas = min;
        entry.savedMaxReplicas = max;
        entry.hadAutoScaler = hadScaler;
        entry.savedAutoScaler = scaler;
        entry.pausedBy = by;
        entry.pausedAt = at;
        entry.reason = reason;
        entry.remindOn = remindOn;
        return addConfirmedPause(*m_db.ledger(), *m_db.notes(), entry);
    }

    static QString text(const PausedServicesModel &model, int row, int column, int role = Qt::DisplayRole)
    {
        return model.index(row, column).data(role).toString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { QVERIFY2(m_db.open(QStringLiteral("notes.sqlite")), qPrintable(m_db.errorString())); }

    void cleanup() { m_db.close(); }

    // Dev pods and Ray clusters are listed with their kind, and what Resume brings back in
    // their own terms (the flag, the worker groups), not as replicas they do not have.
    void listsEveryKindWithItsKindAndSavedState()
    {
        pause(QStringLiteral("chat"), 1, 3, QStringLiteral("weekend"), kNow.addDays(-1));
        PauseEntry pod;
        pod.workspaceId = kWorkspace;
        pod.deploymentName = QStringLiteral("alice-dev");
        pod.kind = QStringLiteral("pod");
        pod.savedMinReplicas = 1;
        pod.savedState = QJsonObject {{"kind", "pod"}, {"api", "new"}, {"stopped", false}};
        pod.pausedBy = QStringLiteral("alice");
        pod.pausedAt = kNow.addSecs(-600);
        addConfirmedPause(*m_db.ledger(), *m_db.notes(), pod);
        PauseEntry ray;
        ray.workspaceId = kWorkspace;
        ray.deploymentName = QStringLiteral("ray-train");
        ray.kind = QStringLiteral("raycluster");
        ray.savedState = QJsonObject {
            {"kind", "raycluster"}, {"api", "legacy"}, {"suspend", false},
            {"worker_group_specs", QJsonArray {QJsonObject {{"group_name", "gpu-workers"}, {"min_replicas", 2}, {"max_replicas", 4}},
                                               QJsonObject {{"group_name", "cpu-workers"}, {"min_replicas", 1}, {"max_replicas", 1}}}}};
        ray.pausedBy = QStringLiteral("chen");
        ray.pausedAt = kNow.addSecs(-7200);
        addConfirmedPause(*m_db.ledger(), *m_db.notes(), ray);

        PausedServicesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kNow);
        model.setSources(&m_db.storage()->ledger(), kWorkspace);
        QVERIFY2(reload(model), qPrintable(model.lastError()));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.headerData(PausedServicesModel::KindColumn, Qt::Horizontal).toString(), QStringLiteral("Kind"));
        const int chat = model.rowOf(QStringLiteral("chat"));
        const int podRow = model.rowOf(QStringLiteral("alice-dev"));
        const int rayRow = model.rowOf(QStringLiteral("ray-train"));
        QCOMPARE(text(model, chat, PausedServicesModel::KindColumn), QStringLiteral("Endpoint"));
        QCOMPARE(text(model, podRow, PausedServicesModel::KindColumn), QStringLiteral("Dev pod"));
        QCOMPARE(text(model, rayRow, PausedServicesModel::KindColumn), QStringLiteral("Ray cluster"));
        QCOMPARE(model.index(podRow, 0).data(PausedServicesModel::KindRole).toString(), QStringLiteral("pod"));
        QCOMPARE(model.index(chat, 0).data(PausedServicesModel::KindRole).toString(), QStringLiteral("endpoint"));
        QCOMPARE(text(model, chat, PausedServicesModel::SavedReplicasColumn), QStringLiteral("1–3"));
        QCOMPARE(text(model, podRow, PausedServicesModel::SavedReplicasColumn), QStringLiteral("running"));
        QCOMPARE(text(model, rayRow, PausedServicesModel::SavedReplicasColumn),
                 QStringLiteral("gpu-workers 2–4 · cpu-workers 1"));
    }

    void listsEveryOpenPauseWithItsColumns()
    {
        pause(QStringLiteral("mistral"), 1, 3, QStringLiteral("Cost: nobody uses it on weekends"),
              kNow.addDays(-12), kNow.date().addDays(-1), QStringLiteral("bob"), true, gpuScaler());
        pause(QStringLiteral("llama"), 2, std::nullopt, QString(), kNow.addSecs(-3 * 3600), kNow.date().addDays(5));
        const PauseEntry closed = pause(QStringLiteral("old"), 1, 1, QStringLiteral("gone"), kNow.addDays(-40));
        QVERIFY(m_db.ledger()->markClosed(closed.id, QStringLiteral("alice")));
        // Another workspace never shows up.
        PauseEntry other;
        other.workspaceId = QStringLiteral("elsewhere");
        other.deploymentName = QStringLiteral("zeta");
        other.pausedBy = QStringLiteral("carol");
        QVERIFY(m_db.ledger()->beginPause(other).ok());

        PausedServicesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kNow);
        model.setSources(&m_db.storage()->ledger(), kWorkspace);
        QVERIFY2(reload(model), qPrintable(model.lastError()));

        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(PausedServicesModel::ColumnCount));
        QCOMPARE(text(model, 0, PausedServicesModel::NameColumn), QStringLiteral("llama"));
        QCOMPARE(text(model, 1, PausedServicesModel::NameColumn), QStringLiteral("mistral"));

        // mistral: reason from the note, by bob, 12 days, 1–3, GPU autoscaling, review due.
        QCOMPARE(text(model, 1, PausedServicesModel::ReasonColumn), QStringLiteral("Cost: nobody uses it on weekends"));
        QCOMPARE(text(model, 1, PausedServicesModel::PausedByColumn), QStringLiteral("bob"));
        QCOMPARE(text(model, 1, PausedServicesModel::SinceColumn), QStringLiteral("12 day(s)"));
        QVERIFY(text(model, 1, PausedServicesModel::SinceColumn, Qt::ToolTipRole)
                    .contains(QLocale().toString(kNow.addDays(-12).toLocalTime(), QLocale::LongFormat)));
        QCOMPARE(text(model, 1, PausedServicesModel::SavedReplicasColumn), QStringLiteral("1–3"));
        QCOMPARE(text(model, 1, PausedServicesModel::AutoscalingColumn), QStringLiteral("GPU 60%; to zero after 5 min idle"));
        QVERIFY(text(model, 1, PausedServicesModel::ReminderColumn).startsWith(QStringLiteral("Review due")));
        QVERIFY(model.index(1, 0).data(PausedServicesModel::ReviewDueRole).toBool());
        QVERIFY(model.index(1, 0).data(PausedServicesModel::ConfirmedRole).toBool());

        // llama: no reason, 3 h, no max, no autoscaler, a reminder not due yet.
        QCOMPARE(text(model, 0, PausedServicesModel::ReasonColumn), QStringLiteral("(no reason given)"));
        QCOMPARE(text(model, 0, PausedServicesModel::SinceColumn), QStringLiteral("3 h"));
        QCOMPARE(text(model, 0, PausedServicesModel::SavedReplicasColumn), QStringLiteral("2 (no max)"));
        QCOMPARE(text(model, 0, PausedServicesModel::AutoscalingColumn), QStringLiteral("None"));
        QCOMPARE(text(model, 0, PausedServicesModel::ReminderColumn),
                 QLocale().toString(kNow.date().addDays(5), QLocale::ShortFormat));
        QVERIFY(!model.index(0, 0).data(PausedServicesModel::ReviewDueRole).toBool());
        QCOMPARE(model.dueCount(), 1);

        // Raw values for sorting, apart from the text.
        QCOMPARE(model.index(1, PausedServicesModel::SinceColumn).data(PausedServicesModel::SortRole).toLongLong(),
                 kNow.addDays(-12).toMSecsSinceEpoch());
        QVERIFY(model.index(1, PausedServicesModel::ReminderColumn).data(PausedServicesModel::SortRole).toLongLong()
                < model.index(0, PausedServicesModel::ReminderColumn).data(PausedServicesModel::SortRole).toLongLong());
    }

    void reasonFollowsTheEditedNoteElseTheLedger()
    {
        pause(QStringLiteral("a"), 1, 1, QStringLiteral("incident INC-1"), kNow.addDays(-1));
        PausedServicesModel model;
        model.setNow(kNow);
        model.setSources(&m_db.storage()->ledger(), kWorkspace);
        QVERIFY(reload(model));
        QCOMPARE(text(model, 0, PausedServicesModel::ReasonColumn), QStringLiteral("incident INC-1"));

        // The reason note is edited: the table says what the note says now.
        const Note reasonNote = m_db.notes()->history(kWorkspace, QStringLiteral("a")).first();
        QVERIFY(m_db.notes()->edit(reasonNote.id, QStringLiteral("incident INC-1, fixed; waiting for the customer")));
        // A later ordinary note is not the reason, but it is in the tooltip.
        Note later;
        later.workspaceId = kWorkspace;
        later.deploymentName = QStringLiteral("a");
        later.text = QStringLiteral("Customer answered, resume Monday");
        later.author = QStringLiteral("carol");
        QVERIFY(m_db.notes()->add(later));
        QVERIFY(reload(model));
        QCOMPARE(text(model, 0, PausedServicesModel::ReasonColumn),
                 QStringLiteral("incident INC-1, fixed; waiting for the customer"));
        QCOMPARE(model.index(0, 0).data(PausedServicesModel::ReasonRole).toString(),
                 QStringLiteral("incident INC-1, fixed; waiting for the customer"));
        const QString tip = text(model, 0, PausedServicesModel::ReasonColumn, Qt::ToolTipRole);
        QVERIFY2(tip.contains(QStringLiteral("Customer answered, resume Monday")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("carol")), qPrintable(tip));

        // The note is deleted: the reason the ledger kept comes back.
        QVERIFY(m_db.notes()->remove(reasonNote.id));
        QVERIFY(reload(model));
        QCOMPARE(text(model, 0, PausedServicesModel::ReasonColumn), QStringLiteral("incident INC-1"));
    }

    void importedReasonNoteWithoutLinkStillCounts()
    {
        PauseEntry entry;
        entry.id = 7;
        entry.deploymentName = QStringLiteral("x");
        entry.pausedAt = kNow;
        entry.reason = QStringLiteral("ledger words");
        Note old;
        old.text = QStringLiteral("a reason of an earlier pause");
        old.atPause = true;
        old.createdAt = kNow.addDays(-30);
        Note imported;
        imported.text = QStringLiteral("imported reason");
        imported.atPause = true;
        imported.createdAt = kNow.addSecs(1);
        QCOMPARE(PausedServicesModel::itemFor(entry, {imported, old}).reason, QStringLiteral("imported reason"));
        QCOMPARE(PausedServicesModel::itemFor(entry, {old}).reason, QStringLiteral("ledger words"));
    }

    void reloadIsADiffNotAReset()
    {
        pause(QStringLiteral("b"), 1, 2, QStringLiteral("b reason"), kNow.addDays(-2));
        const PauseEntry d = pause(QStringLiteral("d"), 1, 2, QStringLiteral("d reason"), kNow.addDays(-2));
        PausedServicesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(kNow);
        model.setSources(&m_db.storage()->ledger(), kWorkspace);
        QVERIFY(reload(model));
        QCOMPARE(model.rowCount(), 2);
        const QPersistentModelIndex dRow(model.index(1, 0));

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // Nothing changed: nothing is signalled.
        QVERIFY(reload(model));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inserted.count(), 0);

        // A new pause between the two: one insert, in name order.
        pause(QStringLiteral("c"), 3, 3, QString(), kNow.addSecs(-60));
        QVERIFY(reload(model));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(text(model, 1, 0), QStringLiteral("c"));
        QCOMPARE(dRow.row(), 2);

        // A reminder set on d: dataChanged for that row only.
        QVERIFY(m_db.ledger()->setRemindOn(d.id, kNow.date()));
        QVERIFY(reload(model));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 2);
        QVERIFY(dRow.data(PausedServicesModel::ReviewDueRole).toBool());

        // b is resumed: one removal; d's persistent index follows.
        QVERIFY(m_db.ledger()->markClosed(m_db.ledger()->openEntry(kWorkspace, QStringLiteral("b"))->id, QStringLiteral("alice")));
        QVERIFY(reload(model));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(dRow.row(), 1);
        QCOMPARE(dRow.data().toString(), QStringLiteral("d"));
        QCOMPARE(resets.count(), 0);
    }

    void setItemsHandlesAnyOrderAndMixedChanges()
    {
        const auto item = [](const QString &name, int min) {
            PausedServicesModel::Item i;
            i.entry.deploymentName = name;
            i.entry.savedMinReplicas = min;
            return i;
        };
        PausedServicesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems({item("e", 1), item("a", 1), item("c", 1), item("g", 1)});
        QCOMPARE(text(model, 0, 0), QStringLiteral("a"));
        QCOMPARE(text(model, 3, 0), QStringLiteral("g"));
        model.setItems({item("b", 1), item("g", 2), item("a", 1), item("f", 1), item("d", 1)});
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names << text(model, row, 0);
        QCOMPARE(names, QStringList({"a", "b", "d", "f", "g"}));
        QCOMPARE(text(model, 4, PausedServicesModel::SavedReplicasColumn), QStringLiteral("2 (no max)"));
        model.setItems({});
        QCOMPARE(model.rowCount(), 0);
    }

    void timeMovesReviewDue()
    {
        pause(QStringLiteral("r"), 1, 1, QString(), kNow.addDays(-3), kNow.date().addDays(1));
        PausedServicesModel model;
        model.setNow(kNow);
        model.setSources(&m_db.storage()->ledger(), kWorkspace);
        QVERIFY(reload(model));
        QCOMPARE(model.dueCount(), 0);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNow(kNow.addDays(1));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.dueCount(), 1);
        QVERIFY(text(model, 0, PausedServicesModel::ReminderColumn).startsWith(QStringLiteral("Review due")));
        QCOMPARE(text(model, 0, PausedServicesModel::SinceColumn), QStringLiteral("4 day(s)"));
    }

    void emptyWithoutSources()
    {
        PausedServicesModel model;
        QVERIFY(reload(model));
        QCOMPARE(model.rowCount(), 0);
    }

    void textHelpers_data()
    {
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max"); // -1: none
        QTest::addColumn<QString>("expected");
        QTest::newRow("range") << 1 << 4 << QStringLiteral("1–4");
        QTest::newRow("fixed") << 2 << 2 << QStringLiteral("2");
        QTest::newRow("no max") << 0 << -1 << QStringLiteral("0 (no max)");
    }

    void textHelpers()
    {
        QFETCH(int, min);
        QFETCH(int, max);
        QFETCH(QString, expected);
        PauseEntry entry;
        entry.savedMinReplicas = min;
        if (max >= 0)
            entry.savedMaxReplicas = max;
        QCOMPARE(PausedServicesModel::savedReplicasText(entry), expected);
    }

    void autoscalingText()
    {
        PauseEntry entry;
        QCOMPARE(PausedServicesModel::autoscalingText(entry), QStringLiteral("None"));
        entry.hadAutoScaler = true;
        QCOMPARE(PausedServicesModel::autoscalingText(entry), QStringLiteral("Static"));
        entry.savedAutoScaler = QJsonObject{
            {QStringLiteral("target_throughput"), QJsonObject{{QStringLiteral("qpm"), 30}}},
            {QStringLiteral("scale_down"), QJsonObject{{QStringLiteral("no_traffic_timeout"), 7200}}},
        };
        QCOMPARE(PausedServicesModel::autoscalingText(entry),
                 QStringLiteral("30 req/min per replica; to zero after 2 h idle"));
    }
};

QTEST_GUILESS_MAIN(TestPausedServicesModel)
#include "tst_pausedservicesmodel.moc"
