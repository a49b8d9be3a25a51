// The status bar's store indicator, on real stores: a local file, a team store on the
// throwaway PostgreSQL server of scripts/test (LEPTON_TEST_PG_URI), and a team store whose
// server does not answer (a closed port on 127.0.0.1). It says in words which store this is and
// whether changes go through; the tooltip carries the location and the server's error.
#include "app/storage/postgres/postgresstorage.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "tests/storage/teststores.h"
#include "tests/support/scratchfolder.h"
#include "ui/settings/storestatusindicator.h"

#include <QTcpServer>
#include <QtTest>

class TestStoreStatusIndicator : public QObject
{
    Q_OBJECT

private:
    ScratchFolder m_dir;
    TestStores m_stores;

private Q_SLOTS:
    void init() { QVERIFY2(m_dir.renew(), qPrintable(m_dir.errorString())); }
    void cleanup()
    {
        m_stores.reset();
        m_dir.remove();
    }

    void localFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("console.sqlite"));
        SqliteStorage storage(path);
        StoreStatusIndicator indicator;
        indicator.setStorage(&storage);
        QTRY_COMPARE(indicator.text(), QStringLiteral("This computer"));
        QCOMPARE(indicator.accessibleName(), QStringLiteral("Store: This computer"));
        QVERIFY2(indicator.toolTip().contains(path), qPrintable(indicator.toolTip()));
    }

    void liveTeamStore()
    {
        if (TestStores::serverUri().isEmpty())
            QSKIP("LEPTON_TEST_PG_URI is not set: run under scripts/test, which starts a throwaway PostgreSQL.");
        m_stores.useBackend(QStringLiteral("postgres"));
        const QString uri = m_stores.location(QStringLiteral("team"));
        QVERIFY2(!uri.isEmpty(), qPrintable(m_stores.errorString()));
        const QString database = QUrl(uri).path().mid(1);
        PostgresStorage storage(uri);
        StoreStatusIndicator indicator;
        indicator.setStorage(&storage);
        QVERIFY2(indicator.text().startsWith(QStringLiteral("Team store: connecting to %1").arg(database)),
                 qPrintable(indicator.text()));
        QTRY_VERIFY_WITH_TIMEOUT(indicator.text().endsWith(QStringLiteral("· live")), 20000);
        QVERIFY2(indicator.text().startsWith(QStringLiteral("Team store: %1 on /").arg(database)), qPrintable(indicator.text()));
        QVERIFY(indicator.accessibleName().contains(indicator.text()));
    }

    // The server is not there: the text says so, with the time it was first seen gone, and
    // what that means; the tooltip has the server library's own words.
    void unreachableTeamStore()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const int port = probe.serverPort();
        probe.close();
        PostgresStorage storage(QStringLiteral("postgresql://lepton:s3cret-pw@127.0.0.1:%1/lepton?sslmode=disable").arg(port));
        StoreStatusIndicator indicator;
        indicator.setStorage(&storage);
        QTRY_VERIFY_WITH_TIMEOUT(indicator.text().startsWith(QStringLiteral("Team store unreachable since ")), 20000);
        QVERIFY2(indicator.text().endsWith(QStringLiteral(": changes are refused, nothing is paused")), qPrintable(indicator.text()));
        QVERIFY2(indicator.toolTip().contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(indicator.toolTip()));
        QVERIFY2(indicator.toolTip().contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(indicator.toolTip()));
        QVERIFY2(!indicator.toolTip().contains(QStringLiteral("s3cret-pw")), "no password in the tooltip");
        QVERIFY(indicator.accessibleName().contains(QStringLiteral("unreachable")));
    }
};

QTEST_MAIN(TestStoreStatusIndicator)
#include "tst_storestatusindicator.moc"
