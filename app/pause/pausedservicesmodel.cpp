#include "app/pause/pausedservicesmodel.h"

#include "app/api/resourcekind.h"
#include "app/deployments/replicarange.h"
#include "app/storage/authortext.h"
#include "app/storage/pauseledger.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>

namespace {

// A reason note written without a link to its pause (imported from another machine) still
// counts when it was written at pause time, give or take this much.
constexpr qint64 kReasonNoteSlackSecs = 60;

QString durationText(qint64 seconds)
{
    if (seconds >= 3600 && seconds % 3600 == 0)
        return PausedServicesModel::tr("%n h", nullptr, int(seconds / 3600));
    if (seconds >= 60 && seconds % 60 == 0)
        return PausedServicesModel::tr("%n min", nullptr, int(seconds / 60));
    return PausedServicesModel::tr("%n s", nullptr, int(seconds));
}

QString numberText(double value)
{
    return QLocale().toString(value, 'g', 6);
}

QString exactTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

} // namespace

PausedServicesModel::PausedServicesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PausedServicesModel::setSources(PauseLedger *ledger, const QString &workspaceId)
{
    const bool otherWorkspace = workspaceId != m_workspaceId || ledger != m_ledger;
    m_ledger = ledger;
    m_workspaceId = workspaceId;
    if (otherWorkspace && !m_items.isEmpty()) {
        // A different data set altogether: the one case where a reset is right.
        beginResetModel();
        m_items.clear();
        endResetModel();
    }
}

void PausedServicesModel::reload()
{
    if (!m_ledger || m_workspaceId.isEmpty()) {
        m_lastError.clear();
        setItems({});
        Q_EMIT reloaded(true);
        return;
    }
    const QString workspaceId = m_workspaceId;
    const PauseLedger *ledger = m_ledger;
    m_ledger->openPauses(m_workspaceId, this, [this, workspaceId, ledger](const StoreResult<QList<PauseLedger::OpenPause>> &open) {
        if (workspaceId != m_workspaceId || ledger != m_ledger)
            return; // the sources changed meanwhile: that reload's answer is the one to show
        if (!open.ok()) {
            m_lastError = tr("The paused deployments could not be read: %1").arg(open.error.message);
            Q_EMIT reloaded(false);
            return;
        }
        m_lastError.clear();
        QList<Item> items;
        items.reserve(open.value.size());
        for (const PauseLedger::OpenPause &pause : open.value)
            items << itemFor(pause.entry, pause.notes);
        setItems(std::move(items));
        Q_EMIT reloaded(true);
    });
}

PausedServicesModel::Item PausedServicesModel::itemFor(const PauseEntry &entry,
                                                       const QList<Note> &historyNewestFirst)
{
    Item item;
    item.entry = entry;
    item.noteCount = int(historyNewestFirst.size());

    const Note *reasonNote = nullptr;
    for (const Note &note : historyNewestFirst) {
        if (note.atPause && entry.id > 0 && note.pauseEntryId == entry.id) {
            reasonNote = &note;
            break;
        }
    }
    if (!reasonNote && entry.pausedAt.isValid()) {
        const QDateTime earliest = entry.pausedAt.addSecs(-kReasonNoteSlackSecs);
        for (const Note &note : historyNewestFirst) {
            if (note.atPause && note.pauseEntryId == 0 && note.createdAt >= earliest) {
                reasonNote = &note;
                break;
            }
        }
    }
    if (reasonNote) {
        item.reason = reasonNote->text;
        item.reasonAuthor = AuthorText::author(*reasonNote);
    } else {
        item.reason = entry.reason;
    }

    if (!historyNewestFirst.isEmpty() && &historyNewestFirst.first() != reasonNote) {
        const Note &latest = historyNewestFirst.first();
        item.latestNote = latest.text;
        item.latestNoteAuthor = AuthorText::author(latest);
        item.latestNoteAt = latest.createdAt;
    }
    return item;
}

void PausedServicesModel::setItems(QList<Item> items)
{
    std::sort(items.begin(), items.end(),
              [](const Item &a, const Item &b) { return a.name() < b.name(); });

    // 1. Rows that are gone, from the bottom so the rows above keep their numbers.
    QSet<QString> incoming;
    incoming.reserve(items.size());
    for (const Item &item : std::as_const(items))
        incoming.insert(item.name());
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        if (incoming.contains(m_items.at(row).name()))
            continue;
        int first = row;
        while (first > 0 && !incoming.contains(m_items.at(first - 1).name()))
            --first;
        beginRemoveRows({}, first, row);
        m_items.remove(first, row - first + 1);
        endRemoveRows();
        row = first;
    }

    // 2. Both lists are now in name order and what is left of the old one is in the new one:
    //    walk them together, updating equal names and inserting the new ones in place.
    for (int row = 0; row < items.size(); ++row) {
        const Item &item = items.at(row);
        if (row < m_items.size() && m_items.at(row).name() == item.name()) {
            if (!(m_items.at(row) == item)) {
                m_items[row] = item;
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        beginInsertRows({}, row, row);
        m_items.insert(row, item);
        endInsertRows();
    }
}

void PausedServicesModel::setNow(const QDateTime &now)
{
    m_now = now;
    refreshTimes();
}

QDateTime PausedServicesModel::now() const
{
    return m_now.isValid() ? m_now.toUTC() : QDateTime::currentDateTimeUtc();
}

QDate PausedServicesModel::today() const
{
    return m_now.isValid() ? m_now.toLocalTime().date() : QDate::currentDate();
}

void PausedServicesModel::refreshTimes()
{
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, SinceColumn), index(int(m_items.size()) - 1, ReminderColumn));
}

void PausedServicesModel::setStaleAfterDays(int days)
{
    m_staleDays = qMax(1, days);
    refreshTimes();
}

bool PausedServicesModel::isStale(int row) const
{
    const QDateTime pausedAt = m_items.at(row).entry.pausedAt;
    return pausedAt.isValid() && pausedAt.secsTo(now()) >= qint64(m_staleDays) * 86400;
}

int PausedServicesModel::staleCount() const
{
    int count = 0;
    for (int row = 0; row < m_items.size(); ++row)
        count += isStale(row) ? 1 : 0;
    return count;
}

void PausedServicesModel::setCostRates(const CostRates &rates)
{
    if (rates == m_costRates)
        return;
    m_costRates = rates;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, ResumeCostColumn), index(int(m_items.size()) - 1, ResumeCostColumn));
}

RunningCost PausedServicesModel::resumeCostOf(const PauseEntry &entry, const CostRates &rates)
{
    const QJsonObject snapshot = entry.pausedSnapshot;
    const auto shapeIn = [](const QJsonObject &object) {
        const QString shape = object.value(QLatin1String("resource_requirement")).toObject()
                                  .value(QLatin1String("resource_shape")).toString();
        return shape.isEmpty() ? object.value(QLatin1String("resource_shape")).toString() : shape;
    };
    const QString shape = shapeIn(snapshot);
    QList<RunningCost::Part> parts;
    const QJsonValue groups = entry.savedState.value(QLatin1String("worker_group_specs"));
    if (groups.isArray()) {
        // A Ray cluster: its head, and each saved worker group of the shape the snapshot names.
        QHash<QString, QString> groupShapes;
        for (const QJsonValue &value : snapshot.value(QLatin1String("worker_group_specs")).toArray())
            groupShapes.insert(value.toObject().value(QLatin1String("group_name")).toString(), shapeIn(value.toObject()));
        const QJsonObject head = snapshot.value(QLatin1String("head_group_spec")).toObject();
        parts << RunningCost::Part{RunningCost::tr("head"), shape.isEmpty() ? shapeIn(head) : shape, 1, 1};
        for (const QJsonValue &value : groups.toArray()) {
            const QJsonObject group = value.toObject();
            const QString name = group.value(QLatin1String("group_name")).toString();
            const int min = qMax(0, group.value(QLatin1String("min_replicas")).toInt());
            const int max = qMax(min, group.value(QLatin1String("max_replicas")).toInt(min));
            parts << RunningCost::Part{name, groupShapes.value(name), min, max};
        }
    } else if (entry.savedState.contains(QLatin1String("stopped"))
               || ResourceKinds::fromString(entry.kind) == ResourceKind::Pod) {
        parts << RunningCost::Part{QString(), shape, 1, 1};
    } else {
        const int min = qMax(0, entry.savedMinReplicas);
        const int max = entry.savedMaxReplicas && *entry.savedMaxReplicas > min ? *entry.savedMaxReplicas : min;
        parts << RunningCost::Part{QString(), shape, min, max};
    }
    return RunningCost::ofParts(parts, rates);
}

RunningCostTotal PausedServicesModel::resumeTotal() const
{
    RunningCostTotal total;
    for (int row = 0; row < m_items.size(); ++row)
        total.add(resumeCost(row));
    return total;
}

int PausedServicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PausedServicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int PausedServicesModel::rowOf(const QString &deploymentName) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).name() == deploymentName)
            return row;
    }
    return -1;
}

bool PausedServicesModel::isReviewDue(int row) const
{
    const QDate remindOn = m_items.at(row).entry.remindOn;
    return remindOn.isValid() && remindOn <= today();
}

int PausedServicesModel::dueCount() const
{
    int count = 0;
    for (int row = 0; row < m_items.size(); ++row)
        count += isReviewDue(row) ? 1 : 0;
    return count;
}

QString PausedServicesModel::columnName(int column)
{
    switch (column) {
    case NameColumn: return tr("Deployment");
    case KindColumn: return tr("Kind");
    case ReasonColumn: return tr("Reason");
    case PausedByColumn: return tr("Paused by");
    case SinceColumn: return tr("Paused for");
    case SavedReplicasColumn: return tr("Saved replicas");
    case AutoscalingColumn: return tr("Saved autoscaling");
    case ReminderColumn: return tr("Reminder");
    case ResumeCostColumn: return tr("Cost if resumed");
    default: return {};
    }
}

QString PausedServicesModel::sinceText(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid())
        return tr("unknown");
    const qint64 seconds = qMax<qint64>(0, since.secsTo(now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h", nullptr, int(seconds / 3600));
    return tr("%n day(s)", nullptr, int(seconds / 86400));
}

QString PausedServicesModel::kindText(const PauseEntry &entry)
{
    switch (ResourceKinds::fromString(entry.kind).value_or(ResourceKind::Endpoint)) {
    case ResourceKind::Endpoint: return tr("Endpoint");
    case ResourceKind::Pod: return tr("Dev pod");
    case ResourceKind::RayCluster: return tr("Ray cluster");
    }
    return entry.kind;
}

QString PausedServicesModel::savedReplicasText(const PauseEntry &entry)
{
    // Kinds stopped by a flag save the flag (and a Ray cluster its worker groups), not replicas.
    const QJsonValue groups = entry.savedState.value(QLatin1String("worker_group_specs"));
    if (groups.isArray()) {
        QStringList parts;
        for (const QJsonValue &value : groups.toArray()) {
            const QJsonObject group = value.toObject();
            const QJsonValue min = group.value(QLatin1String("min_replicas"));
            const QJsonValue max = group.value(QLatin1String("max_replicas"));
            QString range = min.isDouble() ? QString::number(min.toInt()) : QStringLiteral("?");
            if (max.isDouble() && (!min.isDouble() || max.toInt() != min.toInt()))
                range += QStringLiteral("–") + QString::number(max.toInt());
            parts << QStringLiteral("%1 %2").arg(group.value(QLatin1String("group_name")).toString(), range);
        }
        return parts.isEmpty() ? tr("no workers") : parts.join(QStringLiteral(" · "));
    }
    if (entry.savedState.contains(QLatin1String("stopped")))
        return entry.savedState.value(QLatin1String("stopped")).toBool() ? tr("stopped") : tr("running");
    if (!entry.savedMaxReplicas)
        return tr("%1 (no max)").arg(entry.savedMinReplicas);
    return ReplicaRange::text(entry.savedMinReplicas, entry.savedMaxReplicas);
}

QString PausedServicesModel::autoscalingText(const PauseEntry &entry)
{
    if (!entry.hadAutoScaler)
        return tr("None");
    const QJsonObject scaler = entry.savedAutoScaler;
    QStringList parts;
    const QJsonValue gpu = scaler.value(QLatin1String("target_gpu_utilization_percentage"));
    if (gpu.isDouble() && gpu.toDouble() > 0)
        parts << tr("GPU %1%").arg(numberText(gpu.toDouble()));
    const QJsonValue qpm = scaler.value(QLatin1String("target_throughput")).toObject().value(QLatin1String("qpm"));
    if (qpm.isDouble() && qpm.toDouble() > 0)
        parts << tr("%1 req/min per replica").arg(numberText(qpm.toDouble()));
    const QJsonValue idle = scaler.value(QLatin1String("scale_down")).toObject().value(QLatin1String("no_traffic_timeout"));
    if (idle.isDouble() && idle.toDouble() > 0)
        parts << tr("to zero after %1 idle").arg(durationText(qint64(idle.toDouble())));
    if (parts.isEmpty())
        return tr("Static");
    return parts.join(QStringLiteral("; "));
}

QVariant PausedServicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return columnName(section);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SinceColumn: return tr("How long the deployment has been paused");
        case SavedReplicasColumn: return tr("The minimum–maximum replicas that Resume gives back");
        case AutoscalingColumn: return tr("The autoscaling that Resume gives back");
        case ReminderColumn: return tr("When to look at this pause again");
        case ResumeCostColumn: return tr("What the saved replicas would cost per hour if resumed (the price of the shape × min replicas, up to max replicas)");
        default: return {};
        }
    }
    return {};
}

QVariant PausedServicesModel::displayText(const Item &item, int column, const QDateTime &now,
                                          const QDate &today) const
{
    const PauseEntry &e = item.entry;
    switch (column) {
    case NameColumn: return e.deploymentName;
    case KindColumn: return kindText(e);
    case ReasonColumn:
        return item.reason.trimmed().isEmpty() ? tr("(no reason given)") : item.reason.simplified();
    case PausedByColumn: return e.pausedBy.isEmpty() ? tr("unknown") : e.pausedBy;
    case SinceColumn: {
        const QString since = sinceText(e.pausedAt, now);
        const bool stale = e.pausedAt.isValid() && e.pausedAt.secsTo(now) >= qint64(m_staleDays) * 86400;
        return stale ? tr("%1 · stale").arg(since) : since;
    }
    case SavedReplicasColumn: return savedReplicasText(e);
    case AutoscalingColumn: return autoscalingText(e);
    case ResumeCostColumn: return resumeCostOf(e, m_costRates).text();
    case ReminderColumn: {
        if (!e.remindOn.isValid())
            return QString();
        const QString date = QLocale().toString(e.remindOn, QLocale::ShortFormat);
        return e.remindOn <= today ? tr("Review due (%1)").arg(date) : date;
    }
    default: return {};
    }
}

QVariant PausedServicesModel::toolTip(const Item &item, int column, const QDate &today) const
{
    const PauseEntry &e = item.entry;
    switch (column) {
    case NameColumn:
        return e.state == PauseEntry::State::Pending
                   ? tr("%1: the pause is not confirmed by the server yet").arg(e.deploymentName)
                   : e.deploymentName;
    case ReasonColumn: {
        QString text = item.reason.trimmed().isEmpty() ? tr("No reason was given for this pause.") : item.reason;
        if (!item.reasonAuthor.isEmpty())
            text += QStringLiteral("\n— ") + item.reasonAuthor;
        if (!item.latestNote.isEmpty())
            text += QStringLiteral("\n\n") + tr("Latest note (%1, %2):").arg(item.latestNoteAuthor, exactTime(item.latestNoteAt))
                    + u'\n' + item.latestNote;
        return text;
    }
    case SinceColumn: {
        if (!e.pausedAt.isValid())
            return QVariant();
        QString text = tr("Paused on %1").arg(exactTime(e.pausedAt));
        if (e.pausedAt.secsTo(now()) >= qint64(m_staleDays) * 86400)
            text += u'\n' + tr("Stale: paused for more than %n day(s). Resume it, or delete the deployment if it is no longer needed.",
                                nullptr, m_staleDays);
        return text;
    }
    case ResumeCostColumn: {
        const RunningCost cost = resumeCostOf(e, m_costRates);
        return cost.runs() ? tr("If resumed: %1").arg(cost.toolTip()) : cost.toolTip();
    }
    case KindColumn: return kindText(e);
    case PausedByColumn:
        return e.pausedBy.isEmpty() ? QVariant() : tr("Paused by %1").arg(AuthorText::pausedBy(e));
    case SavedReplicasColumn:
        if (e.savedState.contains(QLatin1String("worker_group_specs")))
            return tr("Resume un-suspends the cluster with these worker groups: %1").arg(savedReplicasText(e));
        if (e.savedState.contains(QLatin1String("stopped")))
            return tr("Resume starts the dev pod again");
        return tr("Resume sets min replicas to %1 and %2")
            .arg(e.savedMinReplicas)
            .arg(e.savedMaxReplicas ? tr("max replicas to %1").arg(*e.savedMaxReplicas) : tr("no max replicas"));
    case AutoscalingColumn: return autoscalingText(e);
    case ReminderColumn:
        if (!e.remindOn.isValid())
            return tr("No reminder");
        return e.remindOn <= today ? tr("Review due: the reminder was for %1").arg(QLocale().toString(e.remindOn, QLocale::LongFormat))
                                   : tr("Remind on %1").arg(QLocale().toString(e.remindOn, QLocale::LongFormat));
    default: return {};
    }
}

QVariant PausedServicesModel::sortValue(const Item &item, int column) const
{
    const PauseEntry &e = item.entry;
    switch (column) {
    case NameColumn: return e.deploymentName;
    case KindColumn: return kindText(e);
    case ReasonColumn: return item.reason.simplified().toLower();
    case PausedByColumn: return e.pausedBy.toLower();
    case SinceColumn: return e.pausedAt.isValid() ? e.pausedAt.toMSecsSinceEpoch() : qint64(0);
    case SavedReplicasColumn:
        return qint64(e.savedMinReplicas) * 1000000 + e.savedMaxReplicas.value_or(e.savedMinReplicas);
    case AutoscalingColumn: return autoscalingText(e);
    case ResumeCostColumn: return resumeCostOf(e, m_costRates).sortKey();
    case ReminderColumn:
        // No reminder sorts after every date.
        return e.remindOn.isValid() ? e.remindOn.toJulianDay() : std::numeric_limits<qint64>::max();
    default: return {};
    }
}

QVariant PausedServicesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size() || index.column() >= ColumnCount)
        return {};
    const Item &item = m_items.at(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return displayText(item, column, now(), today());
    case Qt::AccessibleTextRole: {
        const QVariant text = displayText(item, column, now(), today());
        if (column == ReminderColumn && text.toString().isEmpty())
            return tr("No reminder");
        return text;
    }
    case Qt::ToolTipRole:
        return toolTip(item, column, today());
    case Qt::TextAlignmentRole:
        if (column == SavedReplicasColumn || column == ResumeCostColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case NameRole: return item.name();
    case SortRole: return sortValue(item, column);
    case EntryRole: return QVariant::fromValue(item.entry);
    case EntryIdRole: return item.entry.id;
    case ReasonRole: return item.reason;
    case PausedAtRole: return item.entry.pausedAt;
    case RemindOnRole: return item.entry.remindOn;
    case ReviewDueRole: return isReviewDue(index.row());
    case ConfirmedRole: return item.entry.state == PauseEntry::State::Active;
    case KindRole: return item.entry.kind.isEmpty() ? QStringLiteral("endpoint") : item.entry.kind;
    case StaleRole: return isStale(index.row());
    case ResumeCostRole: {
        const RunningCost cost = resumeCost(index.row());
        return cost.isPriced() ? cost.minMicros : qint64(-1);
    }
    default: return {};
    }
}
