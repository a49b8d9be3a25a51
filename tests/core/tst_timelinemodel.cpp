// TimelineModel and TimelineFilterModel against the simulator over HTTP, with the console's
// history in a real SQLite file: server events, termination records and the last change
// merged by time with a pause made through PauseController, a note written to the notes store
// and alerts raised into an AlertBook; reads applied as a diff (a counted event updates its
// line, an unchanged poll emits nothing, never a reset); only the latest selection counts;
// what each generation offers; filtering by source and by words.
#include "app/api/leptonclient.h"
#include "app/simulator/newapipopulation.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/notesstore.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "app/timeline/timelinefiltermodel.h"
#include "app/timeline/timelinemodel.h"
#include "app/watch/alertbook.h"
#include "tests/support/pausecontrollerfixture.h"
#include "tests/support/recipeinstate.h"

#include <QSignalSpy>
#include <QtTest>

using namespace std::chrono_literals;
using Source = TimelineRecord::Source;

namespace {

DeploymentRecipe recipe(const QString &name, const QString &state, int replicas)
{
    DeploymentRecipe r = recipeInState(name, state, replicas, replicas + 1);
    r.createdAgoMs = 3LL * 24 * 3600 * 1000;
    return r;
}

// Waits until the wall clock has moved into the next second: the simulator's event times have
// a resolution of one second, so two steps of a test are told apart in time.
void nextSecond()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > now, 3000);
}

} // namespace

class TestTimelineModel : public QObject
{
    Q_OBJECT

    PauseControllerFixture m_fixture;
    WorkspaceSimulator *m_sim = nullptr;
    std::unique_ptr<TimelineModel> m_model;
    std::unique_ptr<TimelineFilterModel> m_filter;

    Deployment serverCopy(const QString &name) const { return m_fixture.serverCopy(name); }

    // The shown lines, top to bottom, as "Source|title".
    QStringList shown() const
    {
        QStringList lines;
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            lines << m_filter->index(row, TimelineModel::SourceColumn).data().toString() + QLatin1Char('|')
                    + m_filter->index(row, TimelineModel::EventColumn).data().toString();
        }
        return lines;
    }

    int rowWith(const QString &text) const
    {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            if (m_filter->index(row, TimelineModel::EventColumn).data().toString().contains(text)
                || m_filter->index(row, TimelineModel::DetailsColumn).data().toString().contains(text))
                return row;
        }
        return -1;
    }

    // Refreshes every part and waits until each has answered.
    void refreshAndWait()
    {
        QSignalSpy parts(m_model.get(), &TimelineModel::partLoaded);
        m_model->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(parts.count() >= 4, 10000);
    }

    void addNote(const QString &name, const QString &text)
    {
        Note note;
        note.workspaceId = QStringLiteral("demo");
        note.deploymentName = name;
        note.text = text;
        note.author = QStringLiteral("tester");
        std::optional<bool> stored;
        m_fixture.database().storage()->notes().add(note, this, [&stored](const StoreResult<Note> &r) { stored = r.ok(); });
        QTRY_VERIFY(stored.has_value());
        QVERIFY(*stored);
    }

private Q_SLOTS:
    void init()
    {
        m_sim = m_fixture.newSimulator();
        m_sim->setTransitionDelay(150ms);
        m_sim->setDeployments({SimulatorPopulation::make(recipe(QStringLiteral("chat"), QStringLiteral("Ready"), 2)),
                               SimulatorPopulation::make(recipe(QStringLiteral("crashing"), QStringLiteral("Error"), 1))});
        QVERIFY(m_sim->listen());
        QVERIFY2(m_fixture.open(), qPrintable(m_fixture.errorString()));
        m_model = std::make_unique<TimelineModel>();
        m_model->setPollInterval(0ms); // the tests refresh themselves
        m_model->setClient(m_fixture.client());
        m_model->setStore(m_fixture.database().storage(), QStringLiteral("demo"));
        m_filter = std::make_unique<TimelineFilterModel>();
        m_filter->setSourceModel(m_model.get());
    }

    void cleanup()
    {
        m_filter.reset();
        m_model.reset();
        m_fixture.close();
    }

    void serverEventsAndTheConsolesHistoryInTimeOrder()
    {
        QVERIFY(m_sim->crashReplica(QStringLiteral("chat"), 0));
        nextSecond();
        addNote(QStringLiteral("chat"), QStringLiteral("OOM on replica 0, watching it"));
        nextSecond();
        QVERIFY(m_sim->crashReplica(QStringLiteral("chat"), 1));
        nextSecond();
        const PauseOutcome paused = m_fixture.pause(QStringLiteral("chat"), {QStringLiteral("out of memory, paused for the night"), {}, {}});
        QVERIFY2(paused.ok(), qPrintable(paused.message));
        QTRY_COMPARE_WITH_TIMEOUT(serverCopy(QStringLiteral("chat")).state, DeploymentState::Stopped, 5000);
        // Someone changes the image while it is paused: a server event after the pause.
        nextSecond();
        QString refused;
        QVERIFY2(m_sim->applyOutsideChange(QStringLiteral("chat"),
                                           QJsonObject{{"spec", QJsonObject{{"container", QJsonObject{{"image", "vllm/vllm-openai:v0.6.4"}}}}}},
                                           QStringLiteral("bob@example.com"), &refused),
                 qPrintable(refused));

        m_model->setResource(serverCopy(QStringLiteral("chat")));
        QTRY_VERIFY_WITH_TIMEOUT(m_model->hasLoaded(), 10000);
        QVERIFY2(m_model->serverError().isEmpty(), qPrintable(m_model->serverError()));
        QVERIFY2(m_model->storeError().isEmpty(), qPrintable(m_model->storeError()));

        const int stopped = rowWith(QStringLiteral("Normal event: Updated"));
        const int pausedRow = rowWith(QStringLiteral("Paused"));
        const int backOff = rowWith(QStringLiteral("BackOff"));
        const int note = rowWith(QStringLiteral("watching it"));
        QVERIFY2(stopped >= 0 && pausedRow >= 0 && backOff >= 0 && note >= 0, qPrintable(shown().join('\n')));
        // Two crashes of two replicas: two termination lines, one around each side of the note.
        QList<int> terminations;
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            if (m_filter->index(row, TimelineModel::EventColumn).data().toString().startsWith(QLatin1String("Replica exited: OOMKilled")))
                terminations << row;
        }
        QCOMPARE(terminations.size(), 2);
        // Newest first: Updated (server) > Paused (console) > second crash (server) > note (console) > first crash.
        QVERIFY2(stopped < pausedRow, qPrintable(shown().join('\n')));
        QVERIFY2(pausedRow < backOff && pausedRow < terminations.at(0), qPrintable(shown().join('\n')));
        QVERIFY2(backOff < note && terminations.at(0) < note, qPrintable(shown().join('\n')));
        QVERIFY2(note < terminations.at(1), qPrintable(shown().join('\n')));
        // The counted event says it twice; the pause says who and why; sources in words.
        QVERIFY(m_filter->index(backOff, TimelineModel::EventColumn).data().toString().contains(QLatin1String("2 times")));
        QCOMPARE(m_filter->index(backOff, TimelineModel::SourceColumn).data().toString(), QStringLiteral("Server"));
        QCOMPARE(m_filter->index(pausedRow, TimelineModel::SourceColumn).data().toString(), QStringLiteral("Console"));
        QVERIFY(m_filter->index(pausedRow, TimelineModel::DetailsColumn).data().toString().contains(QLatin1String("paused for the night")));
        QVERIFY(m_filter->index(pausedRow, TimelineModel::DetailsColumn).data().toString().contains(QLatin1String("tester")));
        // Every shown line is no newer than the one above it.
        for (int row = 1; row < m_filter->rowCount(); ++row) {
            const QDateTime above = m_filter->index(row - 1, 0).data(TimelineModel::WhenRole).toDateTime();
            const QDateTime here = m_filter->index(row, 0).data(TimelineModel::WhenRole).toDateTime();
            QVERIFY(!here.isValid() || above >= here);
        }
    }

    void newDataAppliesAsADiff()
    {
        QVERIFY(m_sim->crashReplica(QStringLiteral("chat"), 0));
        m_model->setResource(serverCopy(QStringLiteral("chat")));
        QTRY_VERIFY_WITH_TIMEOUT(m_model->hasLoaded(), 10000);
        const int backOffSource = m_model->rowCount() > 0 ? [&] {
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (m_model->index(row, TimelineModel::EventColumn).data().toString().contains(QLatin1String("BackOff")))
                    return row;
            }
            return -1;
        }() : -1;
        QVERIFY(backOffSource >= 0);
        const int before = m_model->rowCount();

        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);

        // A poll that brings nothing new changes nothing.
        refreshAndWait();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 0);

        // The same replica crashes again: the BackOff line counts it in place, one termination
        // line is added, nothing is removed or reset.
        nextSecond();
        QVERIFY(m_sim->crashReplica(QStringLiteral("chat"), 0));
        refreshAndWait();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(m_model->rowCount(), before + 1);
        QVERIFY(m_model->index(backOffSource, TimelineModel::EventColumn).data().toString().contains(QLatin1String("2 times")));
        bool backOffChanged = false;
        for (const QList<QVariant> &signal : changed) {
            const QModelIndex from = signal.at(0).value<QModelIndex>();
            const QModelIndex to = signal.at(1).value<QModelIndex>();
            backOffChanged |= from.row() <= backOffSource && backOffSource <= to.row();
        }
        QVERIFY(backOffChanged);
    }

    void onlyTheLatestSelectionCounts()
    {
        // The first selection's answers come slowly, after the second's.
        WorkspaceSimulator::Fault slow = WorkspaceSimulator::Fault::ofKind(WorkspaceSimulator::Fault::Kind::SlowDrip);
        slow.chunkSize = 16;
        slow.interval = 30ms;
        m_sim->injectFault(slow.on("GET", "/deployments/crashing/").times(3));
        QSignalSpy finished(m_fixture.client(), &LeptonClient::requestFinished);
        m_model->setResource(serverCopy(QStringLiteral("crashing"))); // has termination records
        m_model->setResource(serverCopy(QStringLiteral("chat")));     // has none
        // Both selections' three calls come back; only chat's count.
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 6, 10000);
        QTRY_VERIFY(m_model->hasLoaded());
        QCOMPARE(m_model->resourceName(), QStringLiteral("chat"));
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString key = m_model->index(row, 0).data(TimelineModel::KeyRole).toString();
            QVERIFY2(!key.startsWith(QLatin1String("termination:")), qPrintable(key));
            QVERIFY2(!m_model->index(row, TimelineModel::EventColumn).data().toString().contains(QLatin1String("BackOff")),
                     qPrintable(key));
        }
    }

    void filtersBySourceAndWords()
    {
        QVERIFY(m_sim->crashReplica(QStringLiteral("chat"), 0));
        addNote(QStringLiteral("chat"), QStringLiteral("owner: team inference"));
        AlertBook book;
        m_model->setAlertBook(&book);
        m_model->setResource(serverCopy(QStringLiteral("chat")));
        QTRY_VERIFY_WITH_TIMEOUT(m_model->hasLoaded(), 10000);
        QTRY_VERIFY(rowWith(QStringLiteral("owner: team inference")) >= 0);

        Alert alert;
        alert.rule = Alert::Rule::CrashLoop;
        alert.kind = ResourceKind::Endpoint;
        alert.name = QStringLiteral("chat");
        alert.workspaceId = QStringLiteral("demo");
        alert.message = QStringLiteral("chat restarted 3 times in 10 minutes");
        alert.raisedAt = QDateTime::currentDateTimeUtc();
        Alert elsewhere = alert;
        elsewhere.name = QStringLiteral("crashing");
        elsewhere.message = QStringLiteral("crashing restarted");
        const quint64 id = book.raise(alert);
        book.raise(elsewhere);
        QVERIFY(rowWith(QStringLiteral("chat restarted 3 times")) >= 0);
        QCOMPARE(rowWith(QStringLiteral("crashing restarted")), -1); // another resource's alert
        QVERIFY(m_filter->index(rowWith(QStringLiteral("chat restarted")), TimelineModel::EventColumn)
                    .data().toString().contains(QLatin1String("(open)")));
        nextSecond();
        QVERIFY(book.close(id, QDateTime::currentDateTimeUtc()));
        QCOMPARE(rowWith(QStringLiteral("Alert ended")), 0); // the newest line

        const int all = m_filter->rowCount();
        m_filter->setSourceShown(Source::Server, false);
        for (const QString &line : shown())
            QVERIFY2(!line.startsWith(QLatin1String("Server|")), qPrintable(line));
        QVERIFY(rowWith(QStringLiteral("owner: team inference")) >= 0);
        m_filter->setSourceShown(Source::Console, false);
        for (const QString &line : shown())
            QVERIFY2(line.startsWith(QLatin1String("Alert|")), qPrintable(line));
        QCOMPARE(m_filter->rowCount(), 2);
        m_filter->setSourceShown(Source::Server, true);
        m_filter->setSourceShown(Source::Console, true);
        QCOMPARE(m_filter->rowCount(), all);

        // Words: every one must appear, in any column, in any case.
        m_filter->setSearchText(QStringLiteral("oomkilled"));
        QVERIFY(m_filter->rowCount() >= 1);
        for (int row = 0; row < m_filter->rowCount(); ++row)
            QVERIFY(m_filter->index(row, TimelineModel::EventColumn).data().toString().contains(QLatin1String("OOMKilled")));
        m_filter->setSearchText(QStringLiteral("team  Console"));
        QCOMPARE(shown(), QStringList{QStringLiteral("Console|Note")});
        m_filter->setSearchText(QStringLiteral("nothing like this"));
        QCOMPARE(m_filter->rowCount(), 0);
        m_filter->setSearchText(QString());
        QCOMPARE(m_filter->rowCount(), all);
    }

    void theNewApiHasEventsButNoTerminations()
    {
        m_sim->setNewDeploymentApi(true);
        m_sim->setEndpoints(NewApiPopulation::endpoints({SimulatorPopulation::make(recipe(QStringLiteral("chat"), QStringLiteral("Ready"), 2))}));
        m_fixture.client()->setApiGeneration(ApiGeneration::New);
        QVERIFY(m_sim->crashReplica(QStringLiteral("chat"), 1));
        std::optional<ApiResult<Deployment>> read;
        m_fixture.client()->getResource(ResourceKind::Endpoint, QStringLiteral("chat"), this,
                                        [&read](const ApiResult<Deployment> &r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QVERIFY2(read->ok(), qPrintable(read->error.userMessage()));
        const Deployment endpoint = read->value;
        QCOMPARE(endpoint.generation, ApiGeneration::New);
        m_sim->clearRequests();
        m_model->setResource(endpoint);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->hasLoaded(), 10000);
        QVERIFY2(m_model->serverError().isEmpty(), qPrintable(m_model->serverError()));
        QVERIFY(rowWith(QStringLiteral("Warning event: BackOff")) >= 0);
        for (const auto &request : m_sim->requests()) {
            QVERIFY2(!request.apiPath().endsWith(QLatin1String("/termination")), qPrintable(request.apiPath()));
            QVERIFY2(!request.apiPath().endsWith(QLatin1String("/readiness")), qPrintable(request.apiPath()));
        }
    }

    void aRayClusterShowsTheConsolesHistoryOnly()
    {
        Deployment cluster;
        cluster.kind = ResourceKind::RayCluster;
        cluster.name = QStringLiteral("ray-train");
        addNote(QStringLiteral("ray-train"), QStringLiteral("suspended over the weekend"));
        m_sim->clearRequests();
        m_model->setResource(cluster);
        QTRY_VERIFY_WITH_TIMEOUT(m_model->hasLoaded(), 10000);
        QVERIFY(!m_model->offersEvents());
        QCOMPARE(shown(), QStringList{QStringLiteral("Console|Note")});
        QVERIFY(m_sim->requests().isEmpty());
    }

    void aServerPartThatFailsKeepsItsLinesAndSaysWhy()
    {
        QVERIFY(m_sim->crashReplica(QStringLiteral("chat"), 0));
        m_model->setResource(serverCopy(QStringLiteral("chat")));
        QTRY_VERIFY_WITH_TIMEOUT(m_model->hasLoaded(), 10000);
        const int before = m_model->rowCount();
        m_sim->injectFault(WorkspaceSimulator::Fault::badGateway().on("GET", "/termination$"));
        refreshAndWait();
        QVERIFY(m_model->serverError().contains(QLatin1String("Termination records could not be read")));
        QCOMPARE(m_model->rowCount(), before);
        refreshAndWait();
        QVERIFY(m_model->serverError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
