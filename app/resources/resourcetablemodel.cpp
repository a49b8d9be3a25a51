#include "app/resources/resourcetablemodel.h"

#include "app/deployments/actionavailability.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/deployments/runningcost.h"
#include "app/deployments/statuspresentation.h"

#include <QSet>

using Roles = DeploymentTableModel::Role;

ResourceTableModel::ResourceTableModel(ResourceKind kind, QObject *parent)
    : KeyedTableModel<Deployment>(parent)
    , m_kind(kind)
{
}

void ResourceTableModel::setPauseMarkers(const QHash<QString, PauseMarker> &markers)
{
    QSet<QString> changed;
    for (auto it = m_markers.constBegin(); it != m_markers.constEnd(); ++it) {
        if (markers.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    for (auto it = markers.constBegin(); it != markers.constEnd(); ++it) {
        if (m_markers.value(it.key()) != it.value())
            changed.insert(it.key());
    }
    m_markers = markers;
    keysChanged(changed);
}

void ResourceTableModel::setPendingAction(const QString &name, PendingAction action)
{
    if (action == PendingAction::None)
        m_pending.remove(name);
    else
        m_pending.insert(name, action);
    keysChanged({name});
}

void ResourceTableModel::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    allRowsChanged({Roles::StaleRole, Roles::AnimatedRole});
}

bool ResourceTableModel::anyTransitional() const
{
    for (const Deployment &d : rows()) {
        if (DeploymentStates::isTransitional(d.state) || m_pending.contains(d.name))
            return true;
    }
    return false;
}

void ResourceTableModel::setCostRates(const CostRates &rates)
{
    if (rates == m_costRates)
        return;
    m_costRates = rates;
    const int column = costColumn();
    if (column >= 0 && rowCount() > 0)
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
}

RunningCost ResourceTableModel::costAt(int row) const
{
    const Deployment &d = rowAt(row);
    return RunningCost::of(d, m_markers.value(d.name), m_costRates);
}

QString ResourceTableModel::pauseText(const PauseMarker &marker) const
{
    QStringList parts;
    if (marker.paused) {
        const QString who = marker.pausedBy.isEmpty() ? tr("the console") : marker.pausedBy;
        parts << (marker.pausedAt.isValid()
                      ? tr("Paused by %1 · %2").arg(who, StatusPresentation::shortAge(marker.pausedAt, QDateTime::currentDateTimeUtc()))
                      : tr("Paused by %1").arg(who));
    }
    if (marker.hasNote())
        parts << tr("✎ note");
    if (marker.paused && marker.remindOn.isValid() && marker.remindOn <= QDate::currentDate())
        parts << tr("⏰ review due");
    return parts.join(QStringLiteral(" · "));
}

QString ResourceTableModel::cellToolTip(const Deployment &resource, int column) const
{
    return cellText(resource, column);
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole))
        return columnName(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant ResourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Deployment &d = rowAt(index.row());
    const int column = index.column();
    const PauseMarker marker = m_markers.value(d.name);
    const PendingAction pending = m_pending.value(d.name, PendingAction::None);

    switch (role) {
    case Roles::DeploymentRole: return QVariant::fromValue(d);
    case Roles::NameRole: return d.name;
    case Roles::StateRole: return QVariant::fromValue(d.state);
    case Roles::RawStateRole: return d.rawState;
    case Roles::BadgeTextRole: return StatusPresentation::of(d, marker, pending).text;
    case Roles::BadgeLabelRole: return StatusPresentation::of(d, marker, pending).label();
    case Roles::BadgeToneRole: return int(StatusPresentation::of(d, marker, pending).tone);
    case Roles::AnimatedRole: return !m_stale && StatusPresentation::of(d, marker, pending).animated;
    case Roles::StaleRole: return m_stale;
    case Roles::PausedRole: return StatusPresentation::of(d, marker, pending).paused;
    case Roles::HasNoteRole: return marker.hasNote();
    case Roles::PendingActionRole: return int(pending);
    case Roles::ProblemRole: return DeploymentStates::isProblem(d.state);
    case Roles::ScaledToZeroRole: return d.isScaledToZero();
    case Roles::ActionRole: return int(ActionAvailability::of(d, marker, pending).action);
    case Roles::ActionEnabledRole: return ActionAvailability::of(d, marker, pending).enabled;
    case Roles::ActionWhyRole: return ActionAvailability::of(d, marker, pending).why;
    case Roles::StatusExplanationRole: return StatusPresentation::of(d, marker, pending).explanation;
    case Roles::FilterTextRole: {
        QStringList words {d.name, d.image, d.resourceShape, d.rawState, StatusPresentation::of(d, marker, pending).label(),
                           marker.latestNote};
        for (int c = StatusColumn + 1; c < pauseColumn(); ++c)
            words << cellText(d, c);
        return words.join(QLatin1Char('\n'));
    }
    default: break;
    }

    const bool text = role == Qt::DisplayRole || role == Qt::AccessibleTextRole;
    if (column >= 0 && column == costColumn()) {
        if (text)
            return RunningCost::of(d, marker, m_costRates).text();
        if (role == Qt::ToolTipRole)
            return RunningCost::of(d, marker, m_costRates).toolTip();
        if (role == Roles::SortRole)
            return RunningCost::of(d, marker, m_costRates).sortKey();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Roles::SortRole && column == StatusColumn)
        return StatusPresentation::of(d, marker, pending).severity;
    if (role == Roles::SortRole && column == pauseColumn())
        return marker.paused ? marker.pausedAt.toMSecsSinceEpoch() : qint64(0);
    if (text || role == Roles::SortRole) {
        if (column == NameColumn)
            return d.name;
        if (column == StatusColumn)
            return StatusPresentation::of(d, marker, pending).text;
        if (column == pauseColumn())
            return pauseText(marker);
        return cellText(d, column);
    }
    if (role == Qt::AccessibleDescriptionRole && column == StatusColumn)
        return StatusPresentation::of(d, marker, pending).label();
    if (role == Qt::ToolTipRole) {
        if (column == StatusColumn)
            return StatusPresentation::of(d, marker, pending).tooltip;
        if (column == pauseColumn())
            return marker.hasNote() ? tr("%1\n— %2").arg(marker.latestNote, marker.latestNoteAuthor) : pauseText(marker);
        if (column == NameColumn)
            return d.name;
        return cellToolTip(d, column);
    }
    return {};
}
