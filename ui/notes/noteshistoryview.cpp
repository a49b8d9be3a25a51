#include "ui/notes/noteshistoryview.h"

#include "app/notes/noteshistorymodel.h"
#include "ui/notes/notecard.h"

#include <QCoreApplication>
#include <QLabel>
#include <QScrollBar>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace {
// The layout holds the empty label first, then the cards, then a stretch.
constexpr int kFirstCardItem = 1;
} // namespace

NotesHistoryView::NotesHistoryView(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("notesHistory"));
    setAccessibleName(QCoreApplication::translate("NotesPanel", "Note history, newest first"));
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::NoFocus); // the notes inside take the focus
    // The history is what grows with the dock; the editor below keeps its few lines.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);

    m_content = new QWidget;
    m_content->setObjectName(QStringLiteral("notesHistoryContent"));
    m_content->setBackgroundRole(QPalette::Window);
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->setSpacing(4);
    m_empty = new QLabel(m_content);
    m_empty->setObjectName(QStringLiteral("notesHistoryEmpty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_layout->addWidget(m_empty);
    m_layout->addStretch(1);
    setWidget(m_content);
}

NotesHistoryView::~NotesHistoryView() = default;

void NotesHistoryView::setModel(NotesHistoryModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { insertCards(first, last); });
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) { removeCards(first, last); });
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    updateCards(topLeft.row(), bottomRight.row());
                });
        connect(model, &QAbstractItemModel::rowsMoved, this,
                [this](const QModelIndex &, int first, int last, const QModelIndex &, int row) {
                    // Take the moved cards out and put them back where the model has them now.
                    QList<NoteCard *> moved = m_cards.mid(first, last - first + 1);
                    m_cards.remove(first, last - first + 1);
                    const int to = row > last ? row - int(moved.size()) : row;
                    for (int i = 0; i < moved.size(); ++i) {
                        m_layout->removeWidget(moved.at(i));
                        m_cards.insert(to + i, moved.at(i));
                        m_layout->insertWidget(kFirstCardItem + to + i, moved.at(i));
                    }
                    updateFocusChain();
                    m_layout->activate();
                });
        connect(model, &QAbstractItemModel::modelReset, this, &NotesHistoryView::rebuildAll);
    }
    rebuildAll();
}

NotesHistoryModel *NotesHistoryView::model() const
{
    return m_model;
}

void NotesHistoryView::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    updateEmpty();
}

void NotesHistoryView::setEditingId(qint64 id)
{
    m_editingId = id;
    for (NoteCard *card : std::as_const(m_cards))
        card->setEditing(id != 0 && card->noteId() == id);
}

NoteCard *NotesHistoryView::card(qint64 id) const
{
    for (NoteCard *card : m_cards) {
        if (card->noteId() == id)
            return card;
    }
    return nullptr;
}

void NotesHistoryView::ensureNoteVisible(qint64 id)
{
    QTimer::singleShot(0, this, [this, id] {
        if (NoteCard *found = card(id))
            ensureWidgetVisible(found);
    });
}

void NotesHistoryView::chainFocus(QWidget *before, QWidget *after)
{
    m_focusBefore = before;
    m_focusAfter = after;
    updateFocusChain();
}

void NotesHistoryView::updateFocusChain()
{
    if (!m_focusBefore || !m_focusAfter)
        return;
    // Each note's text, then its Edit and Delete, newest first.
    QWidget *previous = m_focusBefore;
    for (NoteCard *card : std::as_const(m_cards)) {
        for (QWidget *widget : card->focusChain()) {
            setTabOrder(previous, widget);
            previous = widget;
        }
    }
    setTabOrder(previous, m_focusAfter);
}

void NotesHistoryView::insertCards(int first, int last)
{
    for (int row = first; row <= last; ++row) {
        const Note note = m_model->data(m_model->index(row), NotesHistoryModel::NoteRole).value<Note>();
        auto *card = new NoteCard(note, m_content);
        card->setEditing(m_editingId != 0 && note.id == m_editingId);
        connect(card, &NoteCard::editRequested, this, &NotesHistoryView::editRequested);
        connect(card, &NoteCard::deleteRequested, this, &NotesHistoryView::deleteRequested);
        m_cards.insert(row, card);
        m_layout->insertWidget(kFirstCardItem + row, card);
        card->show(); // now, not at the layout's next turn of the event loop
    }
    updateEmpty();
    updateFocusChain();
    m_layout->activate(); // the cards in their places now, not at the next layout pass
}

void NotesHistoryView::removeCards(int first, int last)
{
    for (int row = last; row >= first; --row) {
        // Gone at once, not later: whoever looks right after the model changed (a screen
        // reader, a test) finds no card for a note that is no longer there.
        const std::unique_ptr<NoteCard> card(m_cards.takeAt(row));
        m_layout->removeWidget(card.get());
    }
    updateEmpty();
    m_layout->activate();
}

void NotesHistoryView::updateCards(int first, int last)
{
    for (int row = first; row <= last && row < m_cards.size(); ++row)
        m_cards.at(row)->setNote(m_model->data(m_model->index(row), NotesHistoryModel::NoteRole).value<Note>());
}

void NotesHistoryView::rebuildAll()
{
    if (!m_cards.isEmpty())
        removeCards(0, int(m_cards.size()) - 1);
    if (m_model && m_model->rowCount() > 0)
        insertCards(0, m_model->rowCount() - 1);
    updateEmpty();
}

void NotesHistoryView::updateEmpty()
{
    m_empty->setVisible(m_cards.isEmpty() && !m_empty->text().isEmpty());
}
