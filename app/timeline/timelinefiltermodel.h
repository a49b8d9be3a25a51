#pragma once

#include "app/timeline/timelinerecord.h"

#include <QSortFilterProxyModel>
#include <QString>

// A TimelineModel as a view shows it: newest first (by TimelineModel::WhenRole; lines without
// a time last, ties in key order), only the sources switched on, and only lines whose time,
// source, title or details contain the search text (case-insensitive; words separated by
// spaces must all appear).
class TimelineFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using Source = TimelineRecord::Source;

    explicit TimelineFilterModel(QObject *parent = nullptr);

    void setSourceShown(Source source, bool shown);
    bool isSourceShown(Source source) const;
    void setSearchText(const QString &text);
    QString searchText() const { return m_text; }

Q_SIGNALS:
    // The lines shown changed because a filter changed.
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_shown[TimelineRecord::SourceCount] = {true, true, true};
    QString m_text;
    QStringList m_words;
};
