// ApplyWhilePaused against the simulator over HTTP, with the ledger in SQLite on disk and no
// widgets: pause → read → edit while paused → resume ends with the edited values running, and
// a step that fails stops the run there, with the deployment in a state the outcome names.
#include "app/api/deployment.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "app/api/leptonclient.h"
#include "app/deployments/deploymentsettings.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/pause/applywhilepaused.h"
#include "app/pause/pausecontroller.h"
#include "app/pause/pausedsettingseditor.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/sqlite/notestable.h"
#include "app/storage/sqlite/ledgertable.h"
#include "tests/support/pausecontrollerfixture.h"
#include "tests/support/recipewithreplicas.h"
#include "tests/support/scratchdatabase.h"
#include "tests/support/simulatorclient.h"

#include <QSignalSpy>
#include <QtTest>

using namespace std::chrono_literals;
using Fault = WorkspaceSimulator::Fault;
using Kind = ApplyWhilePaused::Outcome::Kind;
using Step = ApplyWhilePaused::Step;

namespace {

const QString kName = QStringLiteral("llama-chat");

} // namespace

class TestApplyWhilePaused : public QObject
{
    Q_OBJECT

    PauseControllerFixture m_fixture;
    ScratchDatabase &m_db = m_fixture.database();
    WorkspaceSimulator *m_sim = nullptr;
    PauseController *m_pauses = nullptr;
    std::unique_ptr<PausedSettingsEditor> m_editor;
    std::unique_ptr<DeploymentTableModel> m_model;

    Deployment current() const
    {
        Deployment d;
        if (!Deployment::fromJson(m_sim->deployment(kName), &d))
            qFatal("the simulator has no %s", qPrintable(kName));
        return d;
    }

    void addDeployment(const DeploymentRecipe &recipe)
    {
        m_sim->setDeployment(SimulatorPopulation::make(recipe));
        m_model->applyDeployments({current()});
    }

    struct Run
    {
        std::optional<ApplyWhilePaused::Outcome> outcome;
        QList<PauseOutcome> pauseOutcomes;
        QList<Step> steps;
        QStringList pendingSeen; // the table's pending action at each step
        int ledgerEdits = 0;
    };

    // Starts a run of `edited` on kName; `onPaused` runs as soon as the pause answered.
    Run run(const DeploymentSettings &edited, const std::function<void()> &onPaused = {})
    {
        Run result;
        QPointer<ApplyWhilePaused> workflow = new ApplyWhilePaused(m_pauses, m_fixture.client(), m_editor.get(), m_model.get());
        connect(workflow, &ApplyWhilePaused::stepStarted, this, [&](Step step, const QString &name) {
            QCOMPARE(name, kName);
            result.steps << step;
            result.pendingSeen << QString::number(int(m_model->pendingAction(name)));
        });
        connect(workflow, &ApplyWhilePaused::pauseFinished, this, [&](const PauseOutcome &o) {
            result.pauseOutcomes << o;
            if (result.pauseOutcomes.size() == 1 && onPaused)
                onPaused();
        });
        connect(workflow, &ApplyWhilePaused::ledgerEdited, this, [&] { ++result.ledgerEdits; });
        connect(workflow, &ApplyWhilePaused::finished, this, [&](const ApplyWhilePaused::Outcome &o) {
            QVERIFY(!result.outcome); // exactly one
            result.outcome = o;
        });
        workflow->start(kName, edited, {QStringLiteral("Paused while applying a change"), {}});
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.outcome.has_value(), 15000); }();
        [&] { QTRY_VERIFY(workflow.isNull()); }(); // it cleans up after itself
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<ApplyWhilePaused::Outcome>();
    }

    void init()
    {
        m_sim = m_fixture.newSimulator();
        m_sim->setTransitionDelay(100ms);
        m_sim->setDeployments({});
        QVERIFY(m_sim->listen());
        QVERIFY2(m_fixture.open(5s), qPrintable(m_fixture.errorString()));
        m_pauses = m_fixture.pauses();
        m_editor = std::make_unique<PausedSettingsEditor>(m_fixture.client(), &m_db.storage()->ledger(), "demo");
        m_model = std::make_unique<DeploymentTableModel>();
    }

    void cleanup()
    {
        m_model.reset();
        m_editor.reset();
        m_fixture.close();
    }

    void appliesWhilePausedThenResumes()
    {
        addDeployment(recipeWithReplicas(kName, 1, 3));
        DeploymentSettings edited = DeploymentSettings::fromDeployment(current());
        edited.maxReplicas = 5;
        edited.image = QStringLiteral("vllm/vllm-openai:v0.7.0");

        const Run result = run(edited);
        QCOMPARE(result.outcome->kind, Kind::Resumed);
        QVERIFY(result.outcome->ok());
        QCOMPARE(result.outcome->deploymentName, kName);
        QCOMPARE(result.outcome->paused.kind, PauseOutcome::Kind::Paused);
        QVERIFY(result.outcome->edit.ok());
        QCOMPARE(result.outcome->resumed.kind, PauseOutcome::Kind::Resumed);
        QCOMPARE(result.steps, (QList<Step> {Step::Pausing, Step::Applying, Step::Resuming}));
        // The table showed "Pausing", then nothing while editing, then "Resuming"; nothing at the end.
        QCOMPARE(result.pendingSeen, (QStringList {QString::number(int(PendingAction::Pausing)),
                                                   QString::number(int(PendingAction::None)),
                                                   QString::number(int(PendingAction::Resuming))}));
        QCOMPARE(m_model->pendingAction(kName), PendingAction::None);
        QCOMPARE(result.pauseOutcomes.size(), 2);
        QCOMPARE(result.ledgerEdits, 1);

        // Running again with the edited values; the pause is closed and its reason kept as a note.
        const Deployment now = current();
        QCOMPARE(now.minReplicas, std::optional<int>(1));
        QCOMPARE(now.maxReplicas, std::optional<int>(5));
        QCOMPARE(now.image, QStringLiteral("vllm/vllm-openai:v0.7.0"));
        QVERIFY(!m_db.ledger()->openEntry("demo", kName).has_value());
        bool reasonKept = false;
        for (const Note &note : m_db.notes()->history("demo", kName))
            reasonKept = reasonKept || note.text.contains(QStringLiteral("Paused while applying a change"));
        QVERIFY(reasonKept);
    }

    void failedPauseChangesNothing()
    {
        addDeployment(recipeWithReplicas(kName, 1, 3));
        const QJsonObject before = m_sim->deployment(kName);
        m_sim->injectFault(Fault::httpStatus(500, R"({"message":"backend unavailable"})").on("PATCH", "/deployments/").times(-1));
        DeploymentSettings edited = DeploymentSettings::fromDeployment(current());
        edited.maxReplicas = 5;

        const Run result = run(edited);
        QCOMPARE(result.outcome->kind, Kind::NotPaused);
        QVERIFY(!result.outcome->ok());
        QCOMPARE(result.outcome->paused.kind, PauseOutcome::Kind::Failed);
        QVERIFY(!result.outcome->paused.message.isEmpty());
        QCOMPARE(result.steps, QList<Step> {Step::Pausing});
        QCOMPARE(result.pauseOutcomes.size(), 1);
        QCOMPARE(result.ledgerEdits, 0);
        QCOMPARE(m_model->pendingAction(kName), PendingAction::None);
        QCOMPARE(m_sim->deployment(kName).value("spec"), before.value("spec"));
    }

    void stoppedOutsideTheConsoleIsNotEdited()
    {
        DeploymentRecipe stopped = recipeWithReplicas(kName, 0, 3);
        stopped.state = QStringLiteral("Stopped");
        addDeployment(stopped);
        const QJsonObject before = m_sim->deployment(kName);
        DeploymentSettings edited = DeploymentSettings::fromDeployment(current());
        edited.image = QStringLiteral("vllm/vllm-openai:v0.7.0");

        const Run result = run(edited);
        QCOMPARE(result.outcome->kind, Kind::NotPaused);
        QCOMPARE(result.outcome->paused.kind, PauseOutcome::Kind::AlreadyStopped);
        QCOMPARE(result.ledgerEdits, 0);
        QCOMPARE(m_sim->deployment(kName).value("spec"), before.value("spec"));
    }

    void failedReadLeavesItPausedAndUnchanged()
    {
        addDeployment(recipeWithReplicas(kName, 2, 4));
        DeploymentSettings edited = DeploymentSettings::fromDeployment(current());
        edited.image = QStringLiteral("vllm/vllm-openai:v0.7.0");

        const Run result = run(edited, [this] {
            m_sim->injectFault(Fault::httpStatus(500, R"({"message":"read failed"})").on("GET", "/deployments/llama-chat$").times(-1));
        });
        QCOMPARE(result.outcome->kind, Kind::NotRead);
        QVERIFY(result.outcome->error.isError());
        QCOMPARE(result.outcome->paused.kind, PauseOutcome::Kind::Paused);
        QCOMPARE(result.ledgerEdits, 0);
        QCOMPARE(current().minReplicas, std::optional<int>(0));
        QCOMPARE(current().image, QStringLiteral("vllm/vllm-openai:v0.6.3"));
        const auto entry = m_db.ledger()->openEntry("demo", kName);
        QVERIFY(entry.has_value());
        QCOMPARE(entry->savedMinReplicas, 2);
    }

    void refusedEditLeavesItPausedAndUnchanged()
    {
        addDeployment(recipeWithReplicas(kName, 2, 4));
        DeploymentSettings edited = DeploymentSettings::fromDeployment(current());
        edited.image = QStringLiteral("vllm/vllm-openai:v0.7.0");

        const Run result = run(edited, [this] {
            m_sim->injectFault(Fault::httpStatus(400, R"({"code":"InvalidRequest","message":"image not allowed"})")
                                   .on("PATCH", "/deployments/").times(-1));
        });
        QCOMPARE(result.outcome->kind, Kind::NotApplied);
        QCOMPARE(result.outcome->edit.kind, PausedSettingsEditor::Outcome::Kind::Failed);
        QVERIFY2(result.outcome->edit.message.contains(QStringLiteral("image not allowed")), qPrintable(result.outcome->edit.message));
        QCOMPARE(result.steps, (QList<Step> {Step::Pausing, Step::Applying}));
        QCOMPARE(result.ledgerEdits, 1); // the markers are read again either way
        QCOMPARE(current().minReplicas, std::optional<int>(0));
        QCOMPARE(current().image, QStringLiteral("vllm/vllm-openai:v0.6.3"));
        const auto entry = m_db.ledger()->openEntry("demo", kName);
        QVERIFY(entry.has_value());
        QCOMPARE(entry->savedMinReplicas, 2); // Resume brings back what it had
        QCOMPARE(entry->savedMaxReplicas, std::optional<int>(4));
    }

    void stopsSilentlyWhenTheWorkspaceCloses()
    {
        addDeployment(recipeWithReplicas(kName, 1, 3));
        m_sim->setLatency(150ms);
        QPointer<ApplyWhilePaused> workflow = new ApplyWhilePaused(m_pauses, m_fixture.client(), m_editor.get(), m_model.get());
        QSignalSpy finished(workflow.data(), &ApplyWhilePaused::finished);
        workflow->start(kName, DeploymentSettings::fromDeployment(current()), {});
        m_editor.reset(); // the session's parts go away mid-run
        QTRY_VERIFY_WITH_TIMEOUT(workflow.isNull(), 10000);
        QVERIFY(finished.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApplyWhilePaused)
#include "tst_applywhilepaused.moc"
