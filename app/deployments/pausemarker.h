#pragma once

#include "app/deployments/schedulehint.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

// What the local ledger and notes say about one deployment, laid over the server's data in
// the table: whether the console paused it, who, since when, what Resume will bring back,
// and the latest note.
struct PauseMarker
{
    bool paused = false;        // an open ledger entry (pending or confirmed)
    bool confirmed = false;     // the pause PATCH was accepted by the server
    QString pausedBy;
    QString pausedByText; // who and from where ("alice (CLI on build-7)"); empty: pausedBy alone
    QString who() const { return pausedByText.isEmpty() ? pausedBy : pausedByText; }
    QDateTime pausedAt;
    int savedMinReplicas = 0;
    int savedMaxReplicas = -1;  // -1: no max was set
    QDate remindOn;
    // What Resume brings back, as the ledger saved it (PausePlan::savedState; {} in entries
    // written before it: savedMinReplicas and savedMaxReplicas say it).
    QJsonObject savedState;
    QString latestNote;
    QString latestNoteAuthor;
    int noteCount = 0;
    // The resource's schedule, hold or wake-up in a few words (not from the ledger: the
    // session lays it over, WorkspaceSession::setScheduleHints).
    ScheduleHint schedule;

    bool hasNote() const { return noteCount > 0; }
    bool operator==(const PauseMarker &other) const = default;
};
