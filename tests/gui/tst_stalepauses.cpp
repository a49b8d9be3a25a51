// Stale pauses in the Paused Services view (issue 22 item 6), over a real ledger and notes on
// disk and the simulator over HTTP: pauses rank by what they would cost per hour if resumed
// (prices of their shapes x saved replicas), then by age; a pause older than the threshold says
// "stale"; "Delete deployment…" enables its button only on the exact name, sends exactly one
// DELETE to the kind's route, shows the server's answer, and keeps the ledger entry and notes,
// the pause closed as deleted and said so in History. The Prices page of Edit ▸ Preferences
// writes prices to the store (item 1).
#include "app/api/leptonclient.h"
#include "app/pause/deploymenthistorymodel.h"
#include "app/pause/pausedservicesmodel.h"
#include "app/simulator/simulatorfault.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/pricelist.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/storage/sqlite/notestable.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "tests/support/addconfirmedpause.h"
#include "tests/support/recipewithreplicas.h"
#include "tests/support/scratchdatabase.h"
#include "tests/support/simulatorwithclient.h"
#include "ui/pause/deleteresourcedialog.h"
#include "ui/pause/pausedservicesview.h"
#include "ui/savings/priceseditor.h"
#include "ui/savings/pricespage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace std::chrono_literals;

namespace {

const QString kWorkspace = QStringLiteral("ws-stale");

CostRates eurRates()
{
    CostRates rates;
    rates.prices.insert(QStringLiteral("gpu.a10"), CostRates::Price {1250000, QStringLiteral("EUR")});
    rates.prices.insert(QStringLiteral("gpu.h100-sxm"), CostRates::Price {4000000, QStringLiteral("EUR")});
    return rates;
}

} // namespace

class TestStalePauses : public QObject
{
    Q_OBJECT

    ScratchDatabase m_db;
    SimulatorWithClient m_server;

    PauseEntry pause(const QString &name, const QString &shape, int min, std::optional<int> max, int daysAgo,
                     const QString &reason = QString())
    {
        PauseEntry entry;
        entry.workspaceId = kWorkspace;
        entry.deploymentName = name;
        entry.savedMinReplicas = min;
        entry.savedMaxReplicas = max;
        entry.pausedBy = QStringLiteral("alice");
        entry.pausedAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        entry.reason = reason;
        entry.pausedSnapshot = QJsonObject {{QStringLiteral("resource_requirement"),
                                             QJsonObject {{QStringLiteral("resource_shape"), shape},
                                                          {QStringLiteral("min_replicas"), 0}}}};
        return addConfirmedPause(*m_db.ledger(), *m_db.notes(), entry);
    }

    static QStringList shownNames(const PausedServicesView &view)
    {
        QStringList names;
        for (int row = 0; row < view.tableView()->model()->rowCount(); ++row)
            names << view.tableView()->model()->index(row, 0).data(PausedServicesModel::NameRole).toString();
        return names;
    }

    static QString cell(const PausedServicesView &view, const QString &name, int column)
    {
        const QAbstractItemModel *model = view.tableView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(PausedServicesModel::NameRole).toString() == name)
                return model->index(row, column).data().toString();
        }
        return QString();
    }

    int deletes() const
    {
        int count = 0;
        for (const WorkspaceSimulator::RecordedRequest &request : m_server.simulator()->requests())
            count += request.method == "DELETE" ? 1 : 0;
        return count;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY2(m_db.open(QStringLiteral("stale.sqlite")), qPrintable(m_db.errorString()));
        DeploymentRecipe old = recipeWithReplicas(QStringLiteral("old-chat"), 0, 0);
        old.state = QStringLiteral("Stopped");
        QVERIFY(m_server.start({SimulatorPopulation::make(old)}, 10s));
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog *>(widget))
                widget->close();
        }
        m_server.stop();
        m_db.close();
    }

    void ranksByCostIfResumedThenAge()
    {
        pause(QStringLiteral("cheap-old"), QStringLiteral("gpu.a10"), 1, 1, 40);        // 1.25 EUR/h, 40 days
        pause(QStringLiteral("pricey"), QStringLiteral("gpu.h100-sxm"), 2, 4, 3);       // 8.00–16.00 EUR/h
        pause(QStringLiteral("cheap-new"), QStringLiteral("gpu.a10"), 1, 1, 2);         // 1.25 EUR/h, 2 days
        pause(QStringLiteral("unpriced"), QStringLiteral("cpu.small"), 1, 1, 90);       // no price set

        PausedServicesView view;
        view.setSources(&m_db.storage()->ledger(), kWorkspace);
        view.setCostRates(eurRates());
        view.resize(1200, 360);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(view.tableView()->model()->rowCount(), 4);

        // Most expensive first; equal costs: the older pause ahead; no price last.
        QCOMPARE(shownNames(view), (QStringList {"pricey", "cheap-old", "cheap-new", "unpriced"}));
        QCOMPARE(cell(view, "pricey", PausedServicesModel::ResumeCostColumn), QStringLiteral("8.00–16.00 EUR/h"));
        QCOMPARE(cell(view, "cheap-old", PausedServicesModel::ResumeCostColumn), QStringLiteral("1.25 EUR/h"));
        QCOMPARE(cell(view, "unpriced", PausedServicesModel::ResumeCostColumn), QStringLiteral("no price set"));

        // Older than the threshold (14 days): "stale" in words, with the role for the eye.
        QCOMPARE(cell(view, "cheap-old", PausedServicesModel::SinceColumn), QStringLiteral("40 day(s) · stale"));
        QCOMPARE(cell(view, "unpriced", PausedServicesModel::SinceColumn), QStringLiteral("90 day(s) · stale"));
        QCOMPARE(cell(view, "pricey", PausedServicesModel::SinceColumn), QStringLiteral("3 day(s)"));
        QCOMPARE(view.model()->staleCount(), 2);
        view.model()->setStaleAfterDays(60);
        QCOMPARE(cell(view, "cheap-old", PausedServicesModel::SinceColumn), QStringLiteral("40 day(s)"));
        QCOMPARE(view.model()->staleCount(), 1);

        // The summary says what resuming everything would cost.
        const auto *summary = view.findChild<QLabel *>(QStringLiteral("pausedSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("10.50–18.50 EUR/h if all resumed")), qPrintable(summary->text()));

        // By age: a click on "Paused for" sorts oldest first.
        view.tableView()->sortByColumn(PausedServicesModel::SinceColumn, Qt::AscendingOrder);
        QCOMPARE(shownNames(view), (QStringList {"unpriced", "cheap-old", "pricey", "cheap-new"}));
    }

    void deletesOnlyAfterTheExactNameAndKeepsTheHistory()
    {
        const PauseEntry entry = pause(QStringLiteral("old-chat"), QStringLiteral("gpu.a10"), 2, 2, 30,
                                       QStringLiteral("Customer paused the pilot"));
        m_db.notes()->add([&] {
            Note note;
            note.workspaceId = kWorkspace;
            note.deploymentName = QStringLiteral("old-chat");
            note.text = QStringLiteral("Owner: team search");
            note.author = QStringLiteral("bob");
            return note;
        }());
        PausedServicesView view;
        view.setSources(&m_db.storage()->ledger(), kWorkspace);
        view.setDeleter(m_server.client(), m_db.storage(), QStringLiteral("carol"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(view.tableView()->model()->rowCount(), 1);
        view.selectDeployment(QStringLiteral("old-chat"));
        auto *button = view.findChild<QPushButton *>(QStringLiteral("pausedDelete"));
        QVERIFY(button->isEnabled());
        button->click();
        DeleteResourceDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view.findChild<DeleteResourceDialog *>()) && dialog->isVisible());
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QVERIFY(field);
        m_server.simulator()->clearRequests();

        // Near misses keep Delete disabled, and nothing goes to the server.
        for (const QString &typed : {QString(), QStringLiteral("old-cha"), QStringLiteral("Old-chat"),
                                     QStringLiteral("old-chat "), QStringLiteral(" old-chat"), QStringLiteral("old-chatx")}) {
            field->setText(QString());
            QTest::keyClicks(field, typed);
            QVERIFY2(!dialog->deleteButton()->isEnabled(), qPrintable(typed));
            QTest::keyClick(field, Qt::Key_Return);
        }
        QCOMPARE(deletes(), 0);
        QVERIFY(dialog->isVisible());

        field->setText(QString());
        QTest::keyClicks(field, QStringLiteral("old-chat"));
        QVERIFY(dialog->deleteButton()->isEnabled());
        QSignalSpy deleted(dialog, &DeleteResourceDialog::resourceDeleted);
        dialog->deleteButton()->click();
        QVERIFY(deleted.wait(10000));
        // Exactly one DELETE, to the endpoint's route.
        QCOMPARE(deletes(), 1);
        const QList<WorkspaceSimulator::RecordedRequest> requests = m_server.simulator()->requests();
        const auto del = std::find_if(requests.cbegin(), requests.cend(), [](const auto &r) { return r.method == "DELETE"; });
        QCOMPARE(del->apiPath(), QStringLiteral("/deployments/old-chat"));
        QVERIFY2(dialog->answer().contains(QStringLiteral("accepted the deletion")), qPrintable(dialog->answer()));
        QVERIFY(!dialog->deleteButton()->isEnabled());

        // The ledger keeps the entry, closed; every note stays, plus the one saying it was deleted.
        const std::optional<PauseEntry> kept = m_db.ledger()->entry(entry.id);
        QVERIFY(kept);
        QCOMPARE(kept->state, PauseEntry::State::Closed);
        QCOMPARE(kept->savedMinReplicas, 2);
        const QList<Note> notes = m_db.notes()->history(kWorkspace, QStringLiteral("old-chat"));
        QCOMPARE(notes.size(), 3);
        QVERIFY(std::any_of(notes.cbegin(), notes.cend(), [](const Note &n) { return n.text == QLatin1String("Owner: team search"); }));
        QVERIFY(std::any_of(notes.cbegin(), notes.cend(), [](const Note &n) { return n.text == QLatin1String("Customer paused the pilot"); }));
        // The view no longer lists it (no open pause).
        QTRY_COMPARE(view.tableView()->model()->rowCount(), 0);

        // History: the pause, then "Deleted" by carol with the words.
        DeploymentHistoryModel history;
        QSignalSpy loaded(&history, &DeploymentHistoryModel::loaded);
        history.setDeployment(m_db.storage(), kWorkspace, QStringLiteral("old-chat"));
        QVERIFY(loaded.wait(10000));
        bool sawDeleted = false;
        for (int row = 0; row < history.rowCount(); ++row) {
            const QModelIndex index = history.index(row, 0);
            if (index.data(DeploymentHistoryModel::KindRole).toInt() == int(DeploymentHistoryEvent::Kind::Deleted)) {
                sawDeleted = true;
                QVERIFY(index.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("Deleted by carol")));
            }
            QVERIFY(index.data(DeploymentHistoryModel::KindRole).toInt() != int(DeploymentHistoryEvent::Kind::Resumed));
        }
        QVERIFY(sawDeleted);
        QCOMPARE(history.rowCount(), 3); // the pause (its reason with it), the owner note, the deletion
    }

    void aRefusedDeleteChangesNothing()
    {
        const PauseEntry entry = pause(QStringLiteral("old-chat"), QStringLiteral("gpu.a10"), 1, 1, 30);
        m_server.simulator()->injectFault(SimulatorFault().on("DELETE", QStringLiteral("/deployments/old-chat")));
        PausedServicesView view;
        view.setSources(&m_db.storage()->ledger(), kWorkspace);
        view.setDeleter(m_server.client(), m_db.storage(), QStringLiteral("carol"));
        QTRY_COMPARE(view.model()->rowCount(), 1);
        view.show();
        view.selectDeployment(QStringLiteral("old-chat"));
        DeleteResourceDialog *dialog = view.deleteSelected();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("old-chat"));
        dialog->deleteButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->answer().contains(QStringLiteral("did not delete")), 10000);
        QVERIFY2(dialog->answer().contains(QStringLiteral("500")) || dialog->answer().contains(QStringLiteral("server")),
                 qPrintable(dialog->answer()));
        QVERIFY(!dialog->deleted());
        QCOMPARE(m_db.ledger()->entry(entry.id)->state, PauseEntry::State::Active);
        QVERIFY(dialog->deleteButton()->isEnabled()); // it may be tried again
    }

    void pricesPageSaves()
    {
        PricesPage page(m_db.storage(), {QStringLiteral("gpu.a10"), QStringLiteral("cpu.small")});
        QCOMPARE(page.title(), QStringLiteral("Prices"));
        QTRY_VERIFY(page.editor()->isLoaded());
        QTableWidget *table = page.editor()->table();
        int a10 = -1;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, PricesEditor::ShapeColumn)->text() == QLatin1String("gpu.a10"))
                a10 = row;
        }
        QVERIFY(a10 >= 0);
        std::unique_ptr<PriceList> prices = PriceList::open(*m_db.storage());
        QVERIFY(prices);
        const auto stored = [&] {
            std::optional<QList<ShapePrice>> out;
            prices->all(this, [&](const StoreResult<QList<ShapePrice>> &r) {
                if (r.ok())
                    out = r.value;
            });
            QTest::qWaitFor([&] { return out.has_value(); }, 10000);
            return out.value_or(QList<ShapePrice> {ShapePrice {QStringLiteral("(the store did not answer)")}});
        };

        // A wrong price: Apply fails, nothing is written.
        table->item(a10, PricesEditor::PriceColumn)->setText(QStringLiteral("1,5"));
        QSignalSpy finished(&page, &SettingsPage::applyFinished);
        page.apply();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QCOMPARE(finished.takeFirst().first().toBool(), false);
        QVERIFY(stored().isEmpty());

        table->item(a10, PricesEditor::PriceColumn)->setText(QStringLiteral("2.5"));
        table->item(a10, PricesEditor::CurrencyColumn)->setText(QStringLiteral("eur"));
        page.apply();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 10000);
        QCOMPARE(finished.takeFirst().first().toBool(), true);
        const QList<ShapePrice> after = stored();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().shape, QStringLiteral("gpu.a10"));
        QCOMPARE(after.first().micros, qint64(2500000));
        QCOMPARE(after.first().currency, QStringLiteral("EUR"));
    }
};

QTEST_MAIN(TestStalePauses)
#include "tst_stalepauses.moc"
