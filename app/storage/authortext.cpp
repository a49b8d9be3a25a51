#include "app/storage/authortext.h"

QString AuthorText::program(const QString &program)
{
    if (program == QLatin1String("lepton-console-cli"))
        return tr("CLI");
    if (program == QLatin1String("lepton-console"))
        return tr("console");
    return program;
}

QString AuthorText::of(const QString &user, const QString &program, const QString &host)
{
    const QString who = user.trimmed().isEmpty() ? tr("someone") : user.trimmed();
    const QString what = AuthorText::program(program);
    if (what.isEmpty() && host.isEmpty())
        return who;
    if (host.isEmpty())
        return tr("%1 (%2)", "user (program)").arg(who, what);
    if (what.isEmpty())
        return tr("%1 (on %2)", "user (on host)").arg(who, host);
    return tr("%1 (%2 on %3)", "user (program on host)").arg(who, what, host);
}

QString AuthorText::pausedBy(const PauseEntry &entry)
{
    return of(entry.pausedBy, entry.pausedProgram, entry.pausedHost);
}

QString AuthorText::closedBy(const PauseEntry &entry)
{
    if (entry.isOpen())
        return QString();
    return of(entry.closedBy, entry.closedProgram, entry.closedHost);
}

QString AuthorText::author(const Note &note)
{
    return of(note.author, note.authorProgram, note.authorHost);
}
