#pragma once

#include "app/watch/alert.h"

#include <QString>

class QSettings;

// Which alert rules are on, with their thresholds, for one workspace. Defaults as the issue
// asks: every problem rule on, good news ("resume finished: Ready") off; Not Ready for 10
// minutes; a scheduled pause or resume that failed is an alert; a crash loop is 3 restarts or termination records within 10 minutes; a resume has
// 10 minutes to become Ready; the API may be unreachable 5 minutes before it is an alert.
// Kept in QSettings under "alerts/<workspace id>/...".
struct AlertRules
{
    bool enteredError = true;
    bool stuckNotReady = true;
    int stuckMinutes = 10;
    bool crashLoop = true;
    int crashRestarts = 3;
    int crashWindowMinutes = 10;
    bool resumeReady = false;
    bool resumeNotReady = true;
    int resumeMinutes = 10;
    bool resumedOutside = true;
    bool stoppedOutside = true;
    bool reviewDue = true;
    bool tokenExpiring = true;
    bool apiUnreachable = true;
    int apiUnreachableMinutes = 5;
    bool scheduleFailed = true;

    bool isOn(Alert::Rule rule) const;
    void setOn(Alert::Rule rule, bool on);

    static AlertRules load(const QSettings &settings, const QString &workspaceId);
    void save(QSettings &settings, const QString &workspaceId) const;

    friend bool operator==(const AlertRules &, const AlertRules &) = default;
};
