#include "app/watch/alertnewspolicy.h"

#include <QSettings>

AlertNewsPolicy::AlertNewsPolicy(QSettings *settings)
    : m_settings(settings)
{
}

bool AlertNewsPolicy::isEnabled() const
{
    return m_settings->value(enabledKey(), true).toBool();
}

const AlertRules &AlertNewsPolicy::rules(const QString &workspaceId) const
{
    auto it = m_rules.find(workspaceId);
    if (it == m_rules.end())
        it = m_rules.insert(workspaceId, AlertRules::load(*m_settings, workspaceId));
    return *it;
}

AlertNewsPolicy::Verdict AlertNewsPolicy::judge(const Alert &alert) const
{
    if (!isEnabled())
        return Verdict::SwitchedOff;
    if (!alert.isOpen() || alert.acknowledged)
        return Verdict::NotOpen;
    if (alert.foundAtFirstSight)
        return Verdict::FirstSight;
    if (alert.isGoodNews() && !rules(alert.workspaceId).isOn(alert.rule))
        return Verdict::RuleOff;
    if (m_quiet && m_quiet())
        return Verdict::Quiet;
    return Verdict::News;
}
