#include "app/watch/alertnotifier.h"

#include "app/notifications/notificationcenter.h"
#include "app/watch/alertbook.h"
#include "app/watch/alertrules.h"

#include <QSettings>

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
    , m_settings(settings)
{
    connect(m_client, &FreedesktopNotifications::actionInvoked, this, &AlertNotifier::actionInvoked);
    connect(m_client, &FreedesktopNotifications::closed, this, [this](quint64 ticket) { m_sent.remove(ticket); });
    connect(m_client, &FreedesktopNotifications::failed, this, [this](quint64 ticket) { m_sent.remove(ticket); });
}

void AlertNotifier::setAlertBook(AlertBook *book)
{
    if (m_book)
        disconnect(m_book, nullptr, this, nullptr);
    m_book = book;
    if (book)
        connect(book, &AlertBook::alertRaised, this, &AlertNotifier::alertRaised);
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
    if (!m_settings->value(NotificationCenter::enabledKey(), true).toBool())
        return;
    if (alert.foundAtFirstSight) // listed in the dock and the tray, but not news
        return;
    if (alert.isGoodNews() && !AlertRules::load(*m_settings, alert.workspaceId).isOn(alert.rule))
        return;
    if (m_quiet && m_quiet())
        return;
    m_sent.insert(m_client->send(describe(alert)), alert);
    Q_EMIT notified(alert);
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
