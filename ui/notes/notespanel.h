#pragma once

#include "app/notes/notestransfer.h"
#include "app/storage/note.h"
#include "app/storage/notesstore.h"

#include <QHash>
#include <QList>
#include <QTimer>
#include <QWidget>

class ErrorBanner;
class NotesHistoryModel;
class NotesHistoryView;
class NotesStore;
class Storage;
class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

// The notes of the selected deployment, meant for a dock:
//  - the history (NotesHistoryModel, diffed by note id, shown by NotesHistoryView), newest first: author, when, "edited" and "pause reason" markers, the text
//    with its links clickable (NoteTextFormatter; opened with QDesktopServices), and Edit and
//    Delete on each note (Delete asks first, without blocking);
//  - an editor: "Add note" (Ctrl+Return); Edit loads a note into it with Save and Cancel
//    (Esc). An unsent draft is kept per deployment while the selection moves;
//  - a search over every note of the workspace (the store filters); a click (or Enter) on a
//    hit shows that deployment's notes and emits deploymentActivated(name) so the window can
//    select it;
//  - Export (Markdown, CSV) and Import (CSV) of the workspace's notes, through file dialogs
//    or the file-path methods.
// Every read and write goes through the asynchronous NotesStore (Storage::notes()): the GUI
// thread never waits for the database or a file. Results arrive later; a result that no
// longer fits (another deployment or workspace shown meanwhile, a newer read made) is
// dropped. Store errors are shown inline in the user's words with the database's message;
// slow work (saving, searching, export, import) says it is under way. The panel re-reads when
// Storage::changed() says another window or lepton-console-cli wrote. notesChanged() follows
// every successful write.
// About 900 lines in one class: the dock's composer (drafts, edit, delete), its search and
// its import/export share the dock's resource, store and message line. The search and the
// transfer are the next candidates to become widgets of their own.
class NotesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NotesPanel(QWidget *parent = nullptr);
    ~NotesPanel() override;

    // The storage (which must outlive the panel, or be replaced first), the workspace whose
    // notes are searched and exported, and the author of new notes. A null storage disables
    // the panel. Drafts and the shown deployment are dropped when the workspace changes.
    void setStorage(Storage *storage, const QString &workspaceId, const QString &author);
    Storage *storage() const { return m_storage; }
    QString workspaceId() const { return m_workspaceId; }
    QString author() const { return m_author; }

    // Shows the notes of a deployment; a different workspaceId than setStore's switches the
    // workspace too. The same deployment again changes nothing (reload() re-reads the notes).
    void setDeployment(const QString &workspaceId, const QString &deploymentName);
    // No deployment selected (the search stays usable).
    void clear();
    QString deploymentName() const { return m_deployment; }

    // The note ids shown, top to bottom (newest first).
    QList<qint64> shownNoteIds() const;
    bool isEditing() const { return m_editingId != 0; }
    qint64 editingNoteId() const { return m_editingId; }

    // For the window's menus; also in the panel's "Export / Import" button menu.
    QAction *exportMarkdownAction() const { return m_exportMarkdown; }
    QAction *exportCsvAction() const { return m_exportCsv; }
    QAction *importCsvAction() const { return m_importCsv; }

    // Without dialogs. Asynchronous: the result is shown in the panel's message bar and
    // emitted as exported() / imported().
    void exportToFile(NotesTransfer::Format format, const QString &path);
    void importFromFile(const QString &path);
    // Reads or writes of the store (or an export / import) not answered yet.
    bool isBusy() const { return m_pending > 0; }

public Q_SLOTS:
    // Re-reads the notes of the shown deployment and the search hits (the window calls it on
    // WorkspaceSession::markersChanged; Storage::changed calls it too). Nothing is rebuilt
    // when nothing changed.
    void reload();
    // "Add note" / "Save": adds the editor's text as a new note, or saves the note being
    // edited. False when there is nothing to send (no deployment, a save under way); else the
    // write is on its way: the editor stays read-only until the store answers, and a refusal
    // is shown in the message bar with the text kept.
    bool submit();
    // Loads a note into the editor (Save / Cancel).
    void editNote(qint64 id);
    void cancelEdit();
    // Asks (non-blocking QMessageBox::open) and deletes the note when confirmed.
    void confirmDelete(qint64 id);
    // File dialogs (non-native, open()) around exportToFile / importFromFile.
    void exportNotes(NotesTransfer::Format format);
    void importNotes();
    // Puts the keyboard focus in the search field / the editor.
    void focusSearch();
    void focusEditor();

Q_SIGNALS:
    // After any successful write (add, edit, delete, import): the window reloads its markers.
    void notesChanged();
    // A search hit was clicked or activated.
    void deploymentActivated(const QString &name);
    // An export or import of exportToFile() / importFromFile() (or their dialogs) ended.
    void exported(const NotesTransfer::ExportResult &result);
    void imported(const NotesStore::ImportResult &result);
    // The store answered every request made so far (for tests and the busy indicator).
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Draft
    {
        QString text;
        qint64 editingId = 0;
        QString savedNewText; // the new-note draft put aside while editing
    };

    void buildUi();
    void updateHistoryEmptyText();
    void updateEditorMode();
    void updateEnabled();
    void runSearch();
    void activateResult(QListWidgetItem *item);
    void deleteNote(qint64 id);
    void showError(const QString &message);
    void showInfo(const QString &message);
    void loadHistory(bool afterSwitch);
    void applyHistory(const QList<Note> &notes, bool afterSwitch);
    void applySearch(const QString &query, const QList<Note> &hits);
    void setSaving(bool saving);
    // Counts a request in and out; the busy indicator follows.
    void begin();
    void end();
    NotesStore *store() const;
    // Where the export and import dialogs open: the last folder used, else Documents, else home.
    QString transferFolder() const;
    void storeDraft();
    void restoreDraft();
    QString draftKey() const;
    const Note *shownNote(qint64 id) const;
    QString noteWhen(const Note &note) const;

    Storage *m_storage = nullptr;
    QMetaObject::Connection m_storageChanged;
    // Each read carries the number it was made with; only the answer to the newest is shown.
    quint64 m_historyRequest = 0;
    quint64 m_searchRequest = 0;
    int m_pending = 0;     // requests not answered yet
    bool m_saving = false; // an add or an edit is on its way
    bool m_transferring = false;
    QString m_workspaceId;
    QString m_author;
    QString m_deployment;
    NotesHistoryModel *m_model = nullptr; // the notes shown, newest first
    qint64 m_editingId = 0;       // the note loaded in the editor; 0: writing a new one
    QString m_savedNewText;       // the new-note draft put aside while editing
    QHash<QString, Draft> m_drafts;
    QString m_lastFolder; // of the last export or import chosen in a dialog

    QLabel *m_searchLabel = nullptr;
    QLineEdit *m_search = nullptr;
    // Typing searches once the keys pause (each search is a query of the store).
    QTimer m_searchSoon;
    QPushButton *m_transfer = nullptr;
    QLabel *m_searchStatus = nullptr;
    QLabel *m_busy = nullptr; // "Working…" while the store has not answered
    QListWidget *m_results = nullptr;
    QLabel *m_title = nullptr;
    ErrorBanner *m_message = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_placeholder = nullptr;
    NotesHistoryView *m_history = nullptr;
    QLabel *m_editorLabel = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_submit = nullptr;

    QAction *m_exportMarkdown = nullptr;
    QAction *m_exportCsv = nullptr;
    QAction *m_importCsv = nullptr;
};
