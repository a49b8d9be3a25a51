#include "app/notes/notesmarkdown.h"

#include <QStringList>

QString NotesMarkdown::write(const QString &workspaceId, const QList<Note> &notes, const QDateTime &exportedAt)
{
    const auto stamp = [](const QDateTime &time) {
        return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
    };
    QString out = tr("# Notes for workspace %1").arg(workspaceId) + QStringLiteral("\n\n");
    out += tr("Exported %1 by Lepton Console.").arg(stamp(exportedAt)) + QStringLiteral("\n");
    if (notes.isEmpty())
        out += QStringLiteral("\n") + tr("No notes.") + QStringLiteral("\n");
    QString deployment;
    for (const Note &note : notes) {
        if (note.deploymentName != deployment) { // names are never empty
            deployment = note.deploymentName;
            out += QStringLiteral("\n## %1\n").arg(deployment);
        }
        QString heading = QStringLiteral("%1, %2").arg(stamp(note.createdAt),
                                                        note.author.isEmpty() ? tr("unknown author")
                                                                              : note.author);
        if (note.isEdited())
            heading += QStringLiteral(" ") + tr("(edited %1)").arg(stamp(note.editedAt));
        if (note.atPause)
            heading += QStringLiteral(" ") + tr("[pause reason]");
        out += QStringLiteral("\n### %1\n\n").arg(heading);
        // As a block quote, so a user's "#" or "-" at a line start stays text, not structure.
        const QStringList lines = note.text.split(u'\n');
        for (QString line : lines) {
            if (line.endsWith(u'\r'))
                line.chop(1);
            out += line.isEmpty() ? QStringLiteral(">\n") : QStringLiteral("> %1\n").arg(line);
        }
    }
    return out;
}
