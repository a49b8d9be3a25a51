// Letting go of a team store whose server has gone quiet (a listener on 127.0.0.1 that takes
// the connection and never answers): StorageDisposal::disposeLater returns at once, while the
// store is still trying, and the store is deleted once its open has given up. Deleting it
// directly would wait out the connect timeout on the caller's (the GUI's) thread.
#include "app/storage/postgres/postgresstorage.h"
#include "app/storage/storagedisposal.h"

#include <QTcpServer>
#include <QtTest>

class TestStorageDisposal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void returnsWhileAQuietServerIsStillBeingAsked()
    {
        QTcpServer quiet; // accepts, never reads or writes
        QVERIFY(quiet.listen(QHostAddress::LocalHost));
        auto storage = std::make_unique<PostgresStorage>(
            QStringLiteral("postgresql://lepton@127.0.0.1:%1/lepton?sslmode=disable&connect_timeout=3").arg(quiet.serverPort()));
        QVERIFY(storage->status().opening);
        Storage *raw = storage.get();
        QSignalSpy destroyed(raw, &QObject::destroyed);
        StorageDisposal::disposeLater(std::move(storage));
        // Back at once: nothing waited for the server.
        QCOMPARE(destroyed.count(), 0);
        QVERIFY(raw->status().opening);
        QVERIFY(destroyed.wait(30000));
    }
};

QTEST_MAIN(TestStorageDisposal)
#include "tst_storagedisposal.moc"
