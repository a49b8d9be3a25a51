#pragma once

#include "app/simulator/simulatorreply.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class SimulatedObjects;
struct SimulatorSettings;

// The new API's dev pods (/devpods, the HTTPDevPod wire schema of the leptonai SDK's
// translation.py and devpod.py): metadata{name, version, created_at, owner, visibility, ...}
// (LeptonMetadata inlined), a flat spec{container{image, command, ports}, resource_shape,
// stopped, envs, mounts, ...} and status{state, public_ip, external_url, port_statuses[]}.
// PATCH {"spec":{"stopped":true}} stops a running pod (Stopping -> Stopped), false starts a
// stopped one (Starting -> Ready), with the simulator's transition delay. No events route.
class SimulatedDevPods : public QObject
{
    Q_OBJECT

public:
    explicit SimulatedDevPods(const SimulatorSettings &settings, QObject *parent = nullptr);

    void set(const QList<QJsonObject> &pods);
    QList<QJsonObject> all() const;
    QJsonObject get(const QString &name) const;
    void put(const QJsonObject &pod);
    bool remove(const QString &name);
    void settleTransitions();

    SimulatorReply listReply() const;
    SimulatorReply getReply(const QString &name) const;
    SimulatorReply patchReply(const QString &name, const QByteArray &body, bool dryRun, const QString &by);
    SimulatorReply deleteReply(const QString &name);
    SimulatorReply restartReply(const QString &name);
    SimulatorReply replicasReply(const QString &name) const;

signals:
    void changed(const QString &name);
    void removed(const QString &name);

private:
    SimulatedObjects *m_objects; // child
};
