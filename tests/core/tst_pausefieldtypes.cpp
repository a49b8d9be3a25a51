// What Pause saves must be exactly what the server has: a min_replicas, max_replicas or
// auto_scaler the console cannot read exactly (a string, a boolean, null, a fraction, a
// number too large, a block that is not an object, a max below the min) is refused with a
// message that names the field and its value. Nothing is sent, nothing is saved.
#include "app/api/leptonclient.h"
#include "app/storage/sqlite/notestable.h"
#include "app/pause/pausecontroller.h"
#include "app/storage/sqlite/ledgertable.h"
#include "tests/support/pausecontrollerfixture.h"
#include "tests/support/recipewithreplicas.h"
#include "tests/support/scratchdatabase.h"
#include "tests/support/simulatorclient.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"

#include <QJsonDocument>
#include <QtTest>

using namespace std::chrono_literals;

class TestPauseFieldTypes : public QObject
{
    Q_OBJECT

private:
    PauseControllerFixture m_fixture;
    ScratchDatabase &m_db = m_fixture.database();
    WorkspaceSimulator *m_sim = nullptr;
    PauseController *m_pauses = nullptr;

    PauseOutcome pause(const QString &name)
    {
        return m_fixture.pause(name, {QStringLiteral("a reason"), {}});
    }

    // "chat" running with 2-4 replicas and a GPU autoscaler, with `path` set to `value`
    // (parsed from JSON text) in its spec.
    QJsonObject deploymentWith(const QString &field, const QByteArray &valueJson)
    {
        DeploymentRecipe recipe = recipeWithReplicas("chat", 2, 4);
        recipe.autoscale = SimulatedAutoscale::GpuUtilization;
        QJsonObject object = SimulatorPopulation::make(recipe);
        QJsonObject spec = object.value("spec").toObject();
        const QJsonValue value = QJsonDocument::fromJson("[" + valueJson + "]").array().at(0);
        if (field == u"auto_scaler") {
            spec.insert(field, value);
        } else {
            QJsonObject resources = spec.value("resource_requirement").toObject();
            resources.insert(field, value);
            spec.insert("resource_requirement", resources);
        }
        object.insert("spec", spec);
        return object;
    }

private Q_SLOTS:
    void init()
    {
        m_sim = m_fixture.newSimulator();
        m_sim->setTransitionDelay(50ms);
        QVERIFY(m_sim->listen());
        QVERIFY2(m_fixture.open(), qPrintable(m_fixture.errorString()));
        m_pauses = m_fixture.pauses();
    }

    void cleanup() { m_fixture.close(); }

    void unreadableFieldIsRefused_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("named"); // what the message must contain
        QTest::newRow("min as a string") << "min_replicas" << QByteArray(R"("2")") << R"(min_replicas)";
        QTest::newRow("min true") << "min_replicas" << QByteArray("true") << "min_replicas";
        QTest::newRow("min null") << "min_replicas" << QByteArray("null") << "min_replicas";
        QTest::newRow("min 1.5") << "min_replicas" << QByteArray("1.5") << "1.5";
        QTest::newRow("min 1e10") << "min_replicas" << QByteArray("1e10") << "min_replicas";
        QTest::newRow("min negative") << "min_replicas" << QByteArray("-1") << "min_replicas";
        QTest::newRow("max as a string") << "max_replicas" << QByteArray(R"("4")") << "max_replicas";
        QTest::newRow("max 2.5") << "max_replicas" << QByteArray("2.5") << "2.5";
        QTest::newRow("max below min") << "max_replicas" << QByteArray("0") << "max_replicas";
        QTest::newRow("auto_scaler a string") << "auto_scaler" << QByteArray(R"("fast")") << "auto_scaler";
        QTest::newRow("auto_scaler an array") << "auto_scaler" << QByteArray("[1,2]") << "auto_scaler";
        QTest::newRow("auto_scaler a number") << "auto_scaler" << QByteArray("5") << "auto_scaler";
    }

    void unreadableFieldIsRefused()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, value);
        QFETCH(QString, named);
        const QJsonObject before = deploymentWith(field, value);
        m_sim->setDeployment(before);
        m_sim->clearRequests();

        const PauseOutcome outcome = pause("chat");
        QCOMPARE(outcome.kind, PauseOutcome::Kind::Failed);
        QVERIFY2(outcome.message.contains(named), qPrintable(outcome.message));
        QVERIFY2(outcome.message.contains("not paused"), qPrintable(outcome.message));
        QVERIFY2(!outcome.message.contains("already at zero"), qPrintable(outcome.message));
        QVERIFY2(!outcome.message.contains("locally"), qPrintable(outcome.message)); // not the local store's fault
        QCOMPARE(outcome.error.kind(), ApiError::Kind::BadPayload);
        for (const auto &r : m_sim->requests())
            QVERIFY(r.method != "PATCH");
        QCOMPARE(m_sim->deployment("chat"), before);
        QVERIFY(!m_db.ledger()->openEntry("demo", "chat").has_value());
        QVERIFY(m_db.ledger()->history("demo", "chat").isEmpty());
    }

    // What the console can read exactly it saves and gives back exactly: an empty auto_scaler,
    // a null one (the same as none in a merge patch), a min written as 2.0.
    void readableFieldsAreRestoredExactly_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("auto_scaler empty") << "auto_scaler" << QByteArray("{}");
        QTest::newRow("auto_scaler null") << "auto_scaler" << QByteArray("null");
        QTest::newRow("min 2.0") << "min_replicas" << QByteArray("2.0");
    }

    void readableFieldsAreRestoredExactly()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, value);
        const QJsonObject before = deploymentWith(field, value);
        m_sim->setDeployment(before);
        QCOMPARE(pause("chat").kind, PauseOutcome::Kind::Paused);
        std::optional<PauseOutcome> resumed;
        m_pauses->resume("chat", {}, this, [&](const PauseOutcome &o) { resumed = o; });
        QTRY_VERIFY_WITH_TIMEOUT(resumed.has_value(), 10000);
        QCOMPARE(resumed->kind, PauseOutcome::Kind::Resumed);
        const QJsonObject after = m_sim->deployment("chat").value("spec").toObject();
        const QJsonObject expected = before.value("spec").toObject();
        QCOMPARE(after.value("resource_requirement").toObject().value("min_replicas").toDouble(),
                 expected.value("resource_requirement").toObject().value("min_replicas").toDouble());
        QCOMPARE(after.value("resource_requirement").toObject().value("max_replicas").toInt(-1),
                 expected.value("resource_requirement").toObject().value("max_replicas").toInt(-1));
        QCOMPARE(after.value("auto_scaler").isObject(), expected.value("auto_scaler").isObject());
        QCOMPARE(after.value("auto_scaler").toObject(), expected.value("auto_scaler").toObject());
    }
};

QTEST_GUILESS_MAIN(TestPauseFieldTypes)
#include "tst_pausefieldtypes.moc"
