#pragma once

#include "app/simulator/simulatedentries.h"
#include "app/simulator/simulatorreply.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

struct SimulatorSettings;

// The new API's endpoints (/endpoints, the HTTPEndpoint wire schema of the leptonai SDK's
// translation.py): metadata{name, version, created_at, lepton_metadata{owner, visibility,
// created_by, last_modified_at, last_modified_by}}, spec{components[{name, frontend, image,
// resource_shape, min_replicas, max_replicas, autoscaling, ...}], access_config,
// load_balancing, ...}, status{state, external_url, ready_replicas, auto_scaler_status}.
//
// PATCH is an RFC 7386 merge patch, so spec.components is replaced wholesale; the merged
// endpoint must keep non-empty unique component names and exactly one frontend among several,
// and "min_replicas >= 1 while either the GPU or throughput target is active". A patch that
// changes nothing is answered with the endpoint as it is (no version bump).
//
// Replicas follow the sum of the components' wanted replicas, through the same transitional
// states (and the same delay) as the legacy deployments: Stopping -> Stopped, Starting ->
// Ready, Updating -> Ready (a new replica template or a restart), Scaling -> Ready, Deleting
// -> removed.
// About 620 lines in one class: the new API's endpoint routes, its validation (the SDK's
// translation.py rules) and its state transitions work on the same records, as in
// SimulatedDeployments.
class SimulatedEndpoints : public QObject
{
    Q_OBJECT

public:
    explicit SimulatedEndpoints(const SimulatorSettings &settings, QObject *parent = nullptr);

    // Objects are stored as given (keyed by metadata.name); setting them cancels transitions.
    void set(const QList<QJsonObject> &endpoints);
    QList<QJsonObject> all() const;
    QStringList names() const;
    QJsonObject get(const QString &name) const; // empty if there is none
    void put(const QJsonObject &endpoint);      // inserts or replaces, as an outside change
    bool remove(const QString &name);
    // Transitional states as loaded reach their end after the delay (see WorkspaceSimulator).
    void settleTransitions();
    // Replica `replicaIndex`'s container ended and starts again: a counted BackOff warning
    // event (the new API has no termination route). False when there is no such replica.
    bool crashReplica(const QString &name, int replicaIndex);

    SimulatorReply listReply() const;
    SimulatorReply getReply(const QString &name) const;
    SimulatorReply patchReply(const QString &name, const QByteArray &body, bool dryRun, const QString &by);
    SimulatorReply deleteReply(const QString &name);
    SimulatorReply restartReply(const QString &name);
    SimulatorReply replicasReply(const QString &name) const;
    SimulatorReply eventsReply(const QString &name) const;
    SimulatorReply historyReply(const QString &name) const;
    SimulatorReply logReply(const QString &name, const QString &replicaId) const;

    // Why a whole endpoint is invalid (empty: valid). Public for the population's checks.
    static QString validate(const QJsonObject &endpoint);

signals:
    void changed(const QString &name);
    void removed(const QString &name);

private:
    struct Entry
    {
        QJsonObject object;
        quint64 generation = 0;   // bumps cancel pending transition timers
        int replicas = 0;         // replicas that exist right now
        QHash<QString, int> wanted; // per component: the replicas it should have
        QJsonArray events;
        QJsonArray history;       // earlier versions, newest first
    };

    Entry makeEntry(const QJsonObject &object) const;
    void planTransition(Entry &entry, const QJsonObject &before);
    void startTransition(const QString &name, const QString &transitional, const QString &finalState);
    void scheduleFinish(const QString &name, quint64 generation, const QString &finalState);
    void setState(Entry &entry, const QString &state);
    void addEvent(Entry &entry, const QString &type, const QString &reason, const QString &message);
    QStringList replicaIds(const Entry &entry) const;
    static int totalWanted(const Entry &entry);

    const SimulatorSettings &m_settings;
    SimulatedEntries<Entry> m_entries;
};
