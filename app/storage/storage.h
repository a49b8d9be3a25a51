#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

class NotesStore;
class PauseLedger;

// Where the console keeps what is its alone (the pause ledger, the notes): one object per
// process (the window) or per command (the CLI), made by a composition root with a backend
// (app/storage/<backend>/). A backend runs every call on its own worker thread, which owns its
// connection, so a slow disk, a held lock or a far server never stops the caller's thread.
class Storage : public QObject
{
    Q_OBJECT

public:
    // How the store opened, for the user and for exit codes. Every backend opens on its worker
    // (a local file too: creating, migrating or recovering it, or waiting for another
    // program's lock, never stops the caller's thread): the constructor returns at once with
    // opening true and location set; statusChanged() says when the open ended, and the rest
    // is known from then on. Calls made meanwhile wait behind the open (and fail with its
    // error when it failed). Who must know before going on (the CLI) waits for that signal
    // (StorageFactory::waitUntilOpen); the window goes on and reacts to it.
    struct Status
    {
        bool opening = false;       // the open is still under way
        bool open = false;
        bool readOnly = false;      // reads work, every write fails (ReadOnly)
        QString location;           // the file or server, for messages
        QString errorString;        // why it is not open (the store's location and the server's words)
        // A store that was open and cannot be reached now (a team store's server went away):
        // since when, UTC; null while open, and for a store that never opened. The next call
        // tries to reconnect; statusChanged() says when it is back (then changed() follows, as
        // others may have written meanwhile). Nothing is written anywhere else meanwhile.
        QDateTime lostSince;
        QString recoveryMessage;    // non-empty: a damaged store was kept aside, a fresh one started
    };

    using QObject::QObject;

    virtual PauseLedger &ledger() = 0;
    virtual NotesStore &notes() = 0;
    virtual Status status() const = 0;

Q_SIGNALS:
    // Someone (this process, another window, lepton-console-cli) committed a change: re-read.
    void changed();
    // status() changed: the open ended, or the store was lost (open false, lostSince set) or
    // found again (open true).
    void statusChanged();
};
