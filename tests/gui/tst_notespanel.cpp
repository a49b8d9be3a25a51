// The notes panel driven with QTest over a real notes database on disk, through the
// asynchronous Storage (SqliteStorage on its worker) as the window gives it; the test sets up
// and checks the notes through a connection of its own. Adding with
// Ctrl+Return, history newest first with its markers, editing (editedAt set), deleting through
// the non-blocking confirmation, the workspace search and its activation, links rendered as
// anchors and opened through QDesktopServices, inline store errors, drafts kept per deployment,
// export / import through the file dialogs, and an accessible name on every control.
#include "tests/support/child.h"
#include "ui/widgets/errorbanner.h"
#include "app/storage/sqlite/localdatabase.h"
#include "ui/notes/notespanel.h"
#include "app/storage/sqlite/notestable.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "tests/support/scratchdatabase.h"
#include "tests/support/urlcatcher.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QToolButton>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

namespace {
const QString kWorkspace = QStringLiteral("ws-notes");
}

class TestNotesPanel : public QObject
{
    Q_OBJECT

private:
    ScratchDatabase m_db;
    std::unique_ptr<NotesPanel> m_panel;

    template <typename T>
    T *child(const char *name) const
    {
        return ::child<T>(*m_panel, name);
    }

    QPlainTextEdit *editor() const { return child<QPlainTextEdit>("notesEditor"); }
    QPushButton *submitButton() const { return child<QPushButton>("notesSubmit"); }

    // The note cards, top to bottom.
    QList<QFrame *> cards() const
    {
        QList<QFrame *> found = m_panel->findChild<QScrollArea *>(QStringLiteral("notesHistory"))
                                    ->widget()
                                    ->findChildren<QFrame *>(QStringLiteral("noteCard"));
        std::sort(found.begin(), found.end(), [](QFrame *a, QFrame *b) { return a->y() < b->y(); });
        return found;
    }

    QFrame *card(qint64 id) const
    {
        for (QFrame *c : cards()) {
            if (c->property("noteId").toLongLong() == id)
                return c;
        }
        return nullptr;
    }

    static QString cardText(QFrame *card) { return card->findChild<QLabel *>(QStringLiteral("noteText"))->text(); }
    static QString cardMeta(QFrame *card) { return card->findChild<QLabel *>(QStringLiteral("noteMeta"))->text(); }

    Note addToStore(const QString &deployment, const QString &text, const QString &author = QStringLiteral("bob"),
                    const QDateTime &at = {}, bool atPause = false)
    {
        Note note;
        note.workspaceId = kWorkspace;
        note.deploymentName = deployment;
        note.text = text;
        note.author = author;
        note.createdAt = at;
        note.atPause = atPause;
        const auto stored = m_db.notes()->add(note);
        if (!stored)
            qFatal("add failed: %s", qPrintable(m_db.notes()->lastError()));
        return *stored;
    }

    void typeAndSubmit(const QString &text)
    {
        editor()->setFocus();
        QTest::keyClicks(editor(), text);
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);
    }

    // Until the store has answered everything the panel asked (reads and writes are
    // asynchronous).
    bool settled() const
    {
        return QTest::qWaitFor([this] { return !m_panel->isBusy(); }, 20000);
    }

    template <typename T>
    static T *topLevel()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (auto *found = qobject_cast<T *>(widget); found && found->isVisible())
                return found;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY2(m_db.open(QStringLiteral("notes.sqlite")), qPrintable(m_db.errorString()));
        m_panel = std::make_unique<NotesPanel>();
        m_panel->setStorage(m_db.storage(), kWorkspace, QStringLiteral("alice"));
        m_panel->setDeployment(kWorkspace, QStringLiteral("llama-70b"));
        m_panel->resize(420, 640);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
        QVERIFY(settled());
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog *>(widget))
                widget->close();
        }
        m_panel.reset();
        m_db.close();
    }

    void addWithCtrlReturnNewestFirst()
    {
        QSignalSpy changed(m_panel.get(), &NotesPanel::notesChanged);
        editor()->setFocus();
        QTest::keyClicks(editor(), QStringLiteral("First: paused for cost"));
        // A plain Return is a line break, not a submit.
        QTest::keyClick(editor(), Qt::Key_Return);
        QTest::keyClicks(editor(), QStringLiteral("second line"));
        QCOMPARE(changed.count(), 0);
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);

        QTRY_COMPARE(changed.count(), 1);
        QVERIFY(settled());
        QList<Note> history = m_db.notes()->history(kWorkspace, QStringLiteral("llama-70b"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().text, QStringLiteral("First: paused for cost\nsecond line"));
        QCOMPARE(history.first().author, QStringLiteral("alice"));
        QVERIFY(!history.first().atPause);
        QVERIFY(editor()->toPlainText().isEmpty());

        QTest::qWait(5); // a later millisecond, whatever the clock's resolution
        typeAndSubmit(QStringLiteral("Second: owner is team X"));
        QTRY_COMPARE(changed.count(), 2);
        QVERIFY(settled());
        history = m_db.notes()->history(kWorkspace, QStringLiteral("llama-70b"));
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().text, QStringLiteral("Second: owner is team X"));

        // Shown newest first, as the store orders them.
        QCOMPARE(m_panel->shownNoteIds(), (QList<qint64>{history.at(0).id, history.at(1).id}));
        const QList<QFrame *> shown = cards();
        QCOMPARE(shown.size(), 2);
        QVERIFY(cardText(shown.at(0)).contains(QStringLiteral("Second: owner is team X")));
        QVERIFY(cardText(shown.at(1)).contains(QStringLiteral("First: paused for cost<br/>second line")));
        QVERIFY(cardMeta(shown.at(0)).contains(QStringLiteral("alice")));

        // The button does the same as the shortcut.
        QTest::keyClicks(editor(), QStringLiteral("Third"));
        QTest::mouseClick(submitButton(), Qt::LeftButton);
        QTRY_COMPARE(m_db.notes()->history(kWorkspace, QStringLiteral("llama-70b")).size(), 3);
    }

    void markersForPauseReasonAndEdited()
    {
        const Note reason = addToStore(QStringLiteral("llama-70b"), QStringLiteral("Incident INC-7"), QStringLiteral("bob"),
                                       QDateTime::currentDateTimeUtc().addDays(-3), true);
        m_panel->reload();
        QVERIFY(settled());
        QFrame *c = card(reason.id);
        QVERIFY(c);
        QVERIFY2(cardMeta(c).contains(QStringLiteral("Pause reason")), qPrintable(cardMeta(c)));
        QVERIFY(!cardMeta(c).contains(QStringLiteral("edited")));
        QVERIFY(cardMeta(c).contains(QStringLiteral("3 day(s) ago")));
        QVERIFY(c->accessibleName().contains(QStringLiteral("pause reason")));

        QVERIFY(m_db.notes()->edit(reason.id, QStringLiteral("Incident INC-7, fixed")));
        m_panel->reload();
        QVERIFY(settled());
        c = card(reason.id);
        QVERIFY(cardMeta(c).contains(QStringLiteral("edited")));
        QVERIFY(cardText(c).contains(QStringLiteral("INC-7, fixed")));
    }

    void editLoadsIntoTheEditorAndSaves()
    {
        const Note note = addToStore(QStringLiteral("llama-70b"), QStringLiteral("waiting for teh customer"));
        m_panel->reload();
        QVERIFY(settled());
        editor()->setPlainText(QStringLiteral("an unsent draft"));
        QSignalSpy changed(m_panel.get(), &NotesPanel::notesChanged);

        QTest::mouseClick(card(note.id)->findChild<QToolButton *>(QStringLiteral("noteEditButton")), Qt::LeftButton);
        QVERIFY(m_panel->isEditing());
        QCOMPARE(m_panel->editingNoteId(), note.id);
        QCOMPARE(editor()->toPlainText(), QStringLiteral("waiting for teh customer"));
        QCOMPARE(submitButton()->text(), QStringLiteral("&Save"));
        QVERIFY(child<QPushButton>("notesCancelEdit")->isVisible());
        QVERIFY(card(note.id)->findChild<QLabel *>(QStringLiteral("noteEditingMarker"))->isVisible());

        editor()->selectAll();
        QTest::keyClicks(editor(), QStringLiteral("waiting for the customer (ACME)"));
        QTest::keyClick(editor(), Qt::Key_Return, Qt::ControlModifier);

        QTRY_COMPARE(changed.count(), 1);
        QVERIFY(settled());
        QVERIFY(!m_panel->isEditing());
        const Note stored = *m_db.notes()->note(note.id);
        QCOMPARE(stored.text, QStringLiteral("waiting for the customer (ACME)"));
        QVERIFY(stored.editedAt.isValid());
        QCOMPARE(stored.createdAt, note.createdAt);
        QCOMPARE(m_db.notes()->history(kWorkspace, QStringLiteral("llama-70b")).size(), 1);
        QVERIFY(cardMeta(card(note.id)).contains(QStringLiteral("edited")));
        // The draft put aside comes back.
        QCOMPARE(editor()->toPlainText(), QStringLiteral("an unsent draft"));
        QCOMPARE(submitButton()->text(), QStringLiteral("&Add Note"));
    }

    void cancelEditWithEscape()
    {
        const Note note = addToStore(QStringLiteral("llama-70b"), QStringLiteral("keep me"));
        m_panel->reload();
        QVERIFY(settled());
        m_panel->editNote(note.id);
        editor()->selectAll();
        QTest::keyClicks(editor(), QStringLiteral("changed my mind"));
        QTest::keyClick(editor(), Qt::Key_Escape);
        QVERIFY(!m_panel->isEditing());
        QCOMPARE(m_db.notes()->note(note.id)->text, QStringLiteral("keep me"));
        QVERIFY(!m_db.notes()->note(note.id)->editedAt.isValid());
        QVERIFY(editor()->toPlainText().isEmpty());
    }

    void deleteAsksWithoutBlocking()
    {
        const Note keep = addToStore(QStringLiteral("llama-70b"), QStringLiteral("keep"));
        const Note doomed = addToStore(QStringLiteral("llama-70b"), QStringLiteral("delete me"));
        m_panel->reload();
        QVERIFY(settled());
        QSignalSpy changed(m_panel.get(), &NotesPanel::notesChanged);

        // Cancel first: nothing happens.
        QTest::mouseClick(card(doomed.id)->findChild<QToolButton *>(QStringLiteral("noteDeleteButton")), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = topLevel<QMessageBox>()) != nullptr);
        QVERIFY(box->windowModality() != Qt::NonModal);
        QVERIFY(box->text().contains(QStringLiteral("bob")));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("noteDeleteCancel")), Qt::LeftButton);
        QTRY_VERIFY(topLevel<QMessageBox>() == nullptr);
        QVERIFY(m_db.notes()->note(doomed.id).has_value());
        QCOMPARE(changed.count(), 0);

        // Then confirm.
        QTest::mouseClick(card(doomed.id)->findChild<QToolButton *>(QStringLiteral("noteDeleteButton")), Qt::LeftButton);
        QTRY_VERIFY((box = topLevel<QMessageBox>()) != nullptr);
        auto *confirm = box->findChild<QPushButton *>(QStringLiteral("noteDeleteConfirm"));
        QVERIFY(confirm);
        QCOMPARE(confirm->text(), QStringLiteral("&Delete"));
        QTest::mouseClick(confirm, Qt::LeftButton);

        QTRY_COMPARE(changed.count(), 1);
        QVERIFY(settled());
        QVERIFY(!m_db.notes()->note(doomed.id).has_value());
        QVERIFY(m_db.notes()->note(keep.id).has_value());
        QCOMPARE(m_panel->shownNoteIds(), QList<qint64>{keep.id});
        QVERIFY(card(doomed.id) == nullptr);
    }

    void storeErrorsAreShownInline()
    {
        const Note note = addToStore(QStringLiteral("llama-70b"), QStringLiteral("soon gone"));
        m_panel->reload();
        QVERIFY(settled());
        m_panel->editNote(note.id);
        // Another connection (the CLI, another window) deletes it meanwhile.
        {
            LocalDatabase other(m_db.database()->path());
            NotesTable otherNotes(other);
            QVERIFY(otherNotes.remove(note.id));
        }
        editor()->selectAll();
        QTest::keyClicks(editor(), QStringLiteral("my edit"));
        QSignalSpy changed(m_panel.get(), &NotesPanel::notesChanged);
        QVERIFY(m_panel->submit()); // sent; the store refuses it
        QVERIFY(settled());
        const auto *banner = child<ErrorBanner>("notesMessage");
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), ErrorBanner::Kind::Error);
        QVERIFY2(banner->message().contains(QStringLiteral("no longer exists")), qPrintable(banner->message()));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(editor()->toPlainText(), QStringLiteral("my edit")); // nothing typed is lost

        // A reload notices the deletion: the text stays, as a new note.
        m_panel->reload();
        QVERIFY(settled());
        QVERIFY(!m_panel->isEditing());
        QCOMPARE(editor()->toPlainText(), QStringLiteral("my edit"));
        QVERIFY(m_panel->submit());
        QVERIFY(settled());
        QCOMPARE(m_db.notes()->history(kWorkspace, QStringLiteral("llama-70b")).first().text, QStringLiteral("my edit"));

        // An empty note is refused with a message.
        editor()->clear();
        QVERIFY(!m_panel->submit());
        QVERIFY(banner->message().contains(QStringLiteral("empty")));
    }

    void searchFindsOtherDeploymentsAndActivates()
    {
        addToStore(QStringLiteral("mistral-7b"), QStringLiteral("Waiting for ACME to sign the contract"), QStringLiteral("carol"));
        addToStore(QStringLiteral("llama-70b"), QStringLiteral("nothing to see"));
        // Another workspace is never searched.
        Note other;
        other.workspaceId = QStringLiteral("elsewhere");
        other.deploymentName = QStringLiteral("zeta");
        other.text = QStringLiteral("ACME too");
        other.author = QStringLiteral("eve");
        QVERIFY(m_db.notes()->add(other));

        auto *search = child<QLineEdit>("notesSearch");
        auto *results = child<QListWidget>("notesSearchResults");
        QVERIFY(!results->isVisible());
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("acme"));
        QVERIFY(!results->isVisible()); // not a search per key: it waits for the typing to pause
        QTRY_COMPARE(results->count(), 1);
        QVERIFY(results->isVisible());
        QVERIFY(results->item(0)->text().startsWith(QStringLiteral("mistral-7b")));
        QVERIFY(results->item(0)->text().contains(QStringLiteral("Waiting for ACME")));
        QCOMPARE(child<QLabel>("notesSearchStatus")->text(), QStringLiteral("1 note(s) found"));

        QSignalSpy activated(m_panel.get(), &NotesPanel::deploymentActivated);
        results->setFocus();
        results->setCurrentRow(0);
        QTest::keyClick(results, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("mistral-7b"));
        QCOMPARE(m_panel->deploymentName(), QStringLiteral("mistral-7b"));
        QTRY_COMPARE(m_panel->shownNoteIds().size(), 1);

        QTest::keyClicks(search, QStringLiteral("zzz"));
        QTRY_COMPARE(results->count(), 0);
        QVERIFY(child<QLabel>("notesSearchStatus")->text().startsWith(QStringLiteral("No note matches")));
        search->clear();
        QVERIFY(!results->isVisible());
    }

    void linksAreAnchorsAndOpenInTheBrowser()
    {
        const Note note = addToStore(QStringLiteral("llama-70b"),
                                     QStringLiteral("Runbook: https://wiki.example.com/llama?x=1&y=2 <b>not bold</b> "
                                                    "[bad](javascript:alert(1))"));
        m_panel->reload();
        QVERIFY(settled());
        auto *label = card(note.id)->findChild<QLabel *>(QStringLiteral("noteText"));
        QVERIFY(label);
        QCOMPARE(label->textFormat(), Qt::RichText);
        QVERIFY2(label->text().contains(QStringLiteral("<a href=\"https://wiki.example.com/llama?x=1&amp;y=2\">")),
                 qPrintable(label->text()));
        QVERIFY(label->text().contains(QStringLiteral("&lt;b&gt;not bold&lt;/b&gt;")));
        QVERIFY(!label->text().contains(QStringLiteral("href=\"javascript")));
        QVERIFY(!label->openExternalLinks());
        QVERIFY(label->textInteractionFlags().testFlag(Qt::LinksAccessibleByKeyboard));

        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "openUrl");
        QDesktopServices::setUrlHandler(QStringLiteral("javascript"), &catcher, "openUrl");
        Q_EMIT label->linkActivated(QStringLiteral("https://wiki.example.com/llama?x=1&y=2"));
        Q_EMIT label->linkActivated(QStringLiteral("javascript:alert(1)"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("javascript"));
        QCOMPARE(catcher.opened, QList<QUrl>{QUrl(QStringLiteral("https://wiki.example.com/llama?x=1&y=2"))});
    }

    void draftsStayWithTheirDeployment()
    {
        editor()->setPlainText(QStringLiteral("half-written for llama"));
        m_panel->setDeployment(kWorkspace, QStringLiteral("mistral-7b"));
        QVERIFY(editor()->toPlainText().isEmpty());
        QCOMPARE(child<QLabel>("notesTitle")->text(), QStringLiteral("Notes on mistral-7b"));
        m_panel->setDeployment(kWorkspace, QStringLiteral("llama-70b"));
        QCOMPARE(editor()->toPlainText(), QStringLiteral("half-written for llama"));

        m_panel->clear();
        QVERIFY(m_panel->deploymentName().isEmpty());
        QCOMPARE(child<QLabel>("notesPlaceholder")->text(), QStringLiteral("Select a deployment to read and write its notes."));
        QVERIFY(!editor()->isVisible());
        QVERIFY(child<QLineEdit>("notesSearch")->isEnabled()); // searching still works
    }

    void exportAndImportThroughTheDialogs()
    {
        addToStore(QStringLiteral("llama-70b"), QStringLiteral("a, \"quoted\"\nnote"), QStringLiteral("bob"),
                   QDateTime::currentDateTimeUtc().addDays(-1), true);
        addToStore(QStringLiteral("mistral-7b"), QStringLiteral("second"), QStringLiteral("carol"));
        const QString path = m_db.filePath(QStringLiteral("export.csv"));

        m_panel->exportCsvAction()->trigger();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = topLevel<QFileDialog>()) != nullptr);
        QVERIFY(dialog->testOption(QFileDialog::DontUseNativeDialog));
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
        QVERIFY(dialog->windowModality() != Qt::NonModal);
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        QTRY_VERIFY(QFile::exists(path));
        const auto *banner = child<ErrorBanner>("notesMessage");
        QTRY_COMPARE(banner->kind(), ErrorBanner::Kind::Success);
        QVERIFY2(banner->message().startsWith(QStringLiteral("Exported 2 note(s)")), qPrintable(banner->message()));

        // Into another workspace id, through the import dialog.
        QVERIFY(settled());
        m_panel->setStorage(m_db.storage(), QStringLiteral("ws-new-machine"), QStringLiteral("alice"));
        QSignalSpy changed(m_panel.get(), &NotesPanel::notesChanged);
        m_panel->importCsvAction()->trigger();
        QTRY_VERIFY((dialog = topLevel<QFileDialog>()) != nullptr);
        QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptOpen);
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        QTRY_COMPARE(changed.count(), 1);
        QVERIFY2(banner->message().startsWith(QStringLiteral("Imported 2 note(s)")), qPrintable(banner->message()));
        const QList<Note> before = m_db.notes()->all(kWorkspace);
        const QList<Note> after = m_db.notes()->all(QStringLiteral("ws-new-machine"));
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i) {
            QCOMPARE(after.at(i).deploymentName, before.at(i).deploymentName);
            QCOMPARE(after.at(i).text, before.at(i).text);
            QCOMPARE(after.at(i).author, before.at(i).author);
            QCOMPARE(after.at(i).createdAt, before.at(i).createdAt);
            QCOMPARE(after.at(i).atPause, before.at(i).atPause);
        }

        // Importing the same file again adds nothing, and says so.
        QVERIFY(settled());
        QSignalSpy imported(m_panel.get(), &NotesPanel::imported);
        m_panel->importFromFile(path);
        QTRY_COMPARE(imported.count(), 1);
        QCOMPARE(changed.count(), 1);
        QVERIFY2(banner->message().contains(QStringLiteral("2 already here")), qPrintable(banner->message()));

        // Markdown, by path.
        const QString md = m_db.filePath(QStringLiteral("export.md"));
        QSignalSpy exported(m_panel.get(), &NotesPanel::exported);
        m_panel->exportToFile(NotesTransfer::Format::Markdown, md);
        QTRY_COMPARE(exported.count(), 1);
        QVERIFY(exported.first().first().value<NotesTransfer::ExportResult>().ok());
        QFile file(md);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("## mistral-7b"));
    }

    // #24: one click on a search hit shows that deployment's notes (a double click was needed).
    void oneClickOnASearchHitShowsItsNotes()
    {
        const Note hit = addToStore(QStringLiteral("mistral-7b"), QStringLiteral("Waiting for ACME"), QStringLiteral("carol"));
        auto *search = child<QLineEdit>("notesSearch");
        auto *results = child<QListWidget>("notesSearchResults");
        QTest::keyClicks(search, QStringLiteral("acme"));
        QTRY_COMPARE(results->count(), 1);
        QTRY_VERIFY(results->isVisible());

        QSignalSpy activated(m_panel.get(), &NotesPanel::deploymentActivated);
        const QRect rect = results->visualItemRect(results->item(0));
        QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("mistral-7b"));
        QCOMPARE(m_panel->deploymentName(), QStringLiteral("mistral-7b"));
        QTRY_COMPARE(m_panel->shownNoteIds(), QList<qint64>{hit.id});
    }

    // #24: the export dialog starts in Documents (else home), never the working directory,
    // and then in the folder used last.
    void exportDialogStartsInDocumentsThenTheLastFolder()
    {
        QTemporaryDir elsewhere;
        QVERIFY(elsewhere.isValid());
        const QString previous = QDir::currentPath();
        QVERIFY(QDir::setCurrent(elsewhere.path()));
        const auto restore = qScopeGuard([&previous] { QDir::setCurrent(previous); });
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString expected = !documents.isEmpty() && QDir(documents).exists() ? documents : QDir::homePath();

        m_panel->exportCsvAction()->trigger();
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = topLevel<QFileDialog>()) != nullptr);
        QCOMPARE(QFileInfo(dialog->directory().absolutePath()).canonicalFilePath(), QFileInfo(expected).canonicalFilePath());
        QVERIFY(dialog->directory().absolutePath() != QDir(elsewhere.path()).absolutePath());
        const QString path = m_db.filePath(QStringLiteral("chosen.csv"));
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        QTRY_VERIFY(QFile::exists(path));
        QVERIFY(settled());
        QTRY_VERIFY(topLevel<QFileDialog>() == nullptr);

        m_panel->exportMarkdownAction()->trigger();
        QTRY_VERIFY((dialog = topLevel<QFileDialog>()) != nullptr);
        QCOMPARE(QFileInfo(dialog->directory().absolutePath()).canonicalFilePath(),
                 QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath());
        dialog->reject();
    }

    // Saving a note while another program holds the database's write lock: the GUI thread's
    // event loop keeps running (a timer on it keeps ticking and is what releases the lock),
    // the panel says it is saving, and the note is stored once the lock goes.
    void savingWaitsForTheWriteLockWithoutBlockingTheWindow()
    {
        LocalDatabase other(m_db.database()->path());
        QVERIFY2(other.isOpen(), qPrintable(other.errorString()));
        QSqlQuery lock(other.connection());
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        QSignalSpy changed(m_panel.get(), &NotesPanel::notesChanged);
        bool released = false;
        bool committed = false;
        bool savedBeforeRelease = false;
        bool saidSaving = false;
        int ticksWhileWaiting = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            if (released)
                return;
            if (!changed.isEmpty())
                savedBeforeRelease = true;
            saidSaving = saidSaving || (editor()->isReadOnly() && !submitButton()->isEnabled());
            if (++ticksWhileWaiting < 20)
                return;
            committed = lock.exec(QStringLiteral("COMMIT"));
            released = true;
        });
        ticker.start();
        typeAndSubmit(QStringLiteral("written while the CLI held the lock"));
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 20000);
        ticker.stop();
        qInfo("timer ticks on the GUI thread while the note waited for the lock: %d", ticksWhileWaiting);
        QVERIFY2(!savedBeforeRelease, "the note was stored while the lock was held");
        QVERIFY(released);
        QVERIFY(committed);
        QVERIFY(ticksWhileWaiting >= 20);
        QVERIFY(saidSaving);
        QVERIFY(settled());
        const QList<Note> history = m_db.notes()->history(kWorkspace, QStringLiteral("llama-70b"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().text, QStringLiteral("written while the CLI held the lock"));
        QCOMPARE(m_panel->shownNoteIds(), QList<qint64>{history.first().id});
        QVERIFY(!editor()->isReadOnly());
        QVERIFY(editor()->toPlainText().isEmpty());
    }

    void everyControlHasANameAndAnAccessibleName()
    {
        addToStore(QStringLiteral("llama-70b"), QStringLiteral("a note with https://example.com"));
        m_panel->reload();
        QVERIFY(settled());
        m_panel->editNote(m_panel->shownNoteIds().first()); // the Cancel button shows
        QTest::keyClicks(child<QLineEdit>("notesSearch"), QStringLiteral("note"));
        QTRY_VERIFY(child<QListWidget>("notesSearchResults")->isVisible());

        int controls = 0;
        const QList<QWidget *> widgets = m_panel->findChildren<QWidget *>();
        for (QWidget *widget : widgets) {
            const auto *label = qobject_cast<QLabel *>(widget);
            const bool interactiveLabel = label && label->textInteractionFlags().testFlag(Qt::LinksAccessibleByKeyboard);
            const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QAbstractItemView *>(widget)
                                 || qobject_cast<QLineEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
                                 || qobject_cast<QScrollArea *>(widget) || interactiveLabel;
            if (!control || widget->objectName().startsWith(QLatin1String("qt_"))
                || qobject_cast<QLineEdit *>(widget->parentWidget())) // QLineEdit's own clear button
                continue;
            if (widget->objectName().startsWith(QLatin1String("errorBanner")))
                continue; // ErrorBanner's own buttons, named there
            ++controls;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        QVERIFY(controls >= 9);

        // Labels carry mnemonics to their fields.
        QCOMPARE(child<QLabel>("notesSearchLabel")->buddy(), child<QLineEdit>("notesSearch"));
        QCOMPARE(child<QLabel>("notesEditorLabel")->buddy(), editor());
        QVERIFY(child<QLabel>("notesEditorLabel")->text().contains(u'&'));
    }
};

QTEST_MAIN(TestNotesPanel)
#include "tst_notespanel.moc"
