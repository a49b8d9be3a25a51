#pragma once

#include "app/storage/note.h"
#include "app/storage/pauseentry.h"

#include <QCoreApplication>
#include <QString>

// Who made a change and from where, the one way every view says it: "alice (CLI on build-7)",
// "bob (console on laptop-3)", or the bare name for a row written before schema 4 (no origin
// recorded). Used by lepton-console-cli (status, paused, history) and the window's markers and
// History view, so the same pause reads the same everywhere.
class AuthorText
{
    Q_DECLARE_TR_FUNCTIONS(AuthorText)

public:
    // `user` (or "someone"), then "(PROGRAM on HOST)" with what is known of the two.
    static QString of(const QString &user, const QString &program, const QString &host);
    // Who began the pause.
    static QString pausedBy(const PauseEntry &entry);
    // Who closed or abandoned it (empty user: "someone"); empty while it is open.
    static QString closedBy(const PauseEntry &entry);
    static QString author(const Note &note);
    // "CLI" for lepton-console-cli, "console" for lepton-console, else the program's own name.
    static QString program(const QString &program);
};
