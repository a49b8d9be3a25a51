#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// "Keep it awake until 16:40": `wake KIND/NAME --for 2h` resumes the resource now and records
// one of these; while it lasts (now < until) scheduled pauses leave the resource running, and
// once `until` has passed the runner pauses it again (one claimed transition at `until`) and
// removes the wake-up. One per workspace + kind + name (a new one replaces the old). UTC.
struct WakeUp
{
    qint64 id = 0;
    QString workspaceId;
    QString kind; // "endpoint", "pod", "raycluster"
    QString name;
    QDateTime until;
    QString owner;
    QString ownerProgram;
    QString ownerHost;
    QDateTime createdAt;

    bool activeAt(const QDateTime &now) const { return until.isValid() && now < until; }
    bool operator==(const WakeUp &other) const = default;
};

Q_DECLARE_METATYPE(WakeUp)
