// LogCapture: what goes through qDebug/qWarning is kept for the log window and never holds a
// token, whatever shape it comes in; the debug switch turns lepton.* debug output on and off.
#include "app/diagnostics/logcapture.h"
#include "app/diagnostics/loggingcategories.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

class TestLogCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(LogCapture::install());
        QVERIFY(!LogCapture::install()); // once
        QVERIFY(LogCapture::isInstalled());
    }

    void cleanupTestCase() { LogCapture::uninstall(); }

    void init() { LogCapture::instance()->clear(); }

    void redaction_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("kept"); // what must still be readable

        QTest::newRow("authorization header")
            << "GET /api/v2/deployments Authorization: Bearer abc123def456ghi" << "abc123def456ghi"
            << "GET /api/v2/deployments Authorization: [redacted]";
        QTest::newRow("authorization in JSON")
            << "{\"Authorization\": \"Bearer sk-short\"}" << "sk-short" << "\"Authorization\": \"";
        QTest::newRow("bare bearer") << "curl -H 'Bearer tok.en-with:colon'" << "tok.en-with:colon" << "Bearer [redacted]";
        QTest::newRow("basic auth") << "authorization=Basic dXNlcjpwYXNz" << "dXNlcjpwYXNz" << "authorization=[redacted]";
        QTest::newRow("token=") << "https://x.example/?token=s3cr3t&page=2" << "s3cr3t" << "token=[redacted]&page=2";
        QTest::newRow("json token") << "{\"token\":\"hunter2\",\"name\":\"ws\"}" << "hunter2" << "\"name\":\"ws\"";
        QTest::newRow("api_token") << "api_token: qwerty99" << "qwerty99" << "api_token: [redacted]";
        QTest::newRow("environment") << "LEPTON_API_TOKEN=abcdefg" << "abcdefg" << "LEPTON_API_TOKEN=[redacted]";
        QTest::newRow("password") << "password = 'pa55word'" << "pa55word" << "password = '[redacted]'";
        QTest::newRow("long random string")
            << "credential ws-prod:Xk29fPq81LmZa0Rt7Yb3Nc6Vd4Ew5" << "Xk29fPq81LmZa0Rt7Yb3Nc6Vd4Ew5" << "credential ws-prod:";
        QTest::newRow("hex token")
            << "token is 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" << "9f86d081884c7d659a2f"
            << "token is [redacted]";
    }

    void redaction()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        const QString redacted = LogCapture::redact(text);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY2(redacted.contains(kept), qPrintable(redacted));
        QVERIFY2(redacted.contains(LogCapture::redactedMarker()), qPrintable(redacted));
        QCOMPARE(LogCapture::redact(redacted), redacted); // stable
    }

    void ordinaryTextStaysReadable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("request line") << "GET /api/v2/workspaces/ws-prod-1/deployments/llama-3-8b-instruct 200 12 ms";
        QTest::newRow("uuid") << "replica 123e4567-e89b-12d3-a456-426614174000 is ready";
        QTest::newRow("long word") << "internationalisationconfiguration failed";
        QTest::newRow("long name with a digit") << "deployment llama3instructquantizedmodel scaled";
        QTest::newRow("token word") << "the token was refused (401); ask for a new one";
        QTest::newRow("settings key") << "workspaces/ws1/tableHeader restored";
    }

    void ordinaryTextStaysReadable()
    {
        QFETCH(QString, text);
        QCOMPARE(LogCapture::redact(text), text);
    }

    void registeredSecretsAreRedactedWhateverTheirShape()
    {
        const QString token = QStringLiteral("demo-token");
        QCOMPARE(LogCapture::redact(QStringLiteral("using demo-token")), QStringLiteral("using demo-token"));
        LogCapture::addSecret(token);
        QCOMPARE(LogCapture::redact(QStringLiteral("using demo-token")), QStringLiteral("using [redacted]"));
        LogCapture::removeSecret(token);
        LogCapture::addSecret(QStringLiteral("ab")); // too short to hunt for
        QCOMPARE(LogCapture::redact(QStringLiteral("tab")), QStringLiteral("tab"));
    }

    void tokensPassedThroughQWarningNeverReachTheLog()
    {
        QSignalSpy added(LogCapture::instance(), &LogCapture::entryAdded);
        const QString token = QStringLiteral("Zq81xLmP0aR7tYb3Nc6Vd4Ew5Fg2Hj9K");
        const QByteArray header = "Authorization: Bearer abc123secretvalue";

        // What Qt Test's own handler receives is the redacted text too.
        QTest::ignoreMessage(QtWarningMsg, "request failed with Authorization: [redacted]");
        qWarning() << "request failed with" << header.constData();
        QTest::ignoreMessage(QtWarningMsg, "workspace token \"[redacted]\"");
        qWarning() << "workspace token" << token;
        QTest::ignoreMessage(QtWarningMsg, "retrying with token=[redacted]");
        qCWarning(lcApi, "retrying with token=%s", "hunter2hunter2");

        QCOMPARE(added.size(), 3);
        const QString text = LogCapture::instance()->text();
        QVERIFY2(!text.contains(QLatin1String("abc123secretvalue")), qPrintable(text));
        QVERIFY2(!text.contains(token), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("hunter2")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("warning lepton.api: retrying with token=[redacted]")));

        const auto entries = LogCapture::instance()->entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(2).category, QStringLiteral("lepton.api"));
        QCOMPARE(entries.at(2).type, QtWarningMsg);
    }

    void messagesFromOtherThreads()
    {
        QSignalSpy added(LogCapture::instance(), &LogCapture::entryAdded);
        std::unique_ptr<QThread> thread(QThread::create([] { qCWarning(lcStore) << "from a worker: password=xyz"; }));
        QTest::ignoreMessage(QtWarningMsg, "from a worker: password=[redacted]");
        thread->start();
        QVERIFY(thread->wait(5000));
        QTRY_COMPARE(added.size(), 1); // delivered in this thread
        QVERIFY(LogCapture::instance()->text().contains(QLatin1String("from a worker")));
    }

    void bufferIsBounded()
    {
        LogCapture *capture = LogCapture::instance();
        const int capacity = capture->capacity();
        capture->setCapacity(3);
        for (int i = 0; i < 5; ++i)
            capture->record(QtInfoMsg, QStringLiteral("lepton.ui"), QStringLiteral("line %1").arg(i));
        const auto entries = capture->entries();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.first().message, QStringLiteral("line 2"));
        QCOMPARE(entries.last().message, QStringLiteral("line 4"));
        capture->setCapacity(capacity);
    }

    void debugSwitch()
    {
        QVERIFY(!LogCapture::debugLogging());
        QVERIFY(!lcUi().isDebugEnabled());
        QVERIFY(!lcApi().isDebugEnabled());
        QSignalSpy changed(LogCapture::instance(), &LogCapture::debugLoggingChanged);

        LogCapture::setDebugLogging(true);
        QCOMPARE(changed.size(), 1);
        QVERIFY(lcUi().isDebugEnabled());
        QVERIFY(lcStore().isDebugEnabled());
        QVERIFY(lcApi().isDebugEnabled());
        QVERIFY(lcPause().isDebugEnabled());
        const QLoggingCategory qtCategory("qt.lepton.test");
        QVERIFY(!qtCategory.isDebugEnabled()); // Qt's own categories are left as they were

        QTest::ignoreMessage(QtDebugMsg, "now visible Bearer [redacted]");
        qCDebug(lcUi) << "now visible" << "Bearer abc.def";
        QVERIFY(LogCapture::instance()->text().contains(QLatin1String("debug lepton.ui: now visible")));

        LogCapture::setDebugLogging(true); // no change, no signal
        QCOMPARE(changed.size(), 1);
        LogCapture::setDebugLogging(false);
        QCOMPARE(changed.size(), 2);
        QVERIFY(!lcUi().isDebugEnabled());
        QVERIFY(!lcApi().isDebugEnabled());
    }

    void echoOffKeepsMessagesInTheLogOnly()
    {
        // lepton-console-cli: Qt's lines must not reach stderr (the previous handler, here
        // Qt Test's), while the log still has them.
        QVERIFY(LogCapture::echo());
        LogCapture::setEcho(false);
        QTest::failOnWarning(QRegularExpression(QStringLiteral("kept in the log only")));
        qWarning("kept in the log only, token=abc123");
        LogCapture::setEcho(true);
        QVERIFY(LogCapture::instance()->text().contains(QLatin1String("kept in the log only, token=[redacted]")));

        // On again: passed on, redacted.
        QTest::ignoreMessage(QtWarningMsg, "echoed again, token=[redacted]");
        qWarning("echoed again, token=abc123");
    }
};

QTEST_GUILESS_MAIN(TestLogCapture)
#include "tst_logcapture.moc"
