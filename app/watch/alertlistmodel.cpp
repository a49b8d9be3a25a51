#include "app/watch/alertlistmodel.h"

#include "app/watch/alertbook.h"

#include <QLocale>

namespace {

QString timeText(const QDateTime &when)
{
    if (!when.isValid())
        return QString();
    const QDateTime local = when.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local, QLocale::ShortFormat);
}

} // namespace

AlertListModel::AlertListModel(QObject *parent)
    : KeyedTableModel<Alert>(parent)
{
}

void AlertListModel::setAlertBook(AlertBook *book)
{
    if (m_book)
        disconnect(m_book, nullptr, this, nullptr);
    m_book = book;
    if (book) {
        // Each change is read as a diff of the book's list: at most a few rows move.
        connect(book, &AlertBook::alertRaised, this, &AlertListModel::sync);
        connect(book, &AlertBook::alertClosed, this, &AlertListModel::sync);
        connect(book, &AlertBook::alertAcknowledged, this, &AlertListModel::sync);
        connect(book, &AlertBook::reset, this, &AlertListModel::sync);
        connect(book, &QObject::destroyed, this, [this] { apply({}); });
    }
    sync();
}

void AlertListModel::sync()
{
    apply(m_book ? m_book->alerts() : QList<Alert>());
}

bool AlertListModel::same(const Alert &a, const Alert &b) const
{
    return a.closedAt == b.closedAt && a.acknowledged == b.acknowledged && a.message == b.message && a.name == b.name
        && a.rule == b.rule && a.kind == b.kind && a.raisedAt == b.raisedAt;
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AlertListModel::stateText(const Alert &alert)
{
    if (!alert.isOpen())
        return tr("Closed %1").arg(timeText(alert.closedAt));
    if (alert.acknowledged)
        return tr("Acknowledged");
    return alert.isGoodNews() ? tr("Good news") : tr("Open");
}

QString AlertListModel::resourceText(const Alert &alert)
{
    if (!alert.concernsResource())
        return tr("Workspace %1").arg(alert.workspaceId).trimmed();
    switch (alert.kind) {
    case ResourceKind::Endpoint: return tr("Endpoint %1").arg(alert.name);
    case ResourceKind::Pod: return tr("Dev pod %1").arg(alert.name);
    case ResourceKind::RayCluster: return tr("Ray cluster %1").arg(alert.name);
    }
    return alert.name;
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Alert &alert = rowAt(index.row());
    switch (role) {
    case AlertIdRole: return QVariant::fromValue(alert.id);
    case KindRole: return QVariant::fromValue(alert.kind);
    case NameRole: return alert.name;
    case OpenRole: return alert.isOpen();
    case AcknowledgedRole: return alert.acknowledged;
    case SortRole:
        switch (index.column()) {
        case TimeColumn: return alert.raisedAt;
        case StateColumn: return (alert.isOpen() ? (alert.acknowledged ? 1 : 0) : 2);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn: return timeText(alert.raisedAt);
        case RuleColumn: return Alert::ruleTitle(alert.rule);
        case ResourceColumn: return resourceText(alert);
        case MessageColumn: return alert.message;
        case StateColumn: return stateText(alert);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn: return QLocale().toString(alert.raisedAt.toLocalTime(), QLocale::LongFormat);
        case MessageColumn: return alert.message;
        default: break;
        }
        break;
    case Qt::AccessibleTextRole:
        if (index.column() == StateColumn || index.column() == RuleColumn)
            return tr("%1, %2, %3").arg(Alert::ruleTitle(alert.rule), resourceText(alert), stateText(alert));
        break;
    default:
        break;
    }
    return {};
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case RuleColumn: return tr("Rule");
    case ResourceColumn: return tr("Resource");
    case MessageColumn: return tr("Message");
    case StateColumn: return tr("State");
    }
    return {};
}
