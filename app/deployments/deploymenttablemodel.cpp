#include "app/deployments/deploymenttablemodel.h"

#include "app/deployments/runningcost.h"

#include "app/api/deploymentstate.h"
#include "app/deployments/actionavailability.h"
#include "app/deployments/replicarange.h"
#include "app/deployments/statuspresentation.h"

#include <QLocale>
#include <QSet>

#include <vector>

namespace {

QString relativeTime(const QDateTime &when, const QDateTime &now)
{
    const qint64 seconds = when.secsTo(now);
    if (seconds < 0)
        return DeploymentTableModel::tr("just now");
    if (seconds < 60)
        return DeploymentTableModel::tr("%n s ago", nullptr, int(seconds));
    if (seconds < 3600)
        return DeploymentTableModel::tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return DeploymentTableModel::tr("%n h ago", nullptr, int(seconds / 3600));
    return DeploymentTableModel::tr("%n days ago", nullptr, int(seconds / 86400));
}

// Is this deployment shown in the table? Dev pods are not endpoints.
bool isEndpoint(const Deployment &d)
{
    return !d.isPod;
}

} // namespace

DeploymentTableModel::DeploymentTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // Connected first, so the key is dropped before a sorting proxy asks for it again.
    const auto dropSortKeys = [this] { m_severityKeys.clear(); };
    connect(this, &QAbstractItemModel::dataChanged, this, dropSortKeys);
    connect(this, &QAbstractItemModel::rowsAboutToBeInserted, this, dropSortKeys);
    connect(this, &QAbstractItemModel::rowsInserted, this, dropSortKeys);
    connect(this, &QAbstractItemModel::rowsAboutToBeRemoved, this, dropSortKeys);
    connect(this, &QAbstractItemModel::rowsRemoved, this, dropSortKeys);
    connect(this, &QAbstractItemModel::modelReset, this, dropSortKeys);
    connect(this, &QAbstractItemModel::layoutChanged, this, dropSortKeys);
    m_clock.setInterval(std::chrono::minutes(1));
    m_clock.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_clock, &QTimer::timeout, this, [this] {
        if (m_rows.isEmpty())
            return;
        // Only the words that depend on the time; not the sort keys, so nothing moves.
        Q_EMIT dataChanged(index(0, StatusColumn), index(int(m_rows.size()) - 1, PauseColumn),
                           {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::AccessibleDescriptionRole, Qt::ToolTipRole,
                            BadgeLabelRole, StatusExplanationRole});
    });
}

void DeploymentTableModel::setClockInterval(std::chrono::milliseconds interval)
{
    m_clock.setTimerType(interval < std::chrono::seconds(10) ? Qt::CoarseTimer : Qt::VeryCoarseTimer);
    m_clock.setInterval(interval);
    updateClock();
}

void DeploymentTableModel::updateClock()
{
    if (m_rows.isEmpty())
        m_clock.stop();
    else if (!m_clock.isActive())
        m_clock.start();
}

void DeploymentTableModel::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1), {StaleRole, AnimatedRole});
}

int DeploymentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeploymentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeploymentTableModel::columnName(int column)
{
    switch (column) {
    case NameColumn: return tr("Name");
    case StatusColumn: return tr("Status");
    case ReplicasColumn: return tr("Replicas");
    case ShapeColumn: return tr("Shape");
    case ImageColumn: return tr("Image");
    case EndpointColumn: return tr("Endpoint");
    case LastModifiedColumn: return tr("Last change");
    case PauseColumn: return tr("Pause");
    case CostColumn: return tr("Cost/hour");
    default: return QString();
    }
}

QVariant DeploymentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return columnName(section);
    if (role == Qt::ToolTipRole && section == ReplicasColumn)
        return tr("Current replicas, and the minimum–maximum the deployment may scale between");
    if (role == Qt::ToolTipRole && section == CostColumn)
        return tr("Min replicas × the price of the shape per hour; a range up to max replicas with autoscaling");
    return {};
}

QString DeploymentTableModel::replicasText(const Deployment &d) const
{
    const QString current = d.desiredReplicas ? QString::number(*d.desiredReplicas) : QStringLiteral("–");
    const QString range = ReplicaRange::text(d.minReplicas, d.maxReplicas);
    return range.isEmpty() ? current : tr("%1 / %2").arg(current, range);
}

QVariant DeploymentTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Deployment &d = m_rows.at(index.row());
    const int column = index.column();
    // Names, states and sort keys need no overlay: answer those before looking it up (sorting
    // 10,000 rows asks data() ~280,000 times).
    switch (role) {
    case NameRole: return d.name;
    case StateRole: return QVariant::fromValue(d.state);
    case RawStateRole: return d.rawState;
    case ProblemRole: return DeploymentStates::isProblem(d.state);
    case ScaledToZeroRole: return d.isScaledToZero() || d.isIdleAtZero();
    case IdleRole: return d.isIdleAtZero();
    default: break;
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case NameColumn: return d.name;
        case ShapeColumn: return d.resourceShape;
        case ImageColumn: return d.image;
        case EndpointColumn: return d.endpointUrl();
        default: break;
        }
    }
    if (role == SortRole) {
        switch (column) {
        case ReplicasColumn: return d.effectiveReplicas() * 100000 + d.maxReplicas.value_or(0);
        case LastModifiedColumn: return d.lastModifiedAtMs;
        default: break;
        }
    }
    static const PauseMarker noMarker;
    const auto markerIt = m_markers.constFind(d.name);
    const PauseMarker &marker = markerIt != m_markers.constEnd() ? *markerIt : noMarker;
    const PendingAction pending = m_pending.value(d.name, PendingAction::None);
    if (column == CostColumn) {
        if (QVariant cost = costData(d, marker, role); cost.isValid())
            return cost;
    }

    switch (role) {
    case DeploymentRole: return QVariant::fromValue(d);
    case NameRole: return d.name;
    case StateRole: return QVariant::fromValue(d.state);
    case RawStateRole: return d.rawState;
    case BadgeTextRole: return StatusPresentation::of(d, marker, pending).text;
    case BadgeLabelRole: return StatusPresentation::of(d, marker, pending).label();
    case BadgeToneRole: return int(StatusPresentation::of(d, marker, pending).tone);
    case AnimatedRole: return !m_stale && StatusPresentation::of(d, marker, pending).animated;
    case StaleRole: return m_stale;
    case PausedRole: return StatusPresentation::of(d, marker, pending).paused;
    case HasNoteRole: return marker.hasNote();
    case ActionRole: return int(ActionAvailability::of(d, marker, pending).action);
    case ActionEnabledRole: return ActionAvailability::of(d, marker, pending).enabled;
    case ActionWhyRole: return ActionAvailability::of(d, marker, pending).why;
    case StatusExplanationRole: return StatusPresentation::of(d, marker, pending).explanation;
    case PendingActionRole: return int(pending);
    case ProblemRole: return DeploymentStates::isProblem(d.state);
    case ScaledToZeroRole: return d.isScaledToZero() || d.isIdleAtZero();
    case FilterTextRole:
        return QStringList {d.name, d.image, d.resourceShape, d.rawState,
                            StatusPresentation::of(d, marker, pending).label(), marker.latestNote}
            .join(QLatin1Char('\n'));
    default: break;
    }

    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (column) {
        case NameColumn: return d.name;
        case StatusColumn:
            // The state's word, for copying, scripts and a screen reader's cell name; what the
            // badge adds ("12 d", "Review due") is the cell's accessible description.
            return StatusPresentation::of(d, marker, pending).text;
        case ReplicasColumn: return replicasText(d);
        case ShapeColumn: return d.resourceShape;
        case ImageColumn: return d.image;
        case EndpointColumn: return d.endpointUrl();
        case LastModifiedColumn:
            return d.lastModifiedAtMs > 0
                ? relativeTime(QDateTime::fromMSecsSinceEpoch(d.lastModifiedAtMs), QDateTime::currentDateTime())
                : QString();
        case PauseColumn: {
            if (!marker.paused && !marker.hasNote() && marker.schedule.isEmpty())
                return QString();
            // The age and the review date as the badge says them (StatusPresentation).
            const QDateTime now = QDateTime::currentDateTimeUtc();
            QStringList parts;
            if (marker.paused && marker.pausedAt.isValid())
                parts << tr("paused %1").arg(StatusPresentation::shortAge(marker.pausedAt, now));
            if (marker.hasNote())
                parts << tr("✎ note");
            if (StatusPresentation::isReviewDue(marker, now))
                parts << tr("⏰ review due");
            if (!marker.schedule.isEmpty())
                parts << marker.schedule.text;
            return parts.join(QStringLiteral(" · "));
        }
        }
    }

    if (role == Qt::AccessibleDescriptionRole && column == StatusColumn)
        return StatusPresentation::of(d, marker, pending).label();

    if (role == Qt::ToolTipRole) {
        switch (column) {
        case StatusColumn: return StatusPresentation::of(d, marker, pending).tooltip;
        case LastModifiedColumn:
            if (d.lastModifiedAtMs <= 0)
                return QString();
            return tr("%1 by %2")
                .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(d.lastModifiedAtMs), QLocale::LongFormat),
                     d.lastModifiedBy.isEmpty() ? tr("unknown") : d.lastModifiedBy);
        case PauseColumn: {
            QStringList lines;
            if (marker.hasNote())
                lines << tr("%1\n— %2").arg(marker.latestNote, marker.latestNoteAuthor);
            if (!marker.schedule.isEmpty())
                lines << marker.schedule.detail;
            return lines.join(QLatin1Char('\n'));
        }
        case ImageColumn:
        case EndpointColumn:
        case NameColumn:
            return data(index, Qt::DisplayRole);
        default: return {};
        }
    }

    if (role == SortRole) {
        switch (column) {
        case StatusColumn:
            if (m_severityKeys.size() != size_t(m_rows.size())) {
                m_severityKeys.resize(size_t(m_rows.size()));
                for (qsizetype r = 0; r < m_rows.size(); ++r) {
                    const Deployment &row = m_rows.at(r);
                    m_severityKeys[size_t(r)] = StatusPresentation::of(row, m_markers.value(row.name),
                                                                        m_pending.value(row.name, PendingAction::None))
                                                    .severity;
                }
            }
            return m_severityKeys[size_t(index.row())];
        case ReplicasColumn: return d.effectiveReplicas() * 100000 + d.maxReplicas.value_or(0);
        case LastModifiedColumn: return d.lastModifiedAtMs;
        case PauseColumn: return marker.paused ? marker.pausedAt.toMSecsSinceEpoch() : qint64(0);
        default: return data(index, Qt::DisplayRole);
        }
    }

    if (role == Qt::TextAlignmentRole && column == ReplicasColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

DeploymentTableModel::ApplyStats DeploymentTableModel::applyDeployments(const QList<Deployment> &incoming,
                                                                         QList<int> *deferredNew)
{
    ApplyStats stats;
    const int incomingCount = int(incoming.size());
    setStale(false); // what the server says now

    // 0. Match each row to its deployment in the fresh list, by name. A server lists its
    // deployments in the same order poll after poll, so the two lists are walked side by side
    // and only what is out of step (removed, added, moved) goes through a hash: a 10,000-row
    // refresh then costs no 10,000-entry hash table.
    std::vector<int> matchOf(size_t(m_rows.size()), -1); // row -> index in incoming, -1: gone
    std::vector<char> taken(size_t(incomingCount), 0);
    auto nextEndpoint = [&](int i) {
        while (i < incomingCount && !isEndpoint(incoming.at(i)))
            ++i;
        return i;
    };
    constexpr int Lookahead = 16;
    int row = 0;
    int next = nextEndpoint(0);
    while (row < m_rows.size() && next < incomingCount) {
        if (m_rows.at(row).name == incoming.at(next).name) {
            matchOf[size_t(row)] = next;
            taken[size_t(next)] = 1;
            ++row;
            next = nextEndpoint(next + 1);
            continue;
        }
        // Out of step: rows gone from the list, or deployments new in it. Rows skipped here,
        // and fresh ones passed over, are matched by name below.
        int skip = 0;
        for (int ahead = 1; ahead <= Lookahead && row + ahead < m_rows.size(); ++ahead) {
            if (m_rows.at(row + ahead).name == incoming.at(next).name) {
                skip = ahead;
                break;
            }
        }
        if (skip > 0)
            row += skip;
        else
            next = nextEndpoint(next + 1);
    }
    // Rows the walk left unmatched are looked up by name among the fresh deployments it
    // passed over; the hash holds those rows, usually a handful (none on a first load).
    QHash<QString, int> unmatchedRows;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (matchOf[size_t(r)] < 0)
            unmatchedRows.insert(m_rows.at(r).name, r);
    }
    if (!unmatchedRows.isEmpty()) {
        // From the end, so of a name listed twice the last one wins.
        for (int i = incomingCount - 1; i >= 0 && !unmatchedRows.isEmpty(); --i) {
            if (taken[size_t(i)] || !isEndpoint(incoming.at(i)))
                continue;
            const auto it = unmatchedRows.constFind(incoming.at(i).name);
            if (it != unmatchedRows.constEnd()) {
                matchOf[size_t(it.value())] = i;
                taken[size_t(i)] = 1;
                unmatchedRows.erase(it);
            }
        }
    }

    // 1. Removals, from the bottom, in contiguous runs.
    int firstRemoved = -1;
    for (int r = int(m_rows.size()) - 1; r >= 0;) {
        if (matchOf[size_t(r)] >= 0) {
            --r;
            continue;
        }
        int first = r;
        while (first > 0 && matchOf[size_t(first - 1)] < 0)
            --first;
        for (int gone = first; gone <= r; ++gone) {
            m_rowByName.remove(m_rows.at(gone).name);
            m_problemCount -= DeploymentStates::isProblem(m_rows.at(gone).state) ? 1 : 0;
        }
        beginRemoveRows(QModelIndex(), first, r);
        m_rows.remove(first, r - first + 1);
        matchOf.erase(matchOf.begin() + first, matchOf.begin() + r + 1);
        endRemoveRows();
        stats.removed += r - first + 1;
        firstRemoved = first;
        r = first - 1;
    }
    if (firstRemoved >= 0) {
        // Rows below the first removal moved up.
        for (int r = firstRemoved; r < m_rows.size(); ++r)
            m_rowByName[m_rows.at(r).name] = r;
    }

    // 2. Changes in place, announced in contiguous runs.
    int runStart = -1;
    auto flushRun = [&](int endRow) {
        if (runStart >= 0) {
            Q_EMIT dataChanged(index(runStart, 0), index(endRow, ColumnCount - 1));
            runStart = -1;
        }
    };
    for (int r = 0; r < m_rows.size(); ++r) {
        const Deployment &fresh = incoming.at(matchOf[size_t(r)]);
        if (!m_rows.at(r).sameAs(fresh)) {
            m_problemCount += (DeploymentStates::isProblem(fresh.state) ? 1 : 0)
                - (DeploymentStates::isProblem(m_rows.at(r).state) ? 1 : 0);
            m_rows[r] = fresh;
            ++stats.changed;
            if (runStart < 0)
                runStart = r;
        } else {
            flushRun(r - 1);
        }
    }
    flushRun(int(m_rows.size()) - 1);

    // 3. Insertions at the end, in one run (the proxy sorts them into place), or handed back.
    QList<const Deployment *> added;
    for (int i = 0; i < incomingCount; ++i) {
        const Deployment &d = incoming.at(i);
        if (taken[size_t(i)] || !isEndpoint(d) || m_rowByName.contains(d.name))
            continue;
        if (deferredNew)
            deferredNew->append(i);
        else
            added.append(&d);
    }
    stats.inserted = appendRows(added);
    updateClock();
    return stats;
}

int DeploymentTableModel::insertDeployments(const QList<Deployment> &from, std::span<const int> indexes)
{
    QList<const Deployment *> candidates;
    candidates.reserve(qsizetype(indexes.size()));
    for (const int i : indexes) {
        if (i >= 0 && i < from.size())
            candidates.append(&from.at(i));
    }
    return appendRows(candidates);
}

int DeploymentTableModel::appendRows(const QList<const Deployment *> &candidates)
{
    // Names are claimed as they are taken, so a name twice in one list gives one row.
    const int first = int(m_rows.size());
    QList<const Deployment *> rows;
    rows.reserve(candidates.size());
    for (const Deployment *d : candidates) {
        if (!isEndpoint(*d) || m_rowByName.contains(d->name))
            continue;
        m_rowByName.insert(d->name, first + int(rows.size()));
        rows.append(d);
    }
    if (rows.isEmpty())
        return 0;
    beginInsertRows(QModelIndex(), first, first + int(rows.size()) - 1);
    // Grown by doubling: reserving exactly the new size would move every row on each slice.
    if (m_rows.capacity() < first + rows.size())
        m_rows.reserve(std::max<qsizetype>(first + rows.size(), m_rows.capacity() * 2));
    for (const Deployment *d : std::as_const(rows)) {
        m_problemCount += DeploymentStates::isProblem(d->state) ? 1 : 0;
        m_rows.append(*d);
    }
    endInsertRows();
    updateClock();
    return int(rows.size());
}

void DeploymentTableModel::emitRowChanged(int row)
{
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DeploymentTableModel::setPauseMarkers(const QHash<QString, PauseMarker> &markers)
{
    QSet<QString> names;
    for (auto it = m_markers.constBegin(); it != m_markers.constEnd(); ++it)
        names.insert(it.key());
    for (auto it = markers.constBegin(); it != markers.constEnd(); ++it)
        names.insert(it.key());
    const QHash<QString, PauseMarker> old = std::exchange(m_markers, markers);
    for (const QString &name : std::as_const(names)) {
        if (old.value(name) != m_markers.value(name))
            emitRowChanged(rowOf(name));
    }
}

void DeploymentTableModel::setPendingAction(const QString &name, PendingAction action)
{
    if (action == PendingAction::None)
        m_pending.remove(name);
    else
        m_pending.insert(name, action);
    emitRowChanged(rowOf(name));
}

void DeploymentTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowByName.clear();
    m_problemCount = 0;
    m_markers.clear();
    m_pending.clear();
    m_stale = false;
    endResetModel();
    updateClock();
}

int DeploymentTableModel::rowOf(const QString &name) const
{
    return m_rowByName.value(name, -1);
}

const Deployment *DeploymentTableModel::deployment(const QString &name) const
{
    const int row = rowOf(name);
    return row >= 0 ? &m_rows.at(row) : nullptr;
}

bool DeploymentTableModel::anyTransitional() const
{
    for (const Deployment &d : m_rows) {
        if (DeploymentStates::isTransitional(d.state) || m_pending.contains(d.name))
            return true;
    }
    return false;
}

int DeploymentTableModel::problemCount() const
{
    return m_problemCount;
}

void DeploymentTableModel::setCostRates(const CostRates &rates)
{
    if (rates == m_costRates)
        return;
    m_costRates = rates;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, CostColumn), index(int(m_rows.size()) - 1, CostColumn));
}

RunningCost DeploymentTableModel::costAt(int row) const
{
    const Deployment &d = m_rows.at(row);
    return RunningCost::of(d, m_markers.value(d.name), m_costRates);
}

QVariant DeploymentTableModel::costData(const Deployment &d, const PauseMarker &marker, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return RunningCost::of(d, marker, m_costRates).text();
    case Qt::ToolTipRole: return RunningCost::of(d, marker, m_costRates).toolTip();
    case SortRole: return RunningCost::of(d, marker, m_costRates).sortKey();
    case Qt::TextAlignmentRole: return int(Qt::AlignRight | Qt::AlignVCenter);
    default: return {};
    }
}
