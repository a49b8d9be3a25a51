#pragma once

#include "app/api/resourcekind.h"
#include "app/deployments/schedulehint.h"
#include "app/schedule/schedule.h"
#include "app/schedule/scheduletransition.h"
#include "app/storage/resourcehold.h"
#include "app/storage/schedulestore.h"
#include "app/storage/transitionclaim.h"
#include "app/storage/wakeup.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

class Storage;
class WorkspaceSession;

// What the window knows of one workspace's schedules, holds, wake-ups and recent transition
// claims, read from the store (ScheduleStore) and read again when the store changes (this
// window, another one, lepton-console-cli or a colleague's runner wrote) and every minute (the
// next transition moves on with the clock). The Schedule tab, the Schedules view and the
// table's hint all read it, so they say the same thing; its writes (set, remove, hold, release,
// wake) go through the same store and end in an error sentence or none.
class ScheduleBoard : public QObject
{
    Q_OBJECT

public:
    // One resource's whole picture at `now`.
    struct Entry
    {
        ResourceKind kind = ResourceKind::Endpoint;
        QString name;
        std::optional<Schedule> schedule;
        QString scheduleError;              // the stored schedule does not read (Schedule::fromRecord)
        std::optional<ResourceHold> hold;   // active holds only
        std::optional<WakeUp> wakeUp;       // active wake-ups only
        std::optional<TransitionClaim> failure; // the latest claim, when it failed or was skipped
    };
    using Done = std::function<void(const QString &error)>; // empty error: done

    explicit ScheduleBoard(QObject *parent = nullptr);
    ~ScheduleBoard() override;

    // The session's storage and workspace; the endpoints' hints go to its table. Null: nothing.
    void setSession(WorkspaceSession *session);
    // The same without a session (the tests, the screenshots).
    void setSources(Storage *storage, const QString &workspaceId);
    QString workspaceId() const { return m_workspaceId; }
    ScheduleStore *store() const { return m_store.get(); }

    // The clock (the tests and the screenshots set one); default the system's.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    // Reads everything again; loaded() after.
    void reload();
    bool hasLoaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }

    Entry entry(ResourceKind kind, const QString &name) const;
    QList<Entry> entries() const;
    // Every planned transition from now for `span`, by time: schedules, and the pause that
    // ends a wake-up.
    struct Planned
    {
        ResourceKind kind = ResourceKind::Endpoint;
        QString name;
        ScheduleTransition transition;
        QString source;   // "schedule" or "wake-up"
        QString scheduleText; // "pause Mon-Fri 20:00 · resume Mon-Fri 07:30 (Europe/Berlin)"
        bool held = false;    // a hold will still be on at that time: the runner skips it
        QString holdText;
        bool operator==(const Planned &other) const = default;
    };
    QList<Planned> plan(std::chrono::seconds span) const;

    // The resource in a few words for the table ("next: pauses at 20:00").
    ScheduleHint hint(ResourceKind kind, const QString &name) const;
    // A schedule's two windows, zone and exceptions in words.
    static QString scheduleText(const Schedule &schedule);
    // "at 20:00" today, "Fri 20:00" this week, else the date; in local time.
    static QString whenText(const QDateTime &at, const QDateTime &now);
    // The same without "at": "16:40", "Fri 16:40".
    static QString clockText(const QDateTime &at, const QDateTime &now);

    void setSchedule(const ScheduleRecord &record, Done done);
    void removeSchedule(ResourceKind kind, const QString &name, Done done);
    void hold(ResourceKind kind, const QString &name, const QDateTime &until, const QString &reason, Done done);
    void release(ResourceKind kind, const QString &name, Done done);
    // Records a wake-up until `until`; resuming the resource is the caller's (the window's Resume).
    void wake(ResourceKind kind, const QString &name, const QDateTime &until, Done done);

Q_SIGNALS:
    void changed();

private:
    void publishHints();
    static QString key(ResourceKind kind, const QString &name);

    QPointer<WorkspaceSession> m_session;
    Storage *m_storage = nullptr;
    std::unique_ptr<ScheduleStore> m_store;
    QString m_workspaceId;
    std::function<QDateTime()> m_clock;
    QTimer m_minute;
    QMetaObject::Connection m_storeChanged;
    bool m_loaded = false;
    QString m_loadError;
    quint64 m_generation = 0; // answers of an older read are dropped
    QList<ScheduleRecord> m_records;
    QList<ResourceHold> m_holds;
    QList<WakeUp> m_wakeUps;
    QList<TransitionClaim> m_claims;
};
