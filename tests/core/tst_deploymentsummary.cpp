// DeploymentList::Detail::Summary (what lepton-console-cli list asks for): it skips most of
// each entry, yet every typed field must come out exactly as the full parse gives it, and
// every entry the full parse refuses or leaves out must be refused or left out the same way.
// Over real HTTP from the simulator, and on hand-made bodies for the edges.
#include "app/api/deployment.h"
#include "app/api/leptonclient.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/core/deploymentsummaryedges.h"
#include "tests/support/simulatorwithclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

#include <optional>

namespace {

// Every typed field, for QCOMPARE (raw is left out: Summary keeps only part of it).
QStringList typedFields(const Deployment &d)
{
    const auto opt = [](const auto &value) { return value ? QString::number(*value) : QStringLiteral("-"); };
    QStringList components;
    for (const DeploymentComponent &c : d.components)
        components << c.name;
    return {
        QString::number(int(d.kind)), QString::number(int(d.generation)), d.id, d.name,
        QString::number(d.createdAtMs), QString::number(d.lastModifiedAtMs), QString::number(d.version),
        d.createdBy, d.lastModifiedBy, d.owner, d.image, d.resourceShape, opt(d.minReplicas), opt(d.maxReplicas),
        QString::number(d.hasAutoScaler), opt(d.noTrafficTimeoutSeconds), opt(d.targetGpuUtilization),
        opt(d.targetQpm), QString::number(d.isPod), QString::number(d.suspended), components.join(u','),
        QString::number(int(d.state)), d.rawState, d.statusState, d.externalEndpoint, d.internalEndpoint,
        opt(d.desiredReplicas), opt(d.readyReplicas), QString::number(d.isSystem),
    };
}

struct Parsed
{
    bool ok = false;
    QString why;
    int skipped = 0;
    QStringList unreadable;
    QList<QStringList> rows;
};

Parsed parse(const QByteArray &body, DeploymentList::Detail detail, ResourceKind kind = ResourceKind::Endpoint)
{
    Parsed p;
    QList<Deployment> list;
    p.ok = DeploymentList::parse(body, &list, &p.why, &p.skipped, &p.unreadable, kind, ApiGeneration::Legacy, detail);
    for (const Deployment &d : std::as_const(list))
        p.rows << typedFields(d);
    return p;
}

void compareDetails(const QByteArray &body)
{
    const Parsed full = parse(body, DeploymentList::Detail::Full);
    const Parsed summary = parse(body, DeploymentList::Detail::Summary);
    QCOMPARE(summary.ok, full.ok);
    QCOMPARE(summary.why, full.why);
    QCOMPARE(summary.skipped, full.skipped);
    QCOMPARE(summary.unreadable, full.unreadable);
    QCOMPARE(summary.rows, full.rows);
}

} // namespace

class TestDeploymentSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The simulator's realistic population (every state, autoscalers, pods, system
    // deployments), fetched over HTTP both ways.
    void sameTypedFieldsOverHttp()
    {
        SimulatorWithClient fixture;
        QVERIFY(fixture.start(SimulatorPopulation::generate(400), std::chrono::seconds(20)));
        for (const ResourceKind kind : {ResourceKind::Endpoint, ResourceKind::Pod}) {
            std::optional<ApiResult<QList<Deployment>>> full, summary;
            fixture.client()->listResources(kind, this, [&full](const ApiResult<QList<Deployment>> &r) { full = r; });
            fixture.client()->listResources(kind, this, [&summary](const ApiResult<QList<Deployment>> &r) { summary = r; },
                                            DeploymentList::Detail::Summary);
            QTRY_VERIFY_WITH_TIMEOUT(full && summary, 20000);
            QVERIFY2(full->ok() && summary->ok(), qPrintable(full->error.userMessage() + summary->error.userMessage()));
            QVERIFY(kind == ResourceKind::Pod || full->value.size() > 100);
            QCOMPARE(summary->value.size(), full->value.size());
            for (qsizetype i = 0; i < full->value.size(); ++i) {
                QCOMPARE(typedFields(summary->value.at(i)), typedFields(full->value.at(i)));
                // Summary keeps the members the typed fields come from, not the rest.
                QVERIFY(!summary->value.at(i).raw.value(QLatin1String("spec")).toObject()
                             .value(QLatin1String("container")).toObject().contains(QLatin1String("envs")));
            }
        }
    }

    // What is kept is read exactly as the full parse reads it: escapes, duplicates, keys
    // written with escapes, wrong types, missing members.
    void edgesReadTheSame_data()
    {
        QTest::addColumn<QByteArray>("body");
        addDeploymentSummaryEdgeRows();
    }
    void edgesReadTheSame()
    {
        QFETCH(QByteArray, body);
        compareDetails(body);
    }

    // The simulator's population as one body, parsed in this thread both ways.
    void populationBodyReadsTheSame()
    {
        QJsonArray array;
        for (const QJsonObject &object : SimulatorPopulation::generate(300))
            array.append(object);
        const QByteArray body = QJsonDocument(array).toJson(QJsonDocument::Indented);
        compareDetails(body);
        QCOMPARE(parse(body, DeploymentList::Detail::Summary).rows.size(), 300);
    }
};

QTEST_GUILESS_MAIN(TestDeploymentSummary)
#include "tst_deploymentsummary.moc"
