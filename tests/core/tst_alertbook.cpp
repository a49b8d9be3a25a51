// AlertBook: ids, open and closed alerts, the open count (problems not acknowledged, good news
// not counted), the signals, and the bound on recent closed alerts.
#include "app/watch/alertbook.h"

#include <QtTest>

namespace {

Alert make(Alert::Rule rule, const QString &name)
{
    Alert alert;
    alert.rule = rule;
    alert.name = name;
    alert.message = name;
    alert.raisedAt = QDateTime(QDate(2026, 12, 8), QTime(1, 0), Qt::UTC);
    alert.closedAt = alert.raisedAt; // raise() clears it
    return alert;
}

} // namespace

class TestAlertBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void raiseCloseAcknowledge()
    {
        AlertBook book;
        QSignalSpy raised(&book, &AlertBook::alertRaised);
        QSignalSpy closed(&book, &AlertBook::alertClosed);
        QSignalSpy count(&book, &AlertBook::openCountChanged);
        const quint64 a = book.raise(make(Alert::Rule::EnteredError, QStringLiteral("a")));
        const quint64 b = book.raise(make(Alert::Rule::CrashLoop, QStringLiteral("b")));
        QVERIFY(a != 0 && b != 0 && a != b);
        QCOMPARE(raised.count(), 2);
        QCOMPARE(raised.first().first().value<Alert>().id, a);
        QVERIFY(book.find(a)->isOpen());
        QCOMPARE(book.openCount(), 2);
        QCOMPARE(count.count(), 2);
        QCOMPARE(count.last().first().toInt(), 2);

        QVERIFY(book.acknowledge(a));
        QCOMPARE(book.openCount(), 1);
        QVERIFY(book.find(a)->isOpen()); // acknowledged stays open
        QVERIFY(book.acknowledge(a));
        QCOMPARE(count.count(), 3);
        QVERIFY(!book.acknowledge(999));

        const QDateTime when = QDateTime(QDate(2026, 12, 8), QTime(2, 0), Qt::UTC);
        QVERIFY(book.close(b, when));
        QVERIFY(!book.close(b, when)); // only once
        QCOMPARE(closed.count(), 1);
        QCOMPARE(closed.first().first().value<Alert>().closedAt, when);
        QCOMPARE(book.openCount(), 0);
        QCOMPARE(count.last().first().toInt(), 0);
        QCOMPARE(book.alerts().size(), 2);
    }

    void goodNewsIsNotAnOpenProblem()
    {
        AlertBook book;
        QSignalSpy count(&book, &AlertBook::openCountChanged);
        book.raise(make(Alert::Rule::ResumeReady, QStringLiteral("g")));
        QCOMPARE(book.openCount(), 0);
        QCOMPARE(count.count(), 0);
    }

    void keepsOnlyTheRecentClosedOnes()
    {
        AlertBook book;
        book.setRecentLimit(2);
        QSignalSpy reset(&book, &AlertBook::reset);
        const quint64 open = book.raise(make(Alert::Rule::EnteredError, QStringLiteral("open")));
        QList<quint64> ids;
        for (int i = 0; i < 4; ++i) {
            ids.append(book.raise(make(Alert::Rule::StuckNotReady, QString::number(i))));
            book.close(ids.last(), QDateTime::currentDateTimeUtc());
        }
        QCOMPARE(book.alerts().size(), 3); // the open one and the 2 newest closed ones
        QVERIFY(book.find(open));
        QVERIFY(!book.find(ids.at(0)));
        QVERIFY(!book.find(ids.at(1)));
        QVERIFY(book.find(ids.at(3)));
        QVERIFY(reset.count() >= 2);

        book.clear();
        QVERIFY(book.alerts().isEmpty());
        QCOMPARE(book.openCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAlertBook)
#include "tst_alertbook.moc"
