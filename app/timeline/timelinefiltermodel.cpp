#include "app/timeline/timelinefiltermodel.h"

#include "app/timeline/timelinemodel.h"

#include <QDateTime>

TimelineFilterModel::TimelineFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder); // lessThan puts the newest first
}

void TimelineFilterModel::setSourceShown(Source source, bool shown)
{
    if (m_shown[int(source)] == shown)
        return;
    m_shown[int(source)] = shown;
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool TimelineFilterModel::isSourceShown(Source source) const
{
    return m_shown[int(source)];
}

void TimelineFilterModel::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
    Q_EMIT filterChanged();
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    const int source = first.data(TimelineModel::SourceRole).toInt();
    if (source < 0 || source >= TimelineRecord::SourceCount || !m_shown[source])
        return false;
    if (m_words.isEmpty())
        return true;
    QString text;
    for (int column = 0; column < sourceModel()->columnCount(sourceParent); ++column)
        text += sourceModel()->index(sourceRow, column, sourceParent).data().toString() + QLatin1Char('\n');
    for (const QString &word : m_words) {
        if (!text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool TimelineFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // "Less" is "shown higher": the newer line.
    const QDateTime a = left.siblingAtColumn(0).data(TimelineModel::WhenRole).toDateTime();
    const QDateTime b = right.siblingAtColumn(0).data(TimelineModel::WhenRole).toDateTime();
    if (a.isValid() != b.isValid())
        return a.isValid();
    if (a != b)
        return a > b;
    return left.siblingAtColumn(0).data(TimelineModel::KeyRole).toString()
        < right.siblingAtColumn(0).data(TimelineModel::KeyRole).toString();
}
