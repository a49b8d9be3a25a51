// NoteTextFormatter: notes are plain text; only http(s) links become anchors, everything else
// is escaped so a note can never inject markup or a script link into the notes panel.
#include "app/notes/notetextformatter.h"

#include <QtTest>

class TestNoteTextFormatter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toHtml_data();
    void toHtml();
    void neverLinksUnsafeSchemes_data();
    void neverLinksUnsafeSchemes();
    void hrefCannotBreakOutOfTheAttribute();
    void snippet_data();
    void snippet();
};

void TestNoteTextFormatter::toHtml_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("html");

    QTest::newRow("plain") << QStringLiteral("waiting for the customer")
                           << QStringLiteral("waiting for the customer");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("script escaped")
        << QStringLiteral("<script>alert('x')</script> & \"q\"")
        << QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt; &amp; &quot;q&quot;");
    QTest::newRow("newlines") << QStringLiteral("one\ntwo\r\nthree\rfour")
                              << QStringLiteral("one<br/>two<br/>three<br/>four");
    QTest::newRow("indent kept") << QStringLiteral("list:\n  - a\n\t- b")
                                 << QStringLiteral("list:<br/>&nbsp;&nbsp;- a<br/>&nbsp;&nbsp;&nbsp;&nbsp;- b");
    QTest::newRow("https link")
        << QStringLiteral("see https://status.example.com/incidents/42")
        << QStringLiteral("see <a href=\"https://status.example.com/incidents/42\">"
                          "https://status.example.com/incidents/42</a>");
    QTest::newRow("http link, trailing full stop")
        << QStringLiteral("Ticket: http://jira.example.com/browse/OPS-7.")
        << QStringLiteral("Ticket: <a href=\"http://jira.example.com/browse/OPS-7\">"
                          "http://jira.example.com/browse/OPS-7</a>.");
    QTest::newRow("link in parentheses")
        << QStringLiteral("(https://example.com/a)")
        << QStringLiteral("(<a href=\"https://example.com/a\">https://example.com/a</a>)");
    QTest::newRow("balanced parenthesis kept")
        << QStringLiteral("https://en.wikipedia.org/wiki/Foo_(bar)")
        << QStringLiteral("<a href=\"https://en.wikipedia.org/wiki/Foo_(bar)\">"
                          "https://en.wikipedia.org/wiki/Foo_(bar)</a>");
    QTest::newRow("query with ampersand")
        << QStringLiteral("https://x.org/?a=1&b=2")
        << QStringLiteral("<a href=\"https://x.org/?a=1&amp;b=2\">https://x.org/?a=1&amp;b=2</a>");
    QTest::newRow("markdown link")
        << QStringLiteral("runbook: [Restart <gpu>](https://wiki.example.com/run)")
        << QStringLiteral("runbook: <a href=\"https://wiki.example.com/run\">Restart &lt;gpu&gt;</a>");
    QTest::newRow("autolink")
        << QStringLiteral("<https://example.com>")
        << QStringLiteral("<a href=\"https://example.com\">https://example.com</a>");
    QTest::newRow("upper-case scheme")
        << QStringLiteral("HTTPS://EXAMPLE.COM/X")
        << QStringLiteral("<a href=\"https://example.com/X\">HTTPS://EXAMPLE.COM/X</a>");
    QTest::newRow("two links over lines")
        << QStringLiteral("a https://a.io\n b https://b.io")
        << QStringLiteral("a <a href=\"https://a.io\">https://a.io</a><br/>&nbsp;b "
                          "<a href=\"https://b.io\">https://b.io</a>");
    QTest::newRow("scheme only") << QStringLiteral("https:// nothing")
                                 << QStringLiteral("https:// nothing");
}

void TestNoteTextFormatter::toHtml()
{
    QFETCH(QString, text);
    QFETCH(QString, html);
    QCOMPARE(NoteTextFormatter::toHtml(text), html);
}

void TestNoteTextFormatter::neverLinksUnsafeSchemes_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("javascript markdown") << QStringLiteral("[click](javascript:alert(1))");
    QTest::newRow("javascript bare") << QStringLiteral("javascript:alert(document.cookie)");
    QTest::newRow("javascript autolink") << QStringLiteral("<javascript:alert(1)>");
    QTest::newRow("file") << QStringLiteral("[passwd](file:///etc/passwd)");
    QTest::newRow("data") << QStringLiteral("[x](data:text/html,<script>alert(1)</script>)");
    QTest::newRow("raw anchor") << QStringLiteral("<a href=\"javascript:alert(1)\">x</a>");
    QTest::newRow("ftp") << QStringLiteral("ftp://example.com/file");
    QTest::newRow("ftp markdown") << QStringLiteral("[file](ftp://example.com/file)");
    QTest::newRow("javascript with a host") << QStringLiteral("[x](javascript://example.com/%0Aalert(1))");
    QTest::newRow("javascript autolink with a host") << QStringLiteral("<javascript://example.com/%0Aalert(1)>");
}

void TestNoteTextFormatter::neverLinksUnsafeSchemes()
{
    QFETCH(QString, text);
    const QString html = NoteTextFormatter::toHtml(text);
    QVERIFY2(!html.contains(QLatin1String("<a ")), qPrintable(html));
    QVERIFY2(!html.contains(u'<'), qPrintable(html)); // no markup at all, only escapes
}

void TestNoteTextFormatter::hrefCannotBreakOutOfTheAttribute()
{
    const QString html = NoteTextFormatter::toHtml(
        QStringLiteral("[x](https://evil.example.com/\"onmouseover=\"alert(1))"));
    // The quote is percent-encoded inside the href, or the link is not made at all.
    QVERIFY2(!html.contains(QLatin1String("\"onmouseover")), qPrintable(html));
    const QString bare = NoteTextFormatter::toHtml(QStringLiteral("https://a.io/x\"y"));
    QVERIFY2(!bare.contains(QLatin1String("x\"y")), qPrintable(bare));
}

void TestNoteTextFormatter::snippet_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("maxChars");
    QTest::addColumn<QString>("expected");

    QTest::newRow("short") << QStringLiteral("cost\nreview") << QStringLiteral("cost") << 80
                           << QStringLiteral("cost review");
    QTest::newRow("cut at end") << QStringLiteral("abcdefghijklmnopqrstuvwxyz") << QString() << 10
                                << QStringLiteral("abcdefghi…");
    QTest::newRow("around the hit")
        << QStringLiteral("0123456789 waiting for ACME to sign 0123456789") << QStringLiteral("acme") << 18
        << QStringLiteral("… for ACME to sig…");
    QTest::newRow("hit at the end")
        << QStringLiteral("0123456789012345678 end") << QStringLiteral("end") << 10
        << QStringLiteral("…45678 end");
}

void TestNoteTextFormatter::snippet()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(int, maxChars);
    QFETCH(QString, expected);
    const QString result = NoteTextFormatter::snippet(text, needle, maxChars);
    QCOMPARE(result, expected);
    QVERIFY(result.size() <= maxChars);
}

QTEST_GUILESS_MAIN(TestNoteTextFormatter)
#include "tst_notetextformatter.moc"
