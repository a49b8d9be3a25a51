// WorkspaceSession's refresh path against the simulator over HTTP: a first load of thousands
// goes into the table a slice per turn of the event loop and ends as one plain apply would,
// and a newer list arriving while slices are still going in replaces the one in progress.
#include "app/deployments/deploymentpoller.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/workspaces/workspacesession.h"
#include "app/simulator/workspacesimulator.h"

#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

QSet<QString> namesIn(const DeploymentTableModel *model)
{
    QSet<QString> names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.insert(model->deploymentAt(row).name);
    return names;
}

QSet<QString> endpointNames(const QList<QJsonObject> &objects)
{
    QSet<QString> names;
    for (const QJsonObject &object : objects) {
        Deployment d;
        if (Deployment::fromJson(object, &d) && !d.isPod)
            names.insert(d.name);
    }
    return names;
}

} // namespace

class TestWorkspaceSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_dir = std::make_unique<QTemporaryDir>();
        m_simulator = std::make_unique<WorkspaceSimulator>();
        QVERIFY(m_simulator->listen());
        m_database = std::make_unique<LocalDatabase>(m_dir->filePath(QStringLiteral("console.sqlite")));
        QVERIFY(m_database->isOpen());
    }

    void cleanup()
    {
        m_database.reset();
        m_simulator.reset();
        m_dir.reset();
    }

    void firstLoadOfThousandsGoesInBySlices()
    {
        const QList<QJsonObject> objects = SimulatorPopulation::generate(6000);
        m_simulator->setDeployments(objects);
        SqliteStorage sessionStorage((m_database.get())->path());
        WorkspaceSession session(credentials(), &sessionStorage);
        QSignalSpy inserted(session.model(), &QAbstractItemModel::rowsInserted);
        QSignalSpy refreshed(&session, &WorkspaceSession::refreshed);
        QSignalSpy resets(session.model(), &QAbstractItemModel::modelAboutToBeReset);
        bool loadedAtFirstSlice = true;
        connect(session.model(), &QAbstractItemModel::rowsInserted, this, [&] {
            if (inserted.size() == 1)
                loadedAtFirstSlice = session.hasLoaded();
        });
        session.poller()->setIntervals(1h, 1h);
        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 1, 30000);

        // More than one insertion, each one turn of the event loop, and "loaded" only at the end.
        QVERIFY2(inserted.size() > 1, qPrintable(QString::number(inserted.size())));
        QVERIFY(!loadedAtFirstSlice);
        QVERIFY(session.hasLoaded());
        QCOMPARE(resets.size(), 0);
        const auto stats = refreshed.first().first().value<DeploymentTableModel::ApplyStats>();
        QCOMPARE(stats.inserted, session.model()->rowCount());
        QCOMPARE(namesIn(session.model()), endpointNames(objects));
    }

    void newerListReplacesOneStillGoingIn()
    {
        QList<QJsonObject> objects = SimulatorPopulation::generate(6000);
        m_simulator->setDeployments(objects);
        SqliteStorage sessionStorage((m_database.get())->path());
        WorkspaceSession session(credentials(), &sessionStorage);
        session.poller()->setIntervals(1h, 1h);
        // The workspace one poll later: a thousand gone, a few new.
        QList<QJsonObject> later = objects.mid(1000);
        for (int i = 0; i < 5; ++i)
            later.append(SimulatorPopulation::generate(1, {}).first());
        for (int i = 0; i < 5; ++i) {
            QJsonObject metadata = later[later.size() - 1 - i].value(QLatin1String("metadata")).toObject();
            metadata.insert(QStringLiteral("id"), QStringLiteral("late-%1").arg(i));
            metadata.insert(QStringLiteral("name"), QStringLiteral("late-%1").arg(i));
            later[later.size() - 1 - i].insert(QStringLiteral("metadata"), metadata);
        }
        // As soon as the first slice is in, the server changes and the console polls again.
        QSignalSpy inserted(session.model(), &QAbstractItemModel::rowsInserted);
        bool polledAgain = false;
        bool stillSlicing = false;
        connect(session.model(), &QAbstractItemModel::rowsInserted, this, [&] {
            if (polledAgain)
                return;
            polledAgain = true;
            stillSlicing = !session.hasLoaded();
            m_simulator->setDeployments(later);
            session.poller()->refreshNow();
        });
        QSignalSpy refreshed(&session, &WorkspaceSession::refreshed);
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(polledAgain, 30000);
        QVERIFY(stillSlicing);
        // However the two lists interleave, the table ends as the newer one.
        QTRY_COMPARE_WITH_TIMEOUT(namesIn(session.model()), endpointNames(later), 30000);
        QTRY_VERIFY(!refreshed.isEmpty());
        QVERIFY(session.model()->rowOf(QStringLiteral("late-0")) >= 0);
    }

private:
    WorkspaceCredentials credentials() const
    {
        WorkspaceCredentials c;
        c.workspaceId = m_simulator->workspaceId();
        c.token = m_simulator->token();
        c.baseUrl = m_simulator->baseUrl();
        return c;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<WorkspaceSimulator> m_simulator;
    std::unique_ptr<LocalDatabase> m_database;
};

QTEST_GUILESS_MAIN(TestWorkspaceSession)
#include "tst_workspacesession.moc"
