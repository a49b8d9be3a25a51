#include "app/cli/clijson.h"

#include "app/deployments/statuspresentation.h"

namespace CliJson {

QJsonValue time(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue date(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalInt(std::optional<int> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonObject note(const Note &note)
{
    return QJsonObject {
        {QStringLiteral("id"), note.id},
        {QStringLiteral("text"), note.text},
        {QStringLiteral("author"), note.author},
        {QStringLiteral("author_program"), note.authorProgram},
        {QStringLiteral("author_host"), note.authorHost},
        {QStringLiteral("created_at"), time(note.createdAt)},
        {QStringLiteral("edited_at"), time(note.editedAt)},
        {QStringLiteral("at_pause"), note.atPause},
    };
}

QJsonArray notes(const QList<Note> &notes)
{
    QJsonArray array;
    for (const Note &n : notes)
        array.append(note(n));
    return array;
}

QJsonObject pause(const PauseEntry &entry)
{
    return QJsonObject {
        {QStringLiteral("state"), PauseEntry::stateToString(entry.state)},
        {QStringLiteral("kind"), entry.kind.isEmpty() ? QStringLiteral("endpoint") : entry.kind},
        {QStringLiteral("paused_by"), entry.pausedBy},
        {QStringLiteral("paused_program"), entry.pausedProgram},
        {QStringLiteral("paused_host"), entry.pausedHost},
        {QStringLiteral("paused_at"), time(entry.pausedAt)},
        {QStringLiteral("reason"), entry.reason},
        {QStringLiteral("remind_on"), date(entry.remindOn)},
        {QStringLiteral("saved_min_replicas"), entry.savedMinReplicas},
        {QStringLiteral("saved_max_replicas"), optionalInt(entry.savedMaxReplicas)},
        {QStringLiteral("saved_auto_scaler"),
         entry.hadAutoScaler ? QJsonValue(entry.savedAutoScaler) : QJsonValue(QJsonValue::Null)},
    };
}

QJsonObject deployment(const Deployment &d, const PauseMarker &marker, const std::optional<PauseEntry> &entry,
                       const std::optional<Note> &latestNote)
{
    const StatusPresentation presentation = StatusPresentation::of(d, marker);
    return QJsonObject {
        {QStringLiteral("name"), d.name},
        {QStringLiteral("kind"), ResourceKinds::toString(d.kind)},
        {QStringLiteral("state"), presentation.text},
        {QStringLiteral("server_state"), d.rawState},
        {QStringLiteral("paused"), presentation.paused},
        {QStringLiteral("min_replicas"), optionalInt(d.minReplicas)},
        {QStringLiteral("max_replicas"), optionalInt(d.maxReplicas)},
        {QStringLiteral("desired_replicas"), optionalInt(d.desiredReplicas)},
        {QStringLiteral("shape"), d.resourceShape},
        {QStringLiteral("image"), d.image},
        {QStringLiteral("endpoint"), d.endpointUrl()},
        {QStringLiteral("pause"), entry ? QJsonValue(pause(*entry)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("latest_note"), latestNote ? QJsonValue(note(*latestNote)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("note_count"), marker.noteCount},
    };
}

} // namespace CliJson
