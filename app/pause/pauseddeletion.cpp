#include "app/pause/pauseddeletion.h"

#include "app/api/leptonclient.h"
#include "app/api/resourcekind.h"
#include "app/storage/notesstore.h"
#include "app/storage/pauseledger.h"
#include "app/storage/storage.h"

#include <QLocale>

PausedDeletion::PausedDeletion(LeptonClient *client, Storage *storage, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_storage(storage)
{
}

bool PausedDeletion::isClosingNote(const Note &note, const PauseEntry &entry)
{
    // Written after the pause was closed (a note added while it was open, "already paused",
    // is linked to it too, but comes before closedAt).
    return !note.atPause && entry.id > 0 && note.pauseEntryId == entry.id && entry.state == PauseEntry::State::Closed
           && entry.closedAt.isValid() && note.createdAt >= entry.closedAt;
}

void PausedDeletion::run(const PauseEntry &entry, const QString &user, Callback done)
{
    Outcome outcome;
    if (!m_client || !m_storage) {
        outcome.message = tr("Not connected to the workspace; nothing was deleted.");
        return done(outcome);
    }
    const ResourceKind kind = ResourceKinds::fromString(entry.kind).value_or(ResourceKind::Endpoint);
    m_client->deleteResource(kind, entry.deploymentName, this, [this, entry, user, done](const ApiResult<ApiNothing> &result) {
        Outcome outcome;
        if (!result.ok()) {
            outcome.message = tr("The server did not delete %1: %2. Nothing was changed; the pause stays open.")
                                  .arg(entry.deploymentName, result.error.userMessage());
            return done(outcome);
        }
        record(entry, user, done);
    });
}

void PausedDeletion::record(const PauseEntry &entry, const QString &user, const Callback &done)
{
    const QString name = entry.deploymentName;
    m_storage->ledger().compareAndSet(entry.id, entry.state, PauseEntry::State::Closed, user, this,
                                      [this, entry, user, name, done](const StoreResult<PauseLedger::Settled> &settled) {
        Outcome outcome;
        outcome.deleted = true;
        if (!settled.ok()) {
            outcome.message = tr("The server accepted the deletion of %1, but its pause could not be closed in the "
                                 "ledger: %2. The pause will be settled at the next refresh.")
                                  .arg(name, settled.error.message);
            return done(outcome);
        }
        Note note;
        note.workspaceId = entry.workspaceId;
        note.deploymentName = name;
        note.author = user;
        note.pauseEntryId = entry.id;
        note.atPause = false;
        note.text = tr("Deleted %1 while paused (paused since %2). The pause and its notes are kept as history.")
                        .arg(name, QLocale().toString(entry.pausedAt.toLocalTime(), QLocale::ShortFormat));
        m_storage->notes().add(note, this, [name, done, outcome](const StoreResult<Note> &added) mutable {
            outcome.recorded = added.ok();
            outcome.message = added.ok()
                                  ? tr("The server accepted the deletion of %1; it is being deleted. Its pause is closed "
                                       "as deleted; the ledger entry and notes are kept as history.").arg(name)
                                  : tr("The server accepted the deletion of %1 and its pause is closed, but the note "
                                       "saying so could not be written: %2").arg(name, added.error.message);
            done(outcome);
        });
    });
}
