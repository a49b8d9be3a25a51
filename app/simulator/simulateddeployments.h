#pragma once

#include "app/simulator/simulatedentries.h"
#include "app/simulator/simulatedreplicahistory.h"
#include "app/simulator/simulatorreply.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

struct SimulatorSettings;

// The legacy API generation's deployments (/deployments, LeptonDeployment in the shapes of the
// leptonai SDK's types/deployment.py): their state, merge-patch semantics, validation and
// state transitions, and the answers of their routes (see WorkspaceSimulator for the table).
// A change moves a deployment to a transitional state at once (Stopping, Starting, Updating,
// Scaling, Restarting, Deleting) and to its final state after the transition delay.
// About 840 lines in one class: the patch rules, the validation and the transitions all work
// on the same entries, and the rest is the legacy routes' answers (readiness, termination,
// logs, replicas); cutting it further would only pass the entries around.
class SimulatedDeployments : public QObject
{
    Q_OBJECT

public:
    // What the running replicas use, for WorkspaceInfo.
    struct Usage
    {
        int deployments = 0;
        int pods = 0;
        double cpu = 0;
        qint64 memory = 0;
        double accelerators = 0;
    };

    explicit SimulatedDeployments(const SimulatorSettings &settings, QObject *parent = nullptr);

    void setRequireMinWithMax(bool require);
    void setLegacyStateFold(bool on);
    bool legacyStateFold() const;

    void setDeployments(const QList<QJsonObject> &deployments);
    QList<QJsonObject> deployments() const;
    QStringList deploymentNames() const;
    QJsonObject deployment(const QString &name) const;
    bool hasDeployment(const QString &name) const;
    void setDeployment(const QJsonObject &deployment);
    bool removeDeployment(const QString &name);
    bool applyOutsideChange(const QString &name, const QJsonObject &patch, const QString &by, QString *error);
    bool simulateIdleScaleDown(const QString &name);
    // The container of replica `replicaIndex` (in replicas order) ended and is started again:
    // a termination record (exit code, reason, message) and a counted BackOff warning event.
    // The state is left as it is. False when there is no such deployment or replica.
    bool crashReplica(const QString &name, int replicaIndex, int exitCode, const QString &reason, const QString &message);
    void settleTransitions();
    Usage usage() const;

    SimulatorReply listReply() const;
    SimulatorReply getReply(const QString &name) const;
    SimulatorReply patchReply(const QString &name, const QByteArray &body, bool dryRun);
    SimulatorReply deleteReply(const QString &name);
    SimulatorReply restartReply(const QString &name);
    SimulatorReply replicasReply(const QString &name) const;
    SimulatorReply eventsReply(const QString &name) const;
    SimulatorReply readinessReply(const QString &name) const;
    SimulatorReply terminationReply(const QString &name) const;
    SimulatorReply logReply(const QString &name, const QString &replicaId) const;

signals:
    void changed(const QString &name); // spec or status changed (also mid-transition)
    void removed(const QString &name);

private:
    struct Entry
    {
        QJsonObject object;
        quint64 generation = 0; // bumps cancel pending transition timers
        int replicas = 0;       // replicas that exist right now
        QJsonArray events;
        SimulatedReplicaHistory replicaHistory; // termination records
    };
    struct PatchOutcome
    {
        bool ok = false;
        int status = 200;
        QString code;
        QString message;
        QJsonObject result;
    };

    QJsonObject onTheWire(const QJsonObject &deployment) const;
    PatchOutcome applyPatch(const QString &name, const QJsonObject &patch, const QString &by, bool dryRun);
    QString validate(const QJsonObject &effectivePatch, const QJsonObject &merged) const;
    void planTransition(Entry &entry, const QJsonObject &before, bool replicaAffecting);
    void startTransition(const QString &name, const QString &transitional, const QString &finalState, int finalReplicas);
    void scheduleFinish(const QString &name, quint64 generation, const QString &finalState, int finalReplicas);
    void setState(Entry &entry, const QString &state);
    void addEvent(Entry &entry, const QString &type, const QString &reason, const QString &message);
    Entry makeEntry(const QJsonObject &object) const;
    QStringList replicaIds(const QString &name) const;
    static QStringList replicaIdsOf(const QString &name, const QJsonObject &object, int replicas);

    const SimulatorSettings &m_settings;
    bool m_requireMinWithMax = true;
    bool m_legacyStateFold = false;
    SimulatedEntries<Entry> m_entries;
};
