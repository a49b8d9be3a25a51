// The details panel's Timeline under offscreen, against the simulator over HTTP with the
// console's history in a real SQLite file: a pause made through PauseController and a note
// show among the server's events; the source toggles and the search field work from the
// keyboard (Space, typing, Escape); every control is named; the timeline follows the shown
// resource, and says why a part could not be read.
#include "app/api/leptonclient.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/notesstore.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "app/timeline/timelinefiltermodel.h"
#include "app/timeline/timelinemodel.h"
#include "tests/support/pausecontrollerfixture.h"
#include "tests/support/recipeinstate.h"
#include "ui/deployments/detailspanel.h"
#include "ui/timeline/timelineview.h"
#include "ui/widgets/valuelabel.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QTreeView>
#include <QtTest>

using namespace std::chrono_literals;
using Source = TimelineRecord::Source;

namespace {

DeploymentRecipe recipe(const QString &name, const QString &state, int replicas)
{
    return recipeInState(name, state, replicas, replicas + 1, DeploymentRecipe().shape);
}

} // namespace

class TestDetailsTimeline : public QObject
{
    Q_OBJECT

    PauseControllerFixture m_fixture;
    WorkspaceSimulator *m_sim = nullptr;
    std::unique_ptr<DetailsPanel> m_panel;
    TimelineView *m_timeline = nullptr;

    Deployment serverCopy(const QString &name) const { return m_fixture.serverCopy(name); }

    // The lines the view shows, top to bottom, as "Source|Event|Details".
    QStringList lines() const
    {
        QStringList out;
        QAbstractItemModel *model = m_timeline->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            out << model->index(row, TimelineModel::SourceColumn).data().toString() + QLatin1Char('|')
                    + model->index(row, TimelineModel::EventColumn).data().toString() + QLatin1Char('|')
                    + model->index(row, TimelineModel::DetailsColumn).data().toString();
        }
        return out;
    }

    int lineWith(const QString &text) const
    {
        const QStringList shown = lines();
        for (int i = 0; i < shown.size(); ++i) {
            if (shown.at(i).contains(text))
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        m_sim = m_fixture.newSimulator();
        m_sim->setTransitionDelay(100ms);
        m_sim->setDeployments({SimulatorPopulation::make(recipe(QStringLiteral("chat"), QStringLiteral("Ready"), 1)),
                               SimulatorPopulation::make(recipe(QStringLiteral("embed"), QStringLiteral("Ready"), 1))});
        QVERIFY(m_sim->listen());
        QVERIFY2(m_fixture.open(), qPrintable(m_fixture.errorString()));
        m_panel = std::make_unique<DetailsPanel>();
        m_panel->resize(700, 1400);
        m_panel->setClient(m_fixture.client());
        m_panel->setTimelineSources(m_fixture.database().storage(), QStringLiteral("demo"));
        m_timeline = m_panel->timeline();
        m_timeline->model()->setPollInterval(0ms);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }

    void cleanup()
    {
        m_panel.reset();
        m_fixture.close();
    }

    void showsServerEventsAndTheConsolesActionsTogether()
    {
        QVERIFY(m_sim->crashReplica(QStringLiteral("chat")));
        const qint64 second = QDateTime::currentSecsSinceEpoch();
        QTRY_VERIFY(QDateTime::currentSecsSinceEpoch() > second);
        const PauseOutcome paused = m_fixture.pause(QStringLiteral("chat"), {QStringLiteral("GPU budget: nights off"), {}, {}});
        QVERIFY2(paused.ok(), qPrintable(paused.message));

        m_panel->showDeployment(serverCopy(QStringLiteral("chat")));
        QTRY_VERIFY_WITH_TIMEOUT(lineWith(QStringLiteral("Console|Paused|")) >= 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(lineWith(QStringLiteral("Server|Warning event: BackOff")) >= 0, 10000);
        QTRY_VERIFY(lineWith(QStringLiteral("Replica exited: OOMKilled (exit code 137)")) >= 0);
        QVERIFY(lineWith(QStringLiteral("GPU budget: nights off")) < lineWith(QStringLiteral("BackOff")));
        QVERIFY(m_timeline->isVisible());
        QVERIFY(m_timeline->view()->isVisible());

        // Names for a screen reader; the row reads with its time, source and words.
        for (QWidget *control : std::initializer_list<QWidget *>{
                 m_timeline->sourceToggle(Source::Server), m_timeline->sourceToggle(Source::Console),
                 m_timeline->sourceToggle(Source::Alert), m_timeline->searchField(), m_timeline->view()})
            QVERIFY2(!control->accessibleName().isEmpty(), control->metaObject()->className());
        const QString spoken = m_timeline->view()->model()->index(lineWith(QStringLiteral("BackOff")), 0)
                                   .data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.contains(QLatin1String("Server")) && spoken.contains(QLatin1String("BackOff")), qPrintable(spoken));

        // A new note appears by itself (the store announces it), without a reload.
        Note note;
        note.workspaceId = QStringLiteral("demo");
        note.deploymentName = QStringLiteral("chat");
        note.text = QStringLiteral("ask the owner on Monday");
        note.author = QStringLiteral("tester");
        m_fixture.database().storage()->notes().add(note, this, [](const StoreResult<Note> &) {});
        QTRY_COMPARE_WITH_TIMEOUT(lineWith(QStringLiteral("ask the owner on Monday")), 0, 10000);
    }

    void theKeyboardFilters()
    {
        QVERIFY(m_sim->crashReplica(QStringLiteral("chat")));
        const PauseOutcome paused = m_fixture.pause(QStringLiteral("chat"), {QStringLiteral("nights off"), {}, {}});
        QVERIFY(paused.ok());
        m_panel->showDeployment(serverCopy(QStringLiteral("chat")));
        QTRY_VERIFY_WITH_TIMEOUT(m_timeline->model()->hasLoaded(), 10000);
        QTRY_VERIFY(lineWith(QStringLiteral("Console|")) >= 0 && lineWith(QStringLiteral("Server|")) >= 0);
        const int all = lines().size();

        // Space on the Server toggle hides the server's lines, and says so.
        QCheckBox *server = m_timeline->sourceToggle(Source::Server);
        server->setFocus();
        QTRY_VERIFY(server->hasFocus());
        QTest::keyClick(server, Qt::Key_Space);
        QVERIFY(!server->isChecked());
        QCOMPARE(lineWith(QStringLiteral("Server|")), -1);
        QVERIFY(lineWith(QStringLiteral("Console|Paused")) >= 0);
        QVERIFY2(m_timeline->statusLine()->text().contains(QLatin1String("shown")), qPrintable(m_timeline->statusLine()->text()));
        QTest::keyClick(server, Qt::Key_Space);
        QCOMPARE(lines().size(), all);

        // Tab reaches the search field from the toggles; typing filters; Escape clears.
        QWidget *focus = server;
        for (int i = 0; i < 4 && focus != m_timeline->searchField(); ++i) {
            QTest::keyClick(focus, Qt::Key_Tab);
            focus = QApplication::focusWidget();
        }
        QCOMPARE(focus, m_timeline->searchField());
        QTest::keyClicks(m_timeline->searchField(), QStringLiteral("oomkilled"));
        QTRY_VERIFY(lines().size() >= 1 && lines().size() < all);
        for (const QString &line : lines())
            QVERIFY2(line.contains(QLatin1String("OOMKilled")), qPrintable(line));
        QTest::keyClicks(m_timeline->searchField(), QStringLiteral(" nothing-like-this"));
        QCOMPARE(lines().size(), 0);
        QVERIFY(m_timeline->statusLine()->text().contains(QLatin1String("No line matches")));
        QTest::keyClick(m_timeline->searchField(), Qt::Key_Escape);
        QVERIFY(m_timeline->searchField()->text().isEmpty());
        QCOMPARE(lines().size(), all);
    }

    void followsTheShownResource()
    {
        QVERIFY(m_sim->crashReplica(QStringLiteral("chat")));
        m_panel->showDeployment(serverCopy(QStringLiteral("chat")));
        QTRY_VERIFY_WITH_TIMEOUT(lineWith(QStringLiteral("BackOff")) >= 0, 10000);
        m_panel->showDeployment(serverCopy(QStringLiteral("embed")));
        QTRY_VERIFY_WITH_TIMEOUT(m_timeline->model()->hasLoaded(), 10000);
        QCOMPARE(m_timeline->model()->resourceName(), QStringLiteral("embed"));
        QCOMPARE(lineWith(QStringLiteral("BackOff")), -1);

        Deployment cluster;
        cluster.kind = ResourceKind::RayCluster;
        cluster.name = QStringLiteral("ray-train");
        m_panel->showDeployment(cluster);
        QTRY_VERIFY(m_timeline->model()->hasLoaded());
        QVERIFY(m_timeline->isVisible()); // every kind has a timeline
        QVERIFY2(m_timeline->statusLine()->text().contains(QLatin1String("keeps no events")),
                 qPrintable(m_timeline->statusLine()->text()));

        m_panel->clear();
        QCOMPARE(m_timeline->view()->model()->rowCount(), 0);
    }

    void saysWhatCouldNotBeRead()
    {
        m_sim->injectFault(WorkspaceSimulator::Fault::badGateway().on("GET", "/events$"));
        m_panel->showDeployment(serverCopy(QStringLiteral("chat")));
        QTRY_VERIFY_WITH_TIMEOUT(m_timeline->model()->hasLoaded(), 10000);
        const QString status = m_timeline->statusLine()->text();
        QVERIFY2(status.startsWith(QLatin1String("Error: Events could not be read")), qPrintable(status));
    }
};

QTEST_MAIN(TestDetailsTimeline)
#include "tst_detailstimeline.moc"
