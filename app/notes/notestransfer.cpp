#include "app/notes/notestransfer.h"

#include "app/common/privatefiles.h"

#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

NotesTransfer::NotesTransfer(NotesTable &store)
    : m_store(store)
{
}

NotesTransfer::ExportResult NotesTransfer::exportToFile(const QString &workspaceId, Format format,
                                                        const QString &path)
{
    ExportResult result;
    result.path = path;
    const QList<Note> notes = m_store.all(workspaceId);
    if (!m_store.lastError().isEmpty()) {
        result.error = tr("The notes could not be read: %1").arg(m_store.lastError());
        return result;
    }
    const QByteArray content = format == Format::Csv ? m_store.exportCsv(workspaceId)
                                                     : m_store.exportMarkdown(workspaceId).toUtf8();
    if (!m_store.lastError().isEmpty() || content.isEmpty()) {
        result.error = tr("The notes could not be exported: %1")
                           .arg(m_store.lastError().isEmpty() ? tr("nothing to write") : m_store.lastError());
        return result;
    }

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

NotesTable::ImportResult NotesTransfer::importCsvFile(const QString &workspaceId, const QString &path)
{
    NotesTable::ImportResult failed;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        failed.error = tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return failed;
    }
    if (file.size() > MaxImportBytes) {
        failed.error = tr("%1 is too large to be a notes export (%2 MB).")
                           .arg(QFileInfo(path).fileName())
                           .arg(file.size() / (1024 * 1024));
        return failed;
    }
    const QByteArray content = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        failed.error = tr("%1 could not be read: %2").arg(QFileInfo(path).fileName(), file.errorString());
        return failed;
    }
    return m_store.importCsv(workspaceId, content);
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

QString NotesTransfer::importSummary(const NotesTable::ImportResult &result)
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
