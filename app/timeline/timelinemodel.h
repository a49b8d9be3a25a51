#pragma once

#include "app/api/apiresult.h"
#include "app/api/deploymentevent.h"
#include "app/api/readinessissue.h"
#include "app/api/apigeneration.h"
#include "app/api/resourcekind.h"
#include "app/deployments/keyedtablemodel.h"
#include "app/timeline/timelinerecord.h"

#include <QDateTime>
#include <QList>
#include <QMetaObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

class AlertBook;
class LeptonClient;
class Storage;
struct Deployment;

// The timeline of one resource (a deployment, dev pod or Ray cluster): what the server says
// happened to it (events with type, reason, count and last seen; readiness issues and replica
// terminations where the API has them; its last change) merged by time with the console's own
// history (pauses, resumes and notes from the ledger and notes store) and the alerts raised
// about it (from an AlertBook), each line with its source, time, title and details.
//
// Reads are asynchronous: the API calls go through the LeptonClient, the store's through its
// worker thread; nothing waits on the calling thread. Only the latest setResource() counts:
// an answer for a resource selected before is dropped. Every answer rebuilds the merged list
// and applies it as a diff by record (KeyedTableModel): a poll that brings nothing new emits
// nothing, a counted event updates its line in place, and a view's selection and scroll stay.
// Rows come in the order first seen; TimelineFilterModel sorts them newest first and filters.
//
// What each kind and generation offers: a legacy endpoint or dev pod (a /deployments entry)
// has events, readiness and termination records; a new-API endpoint has events; a new-API dev
// pod and a Ray cluster have none of those (only the last change, the console's history and
// alerts). A server part that fails keeps its last good lines and says why (serverError()).
class TimelineModel : public KeyedTableModel<TimelineRecord>
{
    Q_OBJECT

public:
    enum Column { WhenColumn, SourceColumn, EventColumn, DetailsColumn, ColumnCount };
    enum Role {
        SourceRole = Qt::UserRole + 1, // int(TimelineRecord::Source)
        WhenRole,                      // QDateTime, UTC
        WarningRole,                   // bool
        KeyRole,                       // QString
    };
    using Source = TimelineRecord::Source;

    explicit TimelineModel(QObject *parent = nullptr);
    ~TimelineModel() override;

    void setClient(LeptonClient *client);
    // The store of the console's history, and the workspace it is read for.
    void setStore(Storage *storage, const QString &workspaceId);
    void setAlertBook(AlertBook *book);
    // Server parts are read again this often while a resource is shown (default 30 s; 0: only
    // on refresh()).
    void setPollInterval(std::chrono::milliseconds interval);

    // Shows `resource`'s timeline: drops what was shown (another resource) and reads every
    // part. The same resource again (a poll's fresh copy) only updates its last change, and
    // reads the server parts again when its version or state moved.
    void setResource(const Deployment &resource);
    void clearResource();
    bool hasResource() const { return !m_name.isEmpty(); }
    QString resourceName() const { return m_name; }
    ResourceKind resourceKind() const { return m_kind; }

    // Events and readiness come from outside (the details panel's DeploymentDetailsLoader,
    // which reads them anyway): the model then asks the server only for termination records,
    // so a selection costs no second events/readiness call. Answers for another name are ignored.
    void setEventsFromLoader(bool fromLoader) { m_fromLoader = fromLoader; }
    void takeEvents(const QString &name, const ApiResult<QList<DeploymentEvent>> &result);
    void takeReadiness(const QString &name, const ApiResult<QList<ReadinessIssue>> &result);

    // Reads every part again.
    void refresh();
    // Reads the server parts again.
    void refreshServer();

    // Whether this resource has server events / termination records at all here.
    bool offersEvents() const;
    // Every part of the latest read has answered at least once.
    bool hasLoaded() const;
    // Why a server part or the store could not be read (the server's or store's words); empty
    // when the last reads were good.
    QString serverError() const;
    QString storeError() const { return m_storeError; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A part answered and the lines were rebuilt (or the part's error changed).
    void partLoaded();

protected:
    QString keyOf(const TimelineRecord &record) const override { return record.key; }
    bool same(const TimelineRecord &a, const TimelineRecord &b) const override { return a == b; }

private:
    void applyEvents(const ApiResult<QList<DeploymentEvent>> &result);
    void applyReadiness(const ApiResult<QList<ReadinessIssue>> &result);
    bool m_fromLoader = false;
    enum Part { EventsPart, ReadinessPart, TerminationsPart, ConsolePart, PartCount };

    void readConsole();
    void rebuild();
    void finishPart(Part part);
    void setPartError(Part part, const QString &error);

    QPointer<LeptonClient> m_client;
    QPointer<Storage> m_storage;
    QPointer<AlertBook> m_alerts;
    QMetaObject::Connection m_storeChanged;
    QList<QMetaObject::Connection> m_alertConnections;
    QString m_workspaceId;
    QTimer m_poll;

    // The shown resource.
    QString m_name;
    ResourceKind m_kind = ResourceKind::Endpoint;
    ApiGeneration m_generation = ApiGeneration::Legacy;
    qint64 m_version = 0;
    int m_state = -1;
    qint64 m_modifiedAtMs = 0;
    QString m_modifiedBy;

    // Bumped by every selection: an answer for an older one is dropped.
    quint64 m_selection = 0;
    // Per part: the number of the read under way, so a slow older answer never replaces a
    // newer one of the same selection.
    quint64 m_sent[PartCount] = {};
    quint64 m_applied[PartCount] = {};
    bool m_answered[PartCount] = {};
    QString m_errors[PartCount];
    QString m_storeError;

    QList<TimelineRecord> m_events;
    QList<TimelineRecord> m_readiness;
    QList<TimelineRecord> m_terminations;
    QList<TimelineRecord> m_console;
};
