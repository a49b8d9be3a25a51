#pragma once

// The bodies tst_deploymentsummary reads both ways (kept out of the test's source: moc does
// not follow raw string literals).
#include <QByteArray>
#include <QtTest>

inline void addDeploymentSummaryEdgeRows()
{
    QTest::newRow("escapes in kept strings") << QByteArray(
        R"([{"metadata":{"name":"caf\u00e9-\"q\"","id":"x\/y"},"spec":{"container":{"image":"a\\b","envs":[{"name":"K","value":"\u20ac"}]},"resource_requirement":{"resource_shape":"gpu.a10","min_replicas":2,"max_replicas":4}},"status":{"state":"Running"}}])");
    QTest::newRow("key written with escapes") << QByteArray(
        R"([{"metadata":{"name":"a"},"sp\u0065c":{"is_pod":true,"resource_requirement":{"min_replicas":0}},"status":{"st\u0061te":"Stopped"}}])");
    QTest::newRow("duplicate members") << QByteArray(
        R"([{"metadata":{"name":"a"},"metadata":{"name":"b"},"spec":{"resource_requirement":{"min_replicas":1}},"spec":{"is_pod":false}}])");
    QTest::newRow("wrong types") << QByteArray(
        R"([{"metadata":{"name":"a","version":"7"},"spec":{"container":"nope","resource_requirement":[1],"auto_scaler":null,"is_pod":1},"status":{"state":5,"autoscaler_status":{"desired_replicas":"2"},"endpoint":[]}}])");
    QTest::newRow("numbers and literals skipped") << QByteArray(
        R"([{"metadata":{"name":"a"},"extra":[-0.5e+3,1E2,0,true,false,null,{},[],""],"spec":{"auto_scaler":{"scale_down":{"no_traffic_timeout":1e300}}}}])");
    QTest::newRow("no name: skipped") << QByteArray(R"([{"metadata":{}},{"metadata":{"name":"b"}}])");
    QTest::newRow("whitespace everywhere") << QByteArray(
        "[ {\n \"metadata\" : { \"name\" : \"a\" } ,\t\"spec\" : { \"is_pod\" : true } , \"status\" : { } } ]");
    QTest::newRow("broken in a skipped member") << QByteArray(
        R"([{"metadata":{"name":"a"},"spec":{"container":{"envs":[tru]}}},{"metadata":{"name":"b"}}])");
    QTest::newRow("bad number in a skipped member") << QByteArray(
        R"([{"metadata":{"name":"a"},"spec":{"container":{"ports":[01]}}}])");
    QTest::newRow("bad escape in a skipped member") << QByteArray(
        R"([{"metadata":{"name":"a"},"spec":{"container":{"command":["\q"]}}}])");
    QTest::newRow("control character in a skipped member") << QByteArray(
        "[{\"metadata\":{\"name\":\"a\"},\"spec\":{\"container\":{\"command\":[\"a\tb\"]}}}]");
    QTest::newRow("invalid UTF-8 in a skipped member") << QByteArray(
        "[{\"metadata\":{\"name\":\"a\"},\"spec\":{\"container\":{\"command\":[\"\xff\"]}}},{\"metadata\":{\"name\":\"b\"}}]");
    QTest::newRow("not objects") << QByteArray(R"([1,"x"])");
    QTest::newRow("deep nesting skipped")
        << (QByteArray(R"([{"metadata":{"name":"a"},"x":)") + QByteArray(70, '[') + QByteArray(70, ']') + "}]");
}
