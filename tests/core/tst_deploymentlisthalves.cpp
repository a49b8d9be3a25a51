// DeploymentList::parse reads a long list (over 256 kB) in two halves on two threads (issue 17,
// item 9: the CLI's list and the window's first table wait for it). The halves must join into
// exactly what one pass gives: the entries in the server's order, the entries that are not
// deployments counted, the unreadable ones named with their place in the whole list, and a
// list that is broken in its second half refused as before. Both details, both kinds.
#include "app/api/deployment.h"
#include "app/simulator/simulatorpopulation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {

// The population as separate compact texts, so that entries can be spliced in as raw bytes.
QList<QByteArray> populationTexts(int count)
{
    QList<QByteArray> texts;
    for (const QJsonObject &object : SimulatorPopulation::generate(count))
        texts.append(QJsonDocument(object).toJson(QJsonDocument::Compact));
    return texts;
}

QByteArray body(const QList<QByteArray> &texts)
{
    QByteArray out = "[\n";
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0)
            out += ",\n";
        out += texts.at(i);
    }
    return out + "\n]";
}

// An entry whose bytes are not UTF-8, named so the message says which.
QByteArray unreadableEntry(const char *name)
{
    return QByteArray("{\"metadata\":{\"name\":\"") + name + "\"},\"spec\":{\"container\":{\"image\":\"bad-"
        + QByteArray("\xff\xfe") + "\"}}}";
}

} // namespace

class TestDeploymentListHalves : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void halvesJoinInOrder_data()
    {
        QTest::addColumn<int>("detail");
        QTest::addColumn<int>("kind");
        QTest::newRow("full, endpoints") << int(DeploymentList::Detail::Full) << int(ResourceKind::Endpoint);
        QTest::newRow("summary, endpoints") << int(DeploymentList::Detail::Summary) << int(ResourceKind::Endpoint);
        QTest::newRow("summary, pods") << int(DeploymentList::Detail::Summary) << int(ResourceKind::Pod);
    }

    void halvesJoinInOrder()
    {
        QFETCH(int, detail);
        QFETCH(int, kind);
        QList<QByteArray> texts = populationTexts(600);
        // Trouble in both halves: entries that are not deployments, and unreadable ones.
        texts.insert(10, "{\"metadata\":{}}");
        texts.insert(20, unreadableEntry("early-bad"));
        texts.insert(450, "{\"spec\":{}}");
        texts.insert(520, unreadableEntry("late-bad"));
        const QByteArray whole = body(texts);
        QVERIFY2(whole.size() > 512 * 1024, "the list must be long enough to be split");

        QList<Deployment> list;
        QString why;
        int skipped = -1;
        QStringList unreadable;
        QVERIFY2(DeploymentList::parse(whole, &list, &why, &skipped, &unreadable, ResourceKind(kind),
                                       ApiGeneration::Legacy, DeploymentList::Detail(detail)),
                 qPrintable(why));
        QCOMPARE(skipped, 2);
        QCOMPARE(unreadable.size(), 2);
        QVERIFY2(unreadable.at(0).contains(QStringLiteral("early-bad")), qPrintable(unreadable.join(u'\n')));
        QVERIFY2(unreadable.at(1).contains(QStringLiteral("late-bad")), qPrintable(unreadable.join(u'\n')));

        // Every deployment, in the order the server sent them.
        QStringList expected;
        for (const QByteArray &text : std::as_const(texts)) {
            const QJsonObject object = QJsonDocument::fromJson(text).object();
            const QString name = object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
            if (!object.isEmpty() && !name.isEmpty())
                expected.append(name);
        }
        QStringList names;
        for (const Deployment &d : std::as_const(list))
            names.append(d.name);
        QCOMPARE(names, expected);
        QCOMPARE(names.size(), 600);
    }

    void anUnnamedUnreadableEntryIsCountedInTheWholeList()
    {
        QList<QByteArray> texts = populationTexts(600);
        texts.insert(500, QByteArray("{\"spec\":{\"x\":\"") + "\xff" + "\"}}");
        QList<Deployment> list;
        QString why;
        QStringList unreadable;
        QVERIFY2(DeploymentList::parse(body(texts), &list, &why, nullptr, &unreadable), qPrintable(why));
        QCOMPARE(unreadable.size(), 1);
        // Its place in the whole list, not in the half that read it.
        QVERIFY2(unreadable.first().contains(QStringLiteral("entry 501 ")), qPrintable(unreadable.first()));
        QCOMPARE(list.size(), 600);
    }

    void aListBrokenInItsSecondHalfIsRefused()
    {
        QList<QByteArray> texts = populationTexts(600);
        QByteArray broken = texts.at(550);
        broken.insert(broken.indexOf(':'), "\x01"); // a control character inside a key
        texts[550] = broken;
        QList<Deployment> list;
        QString why;
        QVERIFY(!DeploymentList::parse(body(texts), &list, &why));
        QVERIFY2(why.contains(QStringLiteral("not valid JSON")), qPrintable(why));
    }
};

QTEST_GUILESS_MAIN(TestDeploymentListHalves)
#include "tst_deploymentlisthalves.moc"
