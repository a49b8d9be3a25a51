// SecretServiceProbe against a fake Secret Service on the test's own D-Bus session: a service
// in this very process and thread that answers SearchItems only when the test says so. The
// probe's caller keeps its event loop running while a question is out (the fake's handler and
// a timer on the same thread run before the answer), answers are read as before (locked,
// unlocked, none), a service that never answers ends as "unknown" after the probe's timeout,
// the "why is there no keychain" messages, and no callback once its context is gone.
#include "app/credentials/secretserviceprobe.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QTimer>
#include <QtTest>

#include <optional>

namespace {

using Items = SecretServiceProbe::StoredItems;

// A Secret Service that holds every SearchItems until answer() is called.
class FakeSecretService : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Secret.Service")

public:
    QList<QDBusMessage> held;
    QMap<QString, QString> lastAttributes;
    int ticksWhenAsked = -1;
    const int *ticks = nullptr;

    // Replies to the oldest held call.
    void answer(const QList<QDBusObjectPath> &unlocked, const QList<QDBusObjectPath> &locked)
    {
        const QDBusMessage call = held.takeFirst();
        m_connection.send(call.createReply({QVariant::fromValue(unlocked), QVariant::fromValue(locked)}));
    }

    void setConnection(const QDBusConnection &connection) { m_connection = connection; }

public Q_SLOTS:
    void SearchItems(const QMap<QString, QString> &attributes, const QDBusMessage &message)
    {
        message.setDelayedReply(true);
        lastAttributes = attributes;
        ticksWhenAsked = ticks ? *ticks : -1;
        held << message;
    }

private:
    QDBusConnection m_connection{QString()};
};

QDBusObjectPath item(int n)
{
    return QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/collection/login/%1").arg(n));
}

} // namespace

Q_DECLARE_METATYPE(SecretServiceProbe::StoredItems)

class TestSecretServiceProbe : public QObject
{
    Q_OBJECT

private:
    QDBusConnection m_serviceBus{QString()};
    FakeSecretService m_fake;
    QString m_name;
    // Ticks of a timer on this (the caller's) thread.
    QTimer m_ticker;
    int m_ticks = 0;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no D-Bus session bus (scripts/test runs the tests inside one)");
        qDBusRegisterMetaType<QMap<QString, QString>>();
        m_name = QStringLiteral("org.lepton.test.Secrets.p%1").arg(QCoreApplication::applicationPid());
        m_serviceBus = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-secret-service"));
        QVERIFY(m_serviceBus.isConnected());
        m_fake.setConnection(m_serviceBus);
        m_fake.ticks = &m_ticks;
        QVERIFY(m_serviceBus.registerObject(QStringLiteral("/org/freedesktop/secrets"), &m_fake,
                                            QDBusConnection::ExportAllSlots));
        QVERIFY(m_serviceBus.registerService(m_name));
        m_ticker.setInterval(5);
        connect(&m_ticker, &QTimer::timeout, this, [this] { ++m_ticks; });
        m_ticker.start();
    }

    void cleanupTestCase()
    {
        m_serviceBus.unregisterService(m_name);
        QDBusConnection::disconnectFromBus(QStringLiteral("fake-secret-service"));
    }

    void init()
    {
        m_fake.held.clear();
        m_fake.ticksWhenAsked = -1;
    }

    // The question is out, the service sits on it: this thread goes on (the fake's own handler
    // runs on it, and the timer keeps firing) and the answer arrives when the service gives it.
    void theCallersThreadRunsWhileTheServiceThinks()
    {
        SecretServiceProbe probe(m_name);
        std::optional<Items> result;
        QObject context;
        probe.storedItems(QStringLiteral("lepton-console-test"), QStringLiteral("ws-1"), &context,
                          [&](Items items) { result = items; });
        QVERIFY(!result); // never from inside the call

        QTRY_COMPARE(m_fake.held.size(), 1);
        QCOMPARE(m_fake.lastAttributes.value(QStringLiteral("user")), QStringLiteral("ws-1"));
        QCOMPARE(m_fake.lastAttributes.value(QStringLiteral("server")), QStringLiteral("lepton-console-test"));
        const int asked = m_fake.ticksWhenAsked;
        QTRY_VERIFY(m_ticks > asked + 5);
        QVERIFY2(!result, "the probe gave up or answered before the service did");

        m_fake.answer({}, {item(1)});
        QTRY_VERIFY(result.has_value());
        QCOMPARE(*result, Items::Locked);
    }

    void answersAreReadAsBefore_data()
    {
        QTest::addColumn<QList<QDBusObjectPath>>("unlocked");
        QTest::addColumn<QList<QDBusObjectPath>>("locked");
        QTest::addColumn<Items>("expected");
        QTest::newRow("none") << QList<QDBusObjectPath>() << QList<QDBusObjectPath>() << Items::None;
        QTest::newRow("unlocked") << QList<QDBusObjectPath>{item(2)} << QList<QDBusObjectPath>() << Items::Unlocked;
        QTest::newRow("locked wins") << QList<QDBusObjectPath>{item(2)} << QList<QDBusObjectPath>{item(3)} << Items::Locked;
    }

    void answersAreReadAsBefore()
    {
        QFETCH(QList<QDBusObjectPath>, unlocked);
        QFETCH(QList<QDBusObjectPath>, locked);
        QFETCH(Items, expected);
        SecretServiceProbe probe(m_name);
        std::optional<Items> result;
        QObject context;
        probe.storedItems(QStringLiteral("svc"), QStringLiteral("ws-2"), &context, [&](Items items) { result = items; });
        QTRY_COMPARE(m_fake.held.size(), 1);
        m_fake.answer(unlocked, locked);
        QTRY_VERIFY(result.has_value());
        QCOMPARE(*result, expected);
    }

    // A service that takes the call and never answers: "unknown" once the probe's timeout
    // has passed, and the thread ran all along.
    void aServiceThatNeverAnswersIsUnknown()
    {
        SecretServiceProbe probe(m_name);
        probe.setTimeout(std::chrono::milliseconds(300));
        std::optional<Items> result;
        int ticksAtResult = -1;
        QObject context;
        probe.storedItems(QStringLiteral("svc"), QStringLiteral("ws-3"), &context, [&](Items items) {
            result = items;
            ticksAtResult = m_ticks;
        });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(*result, Items::Unknown);
        QCOMPARE(m_fake.held.size(), 1); // it was asked, and said nothing
        QVERIFY2(ticksAtResult > m_fake.ticksWhenAsked, "the timer did not fire while the probe waited");
    }

    void noServiceRunningIsUnknown()
    {
        SecretServiceProbe probe(m_name + QStringLiteral(".nobody"));
        std::optional<Items> result;
        QObject context;
        probe.storedItems(QStringLiteral("svc"), QStringLiteral("ws-4"), &context, [&](Items items) { result = items; });
        QVERIFY(!result);
        QTRY_VERIFY(result.has_value());
        QCOMPARE(*result, Items::Unknown);
    }

    void messagesSayWhyThereIsNoKeychain()
    {
        QObject context;
        std::optional<QString> notRunning;
        SecretServiceProbe(m_name + QStringLiteral(".nobody"))
            .unavailableMessage(QStringLiteral("backend words"), &context, [&](const QString &m) { notRunning = m; });
        QVERIFY(!notRunning);
        QTRY_VERIFY(notRunning.has_value());
        QCOMPARE(*notRunning, QStringLiteral("No system keychain is available (Secret Service not running). Start a "
                                             "keyring such as GNOME Keyring or KWallet's Secret Service."));

        std::optional<QString> present;
        SecretServiceProbe(m_name).unavailableMessage(QStringLiteral("backend words"), &context,
                                                      [&](const QString &m) { present = m; });
        QTRY_VERIFY(present.has_value());
        QCOMPARE(*present, QStringLiteral("The system keychain could not be used: it may be locked, or access was "
                                          "refused (backend words)."));
    }

    // The context goes before the answer: nothing is called.
    void noCallbackAfterTheContextIsGone()
    {
        SecretServiceProbe probe(m_name);
        bool lateCall = false;
        auto context = std::make_unique<QObject>();
        probe.storedItems(QStringLiteral("svc"), QStringLiteral("ws-5"), context.get(), [&](Items) { lateCall = true; });
        QTRY_COMPARE(m_fake.held.size(), 1);
        context.reset();
        m_fake.answer({}, {});

        // A second question, asked after, answered after: once it is back, the first answer
        // has long been through the event loop.
        std::optional<Items> second;
        QObject alive;
        probe.storedItems(QStringLiteral("svc"), QStringLiteral("ws-6"), &alive, [&](Items items) { second = items; });
        QTRY_COMPARE(m_fake.held.size(), 1);
        m_fake.answer({item(4)}, {});
        QTRY_VERIFY(second.has_value());
        QCOMPARE(*second, Items::Unlocked);
        QVERIFY(!lateCall);
    }
};

QTEST_GUILESS_MAIN(TestSecretServiceProbe)
#include "tst_secretserviceprobe.moc"
