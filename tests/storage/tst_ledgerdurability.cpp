// The ledger's durability settings on the connections the console and lepton-console-cli open
// (both go through LocalDatabase): WAL, so the window and the CLI can write at once, and
// synchronous=FULL, so a committed pause survives a power cut, not only a killed process.
// PRAGMA synchronous is per connection, so it is read on each connection, never assumed.
// Note: Debian's SQLite defaults to FULL already (DEFAULT_SYNCHRONOUS=2); the test pins the
// effective setting, so weakening it to NORMAL or OFF fails here.
#include "app/storage/sqlite/notestable.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/storage/sqlite/localdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QVariant pragma(const LocalDatabase &database, const QString &name)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA %1").arg(name)) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class TestLedgerDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void synchronousFullOnEveryConnection()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QLatin1String(LocalDatabase::FileName));
        LocalDatabase window(path);                 // the console's connection
        QVERIFY2(window.isOpen(), qPrintable(window.errorString()));
        LocalDatabase cli(path);                    // a second process's (the CLI's) connection
        QVERIFY2(cli.isOpen(), qPrintable(cli.errorString()));
        for (const LocalDatabase *database : {&window, &cli}) {
            QCOMPARE(pragma(*database, QStringLiteral("synchronous")).toInt(), 2); // FULL
            QCOMPARE(pragma(*database, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        }
    }

    void reopenedDatabaseKeepsTheSetting()
    {
        // An existing file (WAL already set in it) gets FULL again on the next open.
        QTemporaryDir dir;
        const QString path = dir.filePath(QLatin1String(LocalDatabase::FileName));
        {
            LocalDatabase first(path);
            QVERIFY(first.isOpen());
            LedgerTable ledger(first);
            NotesTable notes(first);
        }
        LocalDatabase again(path);
        QVERIFY(again.isOpen());
        QCOMPARE(pragma(again, QStringLiteral("synchronous")).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLedgerDurability)
#include "tst_ledgerdurability.moc"
