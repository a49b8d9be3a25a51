#pragma once

#include <QPointer>
#include <QScrollArea>

class NoteCard;
class NotesHistoryModel;
class QLabel;
class QVBoxLayout;

// The Notes panel's history: one NoteCard per row of a NotesHistoryModel, newest first, in a
// scroll area that takes the room the dock gives it.
//
// It follows the model's row signals: an inserted note gets a card at its place, a removed
// one loses its card, a changed one is updated in place, a moved one is moved. Nothing is
// rebuilt on a reload, so the reader keeps the scroll position and the focus. (The cards are
// widgets, not a painted delegate, so that each note's links and its Edit and Delete are in
// the tab order and in the accessibility tree.)
class NotesHistoryView : public QScrollArea
{
    Q_OBJECT

public:
    explicit NotesHistoryView(QWidget *parent = nullptr);
    ~NotesHistoryView() override;

    // The model must outlive the view or be replaced first.
    void setModel(NotesHistoryModel *model);
    NotesHistoryModel *model() const;

    // Shown when there is no note ("No notes yet…"; empty for no deployment).
    void setEmptyText(const QString &text);
    // The note loaded in the editor (0: none).
    void setEditingId(qint64 id);
    NoteCard *card(qint64 id) const;
    // Scrolls so that the note is visible, once the layout has placed it.
    void ensureNoteVisible(qint64 id);
    // Keyboard focus moves from `before` through every card to `after`.
    void chainFocus(QWidget *before, QWidget *after);

Q_SIGNALS:
    void editRequested(qint64 id);
    void deleteRequested(qint64 id);

private:
    void insertCards(int first, int last);
    void removeCards(int first, int last);
    void updateCards(int first, int last);
    void rebuildAll(); // only for a model reset (or a new model), which NotesHistoryModel never emits
    void updateEmpty();
    void updateFocusChain();

    QPointer<NotesHistoryModel> m_model;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr; // the empty label, the cards, a stretch
    QLabel *m_empty = nullptr;
    QList<NoteCard *> m_cards;       // in row order
    qint64 m_editingId = 0;
    QPointer<QWidget> m_focusBefore;
    QPointer<QWidget> m_focusAfter;
};
