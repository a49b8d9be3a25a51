// TokenExpiryNotice: when the console warns about a token's expiry, and in which words (the
// same for the window and the command line).
#include "app/credentials/tokenexpirynotice.h"

#include <QtTest>

class TestTokenExpiryNotice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void level_data()
    {
        QTest::addColumn<qint64>("secondsLeft");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("phrase");
        using L = TokenExpiryNotice::Level;
        QTest::newRow("30 days") << qint64(30 * 86400) << int(L::None) << QString();
        QTest::newRow("5 days") << qint64(5 * 86400 + 100) << int(L::None) << QString();
        QTest::newRow("three days and a minute") << qint64(3 * 86400 + 60) << int(L::None) << QString();
        QTest::newRow("exactly three days") << qint64(3 * 86400) << int(L::ExpiresSoon) << "expires in 3 days";
        QTest::newRow("2 days") << qint64(2 * 86400 + 100) << int(L::ExpiresSoon) << "expires in 2 days";
        QTest::newRow("20 h") << qint64(20 * 3600 + 100) << int(L::ExpiresSoon) << "expires in 20 h";
        QTest::newRow("now") << qint64(0) << int(L::Expired) << "expired 1 min ago";
        QTest::newRow("3 h ago") << qint64(-3 * 3600 - 5) << int(L::Expired) << "expired 3 h ago";
    }

    void level()
    {
        QFETCH(qint64, secondsLeft);
        QFETCH(int, level);
        QFETCH(QString, phrase);
        const QDateTime now = QDateTime::fromMSecsSinceEpoch(Q_INT64_C(1800000000000), Qt::UTC);
        const TokenExpiryNotice notice = TokenExpiryNotice::of(TokenLifetime(now.addSecs(secondsLeft)), now);
        QCOMPARE(int(notice.level()), level);
        QCOMPARE(notice.isEmpty(), level == int(TokenExpiryNotice::Level::None));
        QCOMPARE(notice.phrase(), phrase);
        const QString message = notice.message(QStringLiteral("prod"));
        if (notice.isEmpty()) {
            QVERIFY(message.isEmpty());
            return;
        }
        // The sentence names the workspace, says the phrase and the moment, and what to do.
        QVERIFY2(message.startsWith(QStringLiteral("The token for workspace prod %1 (").arg(phrase)), qPrintable(message));
        QVERIFY2(message.contains(now.addSecs(secondsLeft).toString(QStringLiteral("d MMM yyyy HH:mm 'UTC'"))), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Replace it")), qPrintable(message));
    }

    void unknownSaysNothing()
    {
        const TokenExpiryNotice notice = TokenExpiryNotice::of(TokenLifetime());
        QVERIFY(notice.isEmpty());
        QVERIFY(notice.phrase().isEmpty());
        QVERIFY(notice.message(QStringLiteral("prod")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenExpiryNotice)
#include "tst_tokenexpirynotice.moc"
