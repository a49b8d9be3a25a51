// The table model's refresh diff (insert, remove, change, never a reset), the selection
// surviving refreshes through the sort/filter proxy, sorting on raw values, filtering.
#include "app/deployments/deploymentfiltermodel.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/deployments/statuspresentation.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QSignalSpy>
#include <QtTest>

namespace {

Deployment make(const QString &name, const QString &state, int version = 1, int minReplicas = 1,
                const QString &image = QStringLiteral("img:1"), bool pod = false)
{
    QJsonObject object {
        {"metadata", QJsonObject {{"id", name}, {"name", name}, {"version", version},
                                  {"last_modified_at", 1700000000000.0 + version}}},
        {"spec", QJsonObject {{"container", QJsonObject {{"image", image}}},
                              {"resource_requirement", QJsonObject {{"resource_shape", "gpu.a10"},
                                                                    {"min_replicas", minReplicas},
                                                                    {"max_replicas", qMax(minReplicas, 3)}}},
                              {"is_pod", pod}}},
        {"status", QJsonObject {{"state", state},
                                {"endpoint", QJsonObject {{"external_endpoint", "https://" + name + ".example"},
                                                          {"internal_endpoint", ""}}}}},
    };
    Deployment d;
    Deployment::fromJson(object, &d);
    return d;
}

// At zero because the platform scaled it down after no traffic: min_replicas stays 1.
Deployment idle(const QString &name)
{
    QJsonObject object {
        {"metadata", QJsonObject {{"id", name}, {"name", name}, {"version", 1}}},
        {"spec", QJsonObject {{"resource_requirement", QJsonObject {{"min_replicas", 1}, {"max_replicas", 2}}}}},
        {"status", QJsonObject {{"state", "Stopped"}, {"autoscaler_status", QJsonObject {{"desired_replicas", 0}}}}},
    };
    Deployment d;
    Deployment::fromJson(object, &d);
    return d;
}

QStringList namesIn(const QAbstractItemModel &model)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, DeploymentTableModel::NameColumn).data().toString();
    return names;
}

QList<Deployment> population(int count)
{
    QList<Deployment> list;
    for (int i = 0; i < count; ++i)
        list.append(make(QStringLiteral("dep-%1").arg(i, 5, 10, QLatin1Char('0')), "Ready"));
    return list;
}

} // namespace

class TestDeploymentTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diffInsertsRemovesAndChangesWithoutReset()
    {
        DeploymentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applyDeployments(population(100));
        QCOMPARE(model.rowCount(), 100);

        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        QList<Deployment> next = population(100);
        next.removeAt(50);
        next.removeAt(10);
        next[20] = make(next[20].name, "Stopping", 2, 0);
        next.append(make("new-one", "Starting"));
        next.append(make("a-pod", "Ready", 1, 1, "img", true));  // dev pods are not listed

        const auto stats = model.applyDeployments(next);
        QCOMPARE(stats.removed, 2);
        QCOMPARE(stats.inserted, 1);
        QCOMPARE(stats.changed, 1);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(removes.size(), 2);
        QCOMPARE(inserts.size(), 1);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(model.rowCount(), 99);
        QVERIFY(model.rowOf("dep-00010") < 0);
        QVERIFY(model.rowOf("a-pod") < 0);
        const int changedRow = model.rowOf(next[20].name);
        QCOMPARE(changes.at(0).at(0).toModelIndex().row(), changedRow);
        QCOMPARE(model.index(changedRow, DeploymentTableModel::StatusColumn).data().toString(), QStringLiteral("Stopping"));
        QVERIFY(model.anyTransitional());

        // The same list again changes nothing.
        changes.clear();
        const auto again = model.applyDeployments(next);
        QCOMPARE(again.changed + again.inserted + again.removed, 0);
        QCOMPARE(changes.size(), 0);
    }

    void selectionSurvivesRefreshThroughProxy()
    {
        DeploymentTableModel model;
        DeploymentFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(DeploymentTableModel::NameColumn, Qt::DescendingOrder);
        QItemSelectionModel selection(&proxy);
        model.applyDeployments(population(50));

        const QModelIndex target = proxy.index(7, 0);
        const QString name = target.data().toString();
        selection.setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        for (int round = 0; round < 5; ++round) {
            QList<Deployment> next = population(50);
            next.removeAt(round * 3);   // remove some rows that are not selected
            next.append(make(QStringLiteral("zz-%1").arg(round), "Ready"));
            for (Deployment &d : next) {
                if (d.name == name)
                    d = make(name, round % 2 ? "Scaling" : "Ready", 10 + round);
            }
            model.applyDeployments(next);
            QVERIFY(selection.currentIndex().isValid());
            QCOMPARE(selection.currentIndex().data().toString(), name);
            QCOMPARE(selection.selectedRows().size(), 1);
            QCOMPARE(selection.selectedRows().first().data().toString(), name);
        }
    }

    void sortingUsesRawValues()
    {
        DeploymentTableModel model;
        DeploymentFilterModel proxy;
        proxy.setSourceModel(&model);
        QList<Deployment> list {make("b", "Ready", 3, 10), make("a", "Ready", 1, 2), make("c", "Ready", 2, 9)};
        model.applyDeployments(list);
        proxy.sort(DeploymentTableModel::ReplicasColumn, Qt::AscendingOrder);
        // Numeric, not text: 2 < 9 < 10.
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("a"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("c"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("b"));
        proxy.sort(DeploymentTableModel::LastModifiedColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("b"));
    }

    void filtering()
    {
        DeploymentTableModel model;
        DeploymentFilterModel proxy;
        proxy.setSourceModel(&model);
        model.applyDeployments({make("llama-chat", "Ready", 1, 1, "vllm:1"), make("sdxl", "Error", 1, 1, "diffusers:2"),
                                make("whisper", "Stopped", 1, 0, "whisper:3"), make("embed", "Not Ready")});
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setFilterText("vllm");
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText("error");  // matches the state word
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("sdxl"));
        proxy.setFilterText("gpu.a10 whisper");  // every word must match
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QString());
        proxy.setQuickFilter(DeploymentFilterModel::QuickFilter::Problems);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setQuickFilter(DeploymentFilterModel::QuickFilter::Paused);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("whisper"));
        proxy.setQuickFilter(DeploymentFilterModel::QuickFilter::Running);
        QCOMPARE(proxy.rowCount(), 2);   // not the one in Error (issue 24, item 9)
    }

    void pauseMarkersShowPausedAndNotes()
    {
        DeploymentTableModel model;
        model.applyDeployments({make("whisper", "Stopped", 1, 0), make("llama", "Ready")});
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        PauseMarker marker;
        marker.paused = true;
        marker.confirmed = true;
        marker.pausedBy = "alice";
        marker.pausedAt = QDateTime::currentDateTimeUtc().addDays(-12);
        marker.savedMinReplicas = 2;
        marker.savedMaxReplicas = 4;
        marker.noteCount = 1;
        marker.latestNote = "waiting for the customer";
        model.setPauseMarkers({{"whisper", marker}});
        QCOMPARE(changes.size(), 1);
        const int row = model.rowOf("whisper");
        QCOMPARE(model.index(row, DeploymentTableModel::StatusColumn).data().toString(), QStringLiteral("Paused"));
        QCOMPARE(model.index(row, DeploymentTableModel::StatusColumn).data(DeploymentTableModel::BadgeLabelRole).toString(),
                 QStringLiteral("Paused · 12 d"));
        const QString pauseText = model.index(row, DeploymentTableModel::PauseColumn).data().toString();
        // The pause's age in the badge's words: one place computes it.
        QVERIFY2(pauseText.contains("paused 12 d"), qPrintable(pauseText));
        QVERIFY2(pauseText.startsWith(QStringLiteral("paused %1").arg(StatusPresentation::shortAge(
                     marker.pausedAt, QDateTime::currentDateTimeUtc()))) && !pauseText.contains("days"),
                 qPrintable(pauseText));
        QVERIFY2(pauseText.contains("note"), qPrintable(pauseText));
        QVERIFY(model.index(row, DeploymentTableModel::PauseColumn).data(Qt::ToolTipRole).toString().contains("customer"));
        QVERIFY(model.index(row, DeploymentTableModel::StatusColumn).data(Qt::ToolTipRole).toString().contains("2–4"));
        // Stopped outside the console: shown as Stopped, not Paused.
        model.setPauseMarkers({});
        QCOMPARE(model.index(row, DeploymentTableModel::StatusColumn).data().toString(), QStringLiteral("Stopped"));
        model.setPendingAction("llama", PendingAction::Pausing);
        QCOMPARE(model.index(model.rowOf("llama"), DeploymentTableModel::StatusColumn).data().toString(), QStringLiteral("Pausing"));
    }

    void deferredNewRowsGoInBySlices()
    {
        DeploymentTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.applyDeployments(population(5));
        QList<Deployment> fresh = population(12);
        fresh.removeAt(1);                               // dep-00001 gone
        fresh[0] = make(fresh[0].name, "Error", 2);      // dep-00000 changed
        fresh.append(make("pod-1", "Ready", 1, 1, "img:1", true));

        QList<int> deferred;
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        const auto stats = model.applyDeployments(fresh, &deferred);
        // Changes and removals happen at once; the 7 new rows (not the pod) are handed back.
        QCOMPARE(stats.removed, 1);
        QCOMPARE(stats.changed, 1);
        QCOMPARE(stats.inserted, 0);
        QCOMPARE(inserts.size(), 0);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(deferred.size(), 7);
        QCOMPARE(fresh.at(deferred.first()).name, QStringLiteral("dep-00005"));

        // In two slices, each one insertion at the end; a name already in is passed over.
        QCOMPARE(model.insertDeployments(fresh, std::span<const int>(deferred.constData(), 3)), 3);
        QCOMPARE(model.insertDeployments(fresh, std::span<const int>(deferred.constData(), 3)), 0);
        QCOMPARE(model.insertDeployments(fresh, std::span<const int>(deferred.constData() + 3, 4)), 4);
        QCOMPARE(inserts.size(), 2);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.rowOf("dep-00011"), 10);
        QCOMPARE(model.problemCount(), 1);

        // The result is the table one plain apply of the list gives.
        DeploymentTableModel reference;
        reference.applyDeployments(fresh);
        QCOMPARE(reference.rowCount(), model.rowCount());
        for (int row = 0; row < reference.rowCount(); ++row)
            QVERIFY(model.rowOf(reference.deploymentAt(row).name) >= 0);
    }

    void nameListedTwiceGivesOneRow()
    {
        DeploymentTableModel model;
        const auto stats = model.applyDeployments({make("twin", "Ready"), make("other", "Ready"), make("twin", "Error", 2)});
        QCOMPARE(stats.inserted, 2);
        QCOMPARE(model.rowCount(), 2);
        // Against a table that has it, the last of the two wins.
        model.applyDeployments({make("twin", "Ready"), make("other", "Ready"), make("twin", "Error", 3)});
        QCOMPARE(model.rowCount(), 2);
    }

    void problemCountFollowsEveryChange()
    {
        DeploymentTableModel model;
        const auto counted = [&model] {
            int count = 0;
            for (int row = 0; row < model.rowCount(); ++row)
                count += model.index(row, 0).data(DeploymentTableModel::ProblemRole).toBool() ? 1 : 0;
            return count;
        };
        model.applyDeployments({make("a", "Error"), make("b", "Ready"), make("c", "Not Ready")});
        QCOMPARE(model.problemCount(), 2);
        QCOMPARE(model.problemCount(), counted());
        model.applyDeployments({make("a", "Ready", 2), make("b", "Error", 2), make("d", "Error")}); // c removed
        QCOMPARE(model.problemCount(), counted());
        QCOMPARE(model.problemCount(), 2);
        model.applyDeployments({});
        QCOMPARE(model.problemCount(), 0);
        model.applyDeployments({make("x", "Error")});
        model.clear();
        QCOMPARE(model.problemCount(), 0);
    }

    void tenThousandRowsOnePercentChanged()
    {
        DeploymentTableModel model;
        model.applyDeployments(population(10000));
        QList<Deployment> next = population(10000);
        for (int i = 0; i < 10000; i += 100)
            next[i] = make(next[i].name, "Updating", 2);
        for (int i = 0; i < 10; ++i) {
            next.removeAt(501 + i);  // rows that did not change
            next.append(make(QStringLiteral("added-%1").arg(i), "Starting"));
        }
        QSignalSpy resets(&model, &QAbstractItemModel::modelAboutToBeReset);
        const auto stats = model.applyDeployments(next);
        QCOMPARE(resets.size(), 0);
        QCOMPARE(stats.inserted, 10);
        QCOMPARE(stats.removed, 10);
        QCOMPARE(stats.changed, 100);
        QCOMPARE(model.rowCount(), 10000);
    }

    // Issue 24, item 9. "Paused" is what is at zero because someone paused it: the console's
    // Pause, or min_replicas 0 set outside it (the SDK's stop(), shown as Stopped); never an
    // Idle deployment the platform scaled down. "Running" is what runs: not at zero, not Error.
    void quickFiltersMeanWhatTheySay()
    {
        DeploymentTableModel model;
        DeploymentFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(DeploymentTableModel::NameColumn, Qt::AscendingOrder);
        model.applyDeployments({make("ready", "Ready"), make("broken", "Error"), make("waiting", "Not Ready"),
                                make("starting", "Starting"), make("console-paused", "Stopped", 1, 0),
                                make("stopped-outside", "Stopped", 1, 0), idle("idle")});
        PauseMarker marker;
        marker.paused = true;
        marker.confirmed = true;
        marker.savedMinReplicas = 1;
        model.setPauseMarkers({{"console-paused", marker}});

        proxy.setQuickFilter(DeploymentFilterModel::QuickFilter::Paused);
        QCOMPARE(namesIn(proxy), (QStringList {"console-paused", "stopped-outside"}));
        proxy.setQuickFilter(DeploymentFilterModel::QuickFilter::Running);
        QCOMPARE(namesIn(proxy), (QStringList {"ready", "starting", "waiting"}));
        proxy.setQuickFilter(DeploymentFilterModel::QuickFilter::Problems);
        QCOMPARE(namesIn(proxy), (QStringList {"broken", "waiting"}));
        proxy.setQuickFilter(DeploymentFilterModel::QuickFilter::All);
        QCOMPARE(proxy.rowCount(), 7);
    }

    // Issue 24, item 9: Status sorts by severity, Error first and Ready last; rows of the
    // same status by name.
    void statusSortsBySeverity()
    {
        DeploymentTableModel model;
        DeploymentFilterModel proxy;
        proxy.setSourceModel(&model);
        model.applyDeployments({make("a-ready", "Ready"), make("b-error", "Error"), make("c-paused", "Stopped", 1, 0),
                                make("d-notready", "Not Ready"), make("e-starting", "Starting"), idle("f-idle"),
                                make("g-error", "Error"), make("h-unknown", "Hibernating")});
        PauseMarker marker;
        marker.paused = true;
        marker.confirmed = true;
        model.setPauseMarkers({{"c-paused", marker}});
        proxy.sort(DeploymentTableModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(namesIn(proxy), (QStringList {"b-error", "g-error", "d-notready", "h-unknown", "e-starting",
                                               "c-paused", "f-idle", "a-ready"}));
        // Descending turns the severity round; equal rows stay in name order.
        proxy.sort(DeploymentTableModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(namesIn(proxy), (QStringList {"a-ready", "f-idle", "c-paused", "e-starting", "h-unknown",
                                               "d-notready", "b-error", "g-error"}));
    }

    // Issue 24, item 9: rows that compare equal keep name order, also after a refresh that
    // changes some of them (the proxy moves a changed row; it must land in name order).
    void equalRowsKeepNameOrderAcrossRefresh_data()
    {
        QTest::addColumn<int>("column");
        QTest::newRow("status") << int(DeploymentTableModel::StatusColumn);
        QTest::newRow("shape") << int(DeploymentTableModel::ShapeColumn);
        QTest::newRow("replicas") << int(DeploymentTableModel::ReplicasColumn);
    }

    void equalRowsKeepNameOrderAcrossRefresh()
    {
        QFETCH(int, column);
        // The server lists them in another order than by name.
        QList<Deployment> list;
        for (int i = 0; i < 40; ++i)
            list.append(make(QStringLiteral("dep-%1").arg((i * 17) % 40, 2, 10, QLatin1Char('0')), "Ready"));
        DeploymentTableModel model;
        DeploymentFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(column, Qt::AscendingOrder);
        model.applyDeployments(list);
        QStringList sorted = namesIn(proxy);
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(namesIn(proxy), sorted);

        // A refresh: a third of them changed (a new version), nothing that is sorted on.
        for (int i = 0; i < list.size(); i += 3)
            list[i] = make(list.at(i).name, "Ready", 2);
        const DeploymentTableModel::ApplyStats stats = model.applyDeployments(list);
        QVERIFY(stats.changed > 10);
        QCOMPARE(namesIn(proxy), sorted);
    }

    // Issue 24, item 12: relative times ("3 min ago", the pause age on the badge) move on by
    // themselves each minute, not only when a refresh happens to change the row.
    void relativeTimesMoveOnEachMinute()
    {
        DeploymentTableModel model;
        model.setClockInterval(std::chrono::milliseconds(200));
        model.applyDeployments({make("whisper", "Stopped", 1, 0)});
        PauseMarker marker;
        marker.paused = true;
        marker.confirmed = true;
        marker.pausedAt = QDateTime::currentDateTimeUtc().addSecs(-59);
        model.setPauseMarkers({{"whisper", marker}});
        const QModelIndex badge = model.index(0, DeploymentTableModel::StatusColumn);
        QCOMPARE(badge.data(DeploymentTableModel::BadgeLabelRole).toString(), QStringLiteral("Paused · 0 min"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // A view repaints on dataChanged: the minute passing must announce the new text.
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty()
                                     && badge.data(DeploymentTableModel::BadgeLabelRole).toString() == QStringLiteral("Paused · 1 min"),
                                 5000);
        const QModelIndex from = changed.last().at(0).toModelIndex();
        const QModelIndex to = changed.last().at(1).toModelIndex();
        QVERIFY(from.row() <= 0 && to.row() >= 0);
        QVERIFY(from.column() <= DeploymentTableModel::StatusColumn && to.column() >= DeploymentTableModel::PauseColumn);
    }

    // Issue 24, item 12: while the server cannot be reached the rows are stale: marked so (the
    // views dim them) and their spinners stop; the next list from the server makes them fresh.
    void staleRowsStopTheirSpinners()
    {
        DeploymentTableModel model;
        model.applyDeployments({make("starting", "Starting"), make("ready", "Ready")});
        const QModelIndex starting = model.index(model.rowOf("starting"), DeploymentTableModel::StatusColumn);
        QVERIFY(starting.data(DeploymentTableModel::AnimatedRole).toBool());
        QVERIFY(!starting.data(DeploymentTableModel::StaleRole).toBool());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setStale(true);
        QVERIFY(!changed.isEmpty());
        QVERIFY(starting.data(DeploymentTableModel::StaleRole).toBool());
        QVERIFY(!starting.data(DeploymentTableModel::AnimatedRole).toBool());
        QVERIFY(model.index(model.rowOf("ready"), 0).data(DeploymentTableModel::StaleRole).toBool());
        model.applyDeployments({make("starting", "Starting"), make("ready", "Ready")});
        QVERIFY(!starting.data(DeploymentTableModel::StaleRole).toBool());
        QVERIFY(starting.data(DeploymentTableModel::AnimatedRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestDeploymentTableModel)
#include "tst_deploymenttablemodel.moc"
