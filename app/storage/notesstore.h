#pragma once

#include "app/storage/note.h"
#include "app/storage/storeresult.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

// Notes on deployments. An interface: a backend (app/storage/<backend>/) implements it on its
// own thread; every call returns at once and ends in exactly one StoreResult, delivered on the
// thread of `context` unless `context` died first. Calls run in the order they were made.
//
// Order: "newest first" is by creation time, then by id.
class NotesStore
{
public:
    struct ImportResult
    {
        int imported = 0;
        int skipped = 0; // already here (same deployment, author and creation time)
        int invalid = 0; // rows that could not be read
        QStringList messages;
        QString error; // non-empty: the file is unreadable or nothing could be saved
        bool ok() const { return error.isEmpty(); }
    };

    virtual ~NotesStore() = default;

    // Stores a note (a null createdAt becomes now); ends in the stored note with its id.
    // Blank text is refused (Invalid).
    virtual void add(const Note &note, QObject *context, StoreCallback<Note> done) = 0;
    // Replaces the text and sets editedAt to now; ends in the note as stored.
    virtual void edit(qint64 id, const QString &text, QObject *context, StoreCallback<Note> done) = 0;
    virtual void remove(qint64 id, QObject *context, StoreCallback<StoreNothing> done) = 0;
    // Deletes every note of a workspace in one transaction; ends in the number deleted.
    virtual void removeWorkspace(const QString &workspaceId, QObject *context, StoreCallback<int> done) = 0;

    // The notes of one deployment, newest first.
    virtual void history(const QString &workspaceId, const QString &deploymentName, QObject *context,
                         StoreCallback<QList<Note>> done) = 0;
    // Deployment name -> number of notes, for every deployment of the workspace that has one.
    virtual void countsForWorkspace(const QString &workspaceId, QObject *context,
                                    StoreCallback<QHash<QString, int>> done) = 0;
    // Deployment name -> its newest note.
    virtual void latestForWorkspace(const QString &workspaceId, QObject *context,
                                    StoreCallback<QHash<QString, Note>> done) = 0;
    // Notes whose text, author or deployment name contains `text`, ignoring case, newest
    // first; the backend filters (the notes do not travel to be filtered here).
    virtual void search(const QString &workspaceId, const QString &text, QObject *context,
                        StoreCallback<QList<Note>> done) = 0;
    // Every note of a workspace, by deployment name then newest first.
    virtual void all(const QString &workspaceId, QObject *context, StoreCallback<QList<Note>> done) = 0;

    // Adds notes read from a file to `workspaceId`; one already present (same deployment,
    // author and createdAt) is skipped. One transaction. `result` carries what the reader
    // already counted (invalid rows and their messages).
    virtual void importNotes(const QString &workspaceId, const QList<Note> &notes, const ImportResult &result,
                             QObject *context, StoreCallback<ImportResult> done) = 0;
};
