// ReplicaRange: the one way a replica range is written (the CLI's list, status, paused and
// messages, and the window after the merge), and EditDistance, the "did you mean" measure.
#include "app/common/editdistance.h"
#include "app/deployments/replicarange.h"

#include <QtTest>

class TestReplicaRange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void text_data()
    {
        QTest::addColumn<int>("min"); // -1: not given
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("expected");
        QTest::newRow("range") << 1 << 3 << QStringLiteral("1\u20133");
        QTest::newRow("from zero") << 0 << 4 << QStringLiteral("0\u20134");
        QTest::newRow("min equals max") << 2 << 2 << QStringLiteral("2");
        QTest::newRow("five fixed") << 5 << 5 << QStringLiteral("5");
        QTest::newRow("no max") << 1 << -1 << QStringLiteral("1");
        QTest::newRow("paused, fixed") << 0 << 0 << QStringLiteral("0");
        QTest::newRow("no min: the API's 0") << -1 << 3 << QStringLiteral("0\u20133");
        QTest::newRow("nothing known") << -1 << -1 << QString();
        QTest::newRow("max below min, shown as it is") << 3 << 1 << QStringLiteral("3\u20131");
    }

    void text()
    {
        QFETCH(int, min);
        QFETCH(int, max);
        QFETCH(QString, expected);
        const auto given = [](int n) { return n < 0 ? std::nullopt : std::optional<int>(n); };
        QCOMPARE(ReplicaRange::text(given(min), given(max)), expected);
    }

    void editDistance_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("distance");
        QTest::newRow("same") << "chat" << "chat" << 0;
        QTest::newRow("swap of neighbours") << "chta" << "chat" << 1;
        QTest::newRow("one missing") << "satus" << "status" << 1;
        QTest::newRow("one extra") << "pausee" << "pause" << 1;
        QTest::newRow("one wrong") << "chot" << "chat" << 1;
        QTest::newRow("empty") << "" << "abc" << 3;
        QTest::newRow("far") << "zzzz" << "chat" << 4;
    }

    void editDistance()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, distance);
        QCOMPARE(EditDistance::between(a, b), distance);
        QCOMPARE(EditDistance::between(b, a), distance);
    }

    void closest()
    {
        const QStringList commands {"list", "status", "pause", "resume", "paused", "notes", "set-replicas"};
        QCOMPARE(EditDistance::closest("lsit", commands), QStringLiteral("list"));
        QCOMPARE(EditDistance::closest("pasued", commands), QStringLiteral("paused"));
        QCOMPARE(EditDistance::closest("paus", commands), QStringLiteral("pause"));
        QCOMPARE(EditDistance::closest("frobnicate", commands), QString());
        QCOMPARE(EditDistance::closest("list", commands), QString()); // no typo
        QCOMPARE(EditDistance::closest("", commands), QString());
        // Short words allow one slip only: "ab" is not "list".
        QCOMPARE(EditDistance::closest("ab", commands), QString());
        QCOMPARE(EditDistance::closest("REDY", {"Ready", "Not Ready"}, Qt::CaseInsensitive), QStringLiteral("Ready"));
        QCOMPARE(EditDistance::closest("REDY", {"Ready", "Not Ready"}, Qt::CaseSensitive), QString());
    }
};

QTEST_GUILESS_MAIN(TestReplicaRange)
#include "tst_replicarange.moc"
