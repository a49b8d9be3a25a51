#include "app/credentials/secretserviceprobe.h"

#include <QCoreApplication>
#include <QPointer>

// QtKeychain reaches the Secret Service over D-Bus on Linux and the BSDs and links QtDBus
// there (its CMake target brings Qt6::DBus).
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID) \
    && __has_include(<QtDBus/QDBusConnection>)
#define LEPTON_SECRET_SERVICE_DBUS 1
#include <QtDBus/QDBusArgument>
#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusMessage>
#include <QtDBus/QDBusMetaType>
#include <QtDBus/QDBusObjectPath>
#include <QtDBus/QDBusPendingCall>
#include <QtDBus/QDBusPendingCallWatcher>
#endif

// The messages are TokenStore's (it shows them), and keep its translation context.

namespace {

// Calls `done` later from the event loop, while `context` lives.
template <typename Callback, typename Value>
void deliverLater(QObject *context, Callback done, Value value)
{
    QMetaObject::invokeMethod(context, [done = std::move(done), value = std::move(value)] { done(value); },
                              Qt::QueuedConnection);
}

QString genericMessage(const QString &backendMessage)
{
    if (backendMessage.isEmpty())
        return QCoreApplication::translate("TokenStore", "No system keychain is available.");
    return QCoreApplication::translate("TokenStore", "No system keychain is available (%1).").arg(backendMessage);
}

#ifdef LEPTON_SECRET_SERVICE_DBUS
using ReplyCallback = std::function<void(const QDBusMessage &)>;

// Sends `message` without waiting: `done` gets the reply, or an error message when the call
// failed or timed out, from the event loop; nothing when `context` went first.
void callAsync(QDBusConnection bus, const QDBusMessage &message, std::chrono::milliseconds timeout,
               QObject *context, ReplyCallback done)
{
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(message, int(timeout.count())), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
                     [watcher, done = std::move(done)](QDBusPendingCallWatcher *) {
        watcher->deleteLater();
        done(watcher->reply());
    });
}

QDBusMessage busMethod(const char *method)
{
    return QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                          QStringLiteral("/org/freedesktop/DBus"),
                                          QStringLiteral("org.freedesktop.DBus"),
                                          QLatin1String(method));
}

// Whether `name` has an owner on the bus now: `done(bool)`.
void nameHasOwner(QDBusConnection bus, const QString &name, std::chrono::milliseconds timeout, QObject *context,
                  std::function<void(bool)> done)
{
    QDBusMessage hasOwner = busMethod("NameHasOwner");
    hasOwner << name;
    callAsync(bus, hasOwner, timeout, context, [done = std::move(done)](const QDBusMessage &reply) {
        done(reply.type() == QDBusMessage::ReplyMessage && reply.arguments().value(0).toBool());
    });
}
#endif

} // namespace

SecretServiceProbe::SecretServiceProbe(const QString &serviceName)
    : m_serviceName(serviceName)
{
}

void SecretServiceProbe::storedItems(const QString &service, const QString &key, QObject *context,
                                     ItemsCallback done) const
{
#ifdef LEPTON_SECRET_SERVICE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        deliverLater(context, std::move(done), StoredItems::Unknown);
        return;
    }
    static const QMetaType registered = qDBusRegisterMetaType<QMap<QString, QString>>();
    Q_UNUSED(registered);
    const QString name = m_serviceName;
    const std::chrono::milliseconds timeout = m_timeout;
    const QPointer<QObject> guard(context);
    nameHasOwner(bus, name, timeout, context, [=, done = std::move(done)](bool running) mutable {
        if (!running) {
            done(StoredItems::Unknown);
            return;
        }
        if (!guard)
            return;
        QDBusMessage search = QDBusMessage::createMethodCall(
            name, QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("org.freedesktop.Secret.Service"),
            QStringLiteral("SearchItems"));
        search.setAutoStartService(false);
        const QMap<QString, QString> attributes{{QStringLiteral("user"), key}, {QStringLiteral("server"), service}};
        search << QVariant::fromValue(attributes);
        callAsync(bus, search, timeout, guard.data(), [done = std::move(done)](const QDBusMessage &reply) {
            if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() < 2) {
                done(StoredItems::Unknown);
                return;
            }
            const auto unlocked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0));
            const auto locked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
            if (!locked.isEmpty())
                done(StoredItems::Locked);
            else if (!unlocked.isEmpty())
                done(StoredItems::Unlocked);
            else
                done(StoredItems::None);
        });
    });
#else
    Q_UNUSED(service);
    Q_UNUSED(key);
    deliverLater(context, std::move(done), StoredItems::Unknown);
#endif
}

void SecretServiceProbe::unavailableMessage(const QString &backendMessage, QObject *context,
                                            MessageCallback done) const
{
#ifdef LEPTON_SECRET_SERVICE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        deliverLater(context, std::move(done),
                     QCoreApplication::translate("TokenStore", "No system keychain is available (no D-Bus session bus is running, so "
                                                               "the Secret Service cannot be reached)."));
        return;
    }
    const auto present = [backendMessage] {
        return QCoreApplication::translate("TokenStore", "The system keychain could not be used: it may be locked, or access "
                                                         "was refused (%1).")
            .arg(backendMessage);
    };
    const QString name = m_serviceName;
    const std::chrono::milliseconds timeout = m_timeout;
    const QPointer<QObject> guard(context);
    nameHasOwner(bus, name, timeout, context, [=, done = std::move(done)](bool running) mutable {
        if (running) {
            done(present());
            return;
        }
        if (!guard)
            return;
        callAsync(bus, busMethod("ListActivatableNames"), timeout, guard.data(),
                  [=, done = std::move(done)](const QDBusMessage &activatable) {
            if (activatable.type() != QDBusMessage::ReplyMessage) {
                done(genericMessage(backendMessage)); // no answer: say what QtKeychain said
                return;
            }
            if (activatable.arguments().value(0).toStringList().contains(name))
                done(present());
            else
                done(QCoreApplication::translate("TokenStore", "No system keychain is available (Secret Service not running). "
                                                               "Start a keyring such as GNOME Keyring or KWallet's Secret "
                                                               "Service."));
        });
    });
#else
    deliverLater(context, std::move(done), genericMessage(backendMessage));
#endif
}
