// (2) Applying a refresh where 1% of 10,000 rows changed, 10 were added and 10 removed, on
// the GUI thread: the table model alone, the model under the window's sorted proxy, and the
// whole window (WorkspaceSession::applyRefresh through MainWindow, to the next paint).
#include "tests/bench/benchfigures.h"
#include "tests/bench/benchsupport.h"

#include "app/deployments/deploymentfiltermodel.h"
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/notifications/trayicon.h"
#include "app/workspaces/workspacesession.h"

#include <QApplication>
#include <QDir>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

namespace Bench {

namespace {

// Two polls of the same workspace; applying them alternately is a 1% refresh each time
// (A -> B and B -> A both change 100 rows, add 10 and remove 10). Each apply gets a freshly
// parsed list, as each poll does, so no JSON is shared with the rows in the model.
struct Workload
{
    QByteArray bodyA;
    QByteArray bodyB;
    Workload()
    {
        const QList<QJsonObject> a = population(10000);
        bodyA = listBody(a);
        bodyB = listBody(nextRefresh(a, 1));
    }
    QList<Deployment> poll(int i) const { return parsed(i % 2 == 0 ? bodyB : bodyA); }
};

struct ResetCounter
{
    int resets = 0;
    int layoutChanges = 0;
    void watch(QAbstractItemModel *model)
    {
        QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, model, [this] { ++resets; });
        QObject::connect(model, &QAbstractItemModel::layoutAboutToBeChanged, model, [this] { ++layoutChanges; });
    }
};

QString statsText(const DeploymentTableModel::ApplyStats &stats)
{
    return QStringLiteral("%1 changed, %2 added, %3 removed").arg(stats.changed).arg(stats.inserted).arg(stats.removed);
}

} // namespace

int runApply(const Options &options)
{
    const Workload workload;
    const int reps = options.reps > 0 ? options.reps : 20;
    const QString what = QStringLiteral("10,000 rows; 1% changed, 10 added, 10 removed");

    // Tier 1: the model alone.
    {
        DeploymentTableModel model;
        ResetCounter counter;
        counter.watch(&model);
        model.applyDeployments(workload.poll(1));
        Samples samples;
        Samples wall;
        DeploymentTableModel::ApplyStats last;
        for (int i = 0; i < reps; ++i) {
            const QList<Deployment> next = workload.poll(i);
            Stopwatch clock;
            last = model.applyDeployments(next);
            samples.add(clock.cpuMs());
            wall.add(clock.wallMs());
        }
        figure(QStringLiteral("(2) apply refresh: model"),
               what + QStringLiteral(": DeploymentTableModel::applyDeployments, no view"),
               QStringLiteral("%1 ms, %2 resets").arg(ms(samples.median(), 2)).arg(counter.resets),
               QStringLiteral("< 5 ms, no reset"),
               QStringLiteral("thread CPU %1; wall %2 (%3); %4").arg(samples.summary(), wall.summary(), loadAverage(), statsText(last)));
    }

    // Tier 2: the model under the window's proxy (sorted by name, locale-aware, filtering on).
    {
        DeploymentTableModel model;
        DeploymentFilterModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(DeploymentTableModel::NameColumn, Qt::AscendingOrder);
        ResetCounter counter;
        counter.watch(&model);
        counter.watch(&proxy);
        model.applyDeployments(workload.poll(1));
        Samples samples;
        Samples wall;
        for (int i = 0; i < reps; ++i) {
            const QList<Deployment> next = workload.poll(i);
            Stopwatch clock;
            model.applyDeployments(next);
            samples.add(clock.cpuMs());
            wall.add(clock.wallMs());
        }
        figure(QStringLiteral("(2) apply refresh: model + sorted proxy"),
               what + QStringLiteral(": applyDeployments under DeploymentFilterModel sorted by name"),
               QStringLiteral("%1 ms, %2 resets").arg(ms(samples.median(), 2)).arg(counter.resets),
               QStringLiteral("< 5 ms, no reset"),
               QStringLiteral("thread CPU %1; wall %2 (%3); proxy layout changes %4")
                   .arg(samples.summary(), wall.summary(), loadAverage())
                   .arg(counter.layoutChanges));
    }

    // Tier 3: the window. The session's applyRefresh (ledger reconcile, markers, model) and the
    // window's onRefreshed, then the table's next paint.
    {
        isolateUserData();
        QTemporaryDir dir;
        LocalDatabase database(dir.filePath(QStringLiteral("bench.sqlite")));
        SqliteStorage storage(dir.filePath(QStringLiteral("bench.sqlite")));
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        WorkspaceCredentials credentials;
        credentials.workspaceId = QStringLiteral("bench");
        credentials.token = QStringLiteral("bench-token");
        credentials.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/api/v2/workspaces/bench"));
        WorkspaceSession session(credentials, &storage);
        MainWindow window(&settings);
        window.setSession(&session);
        window.show();
        ResetCounter counter;
        counter.watch(session.model());
        counter.watch(window.proxy());

        PaintProbe paint(window.table()->viewport());
        QElapsedTimer clock;
        clock.start();
        paint.arm(&clock);
        const QList<Deployment> firstList = workload.poll(1);
        Stopwatch firstLoad;
        Q_EMIT session.poller()->refreshed(firstList);
        const double firstLoadCpu = firstLoad.cpuMs();
        waitUntil([&] { return paint.ended(); }, 5000);
        const double firstLoadToPaint = paint.endMs();
        waitUntil([] { return false; }, 200);

        {
            // What a refresh's repaint costs: the whole visible table painted again.
            Samples repaint;
            for (int i = 0; i < reps; ++i) {
                Stopwatch cpu;
                window.table()->viewport()->repaint();
                repaint.add(cpu.cpuMs());
            }
            const QTableView *table = window.table();
            const int rowsShown = table->rowAt(table->viewport()->height() - 1) - table->rowAt(0) + 1;
            figure(QStringLiteral("(4) table repaint"),
                   QStringLiteral("the table's viewport painted again (%1 rows x %2 columns visible, %3 x %4 px), "
                                  "10,000 rows, offscreen")
                       .arg(rowsShown).arg(DeploymentTableModel::ColumnCount)
                       .arg(table->viewport()->width()).arg(table->viewport()->height()),
                   QStringLiteral("%1 ms").arg(ms(repaint.median(), 2)),
                   QStringLiteral("part of the 16 ms frame"),
                   QStringLiteral("thread CPU %1 (%2)").arg(repaint.summary(), loadAverage()));
        }

        for (const bool trayHooked : {true, false}) {
            if (!trayHooked) {
                auto *tray = window.findChild<TrayIcon *>();
                if (!tray)
                    break;
                tray->setModel(nullptr);
            }
            Samples sync;
            Samples syncWall;
            Samples toPaint;
            for (int i = 0; i < reps; ++i) {
                const QList<Deployment> next = workload.poll(i);
                waitUntil([] { return false; }, 30); // let the previous round's events settle
                clock.restart();
                paint.arm(&clock);
                Stopwatch cpu;
                Q_EMIT session.poller()->refreshed(next);
                sync.add(cpu.cpuMs());
                syncWall.add(cpu.wallMs());
                if (waitUntil([&] { return paint.ended(); }, 1000))
                    toPaint.add(paint.endMs());
            }
            figure(trayHooked ? QStringLiteral("(2) apply refresh: whole window") : QStringLiteral("(2) apply refresh: whole window, tray hooks detached"),
                   what + QStringLiteral(": WorkspaceSession::applyRefresh + MainWindow, table shown (offscreen), sorted by name"),
                   QStringLiteral("%1 ms, %2 resets").arg(ms(sync.median(), 2)).arg(counter.resets),
                   QStringLiteral("< 5 ms, no reset"),
                   QStringLiteral("synchronous part: thread CPU %1, wall %2 (%3); wall to the end of the next paint %4; "
                                  "proxy layout changes %5; the first load (10,000 rows into the empty table): %6 ms CPU "
                                  "before the refreshed signal returned (only the first slice where the session slices "
                                  "big loads), first paint at %7 ms")
                       .arg(sync.summary(), syncWall.summary(), loadAverage(), toPaint.summary())
                       .arg(counter.layoutChanges)
                       .arg(ms(firstLoadCpu), ms(firstLoadToPaint)));
        }
    }
    return 0;
}

} // namespace Bench
