#include "app/notes/noteshistorymodel.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

// The words are the Notes panel's, and keep its translation context.

NotesHistoryModel::NotesHistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

QString NotesHistoryModel::relativeTime(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = when.secsTo(now);
    if (seconds < 60)
        return QCoreApplication::translate("NotesPanel", "just now");
    // The counts are computed first: Qt 6.4's lupdate never returns from a translate() whose
    // count argument has a number inside parentheses, such as int(seconds / 60).
    const int minutes = int(seconds / 60);
    const int hours = int(seconds / 3600);
    const int days = int(seconds / 86400);
    if (seconds < 3600)
        return QCoreApplication::translate("NotesPanel", "%n min ago", nullptr, minutes);
    if (seconds < 86400)
        return QCoreApplication::translate("NotesPanel", "%n h ago", nullptr, hours);
    return QCoreApplication::translate("NotesPanel", "%n day(s) ago", nullptr, days);
}

QString NotesHistoryModel::authorOf(const Note &note)
{
    return note.author.isEmpty() ? QCoreApplication::translate("NotesPanel", "unknown author") : note.author;
}

void NotesHistoryModel::setNotes(const QList<Note> &notes)
{
    QSet<qint64> wanted;
    wanted.reserve(notes.size());
    for (const Note &note : notes)
        wanted.insert(note.id);

    // 1. Rows whose note is gone, bottom up, a contiguous run at a time.
    for (int row = int(m_notes.size()) - 1; row >= 0;) {
        if (wanted.contains(m_notes.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !wanted.contains(m_notes.at(first - 1).id))
            --first;
        beginRemoveRows(QModelIndex(), first, row);
        m_notes.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // 2. Walk the new order: the note at each row is in place (maybe changed), further down
    // (moved up here), or new (inserted).
    for (int row = 0; row < notes.size(); ++row) {
        const Note &note = notes.at(row);
        if (row < m_notes.size() && m_notes.at(row).id == note.id) {
            if (!(m_notes.at(row) == note)) {
                m_notes[row] = note;
                const QModelIndex changed = index(row);
                Q_EMIT dataChanged(changed, changed);
            }
            continue;
        }
        int from = -1;
        for (int other = row + 1; other < m_notes.size(); ++other) {
            if (m_notes.at(other).id == note.id) {
                from = other;
                break;
            }
        }
        if (from >= 0) {
            beginMoveRows(QModelIndex(), from, from, QModelIndex(), row);
            m_notes.move(from, row);
            endMoveRows();
            if (!(m_notes.at(row) == note)) {
                m_notes[row] = note;
                const QModelIndex changed = index(row);
                Q_EMIT dataChanged(changed, changed);
            }
            continue;
        }
        // A run of new notes goes in with one insert.
        int last = row;
        while (last + 1 < notes.size()) {
            const qint64 next = notes.at(last + 1).id;
            if (rowOf(next) >= 0)
                break;
            ++last;
        }
        beginInsertRows(QModelIndex(), row, last);
        for (int i = row; i <= last; ++i)
            m_notes.insert(i, notes.at(i));
        endInsertRows();
        row = last;
    }
}

int NotesHistoryModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_notes.size(); ++row) {
        if (m_notes.at(row).id == id)
            return row;
    }
    return -1;
}

const Note *NotesHistoryModel::note(qint64 id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_notes.at(row) : nullptr;
}

int NotesHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

QVariant NotesHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_notes.size())
        return {};
    const Note &note = m_notes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: {
        const QString when = relativeTime(note.createdAt, QDateTime::currentDateTimeUtc());
        QStringList markers;
        if (note.atPause)
            markers << QCoreApplication::translate("NotesPanel", "pause reason");
        if (note.isEdited())
            markers << QCoreApplication::translate("NotesPanel", "edited");
        const QString who = markers.isEmpty()
            ? QCoreApplication::translate("NotesPanel", "Note by %1, %2").arg(authorOf(note), when)
            : QCoreApplication::translate("NotesPanel", "Note by %1, %2 (%3)")
                  .arg(authorOf(note), when, markers.join(QStringLiteral(", ")));
        return QStringLiteral("%1: %2").arg(who, note.text);
    }
    case Qt::ToolTipRole:
    case TextRole:
        return note.text;
    case NoteIdRole:
        return note.id;
    case AuthorRole:
        return note.author;
    case AuthorDisplayRole:
        return authorOf(note);
    case CreatedAtRole:
        return note.createdAt;
    case EditedAtRole:
        return note.editedAt;
    case EditedRole:
        return note.isEdited();
    case PauseReasonRole:
        return note.atPause;
    case RelativeTimeRole:
        return relativeTime(note.createdAt, QDateTime::currentDateTimeUtc());
    case NoteRole:
        return QVariant::fromValue(note);
    default:
        return {};
    }
}

QHash<int, QByteArray> NotesHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NoteIdRole, "noteId");
    names.insert(TextRole, "text");
    names.insert(AuthorRole, "author");
    names.insert(AuthorDisplayRole, "authorDisplay");
    names.insert(CreatedAtRole, "createdAt");
    names.insert(EditedAtRole, "editedAt");
    names.insert(EditedRole, "edited");
    names.insert(PauseReasonRole, "pauseReason");
    names.insert(RelativeTimeRole, "relativeTime");
    names.insert(NoteRole, "note");
    return names;
}
