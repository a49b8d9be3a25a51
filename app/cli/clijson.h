#pragma once

#include "app/api/deployment.h"
#include "app/storage/note.h"
#include "app/storage/pauseentry.h"
#include "app/deployments/pausemarker.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <optional>

// The JSON that lepton-console-cli prints with --json. These shapes are a documented
// interface (README, "Scripts and CI/CD"): add keys, never rename or remove one.
// Times are UTC ISO 8601 with milliseconds ("2026-07-09T18:00:00.000Z"), dates
// "YYYY-MM-DD"; a missing value is null, never an absent key.
namespace CliJson {

QJsonValue time(const QDateTime &time);
QJsonValue date(const QDate &date);
QJsonValue optionalInt(std::optional<int> value);

// {"id","text","author","created_at","edited_at","at_pause"}
QJsonObject note(const Note &note);
QJsonArray notes(const QList<Note> &notes);

// {"state":"pending"|"active","kind","paused_by","paused_at","reason","remind_on",
//  "saved_min_replicas","saved_max_replicas","saved_auto_scaler"}
QJsonObject pause(const PauseEntry &entry);

// One deployment as list and status print it:
// {"name","kind","state","server_state","paused","min_replicas","max_replicas","desired_replicas",
//  "shape","image","endpoint","pause":{...}|null,"latest_note":{...}|null,"note_count"}
QJsonObject deployment(const Deployment &deployment, const PauseMarker &marker,
                       const std::optional<PauseEntry> &entry, const std::optional<Note> &latestNote);

} // namespace CliJson
