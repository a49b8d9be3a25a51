// The Alerts dock's contents with a real AlertBook, driven by keyboard: newest first, Ctrl+K
// (and the button) acknowledges the selected alert, Enter on a row asks the window to show
// its resource, the selection survives new alerts, and everything has an accessible name.
#include "app/watch/alertbook.h"
#include "app/watch/alertlistmodel.h"
#include "ui/watch/alertsview.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QtTest>

namespace {

Alert alertFor(const QString &name, int minutesAgo, ResourceKind kind = ResourceKind::Endpoint)
{
    Alert alert;
    alert.kind = kind;
    alert.name = name;
    alert.workspaceId = QStringLiteral("prod");
    alert.message = QStringLiteral("%1 is in the Error state.").arg(name);
    alert.raisedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
    return alert;
}

} // namespace

class TestAlertsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestFirstAcknowledgeAndShowByKeyboard()
    {
        AlertBook book;
        AlertsView view;
        view.setAlertBook(&book);
        view.resize(900, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        book.raise(alertFor(QStringLiteral("old"), 30));
        const quint64 pod = book.raise(alertFor(QStringLiteral("alice-dev"), 5, ResourceKind::Pod));
        QTableView *table = view.tableView();
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, 0).data(AlertListModel::NameRole).toString(), QStringLiteral("alice-dev"));

        table->setFocus();
        QVERIFY(view.selectAlert(pod));
        // A new alert keeps the selection where it was.
        book.raise(alertFor(QStringLiteral("newest"), 0));
        QCOMPARE(view.currentAlertId(), pod);
        QCOMPARE(table->model()->index(0, 0).data(AlertListModel::NameRole).toString(), QStringLiteral("newest"));

        QSignalSpy activated(&view, &AlertsView::resourceActivated);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).value<ResourceKind>(), ResourceKind::Pod);
        QCOMPARE(activated.at(0).at(1).toString(), QStringLiteral("alice-dev"));

        QCOMPARE(book.openCount(), 3);
        auto *acknowledge = view.findChild<QPushButton *>(QStringLiteral("alertsAcknowledge"));
        QVERIFY(acknowledge->isEnabled());
        QTest::keyClick(table, Qt::Key_K, Qt::ControlModifier);
        QVERIFY(book.find(pod)->acknowledged);
        QCOMPARE(book.openCount(), 2);
        QVERIFY(!acknowledge->isEnabled()); // nothing left to acknowledge on this row
        QCOMPARE(view.currentAlertId(), pod);

        // The button does the same for another row.
        QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
        QVERIFY(view.currentAlertId() != pod);
        QVERIFY(acknowledge->isEnabled());
        QTest::mouseClick(acknowledge, Qt::LeftButton);
        QCOMPARE(book.openCount(), 1);
        QVERIFY(view.findChild<QLabel *>(QStringLiteral("alertsSummary"))->text().contains(QLatin1String("1 open alert")));
    }

    void everythingHasAnAccessibleName()
    {
        AlertsView view;
        QVERIFY(!view.accessibleName().isEmpty());
        QVERIFY(!view.tableView()->accessibleName().isEmpty());
        for (QPushButton *button : view.findChildren<QPushButton *>())
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
        QCOMPARE(view.acknowledgeAction()->shortcut(), QKeySequence(QStringLiteral("Ctrl+K")));
    }
};

QTEST_MAIN(TestAlertsView)
#include "tst_alertsview.moc"
