// EditDeploymentDialog against the workspace simulator over real HTTP: the form opens at the
// deployment's values, Apply sends a dry run and then the real PATCH with only what the user
// changed, a refusal stays in the dialog with the server's words, a change made on the
// server meanwhile is caught before anything is sent, and paused deployments send their
// replica edits to the pause ledger instead of the server.
#include "tests/support/child.h"
#include "tests/support/editeddeployment.h"
#include "app/api/deployment.h"
#include "app/deployments/deploymentsettings.h"
#include "ui/deployments/editdeploymentdialog.h"
#include "app/common/jsonmergepatch.h"
#include "app/api/leptonclient.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/api/workspaceinfo.h"
#include "app/simulator/workspacesimulator.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

namespace {

const QString kName = QStringLiteral("llama-chat");

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

QStringList listTexts(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

} // namespace

class TestEditDeploymentDialog : public QObject
{
    Q_OBJECT

    std::unique_ptr<WorkspaceSimulator> m_sim;
    std::unique_ptr<LeptonClient> m_client;
    WorkspaceInfo m_info;

    static DeploymentRecipe recipe() { return EditedDeployment::recipe(kName); }
    Deployment current() const { return EditedDeployment::current(*m_sim, kName); }
    QList<WorkspaceSimulator::RecordedRequest> patches() const { return EditedDeployment::patches(*m_sim); }

    static void setSpin(QAbstractSpinBox *spin, const QString &text)
    {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, text);
        QTest::keyClick(spin, Qt::Key_Tab); // editing finished
    }

    static void setText(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    // The object name of the control with the focus (a spin box's inner line edit counts as
    // the spin box).
    static QString focusedControl()
    {
        QWidget *focus = QApplication::focusWidget();
        while (focus && (focus->objectName().isEmpty() || focus->objectName().startsWith(QLatin1String("qt_"))))
            focus = focus->parentWidget();
        return focus ? focus->objectName() : QString();
    }

    // Bumps the max replicas by one with the keyboard, as a user would.
    static void bumpMax(EditDeploymentDialog &dialog)
    {
        auto *max = child<QSpinBox>(dialog, "maxReplicasSpin");
        max->setFocus();
        QTest::keyClick(max, Qt::Key_Up);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void init()
    {
        m_sim = std::make_unique<WorkspaceSimulator>();
        m_sim->setTransitionDelay(std::chrono::milliseconds(50));
        QVERIFY(m_sim->listen());
        m_sim->setDeployments({SimulatorPopulation::make(recipe())});
        m_client = std::make_unique<LeptonClient>();
        m_client->setBaseUrl(m_sim->baseUrl());
        m_client->setToken(QStringLiteral("demo-token"));
        m_client->setTimeout(std::chrono::seconds(10));
        m_info = WorkspaceInfo::fromJson(m_sim->workspaceInfo());
        QVERIFY(m_info.supportedShapes.contains(QStringLiteral("gpu.a10")));
    }

    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
    }

    void opensAtTheCurrentValues()
    {
        const Deployment d = current();
        EditDeploymentDialog dialog(m_client.get(), d, m_info);
        QCOMPARE(child<QSpinBox>(dialog, "minReplicasSpin")->value(), 1);
        QCOMPARE(child<QSpinBox>(dialog, "maxReplicasSpin")->value(), 3);
        QCOMPARE(child<QComboBox>(dialog, "shapeCombo")->currentData().toString(), QStringLiteral("gpu.a10"));
        QCOMPARE(child<QLineEdit>(dialog, "imageEdit")->text(), QStringLiteral("nvcr.io/nim/llama:1"));
        QCOMPARE(child<QComboBox>(dialog, "autoscalingModeCombo")->currentData().toInt(), int(DeploymentSettings::AutoscalingMode::Qpm));
        QCOMPARE(child<QDoubleSpinBox>(dialog, "qpmSpin")->value(), 120.0);
        QCOMPARE(listTexts(child<QListWidget>(dialog, "changesList")), QStringList {QStringLiteral("No changes")});
        QCOMPARE(dialog.pendingPatch(), QJsonObject());
        QVERIFY(child<QLabel>(dialog, "endpointValue")->text().contains(d.endpointUrl()));
        QVERIFY(child<QLabel>(dialog, "createdValue")->text().contains(QStringLiteral("alice@example.com")));
        QVERIFY(child<QLabel>(dialog, "lastModifiedValue")->text().contains(QStringLiteral("version 7")));
        QVERIFY(dialog.messageText().isEmpty());
    }

    void valuesTheFormCannotShowAreNotChanges()
    {
        // A QPM with more decimals than the spin box shows, and a second knob the CLI would
        // not write: opening and editing something else must not touch the auto_scaler.
        m_sim->setDeployment(JsonMergePatch::apply(
            m_sim->deployment(kName),
            obj(R"({"spec":{"auto_scaler":{"target_throughput":{"qpm":12.345},"scale_down":{"no_traffic_timeout":600}}}})")));
        EditDeploymentDialog dialog(m_client.get(), current(), m_info);
        QCOMPARE(listTexts(child<QListWidget>(dialog, "changesList")), QStringList {QStringLiteral("No changes")});
        QCOMPARE(dialog.pendingPatch(), QJsonObject());
        setText(child<QLineEdit>(dialog, "imageEdit"), QStringLiteral("x:2"));
        QCOMPARE(dialog.pendingPatch(), obj(R"({"spec":{"container":{"image":"x:2"}}})"));
        // Touching the value sends the CLI's whole block.
        auto *qpm = child<QDoubleSpinBox>(dialog, "qpmSpin");
        qpm->setValue(13);
        QCOMPARE(dialog.pendingPatch().value(QStringLiteral("spec")).toObject().value(QStringLiteral("auto_scaler")).toObject(),
                 obj(R"({"scale_down":{"no_traffic_timeout":0},"target_gpu_utilization_percentage":0,"target_throughput":{"qpm":13}})"));
    }

    void keepsAShapeTheWorkspaceDoesNotList()
    {
        QJsonObject raw = m_sim->deployment(kName);
        QJsonObject spec = raw.value(QStringLiteral("spec")).toObject();
        spec.insert(QStringLiteral("resource_requirement"),
                    JsonMergePatch::apply(spec.value(QStringLiteral("resource_requirement")).toObject(),
                                          obj(R"({"resource_shape":"gpu.retired"})")));
        raw.insert(QStringLiteral("spec"), spec);
        Deployment d;
        QVERIFY(Deployment::fromJson(raw, &d));
        EditDeploymentDialog dialog(m_client.get(), d, m_info);
        auto *shape = child<QComboBox>(dialog, "shapeCombo");
        QCOMPARE(shape->currentData().toString(), QStringLiteral("gpu.retired"));
        QCOMPARE(shape->count(), m_info.supportedShapes.size() + 1);
        QCOMPARE(dialog.pendingPatch(), QJsonObject());
    }

    void applySendsOnlyTheReplicas()
    {
        const QJsonObject before = m_sim->deployment(kName);
        EditDeploymentDialog dialog(m_client.get(), current(), m_info);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy applied(&dialog, &EditDeploymentDialog::applied);
        QSignalSpy saved(&dialog, &EditDeploymentDialog::savedValuesEdited);

        bumpMax(dialog);
        QCOMPARE(child<QSpinBox>(dialog, "maxReplicasSpin")->value(), 4);
        QCOMPARE(listTexts(child<QListWidget>(dialog, "changesList")), QStringList {QStringLiteral("Replicas: 1–3 → 1–4")});

        m_sim->clearRequests();
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        // Issue 24, item 10: a confirmation in words, in the dialog, naming what was applied;
        // the form is done (nothing to apply twice) and the way out says Close.
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.messageText().contains(QStringLiteral("Applied: Replicas: 1–3 → 1–4")), qPrintable(dialog.messageText()));
        QVERIFY(!child<QWidget>(dialog, "formArea")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "applyButton")->isEnabled());
        QCOMPARE(child<QPushButton>(dialog, "cancelButton")->text().remove(QLatin1Char('&')), QStringLiteral("Close"));
        QCOMPARE(applied.count(), 1);
        QCOMPARE(applied.first().first().toString(), kName);
        QCOMPARE(saved.count(), 0);

        const QJsonObject expected = obj(R"({"spec":{"resource_requirement":{"min_replicas":1,"max_replicas":4}}})");
        const auto sent = patches();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).query.queryItemValue(QStringLiteral("dryrun")), QStringLiteral("true"));
        QVERIFY(!sent.at(1).query.hasQueryItem(QStringLiteral("dryrun")));
        for (const auto &request : sent) {
            QCOMPARE(request.apiPath(), QStringLiteral("/deployments/") + kName);
            QCOMPARE(request.jsonBody(), expected);
        }
        // The version was checked before anything was sent.
        QCOMPARE(m_sim->requests().first().method, QByteArray("GET"));

        // The server applied exactly that: its spec is the old spec with the patch applied,
        // so every field the console does not know is still there, unchanged.
        const QJsonObject after = m_sim->deployment(kName);
        QCOMPARE(after.value(QStringLiteral("spec")), JsonMergePatch::apply(before, expected).value(QStringLiteral("spec")));
        QVERIFY(after.value(QStringLiteral("spec")).toObject().contains(QStringLiteral("future_field")));
        QCOMPARE(after.value(QStringLiteral("spec")).toObject().value(QStringLiteral("future_field")),
                 before.value(QStringLiteral("spec")).toObject().value(QStringLiteral("future_field")));
        QCOMPARE(after.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("replica_version")).isUndefined(),
                 before.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("replica_version")).isUndefined());
    }

    void busyWhileRequestsRun()
    {
        m_sim->setLatency(std::chrono::milliseconds(300));
        EditDeploymentDialog dialog(m_client.get(), current(), m_info);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        setText(child<QLineEdit>(dialog, "imageEdit"), QStringLiteral("nvcr.io/nim/llama:2"));
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        // The click returned at once: nothing blocks, and the form says it is working.
        QVERIFY(dialog.isBusy());
        QVERIFY(!child<QWidget>(dialog, "formArea")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "applyButton")->isEnabled());
        QVERIFY(child<QProgressBar>(dialog, "busyIndicator")->isVisible());
        QVERIFY(!child<QLabel>(dialog, "busyLabel")->text().isEmpty());
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(patches().last().jsonBody(), obj(R"({"spec":{"container":{"image":"nvcr.io/nim/llama:2"}}})"));
        QCOMPARE(current().image, QStringLiteral("nvcr.io/nim/llama:2"));
    }

    void cancelWhileBusyIgnoresTheAnswer()
    {
        m_sim->setLatency(std::chrono::milliseconds(200));
        EditDeploymentDialog dialog(m_client.get(), current(), m_info);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy applied(&dialog, &EditDeploymentDialog::applied);
        bumpMax(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(child<QPushButton>(dialog, "cancelButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(dialog, "cancelButton"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QTest::qWait(800); // the GET's answer arrives and is ignored: no PATCH follows
        QCOMPARE(applied.count(), 0);
        QVERIFY(patches().isEmpty());
        QCOMPARE(current().maxReplicas, std::optional<int>(3));
    }

    void refusedDryRunStaysOpen_data()
    {
        QTest::addColumn<bool>("injectFault");
        QTest::addColumn<QString>("serverWords");
        QTest::newRow("injected 400") << true << QStringLiteral("quota exceeded for gpu.a10");
        QTest::newRow("shape the server does not have") << false << QStringLiteral("is not supported in this workspace");
    }

    void refusedDryRunStaysOpen()
    {
        QFETCH(bool, injectFault);
        QFETCH(QString, serverWords);
        const QJsonObject before = m_sim->deployment(kName);

        WorkspaceInfo info = m_info;
        if (!injectFault) {
            // The console believes in a shape the server refuses.
            QJsonObject raw = info.raw;
            QJsonObject shapes = raw.value(QStringLiteral("supported_shapes")).toObject();
            shapes.insert(QStringLiteral("gpu.imaginary"), obj(R"({"cpu":1})"));
            raw.insert(QStringLiteral("supported_shapes"), shapes);
            info = WorkspaceInfo::fromJson(raw);
        } else {
            m_sim->injectFault(WorkspaceSimulator::Fault::httpStatus(
                                   400, R"({"code":"InvalidRequest","message":"quota exceeded for gpu.a10"})")
                                   .on("PATCH", QStringLiteral("/deployments/llama-chat$")));
        }

        EditDeploymentDialog dialog(m_client.get(), current(), info);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy applied(&dialog, &EditDeploymentDialog::applied);
        auto *image = child<QLineEdit>(dialog, "imageEdit");
        setText(image, QStringLiteral("nvcr.io/nim/llama:typed"));
        if (!injectFault) {
            auto *shape = child<QComboBox>(dialog, "shapeCombo");
            shape->setCurrentIndex(shape->findData(QStringLiteral("gpu.imaginary")));
        }
        m_sim->clearRequests();
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);

        QTRY_VERIFY(dialog.messageText().contains(serverWords));
        QVERIFY2(dialog.messageText().startsWith(QStringLiteral("Error:")), qPrintable(dialog.messageText()));
        QTRY_VERIFY(!dialog.isBusy());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // never accepted
        QCOMPARE(applied.count(), 0);
        QVERIFY(child<QWidget>(dialog, "messageArea")->isVisible());
        QVERIFY(child<QWidget>(dialog, "formArea")->isEnabled());
        QCOMPARE(image->text(), QStringLiteral("nvcr.io/nim/llama:typed"));
        // Only the dry run went out, and the server is as it was.
        const auto sent = patches();
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().query.queryItemValue(QStringLiteral("dryrun")), QStringLiteral("true"));
        QCOMPARE(m_sim->deployment(kName), before);

        // The user can try again once the cause is gone.
        if (!injectFault) {
            auto *shape = child<QComboBox>(dialog, "shapeCombo");
            shape->setCurrentIndex(shape->findData(QStringLiteral("gpu.a10")));
        }
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(current().image, QStringLiteral("nvcr.io/nim/llama:typed"));
    }

    void noValidFieldIsNothingToChange()
    {
        m_sim->injectFault(WorkspaceSimulator::Fault::httpStatus(
                               400, R"({"code":"InvalidRequest","message":"no valid field to update"})")
                               .on("PATCH", QStringLiteral("/deployments/")));
        EditDeploymentDialog dialog(m_client.get(), current(), m_info);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        bumpMax(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog.messageText().contains(QStringLiteral("Nothing to change")));
        QVERIFY2(!dialog.messageText().startsWith(QStringLiteral("Error:")), qPrintable(dialog.messageText()));
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.isVisible());
    }

    void nothingEditedSendsNothing()
    {
        EditDeploymentDialog dialog(m_client.get(), current(), m_info);
        dialog.show();
        m_sim->clearRequests();
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        QVERIFY(dialog.messageText().contains(QStringLiteral("Nothing to change")));
        QTest::qWait(50);
        QVERIFY(m_sim->requests().isEmpty());
    }

    void invalidInputIsRefusedBeforeSending()
    {
        EditDeploymentDialog dialog(m_client.get(), current(), m_info);
        dialog.show();
        auto *mode = child<QComboBox>(dialog, "autoscalingModeCombo");
        mode->setCurrentIndex(mode->findData(int(DeploymentSettings::AutoscalingMode::ScaleDownOnNoTraffic)));
        setSpin(child<QSpinBox>(dialog, "noTrafficTimeoutSpin"), QStringLiteral("30"));
        m_sim->clearRequests();
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        QVERIFY2(dialog.messageText().contains(QStringLiteral("60 seconds")), qPrintable(dialog.messageText()));
        QTest::qWait(50);
        QVERIFY(m_sim->requests().isEmpty());
        QVERIFY(dialog.isVisible());
    }

    void conflictApplyAnywaySendsOnlyTheUsersChange()
    {
        EditDeploymentDialog dialog(m_client.get(), current(), m_info);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        bumpMax(dialog); // 1–3 -> 1–4

        // Meanwhile someone else changes the image and the minimum.
        QJsonObject theirs = JsonMergePatch::apply(m_sim->deployment(kName), obj(
            R"({"metadata":{"version":8,"last_modified_by":"bob@example.com","last_modified_at":1795000000000},)"
            R"("spec":{"container":{"image":"bob/llama:9"},"resource_requirement":{"min_replicas":2}}})"));
        m_sim->setDeployment(theirs);
        m_sim->clearRequests();

        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog.isConflictShown());
        QVERIFY(!dialog.isBusy());
        QVERIFY2(dialog.messageText().contains(QStringLiteral("Changed on the server by bob@example.com at")), qPrintable(dialog.messageText()));
        QVERIFY(dialog.messageText().contains(QStringLiteral("since you opened this")));
        QVERIFY(dialog.messageText().contains(QStringLiteral("bob/llama:9")));
        QVERIFY(child<QPushButton>(dialog, "reloadButton")->isVisible());
        QVERIFY(child<QPushButton>(dialog, "applyAnywayButton")->isVisible());
        QVERIFY(patches().isEmpty());
        // The user's input is still there.
        QCOMPARE(child<QSpinBox>(dialog, "maxReplicasSpin")->value(), 4);
        QCOMPARE(child<QLineEdit>(dialog, "imageEdit")->text(), QStringLiteral("nvcr.io/nim/llama:1"));

        QTest::mouseClick(child<QPushButton>(dialog, "applyAnywayButton"), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        const QJsonObject mine = obj(R"({"spec":{"resource_requirement":{"min_replicas":2,"max_replicas":4}}})");
        const auto sent = patches();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).jsonBody(), mine);
        QCOMPARE(sent.at(1).jsonBody(), mine);
        const Deployment now = current();
        QCOMPARE(now.image, QStringLiteral("bob/llama:9")); // their change survived
        QCOMPARE(now.minReplicas, std::optional<int>(2));
        QCOMPARE(now.maxReplicas, std::optional<int>(4));
    }

    void conflictReloadShowsTheServersValues()
    {
        EditDeploymentDialog dialog(m_client.get(), current(), m_info);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        bumpMax(dialog);
        QVERIFY(m_sim->applyOutsideChange(kName, obj(R"({"spec":{"container":{"image":"bob/llama:9"}}})"),
                                          QStringLiteral("bob@example.com")));
        m_sim->clearRequests();

        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        QTRY_VERIFY(dialog.isConflictShown());
        // Nothing is lost until the user chooses Reload.
        QCOMPARE(child<QSpinBox>(dialog, "maxReplicasSpin")->value(), 4);
        QTest::mouseClick(child<QPushButton>(dialog, "reloadButton"), Qt::LeftButton);
        QVERIFY(!dialog.isConflictShown());
        QCOMPARE(child<QLineEdit>(dialog, "imageEdit")->text(), QStringLiteral("bob/llama:9"));
        QCOMPARE(child<QSpinBox>(dialog, "maxReplicasSpin")->value(), 3);
        QCOMPARE(dialog.deployment().version, current().version);
        QCOMPARE(listTexts(child<QListWidget>(dialog, "changesList")), QStringList {QStringLiteral("No changes")});
        QVERIFY(patches().isEmpty());
        QVERIFY(dialog.isVisible());

        // Editing again now goes through without a conflict.
        bumpMax(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(current().maxReplicas, std::optional<int>(4));
        QCOMPARE(current().image, QStringLiteral("bob/llama:9"));
    }

    // Issue 24, item 10: a minimum above the maximum is said in words, next to the fields, and
    // Apply waits; neither value is raised or snapped back behind the user's back.
    void minAboveMaxIsSaidInWords()
    {
        EditDeploymentDialog dialog(m_client.get(), current(), m_info);
        dialog.show();
        auto *min = child<QSpinBox>(dialog, "minReplicasSpin");
        auto *max = child<QSpinBox>(dialog, "maxReplicasSpin");
        auto *problem = child<QLabel>(dialog, "replicaProblemLabel");
        auto *apply = child<QPushButton>(dialog, "applyButton");
        QCOMPARE(max->value(), 3);
        QVERIFY(!problem->isVisible());
        setSpin(min, QStringLiteral("5"));
        QCOMPARE(min->value(), 5);
        QCOMPARE(max->value(), 3);   // not raised
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("minimum (5) is above the maximum (3)")), qPrintable(problem->text()));
        QVERIFY(!apply->isEnabled());
        m_sim->clearRequests();
        QTest::keyClick(&dialog, Qt::Key_Return);   // the default button does nothing either
        QTest::qWait(50);
        QVERIFY(m_sim->requests().isEmpty());

        setSpin(max, QStringLiteral("6"));
        QCOMPARE(max->value(), 6);
        QVERIFY(!problem->isVisible());
        QVERIFY(apply->isEnabled());
        setSpin(max, QStringLiteral("2"));
        QCOMPARE(max->value(), 2);   // not snapped back
        QVERIFY(problem->isVisible());
    }

    // Issue 24, item 10: "Fixed replicas" with a minimum and a different maximum is explained
    // (the maximum is used only by an autoscaling mode), with the same name everywhere.
    void fixedReplicasWithARangeIsExplained()
    {
        EditDeploymentDialog dialog(m_client.get(), current(), m_info);
        dialog.show();
        auto *mode = child<QComboBox>(dialog, "autoscalingModeCombo");
        mode->setCurrentIndex(mode->findData(int(DeploymentSettings::AutoscalingMode::FixedReplicas)));
        QVERIFY(mode->currentText().startsWith(QStringLiteral("Fixed replicas")));
        setSpin(child<QSpinBox>(dialog, "minReplicasSpin"), QStringLiteral("3"));
        setSpin(child<QSpinBox>(dialog, "maxReplicasSpin"), QStringLiteral("10"));
        const QString note = child<QLabel>(dialog, "fixedReplicasNote")->text();
        QVERIFY2(note.contains(QStringLiteral("runs 3 replicas")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("maximum of 10")), qPrintable(note));
        setSpin(child<QSpinBox>(dialog, "maxReplicasSpin"), QStringLiteral("3"));
        const QString same = child<QLabel>(dialog, "fixedReplicasNote")->text();
        QVERIFY2(same.contains(QStringLiteral("always 3 replicas")), qPrintable(same));
    }

    // Issue 24, item 10: "Pause while applying" says what it does.
    void pauseWhileApplyingIsExplained()
    {
        EditDeploymentDialog dialog(m_client.get(), current(), m_info);
        auto *check = child<QCheckBox>(dialog, "pauseWhileApplyingCheck");
        QVERIFY2(check->toolTip().contains(QStringLiteral("pauses")) && check->toolTip().contains(QStringLiteral("resumes")),
                 qPrintable(check->toolTip()));
        QVERIFY(!check->accessibleDescription().isEmpty());
    }

    void pausedEditsGoToTheLedger()
    {
        DeploymentRecipe paused = recipe();
        paused.minReplicas = 0;
        paused.maxReplicas = 3;
        paused.state = QStringLiteral("Stopped");
        m_sim->setDeployments({SimulatorPopulation::make(paused)});

        EditDeploymentDialog dialog(m_client.get(), current(), m_info);
        DeploymentSettings resume = DeploymentSettings::fromDeployment(current());
        resume.minReplicas = 2;
        resume.maxReplicas = 4;
        dialog.setPaused(true);
        dialog.setResumeValues(resume);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        auto *pauseButton = child<QPushButton>(dialog, "pauseButton");
        QCOMPARE(pauseButton->text(), QStringLiteral("&Resume"));
        QVERIFY(child<QLabel>(dialog, "pausedNote")->isVisible());
        QVERIFY(child<QLabel>(dialog, "pausedNote")->text().contains(QStringLiteral("Resume brings back")));
        QVERIFY(!child<QCheckBox>(dialog, "pauseWhileApplyingCheck")->isVisible());
        QCOMPARE(child<QSpinBox>(dialog, "minReplicasSpin")->value(), 2); // what Resume brings back
        QCOMPARE(child<QSpinBox>(dialog, "maxReplicasSpin")->value(), 4);

        QSignalSpy resumeRequested(&dialog, &EditDeploymentDialog::resumeRequested);
        QTest::mouseClick(pauseButton, Qt::LeftButton);
        QCOMPARE(resumeRequested.count(), 1);
        QCOMPARE(resumeRequested.first().first().toString(), kName);

        bumpMax(dialog); // 2–4 -> 2–5, for the ledger
        setText(child<QLineEdit>(dialog, "imageEdit"), QStringLiteral("nvcr.io/nim/llama:3"));
        QVERIFY(listTexts(child<QListWidget>(dialog, "changesList")).contains(QStringLiteral("Replicas: 2–4 → 2–5 (kept for Resume)")));

        QSignalSpy saved(&dialog, &EditDeploymentDialog::savedValuesEdited);
        QSignalSpy applied(&dialog, &EditDeploymentDialog::applied);
        m_sim->clearRequests();
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(applied.count(), 1);
        const auto newSettings = saved.first().at(1).value<DeploymentSettings>();
        QCOMPARE(newSettings.minReplicas, 2);
        QCOMPARE(newSettings.maxReplicas, 5);
        // Only the image went to the server; it is still paused.
        const auto sent = patches();
        QCOMPARE(sent.size(), 2);
        for (const auto &request : sent)
            QCOMPARE(request.jsonBody(), obj(R"({"spec":{"container":{"image":"nvcr.io/nim/llama:3"}}})"));
        QCOMPARE(current().minReplicas, std::optional<int>(0));
        QCOMPARE(current().maxReplicas, std::optional<int>(3));
    }

    void pausedReplicaOnlyEditSendsNoPatch()
    {
        EditDeploymentDialog dialog(m_client.get(), current(), m_info);
        dialog.setPaused(true);
        dialog.show();
        QSignalSpy saved(&dialog, &EditDeploymentDialog::savedValuesEdited);
        auto *mode = child<QComboBox>(dialog, "autoscalingModeCombo");
        mode->setCurrentIndex(mode->findData(int(DeploymentSettings::AutoscalingMode::GpuUtilization)));
        m_sim->clearRequests();
        QTest::mouseClick(child<QPushButton>(dialog, "applyButton"), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.first().at(1).value<DeploymentSettings>().mode, DeploymentSettings::AutoscalingMode::GpuUtilization);
        QVERIFY(patches().isEmpty());
    }

    void pauseButtonAndPauseWhileApplying()
    {
        EditDeploymentDialog dialog(m_client.get(), current(), m_info);
        dialog.show();
        QSignalSpy pauseRequested(&dialog, &EditDeploymentDialog::pauseRequested);
        auto *pauseButton = child<QPushButton>(dialog, "pauseButton");
        QCOMPARE(pauseButton->text(), QStringLiteral("&Pause"));
        QVERIFY(!child<QLabel>(dialog, "pausedNote")->isVisible());
        QTest::mouseClick(pauseButton, Qt::LeftButton);
        QCOMPARE(pauseRequested.count(), 1);
        QCOMPARE(pauseRequested.first().first().toString(), kName);
        QVERIFY(dialog.isVisible()); // the main window acts, the dialog stays

        QVERIFY(!dialog.pauseWhileApplying());
        QTest::mouseClick(child<QCheckBox>(dialog, "pauseWhileApplyingCheck"), Qt::LeftButton);
        QVERIFY(dialog.pauseWhileApplying());

        dialog.setPaused(true);
        QCOMPARE(pauseButton->text(), QStringLiteral("&Resume"));
        dialog.setPaused(false);
        QCOMPARE(pauseButton->text(), QStringLiteral("&Pause"));
    }

    void accessibleAndKeyboardReachable()
    {
        EditDeploymentDialog dialog(m_client.get(), current(), m_info);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // Every control has an object name and an accessible name.
        const QList<QWidget *> widgets = dialog.findChildren<QWidget *>();
        int controls = 0;
        for (QWidget *widget : widgets) {
            const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
                                 || qobject_cast<QComboBox *>(widget) || qobject_cast<QListWidget *>(widget)
                                 || qobject_cast<QLineEdit *>(widget);
            // Parts of a compound control (a spin box's editor, a line edit's clear button).
            QWidget *owner = widget->parentWidget();
            const bool part = qobject_cast<QAbstractSpinBox *>(owner) || qobject_cast<QComboBox *>(owner)
                              || qobject_cast<QLineEdit *>(owner);
            if (!control || part || widget->objectName().startsWith(QLatin1String("qt_")))
                continue;
            ++controls;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        QVERIFY(controls >= 14);

        // Every input has a label with a mnemonic that is its buddy.
        const char *inputs[] = {"minReplicasSpin", "maxReplicasSpin", "shapeCombo", "imageEdit", "autoscalingModeCombo",
                                "noTrafficTimeoutSpin", "gpuUtilizationSpin", "qpmSpin", "changesList"};
        QSet<QChar> mnemonics;
        for (const char *name : inputs) {
            QWidget *input = child<QWidget>(dialog, name);
            QLabel *buddyLabel = nullptr;
            for (QLabel *label : dialog.findChildren<QLabel *>()) {
                if (label->buddy() == input)
                    buddyLabel = label;
            }
            QVERIFY2(buddyLabel, name);
            const int amp = buddyLabel->text().indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0 && amp + 1 < buddyLabel->text().size(), name);
            const QChar key = buddyLabel->text().at(amp + 1).toLower();
            QVERIFY2(!mnemonics.contains(key), qPrintable(QStringLiteral("mnemonic %1 used twice").arg(key)));
            mnemonics.insert(key);
        }

        // Tab walks the form in reading order.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        child<QSpinBox>(dialog, "minReplicasSpin")->setFocus();
        const QStringList expected {QStringLiteral("maxReplicasSpin"), QStringLiteral("shapeCombo"), QStringLiteral("imageEdit"),
                                    QStringLiteral("autoscalingModeCombo"), QStringLiteral("qpmSpin")};
        for (const QString &next : expected) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QCOMPARE(focusedControl(), next);
        }

        // The mnemonic focuses its field.
        QTest::keyClick(&dialog, Qt::Key_X, Qt::AltModifier);
        QCOMPARE(focusedControl(), QStringLiteral("maxReplicasSpin"));

        // Apply is the default button.
        QVERIFY(child<QPushButton>(dialog, "applyButton")->isDefault());
    }
};

QTEST_MAIN(TestEditDeploymentDialog)
#include "tst_editdeploymentdialog.moc"
