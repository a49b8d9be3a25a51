// Why a deployment is in trouble (issue 24, item 7): the event text the server sends is kept,
// and StatusReason picks the one sentence to show, the first readiness issue or else the
// newest warning event, in full. Against the simulator over HTTP, through the details loader.
#include "app/api/deploymentevent.h"
#include "app/api/leptonclient.h"
#include "app/deployments/deploymentdetailsloader.h"
#include "app/deployments/statusreason.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/simulatorwithclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>

using Loader = DeploymentDetailsLoader;

namespace {

DeploymentRecipe recipe(const QString &name, const QString &state)
{
    DeploymentRecipe r;
    r.name = name;
    r.state = state;
    r.minReplicas = 1;
    r.maxReplicas = 2;
    r.shape = QStringLiteral("gpu.a100-80gb");
    return r;
}

Deployment parse(const QJsonObject &object)
{
    Deployment d;
    if (!Deployment::fromJson(object, &d))
        qFatal("not a deployment");
    return d;
}

} // namespace

class TestStatusReason : public QObject
{
    Q_OBJECT

    SimulatorWithClient m_workspace;

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_workspace.start({SimulatorPopulation::make(recipe(QStringLiteral("qwen-error"), QStringLiteral("Error"))),
                                   SimulatorPopulation::make(recipe(QStringLiteral("chat-ready"), QStringLiteral("Ready")))},
                                  std::chrono::seconds(10)));
    }

    void cleanup() { m_workspace.stop(); }

    // The parser keeps `message` beside type, reason, count and time; without one it is empty.
    void eventMessageIsKept()
    {
        const QJsonArray body = QJsonDocument::fromJson(R"([
            {"type":"Warning","reason":"BackOff","message":"Back-off restarting failed container main","count":14,
             "last_observed_time":"2026-12-07T10:00:00Z"},
            {"type":"Normal","reason":"Pulled","count":1,"last_observed_time":"2026-12-07T09:00:00Z"}])").array();
        const QList<DeploymentEvent> events = DeploymentEvent::listFromJson(body);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).message, QStringLiteral("Back-off restarting failed container main"));
        QCOMPARE(events.at(0).count, 14);
        QVERIFY(events.at(1).message.isEmpty()); // the SDK has no message field: absent is normal

        // And over HTTP, as the simulator sends its events.
        Loader loader;
        loader.setClient(m_workspace.client());
        QSignalSpy loaded(&loader, &Loader::eventsLoaded);
        QVERIFY(loader.load(QStringLiteral("qwen-error")));
        QTRY_COMPARE(loaded.size(), 1);
        const auto result = loaded.first().at(1).value<Loader::EventsResult>();
        QVERIFY(result.ok());
        bool found = false;
        for (const DeploymentEvent &event : result.value)
            found = found || event.message == QLatin1String("Back-off restarting failed container main");
        QVERIFY(found);
    }

    // The first readiness issue wins, in full.
    void picksTheReadinessIssueOverHttp()
    {
        Loader loader;
        loader.setClient(m_workspace.client());
        QSignalSpy readiness(&loader, &Loader::readinessLoaded);
        QSignalSpy events(&loader, &Loader::eventsLoaded);
        QVERIFY(loader.load(QStringLiteral("qwen-error")));
        QTRY_COMPARE(readiness.size(), 1);
        QTRY_COMPARE(events.size(), 1);
        const Deployment d = parse(m_workspace.simulator()->deployment(QStringLiteral("qwen-error")));
        const QString reason = StatusReason::pick(d, readiness.first().at(1).value<Loader::ReadinessResult>().value.issues,
                                                  events.first().at(1).value<Loader::EventsResult>().value);
        QCOMPARE(reason, QStringLiteral("container main exited with code 137 (OOMKilled) 14 times"));
    }

    // No readiness issue: the newest warning event, its message with its count; the reason
    // word when the server sent no message. Normal events are not a reason.
    void newestWarningEventWhenNoReadinessIssue()
    {
        const Deployment d = parse(m_workspace.simulator()->deployment(QStringLiteral("qwen-error")));
        const QList<DeploymentEvent> events = DeploymentEvent::listFromJson(QJsonDocument::fromJson(R"([
            {"type":"Normal","reason":"Pulled","message":"pulled","count":1,"last_observed_time":"2026-12-07T11:00:00Z"},
            {"type":"Warning","reason":"BackOff","message":"Back-off restarting failed container main","count":14,
             "last_observed_time":"2026-12-07T10:00:00Z"},
            {"type":"Warning","reason":"Old","message":"older warning","count":1,"last_observed_time":"2026-12-06T10:00:00Z"}
        ])").array());
        QCOMPARE(StatusReason::pick(d, {}, events), QStringLiteral("Back-off restarting failed container main (14 times)"));

        const QList<DeploymentEvent> bare = DeploymentEvent::listFromJson(QJsonDocument::fromJson(R"([
            {"type":"Warning","reason":"FailedScheduling","count":1,"last_observed_time":"2026-12-07T10:00:00Z"}])").array());
        QCOMPARE(StatusReason::pick(d, {}, bare), QStringLiteral("FailedScheduling"));

        // Nothing loaded at all: the deployment's own condition message, from the list.
        QCOMPARE(StatusReason::pick(d, {}, {}), StatusReason::fromDeployment(d));
        QVERIFY(!StatusReason::fromDeployment(d).isEmpty());
    }

    // A healthy deployment has no reason to show, whatever old warnings say.
    void healthyHasNoReason()
    {
        const Deployment d = parse(m_workspace.simulator()->deployment(QStringLiteral("chat-ready")));
        const QList<DeploymentEvent> events = DeploymentEvent::listFromJson(QJsonDocument::fromJson(R"([
            {"type":"Warning","reason":"BackOff","message":"old trouble","count":3,"last_observed_time":"2026-12-07T10:00:00Z"}])").array());
        QVERIFY(StatusReason::pick(d, {}, events).isEmpty());
        QVERIFY(StatusReason::fromDeployment(d).isEmpty());
    }
};

QTEST_MAIN(TestStatusReason)
#include "tst_statusreason.moc"
