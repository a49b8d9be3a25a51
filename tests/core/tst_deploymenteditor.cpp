// DeploymentEditor against the workspace simulator over real HTTP, with no widgets: the edit
// protocol (validate → GET → version moved? → dry run → PATCH) ends in exactly one Outcome,
// and what went over the wire is exactly what each outcome promises.
#include "app/api/deployment.h"
#include "app/api/leptonclient.h"
#include "app/api/workspaceinfo.h"
#include "app/common/jsonmergepatch.h"
#include "app/deployments/deploymenteditor.h"
#include "app/deployments/deploymentsettings.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/simulatorclient.h"
#include "tests/support/editeddeployment.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace std::chrono_literals;
using Kind = DeploymentEditor::Outcome::Kind;
using Step = DeploymentEditor::Step;
using Fault = WorkspaceSimulator::Fault;

namespace {

const QString kName = QStringLiteral("llama-chat");

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestDeploymentEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<WorkspaceSimulator> m_sim;
    std::unique_ptr<LeptonClient> m_client;
    WorkspaceInfo m_info;

    static DeploymentRecipe recipe() { return EditedDeployment::recipe(kName); }
    Deployment current() const { return EditedDeployment::current(*m_sim, kName); }
    QList<WorkspaceSimulator::RecordedRequest> patches() const { return EditedDeployment::patches(*m_sim); }

    // An edit of the deployment as the server has it now.
    DeploymentEditor::Request edit(const std::function<void(DeploymentSettings &)> &change, bool paused = false) const
    {
        DeploymentEditor::Request request;
        request.opened = current();
        request.original = DeploymentSettings::fromDeployment(request.opened);
        request.edited = request.original;
        request.paused = paused;
        change(request.edited);
        return request;
    }

    // Runs `request` and waits for its one outcome.
    DeploymentEditor::Outcome run(DeploymentEditor &editor, const DeploymentEditor::Request &request,
                                  QList<Step> *steps = nullptr)
    {
        QSignalSpy finished(&editor, &DeploymentEditor::finished);
        QSignalSpy stepSpy(&editor, &DeploymentEditor::stepStarted);
        editor.apply(request);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000); }();
        if (finished.count() != 1)
            return {};
        QTest::qWait(0); // a second finished() would have come by now
        [&] { QCOMPARE(finished.count(), 1); }();
        if (steps) {
            for (const QList<QVariant> &args : std::as_const(stepSpy))
                steps->append(args.first().value<Step>());
        }
        return finished.first().first().value<DeploymentEditor::Outcome>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<DeploymentEditor::Outcome>();
        qRegisterMetaType<DeploymentEditor::Step>();
    }

    void init()
    {
        m_sim = std::make_unique<WorkspaceSimulator>();
        QVERIFY(m_sim->listen());
        m_sim->setDeployments({SimulatorPopulation::make(recipe())});
        m_client = simulatorClient(*m_sim, 10s);
        m_info = WorkspaceInfo::fromJson(m_sim->workspaceInfo());
    }

    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void appliedSendsDryRunThenPatch()
    {
        const QJsonObject before = m_sim->deployment(kName);
        DeploymentEditor editor(m_client.get(), m_info);
        m_sim->clearRequests();
        QList<Step> steps;
        const auto outcome = run(editor, edit([](DeploymentSettings &s) { s.maxReplicas = 4; }), &steps);
        QCOMPARE(outcome.kind, Kind::Applied);
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.deploymentName, kName);
        QVERIFY(!outcome.valuesForResume);
        QCOMPARE(steps, (QList<Step> {Step::CheckingServer, Step::DryRun, Step::Applying}));

        const QJsonObject expected = obj(R"({"spec":{"resource_requirement":{"min_replicas":1,"max_replicas":4}}})");
        QCOMPARE(m_sim->requests().first().method, QByteArray("GET"));
        const auto sent = patches();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).query.queryItemValue(QStringLiteral("dryrun")), QStringLiteral("true"));
        QVERIFY(!sent.at(1).query.hasQueryItem(QStringLiteral("dryrun")));
        for (const auto &request : sent)
            QCOMPARE(request.jsonBody(), expected);
        QCOMPARE(m_sim->deployment(kName).value(QStringLiteral("spec")),
                 JsonMergePatch::apply(before, expected).value(QStringLiteral("spec")));
    }

    void invalidAndNothingEditedEndAtOnceAndSendNothing()
    {
        DeploymentEditor editor(m_client.get(), m_info);
        QSignalSpy finished(&editor, &DeploymentEditor::finished);
        m_sim->clearRequests();

        editor.apply(edit([](DeploymentSettings &s) {
            s.mode = DeploymentSettings::AutoscalingMode::ScaleDownOnNoTraffic;
            s.noTrafficTimeoutSeconds = 30;
        }));
        QCOMPARE(finished.count(), 1); // before apply() returned
        auto outcome = finished.takeFirst().first().value<DeploymentEditor::Outcome>();
        QCOMPARE(outcome.kind, Kind::Invalid);
        QVERIFY2(outcome.problems.join(QLatin1Char(' ')).contains(QStringLiteral("60 seconds")),
                 qPrintable(outcome.problems.join(QLatin1Char(' '))));

        editor.apply(edit([](DeploymentSettings &) {}));
        QCOMPARE(finished.count(), 1);
        outcome = finished.takeFirst().first().value<DeploymentEditor::Outcome>();
        QCOMPARE(outcome.kind, Kind::NothingToChange);
        QVERIFY(outcome.editedNothing);

        QTest::qWait(50);
        QVERIFY(m_sim->requests().isEmpty());
        QVERIFY(finished.isEmpty());
    }

    void noClientIsRefusedAsCancelled()
    {
        DeploymentEditor editor(nullptr, m_info);
        const auto request = edit([](DeploymentSettings &s) { s.maxReplicas = 4; });
        const auto early = editor.check(request);
        QVERIFY(early);
        QCOMPARE(early->kind, Kind::Refused);
        QCOMPARE(early->error.kind(), ApiError::Kind::Cancelled);
    }

    void serverAlreadyHasItIsNothingToChange()
    {
        m_sim->injectFault(Fault::httpStatus(400, R"({"code":"InvalidRequest","message":"no valid field to update"})")
                               .on("PATCH", QStringLiteral("/deployments/")));
        DeploymentEditor editor(m_client.get(), m_info);
        const auto outcome = run(editor, edit([](DeploymentSettings &s) { s.maxReplicas = 4; }));
        QCOMPARE(outcome.kind, Kind::NothingToChange);
        QVERIFY(!outcome.editedNothing);
        QVERIFY(!outcome.ok());
    }

    void refusedDryRunSendsNoPatch()
    {
        const QJsonObject before = m_sim->deployment(kName);
        m_sim->injectFault(Fault::httpStatus(400, R"({"code":"InvalidRequest","message":"quota exceeded for gpu.a10"})")
                               .on("PATCH", QStringLiteral("/deployments/llama-chat$")));
        DeploymentEditor editor(m_client.get(), m_info);
        m_sim->clearRequests();
        const auto outcome = run(editor, edit([](DeploymentSettings &s) { s.image = QStringLiteral("nvcr.io/nim/llama:typed"); }));
        QCOMPARE(outcome.kind, Kind::Refused);
        QCOMPARE(outcome.error.kind(), ApiError::Kind::Invalid);
        QVERIFY(outcome.error.userMessage().contains(QStringLiteral("quota exceeded for gpu.a10")));
        const auto sent = patches();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().query.queryItemValue(QStringLiteral("dryrun")), QStringLiteral("true"));
        QCOMPARE(m_sim->deployment(kName), before);
    }

    void unreachableServerIsRefused()
    {
        DeploymentEditor editor(m_client.get(), m_info);
        const auto request = edit([](DeploymentSettings &s) { s.maxReplicas = 4; });
        m_sim.reset(); // nobody listens any more
        const auto outcome = run(editor, request);
        QCOMPARE(outcome.kind, Kind::Refused);
        QVERIFY(outcome.error.isError());
    }

    void movedVersionIsAConflictWithTheServersObject()
    {
        DeploymentEditor editor(m_client.get(), m_info);
        const auto request = edit([](DeploymentSettings &s) { s.maxReplicas = 4; });
        QVERIFY(m_sim->applyOutsideChange(kName, obj(R"({"spec":{"container":{"image":"bob/llama:9"}}})"),
                                          QStringLiteral("bob@example.com")));
        m_sim->clearRequests();
        const auto outcome = run(editor, request);
        QCOMPARE(outcome.kind, Kind::Conflict);
        QCOMPARE(outcome.server.image, QStringLiteral("bob/llama:9"));
        QCOMPARE(outcome.server.version, current().version);
        QVERIFY(outcome.server.version != request.opened.version);
        QVERIFY(patches().isEmpty());

        // The caller rebases the edit on the server's object: only the user's change goes out.
        DeploymentEditor::Request again = request;
        again.opened = outcome.server;
        again.original = DeploymentSettings::fromDeployment(outcome.server);
        again.edited = request.edited.rebased(request.original, again.original);
        QCOMPARE(run(editor, again).kind, Kind::Applied);
        QCOMPARE(patches().last().jsonBody(), obj(R"({"spec":{"resource_requirement":{"min_replicas":1,"max_replicas":4}}})"));
        QCOMPARE(current().image, QStringLiteral("bob/llama:9"));
        QCOMPARE(current().maxReplicas, std::optional<int>(4));
    }

    void pausedReplicaEditIsSavedForResumeWithoutAPatch()
    {
        DeploymentEditor editor(m_client.get(), m_info);
        m_sim->clearRequests();
        const auto outcome = run(editor, edit([](DeploymentSettings &s) { s.maxReplicas = 5; }, true));
        QCOMPARE(outcome.kind, Kind::SavedForResume);
        QVERIFY(outcome.valuesForResume);
        QCOMPARE(outcome.valuesForResume->maxReplicas, 5);
        QVERIFY(patches().isEmpty());
        QCOMPARE(current().maxReplicas, std::optional<int>(3));
    }

    void pausedImageEditPatchesOnlyTheImage()
    {
        DeploymentRecipe paused = recipe();
        paused.minReplicas = 0;
        paused.state = QStringLiteral("Stopped");
        m_sim->setDeployments({SimulatorPopulation::make(paused)});
        DeploymentEditor editor(m_client.get(), m_info);
        m_sim->clearRequests();
        const auto outcome = run(editor, edit([](DeploymentSettings &s) {
            s.minReplicas = 2;
            s.maxReplicas = 5;
            s.image = QStringLiteral("nvcr.io/nim/llama:3");
        }, true));
        QCOMPARE(outcome.kind, Kind::Applied);
        QVERIFY(outcome.valuesForResume);
        QCOMPARE(outcome.valuesForResume->minReplicas, 2);
        QCOMPARE(outcome.valuesForResume->maxReplicas, 5);
        const auto sent = patches();
        QCOMPARE(sent.size(), 2);
        for (const auto &request : sent)
            QCOMPARE(request.jsonBody(), obj(R"({"spec":{"container":{"image":"nvcr.io/nim/llama:3"}}})"));
        QCOMPARE(current().minReplicas, std::optional<int>(0));
    }

    void pausedApplierTakesTheWholeEdit_data()
    {
        QTest::addColumn<bool>("ok");
        QTest::newRow("saved") << true;
        QTest::newRow("refused") << false;
    }

    void pausedApplierTakesTheWholeEdit()
    {
        QFETCH(bool, ok);
        DeploymentEditor editor(m_client.get(), m_info);
        std::optional<DeploymentSettings> given;
        editor.setPausedApplier([&](const Deployment &server, const DeploymentSettings &edited, auto done) {
            QCOMPARE(server.name, kName);
            given = edited;
            done(ok, ok ? QStringLiteral("saved it") : QStringLiteral("the ledger is read-only"));
        });
        m_sim->clearRequests();
        QList<Step> steps;
        const auto outcome = run(editor, edit([](DeploymentSettings &s) { s.maxReplicas = 5; }, true), &steps);
        QCOMPARE(outcome.kind, ok ? Kind::SavedForResume : Kind::Refused);
        QCOMPARE(outcome.message, ok ? QStringLiteral("saved it") : QStringLiteral("the ledger is read-only"));
        QVERIFY(!outcome.valuesForResume); // the applier stored them
        QVERIFY(given);
        QCOMPARE(given->maxReplicas, 5);
        QCOMPARE(steps, (QList<Step> {Step::CheckingServer, Step::SavingForResume}));
        QVERIFY(patches().isEmpty());
    }

    void cancelIgnoresTheAnswer()
    {
        m_sim->setLatency(200ms);
        DeploymentEditor editor(m_client.get(), m_info);
        QSignalSpy finished(&editor, &DeploymentEditor::finished);
        m_sim->clearRequests();
        editor.apply(edit([](DeploymentSettings &s) { s.maxReplicas = 4; }));
        QVERIFY(editor.isRunning());
        editor.cancel();
        QVERIFY(!editor.isRunning());
        QTRY_VERIFY(!m_sim->requests().isEmpty()); // the GET was answered ...
        QTest::qWait(600);                          // ... and ignored: no PATCH, no outcome
        QVERIFY(finished.isEmpty());
        QVERIFY(patches().isEmpty());
        QCOMPARE(current().maxReplicas, std::optional<int>(3));
    }

    void copyPartsTakesOnlyThoseParts()
    {
        DeploymentSettings base = DeploymentSettings::fromDeployment(current());
        DeploymentSettings other = base;
        other.minReplicas = 4;
        other.maxReplicas = 9;
        other.mode = DeploymentSettings::AutoscalingMode::GpuUtilization;
        other.targetGpuUtilization = 55;
        other.noTrafficTimeoutSeconds = 77;
        other.targetQpm = 3;
        other.image = QStringLiteral("other:1");
        other.resourceShape = QStringLiteral("gpu.other");

        DeploymentSettings copied = base;
        copied.copyParts(other, DeploymentEditor::ResumeParts);
        QCOMPARE(copied.minReplicas, 4);
        QCOMPARE(copied.maxReplicas, 9);
        QCOMPARE(copied.mode, DeploymentSettings::AutoscalingMode::GpuUtilization);
        QCOMPARE(copied.targetGpuUtilization, 55);
        QCOMPARE(copied.noTrafficTimeoutSeconds, qint64(77));
        QCOMPARE(copied.targetQpm, 3.0);
        QCOMPARE(copied.image, base.image);
        QCOMPARE(copied.resourceShape, base.resourceShape);

        copied = base;
        copied.copyParts(other, DeploymentSettings::Parts(DeploymentSettings::Part::Image));
        QCOMPARE(copied.image, QStringLiteral("other:1"));
        QCOMPARE(copied.changedParts(base), DeploymentSettings::Parts(DeploymentSettings::Part::Image));
        copied.copyParts(other, DeploymentSettings::AllParts);
        QCOMPARE(copied, other);
    }
};

QTEST_GUILESS_MAIN(TestDeploymentEditor)
#include "tst_deploymenteditor.moc"
