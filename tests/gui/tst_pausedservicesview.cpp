// The Paused services view driven with QTest over a real ledger and notes on disk: the rows
// and their words (reason, by, since, saved replicas, "Review due"), the due-only filter,
// sorting, Resume / activation signals, the reminder dialog writing to the ledger, and an
// accessible name on every control.
#include "tests/support/addconfirmedpause.h"
#include "tests/support/child.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/sqlite/notestable.h"
#include "app/pause/pausedservicesmodel.h"
#include "ui/pause/pausedservicesview.h"
#include "app/storage/sqlite/ledgertable.h"
#include "ui/pause/reminderdialog.h"
#include "tests/support/scratchdatabase.h"
#include "app/storage/sqlite/sqlitestorage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

namespace {
const QString kWorkspace = QStringLiteral("ws-view");
}

class TestPausedServicesView : public QObject
{
    Q_OBJECT

private:
    ScratchDatabase m_db;

    PauseEntry pause(const QString &name, int min, std::optional<int> max, const QString &reason, int daysAgo,
                     const QDate &remindOn, const QString &by, const QJsonObject &scaler = {})
    {
        PauseEntry entry;
        entry.workspaceId = kWorkspace;
        entry.deploymentName = name;
        entry.savedMinReplicas = min;
        entry.savedMaxReplicas = max;
        entry.hadAutoScaler = !scaler.isEmpty();
        entry.savedAutoScaler = scaler;
        entry.pausedBy = by;
        entry.pausedAt = QDateTime::currentDateTimeUtc().addDays(-daysAgo);
        entry.reason = reason;
        entry.remindOn = remindOn;
        return addConfirmedPause(*m_db.ledger(), *m_db.notes(), entry);
    }

    // The shown (proxy) row of a deployment, -1 when not shown.
    static int viewRow(const PausedServicesView &view, const QString &name)
    {
        const QAbstractItemModel *model = view.tableView()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(PausedServicesModel::NameRole).toString() == name)
                return row;
        }
        return -1;
    }

    static QString cell(const PausedServicesView &view, const QString &name, int column)
    {
        const int row = viewRow(view, name);
        return row < 0 ? QString() : view.tableView()->model()->index(row, column).data().toString();
    }

    static void selectRow(PausedServicesView &view, const QString &name)
    {
        QTableView *table = view.tableView();
        const int row = viewRow(view, name);
        QVERIFY(row >= 0);
        const QRect rect = table->visualRect(table->model()->index(row, PausedServicesModel::NameColumn));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(view.selectedName(), name);
    }

    void populate()
    {
        const QDate today = QDate::currentDate();
        pause(QStringLiteral("mistral-7b"), 1, 3, QStringLiteral("Cost: idle on weekends, see https://wiki.example.com/cost"),
              12, today.addDays(-2), QStringLiteral("bob"),
              QJsonObject{{QStringLiteral("target_gpu_utilization_percentage"), 70}});
        pause(QStringLiteral("llama-70b"), 2, std::nullopt, QStringLiteral("Incident INC-4411: OOM on startup"), 3,
              today.addDays(10), QStringLiteral("alice"));
        pause(QStringLiteral("embedder"), 0, 4, QString(), 40, today, QStringLiteral("carol"),
              QJsonObject{{QStringLiteral("scale_down"), QJsonObject{{QStringLiteral("no_traffic_timeout"), 600}}}});
        pause(QStringLiteral("whisper"), 1, 1, QStringLiteral("Waiting for the customer to sign"), 1, QDate(),
              QStringLiteral("alice"));
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { QVERIFY2(m_db.open(QStringLiteral("view.sqlite")), qPrintable(m_db.errorString())); }

    void cleanup()
    {
        // Close any dialog a failed test left open.
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog *>(widget))
                widget->close();
        }
        m_db.close();
    }

    void listsPausesWithTheirWords()
    {
        populate();
        PausedServicesView view;
        view.setSources(&m_db.storage()->ledger(), kWorkspace);
        QTRY_VERIFY(view.tableView()->model()->rowCount() > 0); // the ledger answers from its thread
        view.resize(1100, 360);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QTRY_COMPARE(view.tableView()->model()->rowCount(), 4);
        QCOMPARE(cell(view, "mistral-7b", PausedServicesModel::ReasonColumn),
                 QStringLiteral("Cost: idle on weekends, see https://wiki.example.com/cost"));
        QCOMPARE(cell(view, "mistral-7b", PausedServicesModel::PausedByColumn), QStringLiteral("bob"));
        QCOMPARE(cell(view, "mistral-7b", PausedServicesModel::SinceColumn), QStringLiteral("12 day(s)"));
        QCOMPARE(cell(view, "mistral-7b", PausedServicesModel::SavedReplicasColumn), QStringLiteral("1–3"));
        QCOMPARE(cell(view, "mistral-7b", PausedServicesModel::AutoscalingColumn), QStringLiteral("GPU 70%"));
        QVERIFY(cell(view, "mistral-7b", PausedServicesModel::ReminderColumn).startsWith(QStringLiteral("Review due")));
        QVERIFY(cell(view, "embedder", PausedServicesModel::ReminderColumn).startsWith(QStringLiteral("Review due")));
        QCOMPARE(cell(view, "embedder", PausedServicesModel::ReasonColumn), QStringLiteral("(no reason given)"));
        QCOMPARE(cell(view, "embedder", PausedServicesModel::AutoscalingColumn), QStringLiteral("to zero after 10 min idle"));
        QCOMPARE(cell(view, "llama-70b", PausedServicesModel::SavedReplicasColumn), QStringLiteral("2 (no max)"));
        QVERIFY(!cell(view, "llama-70b", PausedServicesModel::ReminderColumn).contains(QStringLiteral("due")));
        QCOMPARE(cell(view, "whisper", PausedServicesModel::ReminderColumn), QString());

        // Longest paused first by default.
        QCOMPARE(viewRow(view, "embedder"), 0);
        QCOMPARE(viewRow(view, "whisper"), 3);

        const QLabel *summary = child<QLabel>(view, "pausedSummary");
        QCOMPARE(summary->text(), QStringLiteral("4 paused · 2 review(s) due"));
    }

    void sortsByAColumn()
    {
        populate();
        PausedServicesView view;
        view.setSources(&m_db.storage()->ledger(), kWorkspace);
        QTRY_VERIFY(view.tableView()->model()->rowCount() > 0); // the ledger answers from its thread
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QHeaderView *header = view.tableView()->horizontalHeader();
        const auto shownNames = [&view] {
            QStringList names;
            for (int row = 0; row < view.tableView()->model()->rowCount(); ++row)
                names << view.tableView()->model()->index(row, 0).data().toString();
            return names;
        };
        const auto clickName = [header] {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(PausedServicesModel::NameColumn) + 5, header->height() / 2));
        };
        // A click on the header sorts by that column.
        clickName();
        QCOMPARE(header->sortIndicatorSection(), int(PausedServicesModel::NameColumn));
        // The first click sorts A to Z, the second Z to A.
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        QCOMPARE(shownNames(), QStringList({"embedder", "llama-70b", "mistral-7b", "whisper"}));
        clickName();
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(shownNames(), QStringList({"whisper", "mistral-7b", "llama-70b", "embedder"}));

        // Reminder: due ones first, no reminder last.
        view.tableView()->sortByColumn(PausedServicesModel::ReminderColumn, Qt::AscendingOrder);
        QCOMPARE(viewRow(view, "mistral-7b"), 0);
        QCOMPARE(viewRow(view, "embedder"), 1);
        QCOMPARE(viewRow(view, "whisper"), 3);
    }

    void reviewDueOnlyFilter()
    {
        populate();
        PausedServicesView view;
        view.setSources(&m_db.storage()->ledger(), kWorkspace);
        QTRY_VERIFY(view.tableView()->model()->rowCount() > 0); // the ledger answers from its thread
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *dueOnly = child<QCheckBox>(view, "pausedDueOnly");
        QTest::mouseClick(dueOnly, Qt::LeftButton);
        QVERIFY(view.reviewDueOnly());
        QTRY_COMPARE(view.tableView()->model()->rowCount(), 2);
        QVERIFY(viewRow(view, "mistral-7b") >= 0);
        QVERIFY(viewRow(view, "embedder") >= 0);
        QCOMPARE(viewRow(view, "whisper"), -1);

        // A due reminder cleared elsewhere (the CLI): the row leaves the filtered list.
        QVERIFY(m_db.ledger()->setRemindOn(m_db.ledger()->openEntry(kWorkspace, "embedder")->id, QDate()));
        view.reload();
        QTRY_COMPARE(view.tableView()->model()->rowCount(), 1);

        view.setReviewDueOnly(false);
        QVERIFY(!dueOnly->isChecked());
        QTRY_COMPARE(view.tableView()->model()->rowCount(), 4);
    }

    void resumeAndActivateEmitTheName()
    {
        populate();
        PausedServicesView view;
        view.setSources(&m_db.storage()->ledger(), kWorkspace);
        QTRY_VERIFY(view.tableView()->model()->rowCount() > 0); // the ledger answers from its thread
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *resume = child<QPushButton>(view, "pausedResume");
        QVERIFY(!resume->isEnabled()); // nothing selected yet

        QSignalSpy resumed(&view, &PausedServicesView::resumeRequested);
        QSignalSpy activated(&view, &PausedServicesView::deploymentActivated);
        selectRow(view, "llama-70b");
        QVERIFY(resume->isEnabled());
        QTest::mouseClick(resume, Qt::LeftButton);
        QCOMPARE(resumed.count(), 1);
        QCOMPARE(resumed.first().first().toString(), QStringLiteral("llama-70b"));

        view.tableView()->setFocus();
        QTest::keyClick(view.tableView(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("llama-70b"));

        QTest::mouseClick(child<QPushButton>(view, "pausedShow"), Qt::LeftButton);
        QCOMPARE(activated.count(), 2);

        // The selection survives a reload that changes other rows.
        pause(QStringLiteral("aaa-new"), 1, 1, QStringLiteral("new"), 100, QDate(), QStringLiteral("dave"));
        view.reload();
        QTRY_COMPARE(view.tableView()->model()->rowCount(), 5);
        QCOMPARE(view.selectedName(), QStringLiteral("llama-70b"));
        QVERIFY(view.selectDeployment(QStringLiteral("whisper")));
        QCOMPARE(view.selectedName(), QStringLiteral("whisper"));
    }

    void setReminderWritesTheLedger()
    {
        populate();
        PausedServicesView view;
        view.setSources(&m_db.storage()->ledger(), kWorkspace);
        QTRY_VERIFY(view.tableView()->model()->rowCount() > 0); // the ledger answers from its thread
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy changed(&view, &PausedServicesView::remindersChanged);
        selectRow(view, "whisper");
        QTest::mouseClick(child<QPushButton>(view, "pausedSetReminder"), Qt::LeftButton);

        ReminderDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = view.findChild<ReminderDialog *>()) && dialog->isVisible());
        QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
        dialog->setRemindOn(QDate::currentDate());
        QTest::mouseClick(child<QPushButton>(*dialog, "reminderOk"), Qt::LeftButton);

        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toString(), QStringLiteral("whisper"));
        QCOMPARE(m_db.ledger()->openEntry(kWorkspace, "whisper")->remindOn, QDate::currentDate());
        QTRY_VERIFY(cell(view, "whisper", PausedServicesModel::ReminderColumn).startsWith(QStringLiteral("Review due")));
        QCOMPARE(view.selectedName(), QStringLiteral("whisper"));

        // Clearing it.
        QTest::mouseClick(child<QPushButton>(view, "pausedSetReminder"), Qt::LeftButton);
        QTRY_VERIFY((dialog = view.findChild<ReminderDialog *>()) && dialog->isVisible());
        QTest::mouseClick(child<QCheckBox>(*dialog, "reminderEnabled"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(*dialog, "reminderOk"), Qt::LeftButton);
        QTRY_COMPARE(changed.count(), 2);
        QVERIFY(!m_db.ledger()->openEntry(kWorkspace, "whisper")->remindOn.isValid());
    }

    void emptyAndDisconnected()
    {
        PausedServicesView view;
        const QLabel *empty = child<QLabel>(view, "pausedEmpty");
        QVERIFY(empty->text().contains(QStringLiteral("Connect")));
        view.setSources(&m_db.storage()->ledger(), kWorkspace);
        QTRY_COMPARE(empty->text(), QStringLiteral("Nothing is paused in this workspace."));
        populate();
        view.reload();
        QTRY_COMPARE(view.tableView()->model()->rowCount(), 4);
        view.clear();
        QTRY_COMPARE(view.tableView()->model()->rowCount(), 0);
    }

    void everyControlHasANameAndAnAccessibleName()
    {
        populate();
        PausedServicesView view;
        view.setSources(&m_db.storage()->ledger(), kWorkspace);
        const QList<QWidget *> widgets = view.findChildren<QWidget *>();
        int controls = 0;
        for (QWidget *widget : widgets) {
            const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QAbstractItemView *>(widget)
                                 || qobject_cast<QLineEdit *>(widget);
            if (!control || qobject_cast<QHeaderView *>(widget) || widget->objectName().startsWith(QLatin1String("qt_"))
                || widget->inherits("QTableCornerButton")) // QTableView's own, not reachable by keyboard
                continue;
            if (widget->objectName().startsWith(QLatin1String("errorBanner")) && !widget->isVisibleTo(&view))
                continue; // the message bar's own buttons, named by ErrorBanner
            ++controls;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        QVERIFY(controls >= 6);
    }
};

QTEST_MAIN(TestPausedServicesView)
#include "tst_pausedservicesview.moc"
