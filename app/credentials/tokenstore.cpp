#include "app/credentials/tokenstore.h"

#include "app/diagnostics/loggingcategories.h"

#include "app/credentials/credentialstring.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

// QtKeychain reaches the Secret Service over D-Bus on Linux and the BSDs and links QtDBus
// there (its CMake target brings Qt6::DBus); it is only used to say why a job failed.
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID) \
    && __has_include(<QtDBus/QDBusConnection>)
#define LEPTON_TOKENSTORE_PROBE_DBUS 1
#include <QtDBus/QDBusArgument>
#include <QtDBus/QDBusConnection>
#include <QtDBus/QDBusMessage>
#include <QtDBus/QDBusMetaType>
#include <QtDBus/QDBusObjectPath>
#endif


namespace {

enum class Operation { Read, Write, Delete };

const char *operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read: return "read";
    case Operation::Write: return "write";
    case Operation::Delete: return "delete";
    }
    return "?";
}

#ifdef LEPTON_TOKENSTORE_PROBE_DBUS
constexpr int kProbeTimeoutMs = 2000;
const QLatin1String kSecretsName("org.freedesktop.secrets");

QDBusMessage busMethod(const char *method)
{
    return QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                          QStringLiteral("/org/freedesktop/DBus"),
                                          QStringLiteral("org.freedesktop.DBus"),
                                          QLatin1String(method));
}

bool secretServiceRunning(QDBusConnection &bus)
{
    QDBusMessage hasOwner = busMethod("NameHasOwner");
    hasOwner << QString(kSecretsName);
    const QDBusMessage reply = bus.call(hasOwner, QDBus::Block, kProbeTimeoutMs);
    return reply.type() == QDBusMessage::ReplyMessage && reply.arguments().value(0).toBool();
}
#endif

// What a running Secret Service holds under QtKeychain's attributes for this entry
// (libsecret backend: user = key, server = service). libsecret reports a lookup that
// met only locked items as "not found", and a clear of locked items as done: this tells
// a locked keychain apart from an empty one. Never starts a Secret Service, never prompts.
enum class StoredItems { Unknown, None, Locked, Unlocked };

StoredItems storedItems(const QString &service, const QString &key)
{
#ifdef LEPTON_TOKENSTORE_PROBE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !secretServiceRunning(bus))
        return StoredItems::Unknown;
    static const QMetaType registered = qDBusRegisterMetaType<QMap<QString, QString>>();
    Q_UNUSED(registered);
    QDBusMessage search = QDBusMessage::createMethodCall(
        kSecretsName, QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    search.setAutoStartService(false);
    const QMap<QString, QString> attributes{{QStringLiteral("user"), key},
                                            {QStringLiteral("server"), service}};
    search << QVariant::fromValue(attributes);
    const QDBusMessage reply = bus.call(search, QDBus::Block, kProbeTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().size() < 2)
        return StoredItems::Unknown;
    const auto unlocked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(0));
    const auto locked = qdbus_cast<QList<QDBusObjectPath>>(reply.arguments().at(1));
    if (!locked.isEmpty())
        return StoredItems::Locked;
    if (!unlocked.isEmpty())
        return StoredItems::Unlocked;
    return StoredItems::None;
#else
    Q_UNUSED(service);
    Q_UNUSED(key);
    return StoredItems::Unknown;
#endif
}

// Why the keychain could not be used, in words: a job that fails against the Secret
// Service reports only OtherError with a D-Bus message, so look at the bus ourselves.
QString unavailableMessage(const QString &backendMessage)
{
#ifdef LEPTON_TOKENSTORE_PROBE_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return TokenStore::tr("No system keychain is available (no D-Bus session bus is running, so "
                  "the Secret Service cannot be reached).");
    bool present = secretServiceRunning(bus);
    if (!present) {
        const QDBusMessage activatable =
            bus.call(busMethod("ListActivatableNames"), QDBus::Block, kProbeTimeoutMs);
        if (activatable.type() == QDBusMessage::ReplyMessage) {
            present = activatable.arguments().value(0).toStringList().contains(kSecretsName);
            if (!present)
                return TokenStore::tr("No system keychain is available (Secret Service not running). "
                          "Start a keyring such as GNOME Keyring or KWallet's Secret "
                          "Service.");
        }
    }
    if (present)
        return TokenStore::tr("The system keychain could not be used: it may be locked, or access "
                  "was refused (%1).")
            .arg(backendMessage);
#endif
    if (backendMessage.isEmpty())
        return TokenStore::tr("No system keychain is available.");
    return TokenStore::tr("No system keychain is available (%1).").arg(backendMessage);
}

TokenStore::Result resultFor(Operation operation, QKeychain::Job *job, const QString &workspaceId)
{
    const auto lockedResult = [](Operation op) {
        TokenStore::Result locked;
        locked.error = TokenStore::Error::NoKeychain;
        locked.message = op == Operation::Delete
            ? TokenStore::tr("The system keychain is locked, so the token could not be removed. Unlock "
                 "the keychain (for example by logging in to the desktop again) and retry.")
            : TokenStore::tr("The system keychain is locked, so the stored token cannot be read. Unlock "
                 "the keychain (for example by logging in to the desktop again) and retry.");
        return locked;
    };

    TokenStore::Result result;
    const QKeychain::Error code = job->error();
    const QString backendMessage = job->errorString();
    if (code != QKeychain::NoError) {
        // The backend's message never holds the secret; the token is not logged.
        qCDebug(lcTokenStore) << "keychain" << operationName(operation) << "for workspace"
                              << workspaceId << "failed with" << int(code) << backendMessage;
    }

    switch (code) {
    case QKeychain::NoError:
        if (operation == Operation::Read) {
            result.token = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
            if (result.token.isEmpty()) {
                result.error = TokenStore::Error::NotFound;
                result.message = TokenStore::tr("No token is stored for this workspace.");
            }
        } else if (operation == Operation::Delete) {
            // A clear that met only locked items "succeeds" without removing anything.
            switch (storedItems(job->service(), workspaceId)) {
            case StoredItems::Locked:
                return lockedResult(operation);
            case StoredItems::Unlocked:
                result.error = TokenStore::Error::Other;
                result.message = TokenStore::tr("The token could not be removed from the system keychain.");
                return result;
            default:
                break;
            }
        }
        return result;
    case QKeychain::EntryNotFound:
        if (operation == Operation::Delete)
            return result; // nothing to delete: done
        if (operation == Operation::Read && storedItems(job->service(), workspaceId) == StoredItems::Locked)
            return lockedResult(operation);
        result.error = TokenStore::Error::NotFound;
        result.message = TokenStore::tr("No token is stored for this workspace.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::OtherError:
        // With the Secret Service (libsecret), "no D-Bus", "service not running",
        // "keyring locked" and "no default collection" all arrive as OtherError with a
        // D-Bus message: they are one case for the user, the keychain cannot be used.
        result.error = TokenStore::Error::NoKeychain;
        if (code == QKeychain::AccessDeniedByUser)
            result.message = TokenStore::tr("Access to the system keychain was refused.");
        else
            result.message = unavailableMessage(backendMessage);
        return result;
    case QKeychain::CouldNotDeleteEntry:
    default:
        break;
    }
    result.error = TokenStore::Error::Other;
    switch (operation) {
    case Operation::Read:
        result.message = TokenStore::tr("The token could not be read from the system keychain: %1").arg(backendMessage);
        break;
    case Operation::Write:
        result.message = TokenStore::tr("The token could not be saved in the system keychain: %1").arg(backendMessage);
        break;
    case Operation::Delete:
        result.message = TokenStore::tr("The token could not be removed from the system keychain: %1").arg(backendMessage);
        break;
    }
    return result;
}

// Starts the job and delivers exactly one result to the callback, later, and only while
// the context lives. The job has no parent and deletes itself when it finishes:
// libsecret calls back into it, so it must never be destroyed while still running.
void runJob(QKeychain::Job *job, Operation operation, const QString &workspaceId,
            std::chrono::milliseconds timeout, QObject *context, TokenStore::Callback callback)
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(workspaceId);

    struct Pending
    {
        bool done = false;
        TokenStore::Callback callback;
        QPointer<QTimer> timer;
        // Delivers once; later calls (a job finishing after its timeout) are dropped.
        void deliver(const TokenStore::Result &result)
        {
            if (done)
                return;
            done = true;
            if (timer)
                timer->deleteLater();
            callback(result);
        }
    };
    auto pending = std::make_shared<Pending>();
    pending->callback = std::move(callback);
    QPointer<QObject> guard(context);

    QObject::connect(job, &QKeychain::Job::finished, job,
                     [pending, guard, operation, workspaceId](QKeychain::Job *finished) {
        if (!guard || pending->done)
            return; // nobody is listening any more (closed, or already timed out)
        const TokenStore::Result result = resultFor(operation, finished, workspaceId);
        QMetaObject::invokeMethod(guard.data(), [pending, result] { pending->deliver(result); },
                                  Qt::QueuedConnection);
    });

    if (timeout.count() > 0) {
        auto *timer = new QTimer(context);
        timer->setSingleShot(true);
        timer->setInterval(timeout);
        pending->timer = timer;
        QObject::connect(timer, &QTimer::timeout, context, [pending, timeout] {
            TokenStore::Result result;
            result.error = TokenStore::Error::NoKeychain;
            const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(timeout).count());
            result.message = TokenStore::tr("The system keychain did not answer within %n second(s); it "
                                "may be locked and waiting for its password.",
                                nullptr, qMax(1, seconds));
            pending->deliver(result);
        });
        timer->start();
    }
    job->start();
}

} // namespace

TokenStore::TokenStore(QObject *parent)
    : TokenStore(QString::fromLatin1(defaultServiceName), parent)
{
}

TokenStore::TokenStore(const QString &serviceName, QObject *parent)
    : QObject(parent)
    , m_serviceName(serviceName)
{
}

TokenStore::~TokenStore() = default;

void TokenStore::finishLater(QObject *context, Callback callback, Result result)
{
    QMetaObject::invokeMethod(context, [callback = std::move(callback), result = std::move(result)] {
        callback(result);
    }, Qt::QueuedConnection);
}

bool TokenStore::refusedWorkspaceId(const QString &workspaceId, QObject *context, Callback &callback)
{
    if (CredentialString::isValidWorkspaceId(workspaceId))
        return false;
    finishLater(context, std::move(callback), {QString(), Error::Other, TokenStore::tr("This is not a valid workspace id.")});
    return true;
}

void TokenStore::readToken(const QString &workspaceId, QObject *context, Callback callback)
{
    if (!context)
        context = this;
    if (refusedWorkspaceId(workspaceId, context, callback))
        return;
    runJob(new QKeychain::ReadPasswordJob(m_serviceName), Operation::Read, workspaceId,
           m_timeout, context, std::move(callback));
}

void TokenStore::writeToken(const QString &workspaceId, const QString &token, QObject *context,
                            Callback callback)
{
    if (!context)
        context = this;
    if (refusedWorkspaceId(workspaceId, context, callback))
        return;
    if (token.isEmpty()) {
        finishLater(context, std::move(callback),
                    {QString(), Error::Other, TokenStore::tr("There is no token to save.")});
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_serviceName);
    job->setTextData(token);
    runJob(job, Operation::Write, workspaceId, m_timeout, context, std::move(callback));
}

void TokenStore::deleteToken(const QString &workspaceId, QObject *context, Callback callback)
{
    if (!context)
        context = this;
    if (refusedWorkspaceId(workspaceId, context, callback))
        return;
    runJob(new QKeychain::DeletePasswordJob(m_serviceName), Operation::Delete, workspaceId,
           m_timeout, context, std::move(callback));
}
