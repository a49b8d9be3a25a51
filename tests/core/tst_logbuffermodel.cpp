// The Logs view's buffer (issue 20, item 5): at most capacity() lines with the oldest dropped,
// lines landing in batches (one rowsInserted per flush, however many append() calls), the
// search's hits counted as lines come and go, and 100,000 lines held.
#include "app/logs/logbuffermodel.h"
#include "app/logs/logresync.h"

#include <QSignalSpy>
#include <QtTest>

namespace {

QStringList numbered(int from, int count, const QString &word = QStringLiteral("line"))
{
    QStringList lines;
    for (int i = from; i < from + count; ++i)
        lines.append(QStringLiteral("%1 %2").arg(word).arg(i));
    return lines;
}

} // namespace

class TestLogBufferModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheNewestWithinCapacity()
    {
        LogBufferModel model;
        model.setCapacity(1000);
        for (int batch = 0; batch < 5; ++batch) {
            model.append(numbered(1 + batch * 500, 500));
            model.flush();
        }
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.line(0), QStringLiteral("line 1501"));
        QCOMPARE(model.line(999), QStringLiteral("line 2500"));
        QCOMPARE(model.droppedCount(), 1500);
        QCOMPARE(model.appendedCount(), 2500);
        QCOMPARE(model.index(0).data(LogBufferModel::LineNumberRole).toLongLong(), 1501);
        // Lowering the setting drops the oldest at once.
        model.setCapacity(10);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.line(0), QStringLiteral("line 2491"));
    }

    void moreThanCapacityInOneBatch()
    {
        LogBufferModel model;
        model.setCapacity(100);
        model.append(numbered(1, 50));
        model.flush();
        model.append(numbered(51, 1000));
        QCOMPARE(model.queued(), 100);
        model.flush();
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.line(0), QStringLiteral("line 951"));
        QCOMPARE(model.line(99), QStringLiteral("line 1050"));
    }

    void appendsLandInOneBatchPerFlush()
    {
        LogBufferModel model;
        model.setFlushInterval(30);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy batches(&model, &LogBufferModel::batchAppended);
        for (int i = 0; i < 40; ++i)
            model.append(numbered(i * 10 + 1, 10));
        QCOMPARE(model.rowCount(), 0); // nothing yet: queued
        QVERIFY(batches.wait(5000));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(batches.first().first().toInt(), 400);
        QCOMPARE(model.rowCount(), 400);
    }

    void searchCountsHitsAsLinesComeAndGo()
    {
        LogBufferModel model;
        model.setCapacity(10);
        model.append(numbered(1, 5, QStringLiteral("INFO")) + numbered(1, 5, QStringLiteral("ERROR")));
        model.flush();
        QSignalSpy counts(&model, &LogBufferModel::matchCountChanged);
        model.setSearchText(QStringLiteral("error"));
        QCOMPARE(model.matchCount(), 5);
        QVERIFY(model.index(7).data(LogBufferModel::MatchRole).toBool());
        QVERIFY(!model.index(2).data(LogBufferModel::MatchRole).toBool());
        QCOMPARE(model.findNext(0), 5);
        QCOMPARE(model.findNext(6), 6);
        QCOMPARE(model.findNext(4, true), 9); // backwards, wrapping round
        // Five new INFO lines push the INFO ones out: the hits stay; five more push ERROR out.
        model.append(numbered(6, 5, QStringLiteral("INFO")));
        model.flush();
        QCOMPARE(model.matchCount(), 5);
        model.append(numbered(11, 5, QStringLiteral("INFO")));
        model.flush();
        QCOMPARE(model.matchCount(), 0);
        QCOMPARE(model.findNext(0), -1);
        QVERIFY(counts.size() >= 2);
    }

    void holdsAHundredThousandLines()
    {
        LogBufferModel model;
        QCOMPARE(model.capacity(), LogBufferModel::DefaultCapacity);
        for (int batch = 0; batch < 20; ++batch)
            model.append(numbered(batch * 6000 + 1, 6000));
        model.flush();
        QCOMPARE(model.rowCount(), 100000);
        QCOMPARE(model.line(99999), QStringLiteral("line 120000"));
        model.setSearchText(QStringLiteral("line 11999"));
        QCOMPARE(model.matchCount(), 10); // 119990..119999 (line 11999 itself was dropped)
    }

    void resyncSkipsWhatWasShown()
    {
        LogResync resync;
        for (const QString &line : numbered(1, 10))
            QCOMPARE(resync.take(line), QStringList{line});
        resync.beginResync();
        // The new stream replays lines 4..10, then goes on.
        QStringList shown;
        for (const QString &line : numbered(4, 12))
            shown += resync.take(line);
        QCOMPARE(shown, numbered(11, 5));
        QCOMPARE(resync.skipped(), 7);
    }

    void resyncDropsOlderLinesBeforeTheLastShown()
    {
        // Shown: the last two lines of a history (lines 9 and 10); the stream replays from 1.
        LogResync resync;
        resync.shown(QStringLiteral("line 9"));
        resync.shown(QStringLiteral("line 10"));
        resync.beginResync();
        QStringList shown;
        for (const QString &line : numbered(1, 14))
            shown += resync.take(line);
        QCOMPARE(shown, numbered(11, 4));
        QVERIFY(!resync.holding());
    }

    void resyncReleasesALogThatStartedAfresh()
    {
        LogResync resync;
        resync.shown(QStringLiteral("old 1"));
        resync.beginResync();
        QVERIFY(resync.take(QStringLiteral("restarted 1")).isEmpty());
        QVERIFY(resync.take(QStringLiteral("restarted 2")).isEmpty());
        QVERIFY(resync.holding());
        QCOMPARE(resync.release(), (QStringList{QStringLiteral("restarted 1"), QStringLiteral("restarted 2")}));
        QCOMPARE(resync.take(QStringLiteral("restarted 3")), QStringList{QStringLiteral("restarted 3")});
    }
};

QTEST_GUILESS_MAIN(TestLogBufferModel)
#include "tst_logbuffermodel.moc"
