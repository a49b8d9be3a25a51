#include "ui/notes/notespanel.h"

#include "app/notes/noteshistorymodel.h"
#include "app/notes/notetextformatter.h"
#include "app/storage/storage.h"
#include "ui/notes/noteshistoryview.h"
#include "ui/widgets/clearbutton.h"
#include "ui/widgets/errorbanner.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace {

// How many search hits are listed; the status line says when there are more.
constexpr int kMaxSearchResults = 200;
// Snippet length of a search hit, in characters.
constexpr int kSnippetChars = 90;
// The editor shows this many lines before it scrolls, and at least the second number.
constexpr int kEditorLines = 3;
constexpr int kEditorMinLines = 2;
// The history may shrink to this many lines in a short dock (it scrolls).
constexpr int kHistoryMinLines = 1;
// How long typing in the search field must pause before the search runs.
constexpr std::chrono::milliseconds kSearchDelay {150};
// While searching, the hits get a quarter of the height and the notes the rest.
constexpr int kResultsStretch = 1;
constexpr int kHistoryStretch = 3;

constexpr int kNameRole = Qt::UserRole + 1;
constexpr int kNoteIdRole = Qt::UserRole + 2;

QString relativeTime(const QDateTime &when, const QDateTime &now)
{
    return NotesHistoryModel::relativeTime(when, now);
}

QString authorOf(const Note &note)
{
    return NotesHistoryModel::authorOf(note);
}

} // namespace

NotesPanel::NotesPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("notesPanel"));
    setAccessibleName(tr("Notes"));
    setWindowTitle(tr("Notes"));
    m_model = new NotesHistoryModel(this);
    buildUi();
    updateEditorMode();
    updateEnabled();
}

NotesPanel::~NotesPanel() = default;

void NotesPanel::buildUi()
{
    // --- Export / import ---------------------------------------------------------------------
    m_exportMarkdown = new QAction(tr("Export Notes as &Markdown…"), this);
    m_exportMarkdown->setObjectName(QStringLiteral("notesExportMarkdownAction"));
    connect(m_exportMarkdown, &QAction::triggered, this, [this] { exportNotes(NotesTransfer::Format::Markdown); });
    m_exportCsv = new QAction(tr("Export Notes as &CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("notesExportCsvAction"));
    connect(m_exportCsv, &QAction::triggered, this, [this] { exportNotes(NotesTransfer::Format::Csv); });
    m_importCsv = new QAction(tr("&Import Notes from CSV…"), this);
    m_importCsv->setObjectName(QStringLiteral("notesImportCsvAction"));
    connect(m_importCsv, &QAction::triggered, this, &NotesPanel::importNotes);

    m_transfer = new QPushButton(tr("E&xport / Import"), this);
    m_transfer->setObjectName(QStringLiteral("notesTransfer"));
    m_transfer->setAccessibleName(tr("Export or import the notes of the workspace"));
    m_transfer->setToolTip(tr("Export every note of the workspace to Markdown or CSV, or import a CSV export"));
    auto *menu = new QMenu(m_transfer);
    menu->setObjectName(QStringLiteral("notesTransferMenu"));
    menu->setAccessibleName(tr("Export or import notes"));
    menu->addAction(m_exportMarkdown);
    menu->addAction(m_exportCsv);
    menu->addSeparator();
    menu->addAction(m_importCsv);
    m_transfer->setMenu(menu);

    // --- Search ------------------------------------------------------------------------------
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("notesSearch"));
    m_search->setAccessibleName(tr("Search all notes of the workspace"));
    m_search->setPlaceholderText(tr("Text, author or deployment"));
    ClearButton::enable(m_search, tr("Clear the search"));
    // A search reads every note of the workspace: while keys come, it waits for a pause in
    // them. Emptying the field ends the search at once.
    m_searchSoon.setSingleShot(true);
    m_searchSoon.setInterval(kSearchDelay);
    connect(&m_searchSoon, &QTimer::timeout, this, &NotesPanel::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty())
            runSearch();
        else
            m_searchSoon.start();
    });
    m_searchLabel = new QLabel(tr("Searc&h all notes:"), this);
    m_searchLabel->setObjectName(QStringLiteral("notesSearchLabel"));
    m_searchLabel->setBuddy(m_search);

    m_searchStatus = new QLabel(this);
    m_searchStatus->setObjectName(QStringLiteral("notesSearchStatus"));
    m_searchStatus->setTextFormat(Qt::PlainText);
    m_searchStatus->setWordWrap(true);
    m_searchStatus->hide();

    m_busy = new QLabel(tr("Working…"), this);
    m_busy->setObjectName(QStringLiteral("notesBusy"));
    m_busy->setAccessibleName(tr("Reading or writing notes"));
    m_busy->setForegroundRole(QPalette::PlaceholderText);
    m_busy->hide();

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("notesSearchResults"));
    m_results->setAccessibleName(tr("Notes found"));
    m_results->setToolTip(tr("Click (or Enter) shows the deployment's notes"));
    m_results->setWordWrap(true);
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->setUniformItemSizes(false);
    m_results->setAlternatingRowColors(true);
    m_results->setSpacing(2);
    m_results->hide();
    // One click shows the hit's notes (#24): a hit is a link to them, not a row to select
    // first. Enter (itemActivated) does the same from the keyboard.
    connect(m_results, &QListWidget::itemClicked, this, &NotesPanel::activateResult);
    connect(m_results, &QListWidget::itemActivated, this, &NotesPanel::activateResult);

    // --- Title and messages ------------------------------------------------------------------
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("notesTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_message = new ErrorBanner(this);
    m_message->setObjectName(QStringLiteral("notesMessage"));
    m_message->hide();

    // --- History and editor ------------------------------------------------------------------
    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("notesPlaceholder"));
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("notesPage"));
    m_history = new NotesHistoryView(page);
    m_history->setModel(m_model);
    connect(m_history, &NotesHistoryView::editRequested, this, &NotesPanel::editNote);
    connect(m_history, &NotesHistoryView::deleteRequested, this, &NotesPanel::confirmDelete);

    m_editor = new QPlainTextEdit(page);
    m_editor->setObjectName(QStringLiteral("notesEditor"));
    m_editor->setPlaceholderText(tr("Why is it paused? Who to ask? Links are clickable. Ctrl+Return saves."));
    m_editor->setTabChangesFocus(true);
    const int editorChrome = 2 * (m_editor->frameWidth() + int(m_editor->document()->documentMargin()));
    const int lineHeight = m_editor->fontMetrics().lineSpacing();
    m_editor->setMaximumHeight(lineHeight * kEditorLines + editorChrome);
    // In a short dock the box keeps two lines and the history what is left (#24: the dock
    // must not take a third of a small window).
    m_editor->setMinimumHeight(lineHeight * kEditorMinLines + editorChrome);
    // The history is the part that grows with the dock; it may shrink to a line or two and
    // scrolls.
    m_history->setMinimumHeight(lineHeight * kHistoryMinLines + editorChrome);
    m_editor->installEventFilter(this);
    m_editorLabel = new QLabel(page);
    m_editorLabel->setObjectName(QStringLiteral("notesEditorLabel"));
    m_editorLabel->setBuddy(m_editor);

    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setObjectName(QStringLiteral("notesCancelEdit"));
    m_cancel->setAccessibleName(tr("Cancel editing"));
    m_cancel->setToolTip(tr("Leave the note as it was (Esc)"));
    connect(m_cancel, &QPushButton::clicked, this, &NotesPanel::cancelEdit);
    m_submit = new QPushButton(page);
    m_submit->setObjectName(QStringLiteral("notesSubmit"));
    connect(m_submit, &QPushButton::clicked, this, &NotesPanel::submit);

    // The label and the buttons beside the editor, not above or below it: every line the
    // box does not take is a line of history (or of the table above the dock).
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_submit);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *editorRow = new QHBoxLayout;
    editorRow->addWidget(m_editorLabel, 0, Qt::AlignTop);
    editorRow->addWidget(m_editor, 1);
    editorRow->addLayout(buttons);

    // The history takes whatever height the dock has beyond the editor's few lines.
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->setSpacing(4);
    pageLayout->addWidget(m_history, 1);
    pageLayout->addLayout(editorRow);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("notesStack"));
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);

    // --- Layout ------------------------------------------------------------------------------
    // The search on one line with its label: the dock sits below the table, and every line
    // it needs is a line of deployments less.
    // The title ("Notes on llama-70b") starts the same line.
    m_title->setWordWrap(false);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->setMinimumWidth(m_title->fontMetrics().averageCharWidth() * 8);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_title, 1);
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_busy);
    searchRow->addWidget(m_transfer);

    // Tight margins: the dock sits below the table and every pixel is the table's.
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);
    layout->addLayout(searchRow);
    layout->addWidget(m_searchStatus);
    layout->addWidget(m_results, kResultsStretch);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, kHistoryStretch);

    setTabOrder(m_search, m_transfer);
    setTabOrder(m_transfer, m_results);
    m_history->chainFocus(m_results, m_editor); // through every note; kept as notes come and go
    setTabOrder(m_editor, m_cancel);
    setTabOrder(m_cancel, m_submit);

    updateHistoryEmptyText();
}

// --- Sources ---------------------------------------------------------------------------------

void NotesPanel::setStorage(Storage *storage, const QString &workspaceId, const QString &author)
{
    const bool otherWorkspace = storage != m_storage || workspaceId != m_workspaceId;
    m_author = author;
    if (!otherWorkspace) {
        reload();
        return;
    }
    if (storage != m_storage) {
        disconnect(m_storageChanged);
        m_storage = storage;
        if (m_storage) // another window or lepton-console-cli wrote: re-read
            m_storageChanged = connect(m_storage, &Storage::changed, this, &NotesPanel::reload);
    }
    m_workspaceId = workspaceId;
    m_drafts.clear();
    m_deployment.clear();
    ++m_historyRequest; // answers for the old workspace are dropped
    m_model->clear();
    m_editingId = 0;
    m_savedNewText.clear();
    m_editor->clear();
    m_message->hideBanner();
    updateHistoryEmptyText();
    updateEditorMode();
    updateEnabled();
    runSearch();
}

NotesStore *NotesPanel::store() const
{
    return m_storage ? &m_storage->notes() : nullptr;
}

void NotesPanel::setDeployment(const QString &workspaceId, const QString &deploymentName)
{
    if (workspaceId != m_workspaceId)
        setStorage(m_storage, workspaceId, m_author);
    // The same deployment again (every refresh asks): nothing to read. Notes written
    // elsewhere arrive through reload(), which Storage::changed calls.
    if (deploymentName == m_deployment)
        return;
    storeDraft();
    m_deployment = deploymentName;
    m_editingId = 0;
    m_savedNewText.clear();
    m_editor->clear();
    m_message->hideBanner();
    m_model->clear();
    restoreDraft(); // its note, if it edits one, is checked when the history arrives
    updateEditorMode();
    updateEnabled();
    loadHistory(true);
}

void NotesPanel::clear()
{
    setDeployment(m_workspaceId, QString());
}

QList<qint64> NotesPanel::shownNoteIds() const
{
    QList<qint64> ids;
    ids.reserve(m_model->rowCount());
    for (const Note &note : m_model->notes())
        ids << note.id;
    return ids;
}

const Note *NotesPanel::shownNote(qint64 id) const
{
    return m_model->note(id);
}

void NotesPanel::reload()
{
    loadHistory(false);
    runSearch();
}

void NotesPanel::loadHistory(bool afterSwitch)
{
    const quint64 request = ++m_historyRequest;
    NotesStore *notes = store();
    if (!notes || m_deployment.isEmpty()) {
        updateHistoryEmptyText();
        return;
    }
    if (afterSwitch)
        m_history->setEmptyText(tr("Reading the notes…"));
    begin();
    const QString deployment = m_deployment;
    notes->history(m_workspaceId, deployment, this,
                   [this, request, deployment, afterSwitch](const StoreResult<QList<Note>> &result) {
        end();
        if (request != m_historyRequest)
            return; // another deployment (or a newer read) since
        if (!result.ok()) {
            updateHistoryEmptyText();
            showError(tr("The notes of %1 could not be read: %2").arg(deployment, result.error.message));
            return;
        }
        applyHistory(result.value, afterSwitch);
    });
}

void NotesPanel::applyHistory(const QList<Note> &notes, bool afterSwitch)
{
    const bool wasAtTop = m_history->verticalScrollBar()->value() == 0;
    m_model->setNotes(notes); // diffed by note id: only what changed is touched
    updateHistoryEmptyText();
    if (m_editingId != 0 && !shownNote(m_editingId)) {
        // Deleted elsewhere (another window, the CLI): the text becomes a new note draft.
        m_editingId = 0;
        m_savedNewText.clear();
        if (!afterSwitch)
            showInfo(tr("The note you were editing was deleted elsewhere; your text is kept as a new note."));
    }
    updateEditorMode();
    if (afterSwitch || wasAtTop)
        m_history->verticalScrollBar()->setValue(0);
}

// --- History ---------------------------------------------------------------------------------

QString NotesPanel::noteWhen(const Note &note) const
{
    return relativeTime(note.createdAt, QDateTime::currentDateTimeUtc());
}

void NotesPanel::updateHistoryEmptyText()
{
    m_history->setEmptyText(m_deployment.isEmpty() ? QString() : tr("No notes yet. Write the first one below."));
}

// --- Editor ----------------------------------------------------------------------------------

void NotesPanel::updateEditorMode()
{
    const Note *editing = m_editingId != 0 ? shownNote(m_editingId) : nullptr;
    if (editing) {
        m_editorLabel->setText(tr("&Edit the note by %1, %2:").arg(authorOf(*editing), noteWhen(*editing)));
        m_editor->setAccessibleName(tr("Text of the note being edited"));
        m_submit->setText(tr("&Save"));
        m_submit->setAccessibleName(tr("Save the note"));
        m_submit->setToolTip(tr("Save the changes (Ctrl+Return)"));
    } else {
        m_editorLabel->setText(tr("&New note:"));
        m_editor->setAccessibleName(tr("New note"));
        m_submit->setText(tr("&Add Note"));
        m_submit->setAccessibleName(tr("Add note"));
        m_submit->setToolTip(tr("Add the note (Ctrl+Return)"));
    }
    m_cancel->setVisible(editing != nullptr);
    m_history->setEditingId(editing ? m_editingId : 0);
}

void NotesPanel::updateEnabled()
{
    const bool connected = m_storage != nullptr && !m_workspaceId.isEmpty();
    m_search->setEnabled(connected);
    m_searchLabel->setEnabled(connected);
    m_transfer->setEnabled(connected && !m_transferring);
    m_exportMarkdown->setEnabled(connected && !m_transferring);
    m_exportCsv->setEnabled(connected && !m_transferring);
    m_importCsv->setEnabled(connected && !m_transferring);

    const bool hasDeployment = connected && !m_deployment.isEmpty();
    m_placeholder->setText(connected ? tr("Select a deployment to read and write its notes.")
                                     : tr("Connect to a workspace to read and write notes."));
    m_stack->setCurrentIndex(hasDeployment ? 1 : 0);
    m_title->setText(hasDeployment ? tr("Notes on %1").arg(m_deployment) : tr("Notes"));
    m_title->setToolTip(m_title->text()); // the line may cut a long name
    m_title->setAccessibleName(m_title->text());
}

bool NotesPanel::submit()
{
    NotesStore *notes = store();
    if (!notes || m_deployment.isEmpty() || m_saving)
        return false;
    const QString text = m_editor->toPlainText().trimmed();
    if (text.isEmpty()) { // refused here, as the store would refuse it, without a round trip
        showError(m_editingId != 0 ? tr("A note cannot be emptied; delete it instead.")
                                   : tr("An empty note was not saved."));
        return false;
    }
    const QString deployment = m_deployment;
    const QString workspace = m_workspaceId;
    // The answer belongs to this deployment: if the user moved on meanwhile, a refusal is
    // still shown, and the editor there is left alone.
    const auto stillHere = [this, deployment, workspace] {
        return m_deployment == deployment && m_workspaceId == workspace;
    };
    setSaving(true);
    begin();
    if (m_editingId != 0) {
        const qint64 id = m_editingId;
        notes->edit(id, text, this, [this, id, stillHere](const StoreResult<Note> &result) {
            end();
            setSaving(false);
            if (!result.ok()) {
                showError(tr("The note was not saved: %1").arg(result.error.message));
                return;
            }
            if (stillHere() && m_editingId == id) {
                m_editingId = 0;
                m_editor->setPlainText(m_savedNewText);
                m_savedNewText.clear();
                updateEditorMode();
                m_editor->setFocus();
            }
            if (m_message->kind() == ErrorBanner::Kind::Error)
                m_message->hideBanner();
            reload();
            Q_EMIT notesChanged();
        });
    } else {
        Note note;
        note.workspaceId = workspace;
        note.deploymentName = deployment;
        note.text = text;
        note.author = m_author;
        notes->add(note, this, [this, stillHere](const StoreResult<Note> &result) {
            end();
            setSaving(false);
            if (!result.ok()) {
                showError(tr("The note was not added: %1").arg(result.error.message));
                return;
            }
            if (stillHere()) {
                m_editor->clear();
                m_editor->setFocus();
                // The new note is the newest: show the top once the history is read again.
                m_history->verticalScrollBar()->setValue(0);
            }
            if (m_message->kind() == ErrorBanner::Kind::Error)
                m_message->hideBanner();
            reload();
            Q_EMIT notesChanged();
        });
    }
    return true;
}

void NotesPanel::setSaving(bool saving)
{
    m_saving = saving;
    // The text being saved stays as it is until the store answers (kept on a refusal).
    m_editor->setReadOnly(saving);
    m_submit->setEnabled(!saving);
    m_cancel->setEnabled(!saving);
    if (saving)
        m_submit->setText(m_editingId != 0 ? tr("Saving…") : tr("Adding…"));
    else
        updateEditorMode();
}

void NotesPanel::begin()
{
    ++m_pending;
    // Shown only when an answer takes long enough to be noticed (a held lock, a far server).
    if (m_pending == 1)
        QTimer::singleShot(std::chrono::milliseconds(300), this, [this] { m_busy->setVisible(m_pending > 0); });
}

void NotesPanel::end()
{
    if (m_pending > 0)
        --m_pending;
    if (m_pending == 0) {
        m_busy->hide();
        Q_EMIT idle();
    }
}

void NotesPanel::editNote(qint64 id)
{
    const Note *note = shownNote(id);
    if (!note || id == m_editingId)
        return;
    if (m_editingId != 0) {
        const Note *current = shownNote(m_editingId);
        if (current && current->text != m_editor->toPlainText().trimmed()) {
            showInfo(tr("Save or cancel the note you are editing first."));
            m_editor->setFocus();
            return;
        }
    } else {
        m_savedNewText = m_editor->toPlainText();
    }
    m_editingId = id;
    m_editor->setPlainText(note->text);
    m_editor->moveCursor(QTextCursor::End);
    updateEditorMode();
    m_editor->setFocus();
}

void NotesPanel::cancelEdit()
{
    if (m_editingId == 0)
        return;
    m_editingId = 0;
    m_editor->setPlainText(m_savedNewText);
    m_editor->moveCursor(QTextCursor::End);
    m_savedNewText.clear();
    updateEditorMode();
    m_editor->setFocus();
}

bool NotesPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && key->modifiers().testFlag(Qt::ControlModifier)) {
            submit();
            return true;
        }
        if (key->key() == Qt::Key_Escape && m_editingId != 0) {
            cancelEdit();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NotesPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void NotesPanel::focusEditor()
{
    if (m_stack->currentIndex() == 1)
        m_editor->setFocus(Qt::ShortcutFocusReason);
}

QString NotesPanel::draftKey() const
{
    return m_workspaceId + u'\n' + m_deployment;
}

void NotesPanel::storeDraft()
{
    if (m_deployment.isEmpty())
        return;
    Draft draft;
    draft.text = m_editor->toPlainText();
    draft.editingId = m_editingId;
    draft.savedNewText = m_savedNewText;
    if (draft.editingId == 0 && draft.text.trimmed().isEmpty())
        m_drafts.remove(draftKey());
    else
        m_drafts.insert(draftKey(), draft);
}

void NotesPanel::restoreDraft()
{
    if (m_deployment.isEmpty())
        return;
    const Draft draft = m_drafts.take(draftKey());
    // The history is read after this: if the edited note went away meanwhile, applyHistory()
    // keeps the edited text as a new note.
    m_editingId = draft.editingId;
    m_savedNewText = draft.savedNewText;
    m_editor->setPlainText(draft.text);
    m_editor->moveCursor(QTextCursor::End);
}

// --- Delete ----------------------------------------------------------------------------------

void NotesPanel::confirmDelete(qint64 id)
{
    const Note *note = shownNote(id);
    if (!note || !store())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Note"),
                                tr("Delete the note by %1, %2?").arg(authorOf(*note), noteWhen(*note)),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("noteDeleteConfirmation"));
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("“%1”\n\nThis cannot be undone.").arg(NoteTextFormatter::snippet(note->text, QString(), 160)));
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("noteDeleteConfirm"));
    remove->setAccessibleName(tr("Delete the note"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("noteDeleteCancel"));
    cancel->setAccessibleName(tr("Keep the note"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, id] {
        if (box->clickedButton() == remove)
            deleteNote(id);
    });
    box->open();
}

void NotesPanel::deleteNote(qint64 id)
{
    NotesStore *notes = store();
    if (!notes)
        return;
    if (m_editingId == id)
        cancelEdit();
    begin();
    notes->remove(id, this, [this](const StoreResult<StoreNothing> &result) {
        end();
        if (!result.ok()) {
            showError(tr("The note was not deleted: %1").arg(result.error.message));
            reload();
            return;
        }
        if (m_message->kind() == ErrorBanner::Kind::Error)
            m_message->hideBanner();
        reload();
        m_editor->setFocus();
        Q_EMIT notesChanged();
    });
}

// --- Search ----------------------------------------------------------------------------------

void NotesPanel::runSearch()
{
    m_searchSoon.stop();
    const quint64 request = ++m_searchRequest;
    const QString query = m_search->text().trimmed();
    NotesStore *notes = store();
    if (query.isEmpty() || !notes) {
        m_results->clear();
        m_results->hide();
        m_searchStatus->hide();
        return;
    }
    if (m_searchStatus->isHidden() || m_results->count() == 0) {
        m_searchStatus->setText(tr("Searching…"));
        m_searchStatus->setAccessibleName(m_searchStatus->text());
        m_searchStatus->show();
    }
    begin();
    notes->search(m_workspaceId, query, this, [this, request, query](const StoreResult<QList<Note>> &result) {
        end();
        if (request != m_searchRequest)
            return; // the query changed since
        if (!result.ok()) {
            m_searchStatus->hide();
            showError(tr("The search failed: %1").arg(result.error.message));
            return;
        }
        applySearch(query, result.value);
    });
}

void NotesPanel::applySearch(const QString &query, const QList<Note> &hits)
{
    const qint64 currentId = m_results->currentItem() ? m_results->currentItem()->data(kNoteIdRole).toLongLong() : 0;
    m_results->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < hits.size() && i < kMaxSearchResults; ++i) {
        const Note &note = hits.at(i);
        const QString snippet = NoteTextFormatter::snippet(note.text, query, kSnippetChars);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 · %2 · %3\n%4").arg(note.deploymentName, authorOf(note),
                                                 relativeTime(note.createdAt, now), snippet),
            m_results);
        item->setData(kNameRole, note.deploymentName);
        item->setData(kNoteIdRole, note.id);
        item->setData(Qt::AccessibleTextRole, tr("%1: %2, by %3").arg(note.deploymentName, snippet, authorOf(note)));
        item->setToolTip(NoteTextFormatter::snippet(note.text, query, 600));
        if (note.id == currentId)
            m_results->setCurrentItem(item);
    }
    if (hits.isEmpty())
        m_searchStatus->setText(tr("No note matches “%1”.").arg(query));
    else if (hits.size() > kMaxSearchResults)
        m_searchStatus->setText(tr("%1 notes found; the newest %2 are listed.").arg(hits.size()).arg(kMaxSearchResults));
    else
        m_searchStatus->setText(tr("%n note(s) found", nullptr, int(hits.size())));
    m_searchStatus->setAccessibleName(m_searchStatus->text());
    m_searchStatus->show();
    m_results->setVisible(!hits.isEmpty());
}

void NotesPanel::activateResult(QListWidgetItem *item)
{
    if (!item)
        return;
    const QString name = item->data(kNameRole).toString();
    const qint64 id = item->data(kNoteIdRole).toLongLong();
    const bool sameDeployment = name == m_deployment;
    setDeployment(m_workspaceId, name);
    if (sameDeployment) {
        if (m_model->note(id))
            m_history->ensureNoteVisible(id);
    } else {
        // The history is on its way: show the note found once it is there.
        auto shown = std::make_shared<QMetaObject::Connection>();
        *shown = connect(m_model, &QAbstractItemModel::rowsInserted, this, [this, id, shown] {
            if (m_model->note(id)) {
                disconnect(*shown);
                QTimer::singleShot(0, this, [this, id] { m_history->ensureNoteVisible(id); });
            }
        });
        QTimer::singleShot(std::chrono::seconds(10), this, [shown] { QObject::disconnect(*shown); });
    }
    Q_EMIT deploymentActivated(name);
}

// --- Export / import -------------------------------------------------------------------------

void NotesPanel::exportToFile(NotesTransfer::Format format, const QString &path)
{
    NotesStore *notes = store();
    if (!notes || m_transferring) {
        NotesTransfer::ExportResult result;
        result.path = path;
        result.error = notes ? tr("An export or import is already under way.") : tr("Not connected to a workspace.");
        showError(result.error);
        Q_EMIT exported(result);
        return;
    }
    m_transferring = true;
    updateEnabled();
    m_message->showInfo(tr("Exporting the notes to %1…").arg(QDir::toNativeSeparators(path)));
    begin();
    NotesTransfer(*notes).exportToFile(m_workspaceId, format, path, this,
                                       [this](const NotesTransfer::ExportResult &result) {
        end();
        m_transferring = false;
        updateEnabled();
        if (result.ok())
            m_message->showSuccess(tr("Exported %n note(s) to %1.", nullptr, result.notes)
                                       .arg(QDir::toNativeSeparators(result.path)));
        else
            showError(result.error);
        Q_EMIT exported(result);
    });
}

void NotesPanel::importFromFile(const QString &path)
{
    NotesStore *notes = store();
    if (!notes || m_transferring) {
        NotesStore::ImportResult result;
        result.error = notes ? tr("An export or import is already under way.") : tr("Not connected to a workspace.");
        showError(NotesTransfer::importSummary(result));
        Q_EMIT imported(result);
        return;
    }
    m_transferring = true;
    updateEnabled();
    m_message->showInfo(tr("Importing the notes of %1…").arg(QDir::toNativeSeparators(path)));
    begin();
    NotesTransfer(*notes).importCsvFile(m_workspaceId, path, this, [this](const NotesStore::ImportResult &result) {
        end();
        m_transferring = false;
        updateEnabled();
        QString message = NotesTransfer::importSummary(result);
        if (!result.ok()) {
            showError(message);
            Q_EMIT imported(result);
            return;
        }
        constexpr int kMaxListedProblems = 3;
        for (qsizetype i = 0; i < result.messages.size() && i < kMaxListedProblems; ++i)
            message += u'\n' + result.messages.at(i);
        if (result.imported > 0) {
            m_message->showSuccess(message);
            reload();
            Q_EMIT notesChanged();
        } else {
            m_message->showInfo(message);
        }
        Q_EMIT imported(result);
    });
}

QString NotesPanel::transferFolder() const
{
    if (!m_lastFolder.isEmpty() && QDir(m_lastFolder).exists())
        return m_lastFolder;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir(documents).exists())
        return documents;
    return QDir::homePath();
}

void NotesPanel::exportNotes(NotesTransfer::Format format)
{
    if (!store())
        return;
    const bool csv = format == NotesTransfer::Format::Csv;
    auto *dialog = new QFileDialog(this, csv ? tr("Export Notes as CSV") : tr("Export Notes as Markdown"));
    dialog->setObjectName(QStringLiteral("notesExportDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(csv ? tr("CSV files (*.csv)") : tr("Markdown files (*.md)"));
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("md"));
    // Documents (else home) the first time, then wherever the user went last: never the
    // program's working directory.
    dialog->setDirectory(transferFolder());
    dialog->selectFile(NotesTransfer::suggestedFileName(m_workspaceId, format, QDate::currentDate()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString &path) {
        m_lastFolder = QFileInfo(path).absolutePath();
        exportToFile(format, path);
    });
    dialog->open();
}

void NotesPanel::importNotes()
{
    if (!store())
        return;
    auto *dialog = new QFileDialog(this, tr("Import Notes from CSV"));
    dialog->setObjectName(QStringLiteral("notesImportDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("CSV files (*.csv)"), tr("All files (*)")});
    dialog->setDirectory(transferFolder());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_lastFolder = QFileInfo(path).absolutePath();
        importFromFile(path);
    });
    dialog->open();
}

// --- Messages --------------------------------------------------------------------------------

void NotesPanel::showError(const QString &message)
{
    m_message->showMessage(ErrorBanner::Kind::Error, message, false);
}

void NotesPanel::showInfo(const QString &message)
{
    m_message->showInfo(message);
}
