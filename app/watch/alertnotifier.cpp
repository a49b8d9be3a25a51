#include "app/watch/alertnotifier.h"

#include "app/watch/alertbook.h"

namespace {

const QString ShowAction = QStringLiteral("show");
const QString ResumeAction = QStringLiteral("resume");
// The body's click, where the server supports it.
const QString DefaultAction = QStringLiteral("default");

QString kindWord(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Endpoint: return AlertNotifier::tr("Deployment");
    case ResourceKind::Pod: return AlertNotifier::tr("Dev pod");
    case ResourceKind::RayCluster: return AlertNotifier::tr("Ray cluster");
    }
    return QString();
}

} // namespace

AlertNotifier::AlertNotifier(const QDBusConnection &bus, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_client(new FreedesktopNotifications(bus, this))
    , m_policy(settings)
{
    connect(m_client, &FreedesktopNotifications::actionInvoked, this, &AlertNotifier::actionInvoked);
    connect(m_client, &FreedesktopNotifications::closed, this, &AlertNotifier::forget);
    connect(m_client, &FreedesktopNotifications::failed, this, &AlertNotifier::forget);
}

void AlertNotifier::setAlertBook(AlertBook *book)
{
    if (m_book)
        disconnect(m_book, nullptr, this, nullptr);
    m_book = book;
    if (book) {
        connect(book, &AlertBook::alertRaised, this, &AlertNotifier::alertRaised);
        connect(book, &AlertBook::alertClosed, this, &AlertNotifier::alertChanged);
        connect(book, &AlertBook::alertAcknowledged, this, &AlertNotifier::alertChanged);
        connect(book, &AlertBook::reset, this, &AlertNotifier::bookReset);
    }
}

bool AlertNotifier::offersResume(const Alert &alert)
{
    return alert.concernsResource() && alert.rule == Alert::Rule::ReviewDue;
}

FreedesktopNotifications::Message AlertNotifier::describe(const Alert &alert)
{
    FreedesktopNotifications::Message m;
    m.appName = tr("Lepton Console");
    m.appIcon = QStringLiteral("lepton-console");
    m.summary = alert.concernsResource() ? tr("%1: %2").arg(alert.name, Alert::ruleTitle(alert.rule))
                                         : Alert::ruleTitle(alert.rule);
    QString body = alert.message;
    if (alert.concernsResource())
        body = tr("%1 %2 in %3. %4").arg(kindWord(alert.kind), alert.name, alert.workspaceId, alert.message).trimmed();
    else if (!alert.workspaceId.isEmpty())
        body = tr("Workspace %1. %2").arg(alert.workspaceId, alert.message).trimmed();
    m.body = body;
    m.actions = QStringList{DefaultAction, tr("Show"), ShowAction, tr("Show")};
    if (offersResume(alert))
        m.actions << ResumeAction << tr("Resume");
    m.hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("lepton-console"));
    m.hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(alert.isGoodNews() ? 0 : 1)));
    m.hints.insert(QStringLiteral("category"), alert.rule == Alert::Rule::ApiUnreachable ? QStringLiteral("network.error")
                                                                                         : QStringLiteral("device.error"));
    return m;
}

void AlertNotifier::alertRaised(const Alert &alert)
{
    if (!m_policy.isNews(alert))
        return;
    const quint64 ticket = m_client->send(describe(alert));
    m_sent.insert(ticket, alert);
    m_ticketOf.insert(alert.id, ticket);
    Q_EMIT notified(alert);
}

// Closed (the condition ended) or acknowledged in the dock: no longer news on the desktop.
void AlertNotifier::alertChanged(const Alert &alert)
{
    if (AlertNewsPolicy::staysOnDesktop(alert))
        return;
    if (const auto it = m_ticketOf.constFind(alert.id); it != m_ticketOf.constEnd())
        withdraw(*it);
}

// The book dropped alerts (another workspace, or old closed ones): their notifications go too.
void AlertNotifier::bookReset()
{
    const QHash<quint64, quint64> tickets = m_ticketOf;
    for (auto it = tickets.constBegin(); it != tickets.constEnd(); ++it) {
        const Alert *alert = m_book ? m_book->find(it.key()) : nullptr;
        if (!alert || !AlertNewsPolicy::staysOnDesktop(*alert))
            withdraw(it.value());
    }
}

void AlertNotifier::withdraw(quint64 ticket)
{
    const auto it = m_sent.constFind(ticket);
    if (it == m_sent.constEnd())
        return;
    const Alert alert = *it;
    m_client->close(ticket); // asynchronous, as Notify; the service's NotificationClosed follows
    m_ticketOf.remove(alert.id);
    Q_EMIT withdrawn(alert);
}

void AlertNotifier::forget(quint64 ticket)
{
    const auto it = m_sent.constFind(ticket);
    if (it == m_sent.constEnd())
        return;
    if (m_ticketOf.value(it->id) == ticket)
        m_ticketOf.remove(it->id);
    m_sent.erase(it);
}

void AlertNotifier::actionInvoked(quint64 ticket, const QString &action)
{
    const auto it = m_sent.constFind(ticket);
    if (it == m_sent.constEnd())
        return;
    // The book's copy when it still has it (it may have been acknowledged or closed since).
    const Alert *current = m_book ? m_book->find(it->id) : nullptr;
    const Alert alert = current ? *current : *it;
    if (action == ResumeAction && offersResume(alert))
        Q_EMIT resumeRequested(alert);
    else if (action == ShowAction || action == DefaultAction)
        Q_EMIT showRequested(alert);
}
