#pragma once

#include "app/storage/note.h"
#include "app/storage/pauseentry.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class LeptonClient;
class Storage;

// Deletes a paused resource for good, from the Paused Services view, and keeps its history:
// one DELETE to the resource's route on the workspace's generation (an endpoint, dev pod or
// Ray cluster: LeptonClient::deleteResource), and only when the server took it, the pause is
// closed (PauseLedger::compareAndSet to Closed) and a note linked to it says it was deleted.
// The ledger entry and every note stay: the History shows the pause and "Deleted".
//
// Nothing is written when the server refuses; the server's answer is the outcome's message.
class PausedDeletion : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool deleted = false;     // the server accepted the DELETE
        bool recorded = false;    // the pause is closed as deleted and the note written
        QString message;          // what to tell the user: the server's answer, and the ledger's
    };
    using Callback = std::function<void(const Outcome &)>;

    // Both must outlive this object (or it dies first).
    PausedDeletion(LeptonClient *client, Storage *storage, QObject *parent = nullptr);

    // The typed confirmation: exactly the resource's name, case and spaces included.
    static bool confirms(const QString &typed, const QString &name) { return !name.isEmpty() && typed == name; }

    // Deletes `entry`'s resource as `user`; ends in exactly one Outcome on this object's thread.
    void run(const PauseEntry &entry, const QString &user, Callback done);

    // A note that records how a closed pause ended (written when it was closed, linked to it):
    // the History shows the close as "Deleted" with this text.
    static bool isClosingNote(const Note &note, const PauseEntry &entry);

private:
    void record(const PauseEntry &entry, const QString &user, const Callback &done);

    QPointer<LeptonClient> m_client;
    Storage *m_storage;
};
