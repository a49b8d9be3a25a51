#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// "Don't touch this, I'm debugging": while a hold lasts (now < until), schedules and wake-up
// ends leave the resource as it is and say so. One per workspace + kind + name (a new hold
// replaces the old). A hold whose `until` has passed has ended by itself (ScheduleStore::holds
// still lists it until removeExpired; nothing acts on it). Times are UTC.
struct ResourceHold
{
    qint64 id = 0;
    QString workspaceId;
    QString kind; // "endpoint", "pod", "raycluster"
    QString name;
    QDateTime until;
    QString reason;
    QString owner;        // user
    QString ownerProgram; // ChangeOrigin, as the ledger records it
    QString ownerHost;
    QDateTime createdAt;

    bool activeAt(const QDateTime &now) const { return until.isValid() && now < until; }
    bool operator==(const ResourceHold &other) const = default;
};

Q_DECLARE_METATYPE(ResourceHold)
