#include "app/timeline/timelinemodel.h"

#include "app/api/deployment.h"
#include "app/api/leptonclient.h"
#include "app/deployments/deploymentdetailsloader.h"
#include "app/pause/deploymenthistorymodel.h"
#include "app/storage/notesstore.h"
#include "app/storage/pauseledger.h"
#include "app/storage/storage.h"
#include "app/watch/alertbook.h"

#include <QLocale>
#include <memory>

namespace {

constexpr std::chrono::milliseconds DefaultPoll {30000};

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : KeyedTableModel(parent)
{
    m_poll.setInterval(DefaultPoll);
    connect(&m_poll, &QTimer::timeout, this, &TimelineModel::refreshServer);
}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setClient(LeptonClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    if (hasResource())
        refreshServer();
}

void TimelineModel::setStore(Storage *storage, const QString &workspaceId)
{
    if (m_storage == storage && m_workspaceId == workspaceId)
        return;
    disconnect(m_storeChanged);
    m_storage = storage;
    m_workspaceId = workspaceId;
    if (storage)
        m_storeChanged = connect(storage, &Storage::changed, this, &TimelineModel::readConsole);
    m_console.clear();
    if (hasResource())
        readConsole();
    else
        rebuild();
}

void TimelineModel::setAlertBook(AlertBook *book)
{
    if (m_alerts == book)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_alertConnections))
        disconnect(connection);
    m_alertConnections.clear();
    m_alerts = book;
    if (book) {
        m_alertConnections << connect(book, &AlertBook::alertRaised, this, &TimelineModel::rebuild)
                           << connect(book, &AlertBook::alertClosed, this, &TimelineModel::rebuild)
                           << connect(book, &AlertBook::alertAcknowledged, this, &TimelineModel::rebuild)
                           << connect(book, &AlertBook::reset, this, &TimelineModel::rebuild);
    }
    rebuild();
}

void TimelineModel::setPollInterval(std::chrono::milliseconds interval)
{
    m_poll.setInterval(interval);
    if (interval.count() <= 0)
        m_poll.stop();
    else if (hasResource())
        m_poll.start();
}

void TimelineModel::setResource(const Deployment &resource)
{
    const bool same = hasResource() && resource.name == m_name && resource.kind == m_kind;
    const bool moved = !same || resource.version != m_version || int(resource.state) != m_state
        || resource.generation != m_generation;
    m_kind = resource.kind;
    m_generation = resource.generation;
    m_version = resource.version;
    m_state = int(resource.state);
    m_modifiedAtMs = resource.lastModifiedAtMs;
    m_modifiedBy = resource.lastModifiedBy;
    if (same) {
        rebuild(); // the last change may have moved
        if (moved)
            refreshServer();
        return;
    }
    // Another resource: nothing of the one before belongs here.
    m_name = resource.name;
    ++m_selection;
    for (int part = 0; part < PartCount; ++part) {
        m_answered[part] = false;
        m_errors[part].clear();
    }
    m_storeError.clear();
    m_events.clear();
    m_readiness.clear();
    m_terminations.clear();
    m_console.clear();
    rebuild();
    refresh();
    if (m_poll.interval() > 0)
        m_poll.start();
}

void TimelineModel::clearResource()
{
    ++m_selection;
    m_poll.stop();
    m_name.clear();
    m_version = 0;
    m_state = -1;
    m_modifiedAtMs = 0;
    m_modifiedBy.clear();
    m_events.clear();
    m_readiness.clear();
    m_terminations.clear();
    m_console.clear();
    for (int part = 0; part < PartCount; ++part) {
        m_answered[part] = false;
        m_errors[part].clear();
    }
    m_storeError.clear();
    apply({});
}

bool TimelineModel::offersEvents() const
{
    // The /deployments routes (legacy endpoints and pods) and the new API's /endpoints.
    return m_kind == ResourceKind::Endpoint || (m_kind == ResourceKind::Pod && m_generation == ApiGeneration::Legacy);
}

bool TimelineModel::hasLoaded() const
{
    if (!hasResource())
        return false;
    for (int part = 0; part < PartCount; ++part) {
        if (!m_answered[part])
            return false;
    }
    return true;
}

QString TimelineModel::serverError() const
{
    QStringList errors;
    for (int part : {EventsPart, ReadinessPart, TerminationsPart}) {
        if (!m_errors[part].isEmpty())
            errors << m_errors[part];
    }
    return errors.join(QLatin1Char(' '));
}

void TimelineModel::refresh()
{
    refreshServer();
    readConsole();
}

void TimelineModel::refreshServer()
{
    if (!hasResource())
        return;
    if (!m_client || !offersEvents()) {
        for (int part : {EventsPart, ReadinessPart, TerminationsPart}) {
            m_answered[part] = true;
            if (!m_client && offersEvents())
                m_errors[part] = tr("Not connected to a workspace.");
        }
        rebuild();
        return;
    }
    const quint64 selection = m_selection;
    const QString name = m_name;
    const auto accept = [this, selection](Part part, quint64 sent) {
        if (selection != m_selection || sent < m_applied[part])
            return false;
        m_applied[part] = sent;
        m_answered[part] = true;
        return true;
    };

    // With the loader feeding them, events and readiness arrive through takeEvents()/takeReadiness().
    if (!m_fromLoader) {
        const quint64 eventsSent = ++m_sent[EventsPart];
        m_client->listEvents(name, this, [this, accept, eventsSent](const ApiResult<QList<DeploymentEvent>> &result) {
            if (!accept(EventsPart, eventsSent))
                return;
            applyEvents(result);
        });

        const quint64 readinessSent = ++m_sent[ReadinessPart];
        m_client->getReadiness(name, this, [this, accept, readinessSent](const ApiResult<QList<ReadinessIssue>> &result) {
            if (!accept(ReadinessPart, readinessSent))
                return;
            applyReadiness(result);
        });

    }
    const quint64 terminationsSent = ++m_sent[TerminationsPart];
    m_client->getTerminations(name, this, [this, accept, terminationsSent](const ApiResult<ReplicaTerminations> &result) {
        if (!accept(TerminationsPart, terminationsSent))
            return;
        if (result.ok()) {
            m_terminations = TimelineRecord::fromTerminations(result.value.records);
            setPartError(TerminationsPart, QString());
        } else {
            setPartError(TerminationsPart, tr("Termination records could not be read: %1").arg(result.error.userMessage()));
        }
        finishPart(TerminationsPart);
    });
}

void TimelineModel::readConsole()
{
    if (!hasResource())
        return;
    if (!m_storage) {
        m_answered[ConsolePart] = true;
        rebuild();
        return;
    }
    const quint64 selection = m_selection;
    const quint64 sent = ++m_sent[ConsolePart];
    // Both halves must arrive before the lines change.
    struct Read
    {
        QList<PauseEntry> entries;
        QList<Note> notes;
        QString error;
        int pending = 2;
    };
    auto read = std::make_shared<Read>();
    const auto finish = [this, selection, sent, read] {
        if (--read->pending > 0 || selection != m_selection || sent < m_applied[ConsolePart])
            return;
        m_applied[ConsolePart] = sent;
        m_answered[ConsolePart] = true;
        m_storeError = read->error;
        if (read->error.isEmpty()) // a failed read keeps the last good lines
            m_console = TimelineRecord::fromConsole(DeploymentHistoryModel::merge(read->entries, read->notes));
        finishPart(ConsolePart);
    };
    m_storage->ledger().history(m_workspaceId, m_name, this, [read, finish](const StoreResult<QList<PauseEntry>> &result) {
        if (result.ok())
            read->entries = result.value;
        else
            read->error = result.error.message;
        finish();
    });
    m_storage->notes().history(m_workspaceId, m_name, this, [read, finish](const StoreResult<QList<Note>> &result) {
        if (result.ok())
            read->notes = result.value;
        else if (read->error.isEmpty())
            read->error = result.error.message;
        finish();
    });
}

void TimelineModel::setPartError(Part part, const QString &error)
{
    m_errors[part] = error;
}

void TimelineModel::finishPart(Part)
{
    rebuild();
    Q_EMIT partLoaded();
}

void TimelineModel::rebuild()
{
    if (!hasResource()) {
        apply({});
        return;
    }
    QList<TimelineRecord> records;
    records << m_events << m_readiness << m_terminations << m_console;
    records << TimelineRecord::fromLastChange(m_version, m_modifiedAtMs, m_modifiedBy);
    if (m_alerts) {
        QList<Alert> mine;
        for (const Alert &alert : m_alerts->alerts()) {
            if (alert.name == m_name && alert.kind == m_kind
                && (alert.workspaceId.isEmpty() || m_workspaceId.isEmpty() || alert.workspaceId == m_workspaceId))
                mine.append(alert);
        }
        records << TimelineRecord::fromAlerts(mine);
    }
    TimelineRecord::sortNewestFirst(records);
    apply(records);
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const TimelineRecord &record = rowAt(index.row());
    switch (role) {
    case SourceRole:
        return int(record.source);
    case WhenRole:
        return record.when;
    case WarningRole:
        return record.warning;
    case KeyRole:
        return record.key;
    default:
        break;
    }
    const QString when = record.when.isValid() ? QLocale().toString(record.when.toLocalTime(), QLocale::ShortFormat)
                                               : tr("unknown time");
    if (role == Qt::AccessibleTextRole)
        return tr("%1, %2, %3: %4").arg(when, TimelineRecord::sourceName(record.source), record.title, record.details);
    if (role == Qt::ToolTipRole) {
        if (index.column() == WhenColumn && record.when.isValid())
            return QLocale().toString(record.when.toLocalTime(), QLocale::LongFormat);
        return record.details.isEmpty() ? record.title : tr("%1\n%2").arg(record.title, record.details);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return when;
    case SourceColumn:
        return TimelineRecord::sourceName(record.source);
    case EventColumn:
        return record.title;
    case DetailsColumn:
        return record.details;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return KeyedTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case SourceColumn:
        return tr("Source");
    case EventColumn:
        return tr("Event");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

void TimelineModel::applyEvents(const ApiResult<QList<DeploymentEvent>> &result)
{
    if (result.ok()) {
        m_events = TimelineRecord::fromEvents(result.value.size() > DeploymentDetailsLoader::MaxEvents
                                                  ? result.value.first(DeploymentDetailsLoader::MaxEvents)
                                                  : result.value);
        setPartError(EventsPart, QString());
    } else {
        setPartError(EventsPart, tr("Events could not be read: %1").arg(result.error.userMessage()));
    }
    finishPart(EventsPart);
}

void TimelineModel::applyReadiness(const ApiResult<QList<ReadinessIssue>> &result)
{
    if (result.ok()) {
        m_readiness = TimelineRecord::fromReadiness(DeploymentDetailsLoader::Readiness::of(result.value).issues);
        setPartError(ReadinessPart, QString());
    } else {
        setPartError(ReadinessPart, tr("Readiness could not be read: %1").arg(result.error.userMessage()));
    }
    finishPart(ReadinessPart);
}

void TimelineModel::takeEvents(const QString &name, const ApiResult<QList<DeploymentEvent>> &result)
{
    if (!m_fromLoader || name != m_name)
        return;
    m_answered[EventsPart] = true;
    applyEvents(result);
}

void TimelineModel::takeReadiness(const QString &name, const ApiResult<QList<ReadinessIssue>> &result)
{
    if (!m_fromLoader || name != m_name)
        return;
    m_answered[ReadinessPart] = true;
    applyReadiness(result);
}
