#include "ui/notes/notespanel.h"

#include "app/notes/noteshistorymodel.h"
#include "app/notes/notetextformatter.h"
#include "app/storage/sqlite/notestable.h"
#include "ui/notes/noteshistoryview.h"
#include "ui/widgets/clearbutton.h"
#include "ui/widgets/errorbanner.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
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

namespace {

// How many search hits are listed; the status line says when there are more.
constexpr int kMaxSearchResults = 200;
// Snippet length of a search hit, in characters.
constexpr int kSnippetChars = 90;
// The editor shows this many lines before it scrolls.
constexpr int kEditorLines = 3;
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

    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("notesSearchResults"));
    m_results->setAccessibleName(tr("Notes found"));
    m_results->setToolTip(tr("Enter or double-click shows the deployment's notes"));
    m_results->setWordWrap(true);
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->setUniformItemSizes(false);
    m_results->setAlternatingRowColors(true);
    m_results->setSpacing(2);
    m_results->hide();
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
    const int editorHeight = m_editor->fontMetrics().lineSpacing() * kEditorLines
                             + 2 * (m_editor->frameWidth() + int(m_editor->document()->documentMargin()));
    m_editor->setMaximumHeight(editorHeight);
    // The history is the part that grows with the dock, and it is never smaller than the
    // new-note box below it.
    m_history->setMinimumHeight(editorHeight);
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

    // The buttons beside the editor, not below it: a line more for the history.
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_submit);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *editorRow = new QHBoxLayout;
    editorRow->addWidget(m_editor, 1);
    editorRow->addLayout(buttons);

    // The history takes whatever height the dock has beyond the editor's few lines.
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 0);
    pageLayout->addWidget(m_history, 1);
    pageLayout->addWidget(m_editorLabel);
    pageLayout->addLayout(editorRow);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("notesStack"));
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(page);

    // --- Layout ------------------------------------------------------------------------------
    // The search on one line with its label: the dock sits below the table, and every line
    // it needs is a line of deployments less.
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_transfer);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_searchStatus);
    layout->addWidget(m_results, kResultsStretch);
    layout->addWidget(m_title);
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

void NotesPanel::setStore(NotesTable *store, const QString &workspaceId, const QString &author)
{
    const bool otherWorkspace = store != m_store || workspaceId != m_workspaceId;
    m_author = author;
    if (!otherWorkspace) {
        reload();
        return;
    }
    m_store = store;
    m_workspaceId = workspaceId;
    m_drafts.clear();
    m_deployment.clear();
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

void NotesPanel::setDeployment(const QString &workspaceId, const QString &deploymentName)
{
    if (workspaceId != m_workspaceId)
        setStore(m_store, workspaceId, m_author);
    // The same deployment again (every refresh asks): nothing to read. Notes written
    // elsewhere arrive through reload(), which the window calls when the store changed.
    if (deploymentName == m_deployment)
        return;
    storeDraft();
    m_deployment = deploymentName;
    m_editingId = 0;
    m_savedNewText.clear();
    m_editor->clear();
    m_message->hideBanner();
    QList<Note> notes;
    if (m_store && !m_deployment.isEmpty()) {
        notes = m_store->history(m_workspaceId, m_deployment);
        if (!m_store->lastError().isEmpty())
            showError(tr("The notes of %1 could not be read: %2").arg(m_deployment, m_store->lastError()));
    }
    m_model->setNotes(notes);
    updateHistoryEmptyText();
    restoreDraft();
    updateEditorMode();
    updateEnabled();
    m_history->verticalScrollBar()->setValue(0);
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
    if (m_store && !m_deployment.isEmpty()) {
        const QList<Note> notes = m_store->history(m_workspaceId, m_deployment);
        if (!m_store->lastError().isEmpty()) {
            showError(tr("The notes of %1 could not be read: %2").arg(m_deployment, m_store->lastError()));
        } else {
            m_model->setNotes(notes); // diffed by note id: only what changed is touched
        }
        if (m_editingId != 0 && !shownNote(m_editingId) && m_store->lastError().isEmpty()) {
            // Deleted elsewhere (another window, the CLI): the text becomes a new note draft.
            m_editingId = 0;
            m_savedNewText.clear();
            updateEditorMode();
            showInfo(tr("The note you were editing was deleted elsewhere; your text is kept as a new note."));
        }
    }
    runSearch();
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
    const bool connected = m_store != nullptr && !m_workspaceId.isEmpty();
    m_search->setEnabled(connected);
    m_searchLabel->setEnabled(connected);
    m_transfer->setEnabled(connected);
    m_exportMarkdown->setEnabled(connected);
    m_exportCsv->setEnabled(connected);
    m_importCsv->setEnabled(connected);

    const bool hasDeployment = connected && !m_deployment.isEmpty();
    m_placeholder->setText(connected ? tr("Select a deployment to read and write its notes.")
                                     : tr("Connect to a workspace to read and write notes."));
    m_stack->setCurrentIndex(hasDeployment ? 1 : 0);
    m_title->setText(hasDeployment ? tr("Notes on %1").arg(m_deployment) : tr("Notes"));
    m_title->setAccessibleName(m_title->text());
}

bool NotesPanel::submit()
{
    if (!m_store || m_deployment.isEmpty())
        return false;
    const QString text = m_editor->toPlainText().trimmed();
    if (m_editingId != 0) {
        if (!m_store->edit(m_editingId, text)) {
            showError(tr("The note was not saved: %1").arg(m_store->lastError()));
            return false;
        }
        m_editingId = 0;
        m_editor->setPlainText(m_savedNewText);
        m_savedNewText.clear();
    } else {
        Note note;
        note.workspaceId = m_workspaceId;
        note.deploymentName = m_deployment;
        note.text = text;
        note.author = m_author;
        if (!m_store->add(note)) {
            showError(tr("The note was not added: %1").arg(m_store->lastError()));
            return false;
        }
        m_editor->clear();
        // The new note is the newest: show the top once the history is rebuilt.
        QTimer::singleShot(0, this, [this] { m_history->verticalScrollBar()->setValue(0); });
    }
    if (m_message->kind() == ErrorBanner::Kind::Error)
        m_message->hideBanner();
    reload();
    updateEditorMode();
    m_editor->setFocus();
    Q_EMIT notesChanged();
    return true;
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
    if (draft.editingId != 0 && shownNote(draft.editingId)) {
        m_editingId = draft.editingId;
        m_savedNewText = draft.savedNewText;
    } else if (draft.editingId != 0) {
        // The note went away meanwhile: the edited text stays, as a new note.
        m_editingId = 0;
    }
    m_editor->setPlainText(draft.text);
    m_editor->moveCursor(QTextCursor::End);
}

// --- Delete ----------------------------------------------------------------------------------

void NotesPanel::confirmDelete(qint64 id)
{
    const Note *note = shownNote(id);
    if (!note || !m_store)
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
    if (!m_store)
        return;
    if (m_editingId == id)
        cancelEdit();
    if (!m_store->remove(id)) {
        showError(tr("The note was not deleted: %1").arg(m_store->lastError()));
        reload();
        return;
    }
    if (m_message->kind() == ErrorBanner::Kind::Error)
        m_message->hideBanner();
    reload();
    m_editor->setFocus();
    Q_EMIT notesChanged();
}

// --- Search ----------------------------------------------------------------------------------

void NotesPanel::runSearch()
{
    m_searchSoon.stop();
    const QString query = m_search->text().trimmed();
    if (query.isEmpty() || !m_store) {
        m_results->clear();
        m_results->hide();
        m_searchStatus->hide();
        return;
    }
    const qint64 currentId = m_results->currentItem() ? m_results->currentItem()->data(kNoteIdRole).toLongLong() : 0;
    const QList<Note> hits = m_store->search(m_workspaceId, query);
    if (!m_store->lastError().isEmpty()) {
        showError(tr("The search failed: %1").arg(m_store->lastError()));
        return;
    }
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
    setDeployment(m_workspaceId, name);
    if (m_model->note(id))
        m_history->ensureNoteVisible(id);
    Q_EMIT deploymentActivated(name);
}

// --- Export / import -------------------------------------------------------------------------

NotesTransfer::ExportResult NotesPanel::exportToFile(NotesTransfer::Format format, const QString &path)
{
    if (!m_store) {
        NotesTransfer::ExportResult result;
        result.error = tr("Not connected to a workspace.");
        return result;
    }
    NotesTransfer transfer(*m_store);
    const NotesTransfer::ExportResult result = transfer.exportToFile(m_workspaceId, format, path);
    if (result.ok())
        m_message->showSuccess(tr("Exported %n note(s) to %1.", nullptr, result.notes).arg(QDir::toNativeSeparators(path)));
    else
        showError(result.error);
    return result;
}

NotesTable::ImportResult NotesPanel::importFromFile(const QString &path)
{
    if (!m_store) {
        NotesTable::ImportResult result;
        result.error = tr("Not connected to a workspace.");
        return result;
    }
    NotesTransfer transfer(*m_store);
    const NotesTable::ImportResult result = transfer.importCsvFile(m_workspaceId, path);
    QString message = NotesTransfer::importSummary(result);
    if (!result.ok()) {
        showError(message);
        return result;
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
    return result;
}

void NotesPanel::exportNotes(NotesTransfer::Format format)
{
    if (!m_store)
        return;
    const bool csv = format == NotesTransfer::Format::Csv;
    auto *dialog = new QFileDialog(this, csv ? tr("Export Notes as CSV") : tr("Export Notes as Markdown"));
    dialog->setObjectName(QStringLiteral("notesExportDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(csv ? tr("CSV files (*.csv)") : tr("Markdown files (*.md)"));
    dialog->setDefaultSuffix(csv ? QStringLiteral("csv") : QStringLiteral("md"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(NotesTransfer::suggestedFileName(m_workspaceId, format, QDate::currentDate()));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString &path) {
        exportToFile(format, path);
    });
    dialog->open();
}

void NotesPanel::importNotes()
{
    if (!m_store)
        return;
    auto *dialog = new QFileDialog(this, tr("Import Notes from CSV"));
    dialog->setObjectName(QStringLiteral("notesImportDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("CSV files (*.csv)"), tr("All files (*)")});
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { importFromFile(path); });
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
