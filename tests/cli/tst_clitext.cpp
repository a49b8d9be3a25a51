// CliText::table, the text tables of list, paused, history, prices and savings: every column as
// wide as its widest cell, two spaces between columns, no trailing spaces, cells on one line.
// Exact text, so that making it faster (issue 17, item 9) cannot change what scripts read.
#include "app/cli/clitext.h"

#include <QtTest>

class TestCliText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tableIsPaddedToTheWidestCell()
    {
        const QString text = CliText::table({QStringLiteral("NAME"), QStringLiteral("STATE"), QStringLiteral("NOTE")},
                                            {
                                                {QStringLiteral("chat"), QStringLiteral("Ready"), QStringLiteral("-")},
                                                {QStringLiteral("embedder-large"), QStringLiteral("Not Ready"),
                                                 QStringLiteral("two\n  lines")},
                                                {QStringLiteral("x"), QString(), QString()},
                                                {QStringLiteral("short-row")},
                                                {QStringLiteral("gr\u00fc\u00dfe"), QStringLiteral("Paused"),
                                                 QStringLiteral("  padded  ")},
                                            });
        QCOMPARE(text, QStringLiteral("NAME            STATE      NOTE\n"
                                      "chat            Ready      -\n"
                                      "embedder-large  Not Ready  two lines\n"
                                      "x\n"
                                      "short-row\n"
                                      "gr\u00fc\u00dfe           Paused     padded\n"));
    }

    void tableWithoutRowsIsItsHeader()
    {
        QCOMPARE(CliText::table({QStringLiteral("A"), QStringLiteral("BB")}, {}), QStringLiteral("A  BB\n"));
    }
};

QTEST_GUILESS_MAIN(TestCliText)
#include "tst_clitext.moc"
