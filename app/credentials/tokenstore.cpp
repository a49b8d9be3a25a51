#include "app/credentials/tokenstore.h"

#include "app/credentials/credentialstring.h"
#include "app/diagnostics/loggingcategories.h"

#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>


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

// What a finished job said, kept once the job has deleted itself.
struct JobOutcome
{
    Operation operation = Operation::Read;
    QKeychain::Error code = QKeychain::NoError;
    QString backendMessage;
    QString token; // a read's secret
    QString service;
};

TokenStore::Result lockedResult(Operation operation)
{
    TokenStore::Result locked;
    locked.error = TokenStore::Error::NoKeychain;
    locked.message = operation == Operation::Delete
        ? TokenStore::tr("The system keychain is locked, so the token could not be removed. Unlock "
             "the keychain (for example by logging in to the desktop again) and retry.")
        : TokenStore::tr("The system keychain is locked, so the stored token cannot be read. Unlock "
             "the keychain (for example by logging in to the desktop again) and retry.");
    return locked;
}

// The job's outcome as a Result, into `done`: at once, or once the Secret Service has said
// more (SecretServiceProbe, asynchronous: the caller's thread never waits on the bus).
void resolve(const JobOutcome &outcome, const QString &workspaceId, const SecretServiceProbe &probe,
             QObject *context, std::function<void(const TokenStore::Result &)> done)
{
    const Operation operation = outcome.operation;
    const QKeychain::Error code = outcome.code;
    const QString &backendMessage = outcome.backendMessage;
    if (code != QKeychain::NoError) {
        // The backend's message never holds the secret; the token is not logged.
        qCDebug(lcTokenStore) << "keychain" << operationName(operation) << "for workspace"
                              << workspaceId << "failed with" << int(code) << backendMessage;
    }

    TokenStore::Result result;
    switch (code) {
    case QKeychain::NoError:
        if (operation == Operation::Read) {
            result.token = outcome.token;
            if (result.token.isEmpty()) {
                result.error = TokenStore::Error::NotFound;
                result.message = TokenStore::tr("No token is stored for this workspace.");
            }
        } else if (operation == Operation::Delete) {
            // A clear that met only locked items "succeeds" without removing anything.
            probe.storedItems(outcome.service, workspaceId, context,
                              [operation, done](SecretServiceProbe::StoredItems items) {
                switch (items) {
                case SecretServiceProbe::StoredItems::Locked:
                    done(lockedResult(operation));
                    return;
                case SecretServiceProbe::StoredItems::Unlocked: {
                    TokenStore::Result failed;
                    failed.error = TokenStore::Error::Other;
                    failed.message = TokenStore::tr("The token could not be removed from the system keychain.");
                    done(failed);
                    return;
                }
                default:
                    done(TokenStore::Result());
                    return;
                }
            });
            return;
        }
        done(result);
        return;
    case QKeychain::EntryNotFound:
        if (operation == Operation::Delete) {
            done(result); // nothing to delete: done
            return;
        }
        result.error = TokenStore::Error::NotFound;
        result.message = TokenStore::tr("No token is stored for this workspace.");
        if (operation == Operation::Read) {
            probe.storedItems(outcome.service, workspaceId, context,
                              [operation, result, done](SecretServiceProbe::StoredItems items) {
                done(items == SecretServiceProbe::StoredItems::Locked ? lockedResult(operation) : result);
            });
            return;
        }
        done(result);
        return;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::OtherError:
        // With the Secret Service (libsecret), "no D-Bus", "service not running",
        // "keyring locked" and "no default collection" all arrive as OtherError with a
        // D-Bus message: they are one case for the user, the keychain cannot be used.
        result.error = TokenStore::Error::NoKeychain;
        if (code == QKeychain::AccessDeniedByUser) {
            result.message = TokenStore::tr("Access to the system keychain was refused.");
            done(result);
            return;
        }
        probe.unavailableMessage(backendMessage, context, [result, done](const QString &message) mutable {
            result.message = message;
            done(result);
        });
        return;
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
    done(result);
}

// Starts the job and delivers exactly one result to the callback, later, and only while
// the context lives. The job has no parent and deletes itself when it finishes:
// libsecret calls back into it, so it must never be destroyed while still running.
void runJob(QKeychain::Job *job, Operation operation, const QString &workspaceId, const SecretServiceProbe &probe,
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
                     [pending, guard, operation, workspaceId, probe](QKeychain::Job *finished) {
        if (!guard || pending->done)
            return; // nobody is listening any more (closed, or already timed out)
        JobOutcome outcome;
        outcome.operation = operation;
        outcome.code = finished->error();
        outcome.backendMessage = finished->errorString();
        outcome.service = finished->service();
        if (operation == Operation::Read && outcome.code == QKeychain::NoError)
            outcome.token = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
        resolve(outcome, workspaceId, probe, guard.data(), [pending, guard](const TokenStore::Result &result) {
            if (guard)
                QMetaObject::invokeMethod(guard.data(), [pending, result] { pending->deliver(result); },
                                          Qt::QueuedConnection);
        });
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
    runJob(new QKeychain::ReadPasswordJob(m_serviceName), Operation::Read, workspaceId, m_probe,
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
    runJob(job, Operation::Write, workspaceId, m_probe, m_timeout, context, std::move(callback));
}

void TokenStore::deleteToken(const QString &workspaceId, QObject *context, Callback callback)
{
    if (!context)
        context = this;
    if (refusedWorkspaceId(workspaceId, context, callback))
        return;
    runJob(new QKeychain::DeletePasswordJob(m_serviceName), Operation::Delete, workspaceId, m_probe,
           m_timeout, context, std::move(callback));
}
