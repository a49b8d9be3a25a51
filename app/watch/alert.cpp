#include "app/watch/alert.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace {

constexpr std::array<std::pair<Alert::Rule, const char *>, int(Alert::LastRule) + 1> RuleKeys{{
    {Alert::Rule::EnteredError, "error"},
    {Alert::Rule::StuckNotReady, "stuck"},
    {Alert::Rule::CrashLoop, "crash-loop"},
    {Alert::Rule::ResumeReady, "resume-ready"},
    {Alert::Rule::ResumeNotReady, "resume-not-ready"},
    {Alert::Rule::ResumedOutside, "resumed-outside"},
    {Alert::Rule::StoppedOutside, "stopped-outside"},
    {Alert::Rule::ReviewDue, "review-due"},
    {Alert::Rule::TokenExpiring, "token-expiring"},
    {Alert::Rule::ApiUnreachable, "api-unreachable"},
    {Alert::Rule::ScheduleFailed, "schedule-failed"},
}};

} // namespace

QString Alert::ruleKey(Rule rule)
{
    for (const auto &[r, key] : RuleKeys) {
        if (r == rule)
            return QString::fromLatin1(key);
    }
    return QString();
}

bool Alert::ruleFromKey(const QString &key, Rule *rule)
{
    for (const auto &[r, k] : RuleKeys) {
        if (key == QLatin1String(k)) {
            *rule = r;
            return true;
        }
    }
    return false;
}

QString Alert::ruleTitle(Rule rule)
{
    switch (rule) {
    case Rule::EnteredError: return QCoreApplication::translate("Alert", "Entered Error");
    case Rule::StuckNotReady: return QCoreApplication::translate("Alert", "Not ready for too long");
    case Rule::CrashLoop: return QCoreApplication::translate("Alert", "Crash loop");
    case Rule::ResumeReady: return QCoreApplication::translate("Alert", "Resume finished");
    case Rule::ResumeNotReady: return QCoreApplication::translate("Alert", "Resume did not become ready");
    case Rule::ResumedOutside: return QCoreApplication::translate("Alert", "Resumed outside the console");
    case Rule::StoppedOutside: return QCoreApplication::translate("Alert", "Stopped outside the console");
    case Rule::ReviewDue: return QCoreApplication::translate("Alert", "Pause review due");
    case Rule::TokenExpiring: return QCoreApplication::translate("Alert", "Token expiring");
    case Rule::ApiUnreachable: return QCoreApplication::translate("Alert", "Workspace unreachable");
    case Rule::ScheduleFailed: return QCoreApplication::translate("Alert", "Scheduled pause or resume failed");
    }
    return QString();
}
