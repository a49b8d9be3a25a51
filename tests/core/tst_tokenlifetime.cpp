// TokenLifetime: which /tokens entry is the token in use, and how its expiry is told.
#include "app/api/tokenlifetime.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

class TestTokenLifetime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masks_data()
    {
        QTest::addColumn<QString>("masked");
        QTest::addColumn<bool>("matches");
        QTest::newRow("dots") << "ab...yz" << true;
        QTest::newRow("stars") << "ab****yz" << true;
        QTest::newRow("ellipsis") << QStringLiteral("ab\u2026yz") << true;
        QTest::newRow("prefix only") << "abc***" << true;
        QTest::newRow("other prefix") << "ac...yz" << false;
        QTest::newRow("other suffix") << "ab...yy" << false;
        QTest::newRow("nothing shown") << "******" << false;
        QTest::newRow("not masked") << "abcdefyz" << false;
        QTest::newRow("longer than the token") << "abcdefg...tuvwxyz" << false;
        QTest::newRow("empty") << "" << false;
    }

    void masks()
    {
        QFETCH(QString, masked);
        QFETCH(bool, matches);
        QCOMPARE(TokenLifetime::masks(masked, QStringLiteral("abcd-secret-wxyz")), matches);
    }

    void earliestOfSeveralMatches()
    {
        const QJsonArray answer {QJsonObject {{"masked_value", "ab...yz"}, {"expires_at", 2000000000000.0}},
                                 QJsonObject {{"masked_value", "ab...yz"}, {"expires_at", 1900000000000.0}},
                                 QJsonObject {{"masked_value", "xx...yz"}, {"expires_at", 1000.0}},
                                 QJsonObject {{"masked_value", "ab...yz"}},
                                 QJsonObject {{"masked_value", "ab...yz"}, {"expires_at", 0}}};
        const TokenLifetime lifetime = TokenLifetime::fromTokensAnswer(answer, QStringLiteral("ab-token-yz"));
        QVERIFY(lifetime.known());
        QCOMPARE(lifetime.expiresAt().toMSecsSinceEpoch(), Q_INT64_C(1900000000000));
        QVERIFY(!TokenLifetime::fromTokensAnswer(answer, QString()).known());
        QVERIFY(!TokenLifetime::fromTokensAnswer(QJsonObject(), QStringLiteral("ab-token-yz")).known());
    }

    void describe_data()
    {
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("soon");
        QTest::addColumn<bool>("expired");
        QTest::newRow("5 h") << qint64(5 * 3600 + 59) << "expires in 5 h" << true << false;
        QTest::newRow("12 min") << qint64(12 * 60 + 5) << "expires in 12 min" << true << false;
        QTest::newRow("30 s") << qint64(30) << "expires in 1 min" << true << false;
        QTest::newRow("exactly 3 days") << qint64(72 * 3600) << "expires in 3 days" << true << false;
        QTest::newRow("3 days and a minute") << qint64(72 * 3600 + 60) << "expires in 3 days" << false << false;
        QTest::newRow("10 days") << qint64(10 * 86400 + 10) << "expires in 10 days" << false << false;
        QTest::newRow("expired 2 h ago") << qint64(-2 * 3600 - 10) << "expired 2 h ago" << false << true;
        QTest::newRow("expiring now") << qint64(0) << "expired 1 min ago" << false << true;
    }

    void describe()
    {
        QFETCH(qint64, secondsLeft);
        QFETCH(QString, text);
        QFETCH(bool, soon);
        QFETCH(bool, expired);
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(Q_INT64_C(1800000000000), Qt::UTC);
        const TokenLifetime lifetime(now.addSecs(secondsLeft));
        QCOMPARE(lifetime.describe(now), text);
        QCOMPARE(lifetime.isExpiringSoon(now), soon);
        QCOMPARE(lifetime.isExpired(now), expired);
    }

    void unknown()
    {
        const TokenLifetime lifetime;
        QVERIFY(!lifetime.known());
        QVERIFY(lifetime.describe().isEmpty());
        QVERIFY(!lifetime.isExpiringSoon());
        QVERIFY(!lifetime.isExpired());
    }
};

QTEST_GUILESS_MAIN(TestTokenLifetime)
#include "tst_tokenlifetime.moc"
