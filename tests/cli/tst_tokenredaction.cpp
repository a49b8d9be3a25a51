// TokenRedaction and CliOutput: a real token is cut wherever it appears; a token that could
// be an ordinary word is cut where it stands as the credential and nowhere else.
#include "app/api/tokenredaction.h"
#include "app/cli/clioutput.h"

#include <QTemporaryFile>
#include <QtTest>

#include <cstdio>

class TestTokenRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void distinctive_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("distinctive");
        QTest::newRow("word") << "error" << false;
        QTest::newRow("long word") << "unauthorized" << false;
        QTest::newRow("hyphenated words") << "demo-token" << false;
        QTest::newRow("short with digits") << "ab12" << false;
        QTest::newRow("digits") << "tok-S3CRET-cli-7f3a9b21" << true;
        QTest::newRow("letters, mixed inside") << "XvQpLmNrTa" << true;
        QTest::newRow("symbol") << "abc:defgh" << true;
        QTest::newRow("long letters only") << "abcdefghijklmnopqrstu" << true;
        QTest::newRow("nvapi") << "nvapi-Zq7Xv3Nw9Rb2Kd5Ht8Jm4Pc6Ls1Fg0Ye" << true;
    }

    void distinctive()
    {
        QFETCH(QString, secret);
        QFETCH(bool, distinctive);
        QCOMPARE(TokenRedaction::isDistinctive(secret), distinctive);
    }

    void redact_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString hidden = TokenRedaction::placeholder();
        // A word-like token: the word stays a word.
        QTest::newRow("word in prose") << "error" << "an error occurred" << "an error occurred";
        QTest::newRow("word as a JSON key") << "error" << "{\"error\": null}" << "{\"error\": null}";
        QTest::newRow("word inside a word") << "error" << "errors and terrors" << "errors and terrors";
        // ... and hidden where it is the credential.
        QTest::newRow("bearer") << "error" << "request error; Authorization: Bearer error; done"
                                << "request error; Authorization: Bearer " + hidden + "; done";
        QTest::newRow("token=") << "error" << "retry with token=error&x=1" << "retry with token=" + hidden + "&x=1";
        QTest::newRow("json token") << "error" << "{\"api_token\": \"error\"}" << "{\"api_token\": \"" + hidden + "\"}";
        QTest::newRow("short token as credential") << "abc" << "Bearer abc" << "Bearer " + hidden;
        QTest::newRow("bearer, a longer word") << "error" << "Bearer errors" << "Bearer errors";
        // A real token: everywhere, also inside other text or split.
        QTest::newRow("real, in prose") << "tok-S3CRET-cli-7f3a9b21" << "your tok-S3CRET-cli-7f3a9b21 is bad"
                                        << "your " + hidden + " is bad";
        QTest::newRow("real, glued") << "tok-S3CRET-cli-7f3a9b21" << "xtok-S3CRET-cli-7f3a9b21y" << "x" + hidden + "y";
        QTest::newRow("real, split") << "tok-S3CRET-cli-7f3a9b21" << "Bearer tok-S3CRET\n-cli-7f3a9b21 ok"
                                     << "Bearer " + hidden + " ok";
    }

    void redact()
    {
        QFETCH(QString, secret);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(TokenRedaction::redact(text, secret), expected);
    }

    // What the command line prints goes through the same rule.
    void cliOutput()
    {
        QTemporaryFile outFile;
        QVERIFY(outFile.open());
        std::FILE *out = std::fopen(QFile::encodeName(outFile.fileName()).constData(), "w");
        QVERIFY(out);
        {
            CliOutput output(out, out);
            output.addSecret(QStringLiteral("error"));
            output.print(QStringLiteral("{\"error\": null}"));
            output.error(QStringLiteral("server said: Bearer error refused"));
        }
        std::fclose(out);
        const QString written = QString::fromUtf8(outFile.readAll());
        QVERIFY2(written.contains(QStringLiteral("{\"error\": null}")), qPrintable(written));
        QVERIFY2(written.contains(QStringLiteral("Bearer [token hidden] refused")), qPrintable(written));
    }
};

QTEST_GUILESS_MAIN(TestTokenRedaction)
#include "tst_tokenredaction.moc"
