#pragma once

#include "app/simulator/simulatedentries.h"
#include "app/simulator/simulatorreply.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

struct SimulatorSettings;

// The objects of one simple kind (dev pods, Ray clusters): kept by name in the order given,
// with a status.state that moves through one timed transition at a time. The kinds own one
// each and keep only what is theirs: their schema, validation and which transition a change
// starts. A newer transition cancels an older one still waiting (generation numbers).
class SimulatedObjects : public QObject
{
    Q_OBJECT

public:
    using NameOf = std::function<QString(const QJsonObject &)>;

    // `kind` names the objects in messages ("devpod %1 not found").
    SimulatedObjects(const QString &kind, NameOf nameOf, const SimulatorSettings &settings, QObject *parent = nullptr);

    void set(const QList<QJsonObject> &objects);
    QList<QJsonObject> all() const;
    QJsonObject get(const QString &name) const;
    void put(const QJsonObject &object);
    bool remove(const QString &name);
    // The stored object, to change in place (then emit changed() through notifyChanged()).
    QJsonObject *find(const QString &name);
    void notifyChanged(const QString &name) { emit changed(name); }
    QStringList names() const { return m_entries.names(); }

    // Sets status.state to `transitional` now and to `finalState` after the transition delay;
    // a null `finalState` removes the object then (a deletion).
    void startTransition(const QString &name, const QString &transitional, const QString &finalState);

    SimulatorReply listReply() const;
    SimulatorReply getReply(const QString &name) const;
    SimulatorReply notFound(const QString &name) const;
    // What every change route checks first: the object exists and is not being deleted.
    // nullopt when it may be changed.
    std::optional<SimulatorReply> refuseChange(const QString &name) const;

    // metadata.version + 1, last_modified_at = now, last_modified_by = `by`.
    static void stampModified(QJsonObject &object, const QString &by);

signals:
    void changed(const QString &name);
    void removed(const QString &name);

private:
    struct Entry
    {
        QJsonObject object;
        quint64 generation = 0;
    };

    const QString m_kind;
    const NameOf m_nameOf;
    const SimulatorSettings &m_settings;
    SimulatedEntries<Entry> m_entries;
};
