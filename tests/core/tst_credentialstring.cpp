#include "app/credentials/credentialstring.h"

#include <QTest>

class TestCredentialString : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void errorsNeverQuoteTheToken_data();
    void errorsNeverQuoteTheToken();
    void workspaceIds_data();
    void workspaceIds();
};

using Error = CredentialString::Error;

void TestCredentialString::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("workspaceId");
    QTest::addColumn<QString>("token");

    const QString none;
    QTest::newRow("good") << "ws1:tok123" << Error::None << "ws1" << "tok123";
    QTest::newRow("realistic") << "abc1def2:nvapi-AbC_d3f.G-hij" << Error::None << "abc1def2"
                               << "nvapi-AbC_d3f.G-hij";
    QTest::newRow("surrounding spaces") << "   ws1:tok   " << Error::None << "ws1" << "tok";
    QTest::newRow("surrounding tabs") << "\tws1:tok\t" << Error::None << "ws1" << "tok";
    QTest::newRow("newline at end") << "ws1:tok\n" << Error::None << "ws1" << "tok";
    QTest::newRow("crlf at end") << "ws1:tok\r\n" << Error::None << "ws1" << "tok";
    QTest::newRow("newlines around") << "\n\nws1:tok\n\n" << Error::None << "ws1" << "tok";
    QTest::newRow("bom and zero-width space around")
        << QString(QChar(0xFEFF)) + "ws1:tok" + QChar(0x200B) << Error::None << "ws1" << "tok";
    // The SDK splits at the first colon (credentials.split(":", 1)).
    QTest::newRow("token containing a colon") << "ws1:ab:cd" << Error::None << "ws1" << "ab:cd";
    QTest::newRow("token ending with a colon") << "ws1:abc:" << Error::None << "ws1" << "abc:";
    QTest::newRow("url-like token keeps its colons")
        << "ws1:tok:https://x" << Error::None << "ws1" << "tok:https://x";

    QTest::newRow("empty") << "" << Error::Empty << none << none;
    QTest::newRow("only whitespace") << " \n\t " << Error::Empty << none << none;
    QTest::newRow("missing colon") << "justatoken" << Error::MissingColon << none << none;
    QTest::newRow("missing colon with spaces") << "  ws1 tok  " << Error::MissingColon << none << none;
    QTest::newRow("empty id") << ":tok" << Error::EmptyWorkspaceId << none << none;
    QTest::newRow("empty token") << "ws1:" << Error::EmptyToken << none << none;
    QTest::newRow("empty both") << ":" << Error::EmptyWorkspaceId << none << none;
    QTest::newRow("empty token after trim") << "ws1:   " << Error::EmptyToken << none << none;
    QTest::newRow("space in token") << "ws1:to k" << Error::WhitespaceInside << none << none;
    QTest::newRow("newline in token") << "ws1:to\nk" << Error::WhitespaceInside << none << none;
    QTest::newRow("space after colon") << "ws1: tok" << Error::WhitespaceInside << none << none;
    QTest::newRow("space before colon") << "ws1 :tok" << Error::WhitespaceInside << none << none;
    QTest::newRow("space in id") << "ws 1:tok" << Error::WhitespaceInside << none << none;
    QTest::newRow("tab in id") << "ws\t1:tok" << Error::WhitespaceInside << none << none;
    QTest::newRow("slash in id") << "ws/1:tok" << Error::InvalidWorkspaceId << none << none;
    QTest::newRow("dot-dot id") << "..:tok" << Error::InvalidWorkspaceId << none << none;
    QTest::newRow("control char in token") << QString("ws1:to") + QChar(0x07) + "k"
                                           << Error::InvalidToken << none << none;
    QTest::newRow("zero-width space inside token")
        << QString("ws1:to") + QChar(0x200B) + "k" << Error::InvalidToken << none << none;
    QTest::newRow("non-ascii token") << QString("ws1:tök") << Error::InvalidToken << none << none;
}

void TestCredentialString::parse()
{
    QFETCH(QString, input);
    QFETCH(Error, error);
    QFETCH(QString, workspaceId);
    QFETCH(QString, token);

    const CredentialString::Result result = CredentialString::parse(input);
    QCOMPARE(result.error, error);
    QCOMPARE(result.isValid(), error == Error::None);
    QCOMPARE(result.workspaceId, workspaceId);
    QCOMPARE(result.token, token);
    if (error == Error::None)
        QVERIFY(result.errorMessage.isEmpty());
    else
        QVERIFY2(result.errorMessage.size() > 20, qPrintable(result.errorMessage));
}

void TestCredentialString::errorsNeverQuoteTheToken_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("secret");

    QTest::newRow("bare token, no colon") << "SECRETtoken123" << "SECRETtoken123";
    QTest::newRow("space inside token") << "ws1:SECRET token123" << "SECRET";
    QTest::newRow("control char in token") << QString("ws1:SECRET") + QChar(0x01) << "SECRET";
    QTest::newRow("bad id, token after") << "w/s:SECRETtoken123" << "SECRETtoken123";
    QTest::newRow("space in id") << "w s:SECRETtoken123" << "SECRETtoken123";
}

void TestCredentialString::errorsNeverQuoteTheToken()
{
    QFETCH(QString, input);
    QFETCH(QString, secret);
    const CredentialString::Result result = CredentialString::parse(input);
    QVERIFY(!result.isValid());
    QVERIFY2(!result.errorMessage.contains(secret), qPrintable(result.errorMessage));
    QVERIFY(result.token.isEmpty());
}

void TestCredentialString::workspaceIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("lower alnum") << "abc123" << true;
    QTest::newRow("mixed") << "My-ws_1.prod" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("dot") << "." << false;
    QTest::newRow("dotdot") << ".." << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("question") << "a?b" << false;
    QTest::newRow("percent") << "a%2Fb" << false;
    QTest::newRow("unicode letter") << "wö" << false;
}

void TestCredentialString::workspaceIds()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(CredentialString::isValidWorkspaceId(id), valid);
}

QTEST_GUILESS_MAIN(TestCredentialString)
#include "tst_credentialstring.moc"
