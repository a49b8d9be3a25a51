#pragma once

#include "app/api/resourcekind.h"

#include <QDate>
#include <QDateTime>
#include <QString>

// One open pause of the ledger, as the AlertEngine needs it: which resource, since when, and
// the review date the user set (the pause's reminder).
struct PauseObservation
{
    ResourceKind kind = ResourceKind::Endpoint;
    QString name;
    QDateTime pausedAt;
    QDate remindOn;        // null: no review date
    bool confirmed = true; // false while the pause is still on its way (a Pending entry)
    QString reason;        // the pause's reason, for the review reminder
};
