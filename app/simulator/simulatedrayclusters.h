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

// Ray clusters (/rayclusters, the leptonai SDK's raycluster.py; both API generations):
// metadata{id, name, version, owner, visibility, ...}, spec{image, ray_version,
// head_group_spec{resource_shape, min_replicas}, worker_group_specs[{group_name,
// resource_shape, min_replicas, max_replicas}], suspend}, status{state}.
// PATCH may carry only spec.worker_group_specs[{group_name, min_replicas, max_replicas}]
// (merged into the group of that name) and spec.suspend: true stops the cluster
// (Stopping -> Stopped), false starts it (Starting -> Ready); a worker change on a running
// cluster is Scaling -> Ready. States use the legacy spellings ("Not Ready").
class SimulatedRayClusters : public QObject
{
    Q_OBJECT

public:
    explicit SimulatedRayClusters(const SimulatorSettings &settings, QObject *parent = nullptr);

    void set(const QList<QJsonObject> &clusters);
    QList<QJsonObject> all() const;
    QJsonObject get(const QString &name) const;
    void put(const QJsonObject &cluster);
    void settleTransitions();

    SimulatorReply listReply() const;
    SimulatorReply getReply(const QString &name) const;
    SimulatorReply patchReply(const QString &name, const QByteArray &body, bool dryRun, const QString &by);
    SimulatorReply deleteReply(const QString &name);

signals:
    void changed(const QString &name);
    void removed(const QString &name);

private:
    SimulatedObjects *m_objects; // child
};
