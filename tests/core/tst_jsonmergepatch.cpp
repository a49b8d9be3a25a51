// RFC 7386 merge patch: the examples of the RFC, and diff() producing minimal patches
// that apply() turns back into the target.
#include "app/common/jsonmergepatch.h"

#include <QJsonDocument>
#include <QtTest>

class TestJsonMergePatch : public QObject
{
    Q_OBJECT

    static QJsonObject obj(const char *json) { return QJsonDocument::fromJson(json).object(); }

private Q_SLOTS:
    void rfcExamples_data()
    {
        QTest::addColumn<QJsonObject>("target");
        QTest::addColumn<QJsonObject>("patch");
        QTest::addColumn<QJsonObject>("result");
        QTest::newRow("replace") << obj(R"({"a":"b"})") << obj(R"({"a":"c"})") << obj(R"({"a":"c"})");
        QTest::newRow("add") << obj(R"({"a":"b"})") << obj(R"({"b":"c"})") << obj(R"({"a":"b","b":"c"})");
        QTest::newRow("remove") << obj(R"({"a":"b"})") << obj(R"({"a":null})") << obj(R"({})");
        QTest::newRow("remove one of two") << obj(R"({"a":"b","b":"c"})") << obj(R"({"a":null})") << obj(R"({"b":"c"})");
        QTest::newRow("array replaced") << obj(R"({"a":["b"]})") << obj(R"({"a":"c"})") << obj(R"({"a":"c"})");
        QTest::newRow("nested") << obj(R"({"a":{"b":"c"}})") << obj(R"({"a":{"b":"d","c":null}})") << obj(R"({"a":{"b":"d"}})");
        QTest::newRow("object over scalar") << obj(R"({"a":1})") << obj(R"({"a":{"b":null,"c":2}})") << obj(R"({"a":{"c":2}})");
        QTest::newRow("deep keep") << obj(R"({"spec":{"x":1,"r":{"min":1,"max":3}}})")
                                   << obj(R"({"spec":{"r":{"min":0}}})")
                                   << obj(R"({"spec":{"x":1,"r":{"min":0,"max":3}}})");
    }

    void rfcExamples()
    {
        QFETCH(QJsonObject, target);
        QFETCH(QJsonObject, patch);
        QFETCH(QJsonObject, result);
        QCOMPARE(JsonMergePatch::apply(target, patch), result);
    }

    void diffIsMinimal_data()
    {
        QTest::addColumn<QJsonObject>("from");
        QTest::addColumn<QJsonObject>("to");
        QTest::addColumn<QJsonObject>("expected");
        QTest::newRow("same") << obj(R"({"a":{"b":1}})") << obj(R"({"a":{"b":1}})") << obj("{}");
        QTest::newRow("one deep change") << obj(R"({"spec":{"c":{"image":"a","ports":[1]},"e":[1]}})")
                                         << obj(R"({"spec":{"c":{"image":"b","ports":[1]},"e":[1]}})")
                                         << obj(R"({"spec":{"c":{"image":"b"}}})");
        QTest::newRow("removal") << obj(R"({"a":1,"b":2})") << obj(R"({"a":1})") << obj(R"({"b":null})");
        QTest::newRow("array change") << obj(R"({"a":[1,2]})") << obj(R"({"a":[1,3]})") << obj(R"({"a":[1,3]})");
        QTest::newRow("new object") << obj(R"({})") << obj(R"({"a":{"b":1}})") << obj(R"({"a":{"b":1}})");
        QTest::newRow("null value added") << obj(R"({})") << obj(R"({"a":0})") << obj(R"({"a":0})");
    }

    void diffIsMinimal()
    {
        QFETCH(QJsonObject, from);
        QFETCH(QJsonObject, to);
        QFETCH(QJsonObject, expected);
        const QJsonObject patch = JsonMergePatch::diff(from, to);
        QCOMPARE(patch, expected);
        QCOMPARE(JsonMergePatch::apply(from, patch), to);
    }
};

QTEST_GUILESS_MAIN(TestJsonMergePatch)
#include "tst_jsonmergepatch.moc"
