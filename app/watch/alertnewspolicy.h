#pragma once

#include "app/notifications/notificationcenter.h"
#include "app/watch/alert.h"
#include "app/watch/alertrules.h"

#include <QHash>
#include <QString>

#include <functional>

class QSettings;

// What is news: the one place that decides whether an alert deserves a desktop notification,
// and whether one already shown still does. The AlertNotifier asks it for every alert the
// AlertBook raises, acknowledges or closes; nothing else decides.
//
// An alert is news when all of these hold:
//  - the desktop notifications switch (enabledKey(), View ▸ Desktop Notifications) is on;
//  - it is open and not acknowledged;
//  - it was not found at first sight (the condition began before the console looked: listed
//    in the dock and counted in the tray, but not announced);
//  - it is not good news, or its rule is on for the alert's workspace (AlertRules; problem
//    rules that are off raise no alert in the first place);
//  - the user is not looking at the window (quiet()).
// A notification on the desktop stays there while its alert is open and not acknowledged; good
// news (closed as soon as it is raised: nothing stays wrong) stays until the user dismisses it.
//
// The rules are read from the settings once per workspace and kept until reloadRules() (the
// Alert Rules page saved).
class AlertNewsPolicy
{
public:
    enum class Verdict {
        News,
        SwitchedOff,   // the desktop notifications switch is off
        NotOpen,       // closed or acknowledged already
        FirstSight,    // found at first sight
        RuleOff,       // good news whose rule is off
        Quiet,         // the window is in front
    };

    // The settings key of the desktop notifications switch (a bool, true by default), the
    // View ▸ Desktop Notifications action's (kept by NotificationCenter).
    static QString enabledKey() { return NotificationCenter::enabledKey(); }

    // `settings` keeps the switch and the rules; it must outlive the policy.
    explicit AlertNewsPolicy(QSettings *settings);

    // While this returns true (the window is in front), nothing is news on the desktop.
    void setQuiet(std::function<bool()> quiet) { m_quiet = std::move(quiet); }

    Verdict judge(const Alert &alert) const;
    bool isNews(const Alert &alert) const { return judge(alert) == Verdict::News; }
    // A notification shown for `alert` stays on the desktop (false: withdraw it).
    static bool staysOnDesktop(const Alert &alert)
    {
        return alert.isGoodNews() || (alert.isOpen() && !alert.acknowledged);
    }

    bool isEnabled() const;
    // The rules of `workspaceId`, read from the settings the first time they are asked for.
    const AlertRules &rules(const QString &workspaceId) const;
    // The rules changed in the settings (AlertRulesPage::rulesChanged): read them again.
    void reloadRules() { m_rules.clear(); }

private:
    QSettings *m_settings;
    std::function<bool()> m_quiet;
    mutable QHash<QString, AlertRules> m_rules; // by workspace id
};
