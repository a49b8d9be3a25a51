#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// A note a user left on a deployment ("why is this paused", "owner: team X"...). Notes live in
// the local database (NotesStore), per workspace and deployment name.
struct Note
{
    qint64 id = 0; // NotesStore's row id; 0 before it is stored
    QString workspaceId;
    QString deploymentName;
    QString text;
    QString author;
    QString authorProgram; // where it was written (ChangeOrigin); empty before schema 4
    QString authorHost;
    QDateTime createdAt; // UTC, millisecond precision once stored
    QDateTime editedAt;  // UTC; null when never edited
    bool atPause = false;   // written as the reason of a pause
    qint64 pauseEntryId = 0; // that pause's PauseEntry::id; 0 if none

    bool isEdited() const { return editedAt.isValid(); }
    bool operator==(const Note &other) const = default;
};

Q_DECLARE_METATYPE(Note)
