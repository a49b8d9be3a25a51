#pragma once

#include "app/storage/note.h"
#include "app/storage/pauseentry.h"

#include <QAbstractTableModel>
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
// pause, not twice.
class DeploymentHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { WhenColumn, EventColumn, WhoColumn, DetailsColumn, ColumnCount };
    enum class Kind { Pausing, Paused, Resumed, Abandoned, Note };
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Kind)
        WhenRole,                    // QDateTime, UTC
    };

    struct Event
    {
        QDateTime when; // UTC
        Kind kind = Kind::Note;
        QString who;
        QString details;
    };

    explicit DeploymentHistoryModel(QObject *parent = nullptr);

    // The deployment to show (`storage` must outlive the model or be replaced first); reads it.
    void setDeployment(Storage *storage, const QString &workspaceId, const QString &deploymentName);
    QString deploymentName() const { return m_name; }
    // Reads again (Storage::changed() calls it).
    void reload();

    const QList<Event> &events() const { return m_events; }
    bool hasLoaded() const { return m_loaded; }
    // Why the last read failed (the store's words); empty after a good read.
    QString errorString() const { return m_error; }

    // The events of `entries` and `notes`, newest first.
    static QList<Event> merge(const QList<PauseEntry> &entries, const QList<Note> &notes);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A read ended (rows replaced, or errorString() says why not).
    void loaded();

private:
    void finish(int generation);

    QPointer<Storage> m_storage;
    QMetaObject::Connection m_changed;
    QString m_workspaceId;
    QString m_name;
    QList<Event> m_events;
    bool m_loaded = false;
    QString m_error;
    // The read under way: both halves must arrive before the rows change.
    int m_generation = 0;
    int m_pending = 0;
    QList<PauseEntry> m_readEntries;
    QList<Note> m_readNotes;
    QString m_readError;
};
