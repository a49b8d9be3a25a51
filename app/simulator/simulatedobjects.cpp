#include "app/simulator/simulatedobjects.h"

#include "app/simulator/simulatorjson.h"
#include "app/simulator/simulatorsettings.h"

#include <QJsonArray>
#include <QTimer>

using namespace SimulatorJson;

SimulatedObjects::SimulatedObjects(const QString &kind, NameOf nameOf, const SimulatorSettings &settings, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_nameOf(std::move(nameOf))
    , m_settings(settings)
{
}

void SimulatedObjects::set(const QList<QJsonObject> &objects)
{
    m_entries.clear();
    for (const QJsonObject &object : objects) {
        const QString name = m_nameOf(object);
        if (!name.isEmpty())
            m_entries.store(name, Entry{object});
    }
}

QList<QJsonObject> SimulatedObjects::all() const
{
    return m_entries.objects();
}

QJsonObject SimulatedObjects::get(const QString &name) const
{
    return m_entries.object(name);
}

void SimulatedObjects::put(const QJsonObject &object)
{
    const QString name = m_nameOf(object);
    if (name.isEmpty())
        return;
    m_entries.store(name, Entry{object});
    emit changed(name);
}

bool SimulatedObjects::remove(const QString &name)
{
    if (!m_entries.remove(name))
        return false;
    emit removed(name);
    return true;
}

QJsonObject *SimulatedObjects::find(const QString &name)
{
    Entry *entry = m_entries.find(name);
    return entry ? &entry->object : nullptr;
}

void SimulatedObjects::startTransition(const QString &name, const QString &transitional, const QString &finalState)
{
    Entry *entry = m_entries.find(name);
    if (!entry)
        return;
    const quint64 generation = m_entries.renew(*entry);
    setAt(entry->object, {QStringLiteral("status"), QStringLiteral("state")}, transitional);
    m_entries.finishLater(this, m_settings.transitionDelay, name, generation, [this, name, finalState](Entry &current) {
        if (finalState.isNull()) {
            remove(name);
            return;
        }
        setAt(current.object, {QStringLiteral("status"), QStringLiteral("state")}, finalState);
        emit changed(name);
    });
}

SimulatorReply SimulatedObjects::listReply() const
{
    return SimulatorReply::json(m_entries.array());
}

SimulatorReply SimulatedObjects::getReply(const QString &name) const
{
    const Entry *entry = m_entries.find(name);
    return entry ? SimulatorReply::json(entry->object) : notFound(name);
}

SimulatorReply SimulatedObjects::notFound(const QString &name) const
{
    return SimulatorReply::notFound(QStringLiteral("%1 %2 not found").arg(m_kind, name));
}

std::optional<SimulatorReply> SimulatedObjects::refuseChange(const QString &name) const
{
    const Entry *entry = m_entries.find(name);
    if (!entry)
        return notFound(name);
    if (stateOf(entry->object) == QLatin1String("Deleting"))
        return SimulatorReply::error(409, QStringLiteral("Conflict"), QStringLiteral("%1 %2 is being deleted").arg(m_kind, name));
    return std::nullopt;
}

void SimulatedObjects::stampModified(QJsonObject &object, const QString &by)
{
    QJsonObject metadata = object.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("version"), metadata.value(QStringLiteral("version")).toInt() + 1);
    metadata.insert(QStringLiteral("last_modified_at"), nowMs());
    metadata.insert(QStringLiteral("last_modified_by"), by);
    object.insert(QStringLiteral("metadata"), metadata);
}
