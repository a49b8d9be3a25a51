#pragma once

#include "app/storage/note.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

// The notes of one deployment, newest first, as a list model: what the Notes panel's history
// shows. setNotes() takes a fresh read of the store and diffs it against the rows by note id:
// rows of notes that went away are removed, new notes inserted where they belong, a note that
// changed (edited text, edited time, marker) gets dataChanged on its own row, and a note whose
// place changed is moved. Nothing is reset on a reload, so a view keeps its scroll position,
// its focus and whatever it built for the rows that did not change.
//
// Qt::DisplayRole (and Qt::AccessibleTextRole) is one sentence for screen readers: who, when,
// the markers and the text. The roles below carry the parts.
class NotesHistoryModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        NoteIdRole = Qt::UserRole + 1, // qint64
        TextRole,                      // the note's plain text
        AuthorRole,                    // as stored; may be empty
        AuthorDisplayRole,             // "unknown author" when empty
        CreatedAtRole,                 // QDateTime, UTC
        EditedAtRole,                  // QDateTime, UTC; null when never edited
        EditedRole,                    // bool
        PauseReasonRole,               // bool: written as the reason of a pause
        RelativeTimeRole,              // "3 day(s) ago", against the current time
        NoteRole,                      // the whole Note
    };
    Q_ENUM(Role)

    explicit NotesHistoryModel(QObject *parent = nullptr);

    // The notes to show, newest first (NotesTable::history's order). Diffed by id, never a reset.
    void setNotes(const QList<Note> &notes);
    // All rows removed (no deployment shown).
    void clear() { setNotes({}); }
    const QList<Note> &notes() const { return m_notes; }
    // The row of a note id, or -1.
    int rowOf(qint64 id) const;
    // Null when no such row.
    const Note *note(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // "just now", "%n min ago", "%n h ago", "%n day(s) ago".
    static QString relativeTime(const QDateTime &when, const QDateTime &now);
    static QString authorOf(const Note &note);

private:
    QList<Note> m_notes;
};
