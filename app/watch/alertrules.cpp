#include "app/watch/alertrules.h"

#include <QSettings>

namespace {

QString groupOf(const QString &workspaceId)
{
    return QStringLiteral("alerts/%1/").arg(workspaceId.isEmpty() ? QStringLiteral("default") : workspaceId);
}

bool *switchOf(AlertRules &rules, Alert::Rule rule)
{
    switch (rule) {
    case Alert::Rule::EnteredError: return &rules.enteredError;
    case Alert::Rule::StuckNotReady: return &rules.stuckNotReady;
    case Alert::Rule::CrashLoop: return &rules.crashLoop;
    case Alert::Rule::ResumeReady: return &rules.resumeReady;
    case Alert::Rule::ResumeNotReady: return &rules.resumeNotReady;
    case Alert::Rule::ResumedOutside: return &rules.resumedOutside;
    case Alert::Rule::StoppedOutside: return &rules.stoppedOutside;
    case Alert::Rule::ReviewDue: return &rules.reviewDue;
    case Alert::Rule::TokenExpiring: return &rules.tokenExpiring;
    case Alert::Rule::ApiUnreachable: return &rules.apiUnreachable;
    case Alert::Rule::ScheduleFailed: return &rules.scheduleFailed;
    }
    return nullptr;
}

// A threshold from settings: at least 1 (0 or garbage would fire on every poll).
int positive(const QSettings &settings, const QString &key, int fallback)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok && value >= 1 ? value : fallback;
}

} // namespace

bool AlertRules::isOn(Alert::Rule rule) const
{
    return *switchOf(const_cast<AlertRules &>(*this), rule);
}

void AlertRules::setOn(Alert::Rule rule, bool on)
{
    *switchOf(*this, rule) = on;
}

AlertRules AlertRules::load(const QSettings &settings, const QString &workspaceId)
{
    const QString group = groupOf(workspaceId);
    AlertRules rules;
    for (int i = 0; i <= int(Alert::LastRule); ++i) {
        const auto rule = Alert::Rule(i);
        const QString key = group + Alert::ruleKey(rule);
        rules.setOn(rule, settings.value(key, rules.isOn(rule)).toBool());
    }
    rules.stuckMinutes = positive(settings, group + QStringLiteral("stuck-minutes"), rules.stuckMinutes);
    rules.crashRestarts = positive(settings, group + QStringLiteral("crash-restarts"), rules.crashRestarts);
    rules.crashWindowMinutes = positive(settings, group + QStringLiteral("crash-window-minutes"), rules.crashWindowMinutes);
    rules.resumeMinutes = positive(settings, group + QStringLiteral("resume-minutes"), rules.resumeMinutes);
    rules.apiUnreachableMinutes = positive(settings, group + QStringLiteral("api-unreachable-minutes"), rules.apiUnreachableMinutes);
    return rules;
}

void AlertRules::save(QSettings &settings, const QString &workspaceId) const
{
    const QString group = groupOf(workspaceId);
    for (int i = 0; i <= int(Alert::LastRule); ++i) {
        const auto rule = Alert::Rule(i);
        settings.setValue(group + Alert::ruleKey(rule), isOn(rule));
    }
    settings.setValue(group + QStringLiteral("stuck-minutes"), stuckMinutes);
    settings.setValue(group + QStringLiteral("crash-restarts"), crashRestarts);
    settings.setValue(group + QStringLiteral("crash-window-minutes"), crashWindowMinutes);
    settings.setValue(group + QStringLiteral("resume-minutes"), resumeMinutes);
    settings.setValue(group + QStringLiteral("api-unreachable-minutes"), apiUnreachableMinutes);
}
