#pragma once

#include "app/storage/note.h"

#include <QFrame>

class QLabel;
class QToolButton;

// One note of the history: author, when, the "pause reason" and "edited" markers, the text
// with its links clickable (NoteTextFormatter; http(s) only, opened with QDesktopServices),
// and Edit and Delete. A widget, not a painted row, so that the links and the buttons are
// reachable with the keyboard and each note is one object for screen readers.
// setNote() updates it in place.
class NoteCard : public QFrame
{
    Q_OBJECT

public:
    explicit NoteCard(const Note &note, QWidget *parent = nullptr);

    qint64 noteId() const { return m_note.id; }
    const Note &note() const { return m_note; }
    void setNote(const Note &note);
    // The note being edited in the panel's editor: sunken, "Being edited below", no Edit.
    void setEditing(bool editing);
    // Its focusable parts, in tab order: the text, Edit, Delete.
    QList<QWidget *> focusChain() const;

Q_SIGNALS:
    void editRequested(qint64 id);
    void deleteRequested(qint64 id);

private:
    void showNote();

    Note m_note;
    QLabel *m_meta = nullptr;
    QLabel *m_editingMarker = nullptr;
    QToolButton *m_edit = nullptr;
    QToolButton *m_delete = nullptr;
    QLabel *m_body = nullptr;
};
