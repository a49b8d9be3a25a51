#pragma once

#include <QDateTime>
#include <QString>

// One line of a deployment's History (DeploymentHistoryModel): a pause, its end (resumed,
// abandoned, or deleted while paused: PausedDeletion), or a note.
struct DeploymentHistoryEvent
{
    enum class Kind { Pausing, Paused, Resumed, Abandoned, Note, Deleted };

    QString key;    // "pause:<id>", "closed:<id>" or "note:<id>": one line per record, kept across reads
    QDateTime when; // UTC
    Kind kind = Kind::Note;
    QString who;
    QString details;

    bool operator==(const DeploymentHistoryEvent &other) const = default;
};
