#include "app/notes/notestransfer.h"

#include "app/common/privatefiles.h"
#include "app/notes/notesmarkdown.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace {

// Runs `work` on a pool thread and hands its result to `done` on the thread of `context`;
// nothing is delivered once `context` is gone (the watcher goes with it).
template <typename T>
void offThread(QObject *context, std::function<T()> work, std::function<void(const T &)> done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        const T result = watcher->result();
        watcher->deleteLater();
        done(result);
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace

NotesTransfer::NotesTransfer(NotesStore &store)
    : m_store(store)
{
}

void NotesTransfer::exportToFile(const QString &workspaceId, Format format, const QString &path, QObject *context,
                                 std::function<void(const ExportResult &)> done)
{
    m_store.all(workspaceId, context, [workspaceId, format, path, context, done](const StoreResult<QList<Note>> &read) {
        if (!read.ok()) {
            ExportResult failed;
            failed.path = path;
            failed.error = tr("The notes could not be read: %1").arg(read.error.message);
            done(failed);
            return;
        }
        const QList<Note> notes = read.value;
        offThread<ExportResult>(context, [workspaceId, notes, format, path] {
            return writeFile(workspaceId, notes, format, path);
        }, done);
    });
}

void NotesTransfer::importCsvFile(const QString &workspaceId, const QString &path, QObject *context,
                                  std::function<void(const ImportResult &)> done)
{
    NotesStore *store = &m_store;
    offThread<NotesCsv::Read>(context, [workspaceId, path] { return readCsvFile(workspaceId, path); },
                              [store, workspaceId, context, done](const NotesCsv::Read &read) {
        if (!read.result.ok()) {
            done(read.result);
            return;
        }
        store->importNotes(workspaceId, read.notes, read.result, context,
                           [done](const StoreResult<ImportResult> &written) {
            if (written.ok()) {
                done(written.value);
                return;
            }
            ImportResult failed;
            failed.error = written.error.message;
            done(failed);
        });
    });
}

NotesTransfer::ExportResult NotesTransfer::writeFile(const QString &workspaceId, const QList<Note> &notes,
                                                     Format format, const QString &path)
{
    ExportResult result;
    result.path = path;
    const QByteArray content = format == Format::Csv ? NotesCsv::write(notes)
                                                     : NotesMarkdown::write(workspaceId, notes).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        result.error = tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return result;
    }
    // Notes are the user's: the export is 0600 from its first byte (best effort: a file system
    // without permissions, a USB stick, refuses and the export still goes on).
    PrivateFiles::restrict(file);
    if (file.write(content) != content.size() || !file.commit()) {
        result.error = tr("%1 could not be written: %2").arg(QFileInfo(path).fileName(), file.errorString());
        file.cancelWriting();
        return result;
    }
    result.notes = int(notes.size());
    return result;
}

NotesCsv::Read NotesTransfer::readCsvFile(const QString &workspaceId, const QString &path)
{
    NotesCsv::Read failed;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failed.result.error = tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return failed;
    }
    if (file.size() > MaxImportBytes) {
        failed.result.error = tr("%1 is too large to be a notes export (%2 MB).")
                                  .arg(QFileInfo(path).fileName())
                                  .arg(file.size() / (1024 * 1024));
        return failed;
    }
    const QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        failed.result.error = tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return failed;
    }
    return NotesCsv::read(workspaceId, content);
}

QString NotesTransfer::suggestedFileName(const QString &workspaceId, Format format, const QDate &date)
{
    QString safe;
    for (const QChar c : workspaceId)
        safe += (c.isLetterOrNumber() || c == u'-' || c == u'_') ? c : QChar(u'_');
    if (safe.isEmpty())
        safe = QStringLiteral("workspace");
    return QStringLiteral("lepton-notes-%1-%2.%3")
        .arg(safe, date.toString(Qt::ISODate), format == Format::Csv ? QStringLiteral("csv") : QStringLiteral("md"));
}

QString NotesTransfer::importSummary(const ImportResult &result)
{
    if (!result.ok())
        return tr("Nothing was imported: %1").arg(result.error);
    QString text = tr("Imported %n note(s)", nullptr, result.imported);
    if (result.skipped > 0)
        text += tr("; %n already here, skipped", nullptr, result.skipped);
    if (result.invalid > 0)
        text += tr("; %n row(s) could not be read", nullptr, result.invalid);
    return text + u'.';
}
