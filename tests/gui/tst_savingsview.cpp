// The Savings view (issue 22) driven with QTest under offscreen, over a real ledger and price
// list on disk and the simulator over HTTP for the workspace's shapes: 2 replicas of a 1-GPU
// shape paused 3 h show as 6 GPU-hours in the table, the chart (this week's bar of that
// deployment) and the chart's table; money appears once a price is set in the Prices dialog
// (and "no price set" before, never 0); the table sorts by figure; CSV export writes the file
// off the GUI thread; a dark palette keeps the bars readable; every control has a name.
#include "app/savings/savingstablemodel.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/storage/sql/sqldatabase.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "tests/support/scratchdatabase.h"
#include "tests/support/simulatorwithclient.h"
#include "ui/savings/pricesdialog.h"
#include "ui/savings/savingsview.h"
#include "ui/shell/theme.h"
#include "ui/widgets/errorbanner.h"
#include "ui/widgets/tonecolors.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

const QString kWorkspace = QStringLiteral("ws-savings-view");
constexpr qint64 kHour = 3600 * 1000;

} // namespace

class TestSavingsView : public QObject
{
    Q_OBJECT

    ScratchDatabase m_db;
    SimulatorWithClient m_server;

    // A closed pause of `replicas` replicas of `shape` from `fromHoursAgo` for `hours` hours.
    void addPause(const QString &name, int replicas, const QString &shape, int accelerators, double fromHoursAgo,
                  double hours)
    {
        const QDateTime start = QDateTime::currentDateTimeUtc().addMSecs(-qint64(fromHoursAgo * kHour));
        PauseEntry e;
        e.workspaceId = kWorkspace;
        e.deploymentName = name;
        e.savedMinReplicas = replicas;
        e.pausedSnapshot = QJsonObject {{QStringLiteral("resource_requirement"),
                                         QJsonObject {{QStringLiteral("resource_shape"), shape},
                                                      {QStringLiteral("accelerator_num"), accelerators},
                                                      {QStringLiteral("min_replicas"), 0}}}};
        e.pausedAt = start;
        const LedgerTable::BeginResult begun = m_db.ledger()->beginPause(e);
        QVERIFY2(begun.ok(), qPrintable(begun.error));
        QVERIFY(m_db.ledger()->markActive(begun.entry.id));
        QVERIFY(m_db.ledger()->markClosed(begun.entry.id, QStringLiteral("alice")));
        QSqlQuery query(m_db.database()->connection());
        query.prepare(QStringLiteral("UPDATE pause_ledger SET closed_at = :at WHERE id = :id"));
        query.bindValue(QStringLiteral(":at"), SqlDatabase::toDbTime(start.addMSecs(qint64(hours * kHour))));
        query.bindValue(QStringLiteral(":id"), begun.entry.id);
        QVERIFY(query.exec());
    }

    static int rowOf(const SavingsView &view, const QString &key)
    {
        const QAbstractItemModel *model = view.tableView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, SavingsTableModel::ResourceColumn).data().toString() == key)
                return row;
        }
        return -1;
    }

    static QString cell(const SavingsView &view, const QString &key, int column)
    {
        const int row = rowOf(view, key);
        return row < 0 ? QString() : view.tableView()->model()->index(row, column).data().toString();
    }

    static QBarSet *barSet(const SavingsView &view, const QString &label)
    {
        for (QAbstractSeries *series : view.chart()->series()) {
            if (auto *stacked = qobject_cast<QStackedBarSeries *>(series)) {
                for (QBarSet *set : stacked->barSets()) {
                    if (set->label() == label)
                        return set;
                }
            }
        }
        return nullptr;
    }

    static bool loaded(SavingsView &view)
    {
        QSignalSpy reloaded(&view, &SavingsView::reloaded);
        return reloaded.wait(10000) && reloaded.first().first().toBool();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY2(m_db.open(QStringLiteral("savings.sqlite")), qPrintable(m_db.errorString()));
        DeploymentRecipe chat;
        chat.name = QStringLiteral("chat");
        QVERIFY(m_server.start({SimulatorPopulation::make(chat)}, 10s));
    }

    void cleanup()
    {
        m_server.stop();
        m_db.close();
    }

    void showsSixGpuHoursInTheTableTheChartAndItsTable()
    {
        addPause(QStringLiteral("chat"), 2, QStringLiteral("gpu.a10"), 1, 5, 3);
        addPause(QStringLiteral("big"), 1, QStringLiteral("gpu.a10.6xlarge"), 4, 4, 0.5);
        addPause(QStringLiteral("web"), 4, QStringLiteral("cpu.small"), 0, 6, 3);
        SavingsView view;
        view.resize(1000, 700);
        view.show();
        view.setSources(m_db.storage(), m_server.client(), kWorkspace);
        QVERIFY(loaded(view));

        QCOMPARE(view.tableView()->model()->rowCount(), 3);
        QCOMPARE(cell(view, QStringLiteral("endpoint/chat"), SavingsTableModel::ShapeColumn), QStringLiteral("gpu.a10"));
        QCOMPARE(cell(view, QStringLiteral("endpoint/chat"), SavingsTableModel::PausedHoursColumn), QStringLiteral("3.00"));
        QCOMPARE(cell(view, QStringLiteral("endpoint/chat"), SavingsTableModel::ReplicaHoursColumn), QStringLiteral("6.00"));
        QCOMPARE(cell(view, QStringLiteral("endpoint/chat"), SavingsTableModel::GpuHoursColumn), QStringLiteral("6.00"));
        QCOMPARE(cell(view, QStringLiteral("endpoint/chat"), SavingsTableModel::CostColumn), QStringLiteral("no price set"));
        QCOMPARE(cell(view, QStringLiteral("endpoint/big"), SavingsTableModel::GpuHoursColumn), QStringLiteral("2.00"));
        QVERIFY2(view.summaryLabel()->text().contains(QLatin1String("8.00 GPU-hours")), qPrintable(view.summaryLabel()->text()));
        QVERIFY2(view.topSaversLabel()->text().startsWith(QLatin1String("Top savers: endpoint/chat (6.00")),
                 qPrintable(view.topSaversLabel()->text()));

        // The chart: 12 weeks, one bar set per deployment, named (colour never alone).
        QBarSet *chat = barSet(view, QStringLiteral("endpoint/chat"));
        QVERIFY(chat);
        QCOMPARE(chat->count(), SavingsView::Weeks);
        double sum = 0;
        for (int i = 0; i < chat->count(); ++i)
            sum += chat->at(i);
        QCOMPARE(sum, 6.0);
        QVERIFY(barSet(view, QStringLiteral("endpoint/big")));
        QVERIFY(!view.chartView()->accessibleName().isEmpty());
        QVERIFY(view.chartView()->accessibleDescription().contains(QLatin1String("GPU-hours")));

        // The same figures as a table, one keypress away.
        QVERIFY(!view.chartTable()->isVisible());
        view.showAsTableButton()->click();
        QVERIFY(view.chartTable()->isVisible());
        QCOMPARE(view.chartTable()->rowCount(), SavingsView::Weeks);
        QCOMPARE(view.chartTable()->horizontalHeaderItem(2)->text(), QStringLiteral("endpoint/chat"));
        double tableSum = 0;
        for (int row = 0; row < view.chartTable()->rowCount(); ++row)
            tableSum += view.chartTable()->item(row, 2)->text().toDouble();
        QCOMPARE(tableSum, 6.0);

        // Sorted by figure, not by text: replica-hours 0.50, 6.00, 12.00 (as text "12.00" < "6.00").
        view.tableView()->sortByColumn(SavingsTableModel::ReplicaHoursColumn, Qt::AscendingOrder);
        QCOMPARE(rowOf(view, QStringLiteral("endpoint/big")), 0);
        QCOMPARE(rowOf(view, QStringLiteral("endpoint/chat")), 1);
        QCOMPARE(rowOf(view, QStringLiteral("endpoint/web")), 2);
        QCOMPARE(cell(view, QStringLiteral("endpoint/web"), SavingsTableModel::GpuHoursColumn), QStringLiteral("0.00"));

        // Every button says what it does; every table and the chart has a name.
        for (QPushButton *button : view.findChildren<QPushButton *>())
            QVERIFY2(!button->text().isEmpty() || !button->accessibleName().isEmpty(), qPrintable(button->objectName()));
        for (QTableView *table : view.findChildren<QTableView *>())
            QVERIFY2(!table->accessibleName().isEmpty(), qPrintable(table->objectName()));
    }

    void aPriceSetInTheDialogShowsTheMoney()
    {
        addPause(QStringLiteral("chat"), 2, QStringLiteral("gpu.a10"), 1, 5, 3);
        SavingsView view;
        view.show();
        view.setSources(m_db.storage(), m_server.client(), kWorkspace);
        QVERIFY(loaded(view));
        QVERIFY(view.pricesButton()->isEnabled());
        view.pricesButton()->click();
        PricesDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view.findChild<PricesDialog *>()) && dialog->table()->isEnabled());
        // The workspace's shapes are listed (from GET /workspace), none priced yet.
        QTableWidget *table = dialog->table();
        int a10 = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, PricesDialog::ShapeColumn)->text() == QLatin1String("gpu.a10"))
                a10 = row;
        }
        QVERIFY(a10 >= 0);
        QVERIFY(table->rowCount() > 1);
        QCOMPARE(table->item(a10, PricesDialog::PriceColumn)->text(), QString());

        // A wrong price is refused and nothing is written.
        table->item(a10, PricesDialog::PriceColumn)->setText(QStringLiteral("1,5"));
        dialog->save();
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->banner()->isVisible());

        table->item(a10, PricesDialog::PriceColumn)->setText(QStringLiteral("2.5"));
        table->item(a10, PricesDialog::CurrencyColumn)->setText(QStringLiteral("eur"));
        QSignalSpy reloaded(&view, &SavingsView::reloaded);
        dialog->save();
        QTRY_VERIFY(!view.findChild<PricesDialog *>() || !view.findChild<PricesDialog *>()->isVisible());
        QTRY_COMPARE(cell(view, QStringLiteral("endpoint/chat"), SavingsTableModel::CostColumn), QStringLiteral("15.00 EUR"));
        QVERIFY2(view.summaryLabel()->text().contains(QLatin1String("15.00 EUR")), qPrintable(view.summaryLabel()->text()));
    }

    void exportsCsvOffTheGuiThread()
    {
        addPause(QStringLiteral("chat"), 2, QStringLiteral("gpu.a10"), 1, 5, 3);
        SavingsView view;
        view.setSources(m_db.storage(), m_server.client(), kWorkspace);
        QVERIFY(loaded(view));
        const QString path = m_db.filePath(QStringLiteral("savings.csv"));
        QSignalSpy exported(&view, &SavingsView::csvExported);
        view.exportCsvTo(path);
        QVERIFY(exported.wait(10000));
        QCOMPARE(exported.first().at(1).toString(), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()),
                 QStringLiteral("kind,name,shape,pauses,paused_hours,replica_hours_saved,gpu_hours_saved,cost_saved,currency\r\n"
                                "endpoint,chat,gpu.a10,1,3,6,6,,\r\n"));

        // A folder that does not exist: said, not hidden.
        exported.clear();
        view.exportCsvTo(m_db.filePath(QStringLiteral("no/such/folder/savings.csv")));
        QVERIFY(exported.wait(10000));
        QVERIFY(!exported.first().at(1).toString().isEmpty());
    }

    void barsStayReadableInADarkTheme()
    {
        addPause(QStringLiteral("chat"), 2, QStringLiteral("gpu.a10"), 1, 5, 3);
        SavingsView view;
        view.setPalette(Theme::darkPalette());
        view.setSources(m_db.storage(), m_server.client(), kWorkspace);
        QVERIFY(loaded(view));
        const QColor background = view.palette().color(QPalette::Base);
        QVERIFY(ToneColors::isDark(view.palette(), QPalette::Base));
        QCOMPARE(view.chart()->backgroundBrush().color(), background);
        QBarSet *chat = barSet(view, QStringLiteral("endpoint/chat"));
        QVERIFY(chat);
        QVERIFY2(ToneColors::contrastRatio(chat->color(), background) >= 3.0,
                 qPrintable(QString::number(ToneColors::contrastRatio(chat->color(), background))));
        QVERIFY(ToneColors::contrastRatio(view.chart()->legend()->labelColor(), background) >= 4.5);
    }
};

QTEST_MAIN(TestSavingsView)
#include "tst_savingsview.moc"
