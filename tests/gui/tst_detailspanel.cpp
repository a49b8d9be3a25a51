// The details panel: text at once, replicas / readiness / events over real HTTP from the
// workspace simulator, late answers for a deployment no longer shown dropped, section
// errors inline, buttons emitting their signals, and an accessible name on every control.
#include "tests/support/child.h"
#include "ui/deployments/detailspanel.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/api/leptonclient.h"
#include "tests/support/recipeinstate.h"
#include "tests/support/simulatorclient.h"
#include "tests/support/simulatorwithclient.h"
#include "app/simulator/simulatorpopulation.h"
#include "tests/support/urlcatcher.h"
#include "app/simulator/workspacesimulator.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

namespace {

DeploymentRecipe recipe(const QString &name, const QString &state, int replicas)
{
    DeploymentRecipe r = recipeInState(name, state, replicas, replicas + 2);
    r.image = QStringLiteral("vllm/vllm-openai:v0.6.3");
    r.owner = QStringLiteral("alice@example.com");
    r.lastModifiedBy = QStringLiteral("bob@example.com");
    return r;
}

Deployment parse(const QJsonObject &object)
{
    Deployment d;
    if (!Deployment::fromJson(object, &d))
        qFatal("not a deployment");
    return d;
}

QStringList column(const QTreeWidget *list, int column)
{
    QStringList values;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        values << list->topLevelItem(i)->text(column);
    return values;
}

} // namespace

class TestDetailsPanel : public QObject
{
    Q_OBJECT

private:
    SimulatorWithClient m_workspace;
    WorkspaceSimulator *m_simulator = nullptr;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_workspace.start({
            SimulatorPopulation::make(recipe(QStringLiteral("chat-ready"), QStringLiteral("Ready"), 2)),
            SimulatorPopulation::make(recipe(QStringLiteral("embed-ready"), QStringLiteral("Ready"), 1)),
            SimulatorPopulation::make(recipe(QStringLiteral("big-notready"), QStringLiteral("Not Ready"), 1)),
            SimulatorPopulation::make(recipe(QStringLiteral("qwen-error"), QStringLiteral("Error"), 1)),
        }, std::chrono::seconds(10)));
        m_simulator = m_workspace.simulator();
    }

    void cleanup() { m_workspace.stop(); }

    void startsEmpty()
    {
        DetailsPanel panel;
        panel.show();
        auto *stack = child<QStackedWidget>(panel, "detailsStack");
        auto *placeholder = child<QLabel>(panel, "detailsPlaceholder");
        QCOMPARE(stack->currentWidget(), placeholder);
        QCOMPARE(placeholder->text(), QStringLiteral("Select a deployment"));
        QVERIFY(!panel.hasDeployment());
    }

    void showsTextAtOnceAndDetailsFromServer()
    {
        DetailsPanel panel;
        panel.setClient(m_workspace.client());
        panel.show();
        const Deployment d = parse(m_simulator->deployment(QStringLiteral("chat-ready")));
        QVERIFY(!d.endpointUrl().isEmpty());

        panel.showDeployment(d);
        // The text is there before any answer.
        QCOMPARE(child<QLabel>(panel, "detailsName")->text(), QStringLiteral("chat-ready"));
        QCOMPARE(child<QLabel>(panel, "detailsStatus")->text(), QStringLiteral("Ready"));
        QCOMPARE(child<QLineEdit>(panel, "detailsEndpoint")->text(), d.endpointUrl());
        QVERIFY(child<QLineEdit>(panel, "detailsEndpoint")->isReadOnly());
        QCOMPARE(child<QLabel>(panel, "detailsShape")->text(), QStringLiteral("gpu.l40s"));
        QCOMPARE(child<QLabel>(panel, "detailsImage")->text(), QStringLiteral("vllm/vllm-openai:v0.6.3"));
        QVERIFY(child<QLabel>(panel, "detailsReplicaRange")->text().contains(QStringLiteral("2 to 4")));
        QVERIFY(child<QLabel>(panel, "detailsModified")->text().contains(QStringLiteral("bob@example.com")));
        QVERIFY(!child<QLabel>(panel, "detailsAutoscaling")->text().isEmpty());
        // The details page (the first of the pages: Details, Schedule, ...).
        QCOMPARE(child<QStackedWidget>(panel, "detailsStack")->currentWidget()->objectName(),
                 QStringLiteral("detailsPages"));
        QCOMPARE(child<QTabWidget>(panel, "detailsPages")->currentWidget()->objectName(),
                 QStringLiteral("detailsScroll"));

        // Replicas with their nodes, readiness, and events newest first, over HTTP.
        auto *replicas = child<QTreeWidget>(panel, "detailsReplicas");
        QTRY_COMPARE(replicas->topLevelItemCount(), 2);
        for (const QString &id : column(replicas, 0))
            QVERIFY(id.startsWith(QStringLiteral("chat-ready-")));
        for (const QString &node : column(replicas, 1))
            QVERIFY(node.startsWith(QStringLiteral("node-")));
        auto *events = child<QTreeWidget>(panel, "detailsEvents");
        QTRY_VERIFY(events->topLevelItemCount() >= 2);
        QCOMPARE(events->topLevelItem(0)->text(2), QStringLiteral("Started"));   // newer than "Pulled"
        QVERIFY(column(events, 2).contains(QStringLiteral("Pulled")));
        QTRY_VERIFY(child<QLabel>(panel, "detailsReadinessMessage")->text().contains(QStringLiteral("ready")));

        // Raw JSON: collapsed, pretty-printed, shown by the toggle.
        auto *raw = child<QPlainTextEdit>(panel, "detailsRawJson");
        QVERIFY(!raw->isVisible());
        QVERIFY(raw->isReadOnly());
        QVERIFY(raw->toPlainText().contains(QStringLiteral("\n    \"metadata\"")));
        QTest::mouseClick(child<QToolButton>(panel, "detailsRawToggle"), Qt::LeftButton);
        QVERIFY(raw->isVisible());

        panel.clear();
        QCOMPARE(child<QStackedWidget>(panel, "detailsStack")->currentWidget()->objectName(),
                 QStringLiteral("detailsPlaceholder"));
    }

    void problemsShowReadinessIssues()
    {
        DetailsPanel panel;
        panel.setClient(m_workspace.client());
        panel.showDeployment(parse(m_simulator->deployment(QStringLiteral("big-notready"))));
        auto *readiness = child<QTreeWidget>(panel, "detailsReadiness");
        QTRY_COMPARE(readiness->topLevelItemCount(), 1);
        QCOMPARE(readiness->topLevelItem(0)->text(1), QStringLiteral("NoCapacity"));
        QVERIFY(readiness->topLevelItem(0)->text(2).contains(QStringLiteral("gpu.l40s")));
        QCOMPARE(child<QLabel>(panel, "detailsStatus")->text(), QStringLiteral("Not Ready"));
    }

    void lateAnswerForPreviousDeploymentIsIgnored()
    {
        // chat-ready's replicas come back slowly, after embed-ready has been shown.
        WorkspaceSimulator::Fault slow = WorkspaceSimulator::Fault::ofKind(WorkspaceSimulator::Fault::Kind::SlowDrip)
                                             .on("GET", QStringLiteral("/deployments/chat-ready/replicas$"));
        slow.chunkSize = 48;
        slow.interval = std::chrono::milliseconds(15);
        m_simulator->injectFault(slow);
        QStringList finished;
        connect(m_workspace.client(), &LeptonClient::requestFinished, this,
                [&finished](const QString &, const QString &path, int status, qint64) {
                    if (status == 200)
                        finished << path;
                });

        DetailsPanel panel;
        panel.setClient(m_workspace.client());
        panel.showDeployment(parse(m_simulator->deployment(QStringLiteral("chat-ready"))));
        panel.showDeployment(parse(m_simulator->deployment(QStringLiteral("embed-ready"))));

        auto *replicas = child<QTreeWidget>(panel, "detailsReplicas");
        QTRY_COMPARE(replicas->topLevelItemCount(), 1);
        QVERIFY(replicas->topLevelItem(0)->text(0).startsWith(QStringLiteral("embed-ready-")));
        // The slow answer does arrive, complete and fine, and changes nothing.
        QTRY_VERIFY_WITH_TIMEOUT(finished.contains(QStringLiteral("/deployments/chat-ready/replicas")), 15000);
        QCoreApplication::processEvents();
        QCOMPARE(replicas->topLevelItemCount(), 1);
        QVERIFY(replicas->topLevelItem(0)->text(0).startsWith(QStringLiteral("embed-ready-")));
        QCOMPARE(panel.deploymentName(), QStringLiteral("embed-ready"));
    }

    void answerAfterClearIsIgnored()
    {
        m_simulator->setLatency(std::chrono::milliseconds(200));
        DetailsPanel panel;
        panel.setClient(m_workspace.client());
        QSignalSpy done(m_workspace.client(), &LeptonClient::requestFinished);
        panel.showDeployment(parse(m_simulator->deployment(QStringLiteral("chat-ready"))));
        panel.clear();
        QTRY_COMPARE(done.size(), 4); // replicas, readiness, events, and the timeline's termination records
        QCOMPARE(child<QTreeWidget>(panel, "detailsReplicas")->topLevelItemCount(), 0);
        QCOMPARE(child<QStackedWidget>(panel, "detailsStack")->currentWidget()->objectName(),
                 QStringLiteral("detailsPlaceholder"));
    }

    void sectionErrorsShowInline()
    {
        m_simulator->injectFault(WorkspaceSimulator::Fault::httpStatus(500, R"({"code":"Internal","message":"events store down"})")
                                     .on("GET", QStringLiteral("/events$")));
        DetailsPanel panel;
        panel.setClient(m_workspace.client());
        panel.showDeployment(parse(m_simulator->deployment(QStringLiteral("chat-ready"))));
        auto *message = child<QLabel>(panel, "detailsEventsMessage");
        QTRY_VERIFY(message->text().startsWith(QStringLiteral("Error:")));
        QVERIFY2(message->text().contains(QStringLiteral("events store down")), qPrintable(message->text()));
        const ApiError expected = ApiError::fromHttpStatus(500, R"({"code":"Internal","message":"events store down"})");
        QVERIFY(message->text().contains(expected.userMessage()));
        // The other sections are unaffected.
        QTRY_COMPARE(child<QTreeWidget>(panel, "detailsReplicas")->topLevelItemCount(), 2);
        QCOMPARE(child<QTreeWidget>(panel, "detailsEvents")->topLevelItemCount(), 0);
    }

    void updateRefetchesOnlyWhenVersionChanges()
    {
        DetailsPanel panel;
        panel.setClient(m_workspace.client());
        Deployment d = parse(m_simulator->deployment(QStringLiteral("chat-ready")));
        panel.showDeployment(d);
        QTRY_COMPARE(child<QTreeWidget>(panel, "detailsReplicas")->topLevelItemCount(), 2);
        // Replicas, readiness and events (shared with the Timeline), and termination records.
        QTRY_COMPARE(m_simulator->requests().size(), 4);

        // Same version, new text (a poll): no new requests.
        d.lastModifiedBy = QStringLiteral("carol@example.com");
        panel.updateDeployment(d);
        QVERIFY(child<QLabel>(panel, "detailsModified")->text().contains(QStringLiteral("carol@example.com")));
        QTest::qWait(100);
        QCOMPARE(m_simulator->requests().size(), 4);

        // A new version: the details again.
        QVERIFY(m_simulator->applyOutsideChange(QStringLiteral("chat-ready"),
                                                QJsonObject {{"spec", QJsonObject {{"resource_requirement",
                                                    QJsonObject {{"min_replicas", 3}, {"max_replicas", 4}}}}}}));
        const Deployment changed = parse(m_simulator->deployment(QStringLiteral("chat-ready")));
        QVERIFY(changed.version != d.version);
        panel.updateDeployment(changed);
        QTRY_COMPARE(m_simulator->requests().size(), 8);
        QVERIFY(child<QLabel>(panel, "detailsReplicaRange")->text().contains(QStringLiteral("3 to 4")));
    }

    void buttonsEmitSignals()
    {
        DetailsPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const Deployment d = parse(m_simulator->deployment(QStringLiteral("chat-ready")));
        panel.showDeployment(d);

        QSignalSpy pause(&panel, &DetailsPanel::pauseRequested);
        QSignalSpy resume(&panel, &DetailsPanel::resumeRequested);
        QSignalSpy edit(&panel, &DetailsPanel::editRequested);
        QSignalSpy restart(&panel, &DetailsPanel::restartRequested);
        QSignalSpy copied(&panel, &DetailsPanel::endpointCopied);

        auto *pauseResume = child<QPushButton>(panel, "detailsPauseResume");
        QVERIFY(pauseResume->text().contains(QStringLiteral("Pause")));
        QTest::mouseClick(pauseResume, Qt::LeftButton);
        QCOMPARE(pause.size(), 1);
        QCOMPARE(pause.at(0).at(0).toString(), QStringLiteral("chat-ready"));
        QCOMPARE(resume.size(), 0);

        // Offered Resume (as the window's DeploymentActions::availability says): Resume.
        panel.updateDeployment(d, {}, ActionAvailability {ActionAvailability::Action::Resume, true, QString()});
        QVERIFY(pauseResume->text().contains(QStringLiteral("Resume").left(3)));
        QCOMPARE(pauseResume->accessibleName(), QStringLiteral("Resume"));
        QTest::mouseClick(pauseResume, Qt::LeftButton);
        QCOMPARE(resume.size(), 1);
        QCOMPARE(resume.at(0).at(0).toString(), QStringLiteral("chat-ready"));
        QCOMPARE(pause.size(), 1);

        // Off, with a reason: the tooltip says it and a click asks for nothing.
        const ActionAvailability off = ActionAvailability {ActionAvailability::Action::Resume, true, QString()}.unreachable();
        panel.updateDeployment(d, {}, off);
        QVERIFY(!pauseResume->isEnabled());
        QCOMPARE(pauseResume->toolTip(), off.why);
        QTest::mouseClick(pauseResume, Qt::LeftButton);
        QCOMPARE(resume.size(), 1);

        QTest::mouseClick(child<QPushButton>(panel, "detailsEdit"), Qt::LeftButton);
        QCOMPARE(edit.size(), 1);
        QCOMPARE(edit.at(0).at(0).toString(), QStringLiteral("chat-ready"));
        QTest::mouseClick(child<QPushButton>(panel, "detailsRestart"), Qt::LeftButton);
        QCOMPARE(restart.size(), 1);
        QCOMPARE(restart.at(0).at(0).toString(), QStringLiteral("chat-ready"));

        QTest::mouseClick(child<QPushButton>(panel, "detailsCopyEndpoint"), Qt::LeftButton);
        QCOMPARE(copied.size(), 1);
        QCOMPARE(QGuiApplication::clipboard()->text(), d.endpointUrl());

        UrlCatcher catcher;
        const QString scheme = QUrl(d.endpointUrl()).scheme();
        QDesktopServices::setUrlHandler(scheme, &catcher, "openUrl");
        QTest::mouseClick(child<QPushButton>(panel, "detailsOpenEndpoint"), Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(scheme);
        QCOMPARE(catcher.opened.size(), 1);
        QCOMPARE(catcher.opened.first(), QUrl(d.endpointUrl()));
    }

    void pauseButtonFollowsData()
    {
        DetailsPanel panel;
        auto *pauseResume = child<QPushButton>(panel, "detailsPauseResume");

        // Scaled to zero by the console: Resume.
        DeploymentRecipe paused = recipe(QStringLiteral("paused-one"), QStringLiteral("Stopped"), 0);
        panel.showDeployment(parse(SimulatorPopulation::make(paused)));
        QVERIFY(panel.isPaused());
        QCOMPARE(pauseResume->accessibleName(), QStringLiteral("Resume"));

        // The table's presentation says paused.
        StatusPresentation status;
        status.text = QStringLiteral("Paused");
        status.tone = StatusPresentation::Tone::Paused;
        status.paused = true;
        panel.showDeployment(parse(m_simulator->deployment(QStringLiteral("chat-ready"))), status);
        QVERIFY(panel.isPaused());
        QCOMPARE(child<QLabel>(panel, "detailsStatus")->text(), QStringLiteral("Paused"));

        // From a model row: the badge word and paused flag come from the roles.
        DeploymentTableModel model;
        model.applyDeployments({parse(m_simulator->deployment(QStringLiteral("embed-ready")))});
        panel.showIndex(model.index(0, DeploymentTableModel::NameColumn));
        QVERIFY(!panel.isPaused());
        QCOMPARE(pauseResume->accessibleName(), QStringLiteral("Pause"));
        QCOMPARE(child<QLabel>(panel, "detailsStatus")->text(), QStringLiteral("Ready"));
        QCOMPARE(panel.deploymentName(), QStringLiteral("embed-ready"));
        panel.showIndex(QModelIndex());
        QVERIFY(!panel.hasDeployment());
    }

    void everyControlIsAccessibleAndReachable()
    {
        DetailsPanel panel;
        panel.setClient(m_workspace.client());
        panel.show();
        panel.showDeployment(parse(m_simulator->deployment(QStringLiteral("chat-ready"))));
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        int checked = 0;
        const auto widgets = panel.findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
                || qobject_cast<QPlainTextEdit *>(widget)
                || (qobject_cast<QAbstractItemView *>(widget) && !widget->objectName().isEmpty());
            if (!control)
                continue;
            // A line edit's own clear button: named, but reached by the keyboard through its
            // line edit (select all, delete), as in every Qt line edit.
            if (qobject_cast<QLineEdit *>(widget->parentWidget()) && widget->objectName().endsWith(QLatin1String("ClearButton")))
                continue;
            ++checked;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus, qPrintable(widget->objectName()));
        }
        QVERIFY(checked >= 12);

        // Mnemonics: every push button and the raw toggle have one.
        for (QAbstractButton *button : panel.findChildren<QAbstractButton *>()) {
            if (button->objectName() == QLatin1String("qt_scrollarea_viewport") || button->text().isEmpty()
                || button->objectName().endsWith(QLatin1String("ClearButton"))) // an icon inside a line edit
                continue;
            QVERIFY2(button->text().contains(QLatin1Char('&')), qPrintable(button->objectName()));
        }

        // The keyboard path starts at the actions and reaches the endpoint's buttons.
        auto *pauseResume = child<QPushButton>(panel, "detailsPauseResume");
        pauseResume->setFocus();
        QStringList path;
        QWidget *focus = pauseResume;
        for (int i = 0; i < 8; ++i) {
            path << focus->objectName();
            focus = focus->nextInFocusChain();
            while (focus && !(focus->focusPolicy() & Qt::TabFocus))
                focus = focus->nextInFocusChain();
        }
        const qsizetype edit = path.indexOf(QStringLiteral("detailsEdit"));
        const qsizetype endpoint = path.indexOf(QStringLiteral("detailsEndpoint"));
        QVERIFY2(edit >= 0 && endpoint >= 0 && edit < endpoint, qPrintable(path.join(QLatin1Char(','))));
        QVERIFY2(path.contains(QStringLiteral("detailsCopyEndpoint")), qPrintable(path.join(QLatin1Char(','))));
    }

    void withoutClientSaysNotConnected()
    {
        DetailsPanel panel;
        panel.showDeployment(parse(m_simulator->deployment(QStringLiteral("chat-ready"))));
        QVERIFY(child<QLabel>(panel, "detailsReplicasMessage")->text().contains(QStringLiteral("Not connected")));
        panel.setClient(m_workspace.client());
        QTRY_COMPARE(child<QTreeWidget>(panel, "detailsReplicas")->topLevelItemCount(), 2);
    }

    // Issue 24, item 7: why it is in Error, in full under the badge (wrapped) and in the
    // badge's tooltip, from the first readiness issue the server reports.
    void errorReasonUnderTheBadge()
    {
        DetailsPanel panel;
        panel.setClient(m_workspace.client());
        panel.resize(320, 600);   // narrow: the sentence wraps, it is not cut
        panel.show();
        panel.showDeployment(parse(m_simulator->deployment(QStringLiteral("qwen-error"))));
        const QString full = QStringLiteral("container main exited with code 137 (OOMKilled) 14 times");
        auto *note = child<QLabel>(panel, "detailsStatusNote");
        QTRY_VERIFY2(note->text().contains(full), qPrintable(note->text()));
        QVERIFY(note->isVisible());
        QVERIFY(note->wordWrap());
        auto *badge = child<QLabel>(panel, "detailsStatus");
        QCOMPARE(badge->text(), QStringLiteral("Error"));
        QVERIFY2(badge->toolTip().contains(full), qPrintable(badge->toolTip()));
        QVERIFY2(!badge->toolTip().contains(QStringLiteral("Server state: Error")), qPrintable(badge->toolTip()));

        // A healthy deployment says nothing there.
        panel.showDeployment(parse(m_simulator->deployment(QStringLiteral("chat-ready"))));
        QTRY_COMPARE(child<QTreeWidget>(panel, "detailsReplicas")->topLevelItemCount(), 2);
        QVERIFY(note->text().isEmpty() || note->isHidden());
    }

    // Issue 24, item 8: a section that could not load is loaded again at the next refresh
    // from the server (the server is back), without the user pressing Reload.
    void failedSectionsReloadWhenTheServerIsBack()
    {
        m_simulator->injectFault(WorkspaceSimulator::Fault::ofKind(WorkspaceSimulator::Fault::Kind::CloseConnection)
                                     .on("GET", QStringLiteral("/replicas$"))
                                     .times(4));
        DetailsPanel panel;
        panel.setClient(m_workspace.client());
        const Deployment d = parse(m_simulator->deployment(QStringLiteral("chat-ready")));
        panel.showDeployment(d);
        auto *message = child<QLabel>(panel, "detailsReplicasMessage");
        QTRY_VERIFY(message->text().startsWith(QStringLiteral("Error:")));
        m_simulator->clearFaults();

        // The next poll brings the same deployment, unchanged.
        panel.updateDeployment(d);
        QTRY_COMPARE(child<QTreeWidget>(panel, "detailsReplicas")->topLevelItemCount(), 2);
        QVERIFY2(!message->text().startsWith(QStringLiteral("Error:")), qPrintable(message->text()));
    }

    // Issue 24, item 11: a paused deployment's details say who paused it, since when and
    // what Resume brings back, from the ledger's entry (the pause marker).
    void pausedDetailsSayWhoSinceAndWhatResumeBringsBack()
    {
        QVERIFY(m_simulator->applyOutsideChange(QStringLiteral("chat-ready"),
                                                QJsonObject {{"spec", QJsonObject {{"resource_requirement",
                                                    QJsonObject {{"min_replicas", 0}}}}}}));
        m_simulator->settleTransitions();
        DeploymentTableModel model;
        model.applyDeployments({parse(m_simulator->deployment(QStringLiteral("chat-ready")))});
        PauseMarker marker;
        marker.paused = true;
        marker.confirmed = true;
        marker.pausedBy = QStringLiteral("alice");
        marker.pausedAt = QDateTime::currentDateTimeUtc().addDays(-2);
        marker.savedMinReplicas = 1;
        marker.savedMaxReplicas = 4;
        model.setPauseMarkers({{QStringLiteral("chat-ready"), marker}});

        DetailsPanel panel;
        panel.showIndex(model.index(0, 0));
        const QString note = child<QLabel>(panel, "detailsStatusNote")->text();
        QVERIFY2(note.contains(QStringLiteral("Paused by alice since")), qPrintable(note));
        QVERIFY2(note.contains(QStringLiteral("Resume brings back 1–4")), qPrintable(note));
        QCOMPARE(child<QPushButton>(panel, "detailsPauseResume")->accessibleName(), QStringLiteral("Resume"));
    }

    // Issue 24, item 11: an Idle deployment (scaled to zero by the platform) is explained,
    // and gets Resume here as it does in the toolbar; never Pause in one place and Resume in
    // the other.
    void idleIsExplainedAndOffersResume()
    {
        QVERIFY(m_simulator->simulateIdleScaleDown(QStringLiteral("embed-ready")));
        DeploymentTableModel model;
        model.applyDeployments({parse(m_simulator->deployment(QStringLiteral("embed-ready")))});
        DetailsPanel panel;
        panel.showIndex(model.index(0, 0));
        QCOMPARE(child<QLabel>(panel, "detailsStatus")->text(), QStringLiteral("Idle"));
        const QString note = child<QLabel>(panel, "detailsStatusNote")->text();
        QVERIFY2(note.contains(QStringLiteral("no traffic")), qPrintable(note));
        QCOMPARE(child<QPushButton>(panel, "detailsPauseResume")->accessibleName(), QStringLiteral("Resume"));
        // The same through updateDeployment, as the window refreshes it.
        panel.updateDeployment(model.deploymentAt(0), StatusPresentation::of(model.deploymentAt(0)));
        QCOMPARE(child<QPushButton>(panel, "detailsPauseResume")->accessibleName(), QStringLiteral("Resume"));
    }
};

QTEST_MAIN(TestDetailsPanel)
#include "tst_detailspanel.moc"
