#pragma once

#include "app/deployments/keyedtablemodel.h"
#include "app/pause/deploymenthistoryevent.h"
#include "app/storage/note.h"
#include "app/storage/pauseentry.h"

#include <QDateTime>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QString>

class Storage;

// The history of one deployment, newest first: its pauses (who paused it, when, why and what
// Resume gives back), resumes, abandoned pauses and notes, from the ledger
// (PauseLedger::history) and the notes (NotesStore::history). Reads are asynchronous; the
// model re-reads on Storage::changed(), so what another console or lepton-console-cli writes
// to the same store appears by itself. A note written as a pause's reason is shown with that
// pause, not twice. A read is applied as a diff by record (KeyedTableModel): a colleague's
// change moves or adds only its lines, and the view's selection and scroll stay. Rows come in
// the order they were first seen (newest first on the first read); a view sorts by WhenRole.
class DeploymentHistoryModel : public KeyedTableModel<DeploymentHistoryEvent>
{
    Q_OBJECT

public:
    enum Column { WhenColumn, EventColumn, WhoColumn, DetailsColumn, ColumnCount };
    using Kind = DeploymentHistoryEvent::Kind;
    using Event = DeploymentHistoryEvent;
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Kind)
        WhenRole,                    // QDateTime, UTC
    };

    explicit DeploymentHistoryModel(QObject *parent = nullptr);

    // The deployment to show (`storage` must outlive the model or be replaced first); reads it.
    void setDeployment(Storage *storage, const QString &workspaceId, const QString &deploymentName);
    QString deploymentName() const { return m_name; }
    // Reads again (Storage::changed() calls it).
    void reload();

    const QList<Event> &events() const { return rows(); }
    bool hasLoaded() const { return m_loaded; }
    // Why the last read failed (the store's words); empty after a good read.
    QString errorString() const { return m_error; }

    // The events of `entries` and `notes`, newest first.
    static QList<Event> merge(const QList<PauseEntry> &entries, const QList<Note> &notes);

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A read ended (rows replaced, or errorString() says why not).
    void loaded();

protected:
    QString keyOf(const Event &event) const override { return event.key; }
    bool same(const Event &a, const Event &b) const override { return a == b; }

private:
    void finish(int generation);

    QPointer<Storage> m_storage;
    QMetaObject::Connection m_changed;
    QString m_workspaceId;
    QString m_name;
    bool m_loaded = false;
    QString m_error;
    // The read under way: both halves must arrive before the rows change.
    int m_generation = 0;
    int m_pending = 0;
    QList<PauseEntry> m_readEntries;
    QList<Note> m_readNotes;
    QString m_readError;
};
