#pragma once

#include "app/timeline/timelinerecord.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QTreeView;
class TimelineFilterModel;
class TimelineModel;
class ValueLabel;

// A resource's timeline as the details panel shows it: source toggles (Server, Console,
// Alerts), a search field (Escape clears it), a status line (loading, what could not be read,
// nothing yet, nothing matches) and the lines newest first in four columns (When, Source,
// Event, Details). Colour is never the only sign: every line names its source, and a warning
// says so in its title. The view owns its TimelineModel; its owner gives it the client, the
// store, the alerts and the resource to show through model().
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    TimelineModel *model() const { return m_model; }
    TimelineFilterModel *filter() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QCheckBox *sourceToggle(TimelineRecord::Source source) const;
    QLineEdit *searchField() const { return m_search; }
    ValueLabel *statusLine() const { return m_status; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateStatus();

    TimelineModel *m_model;
    TimelineFilterModel *m_filter;
    QCheckBox *m_toggles[TimelineRecord::SourceCount] = {};
    QLineEdit *m_search = nullptr;
    ValueLabel *m_status = nullptr;
    QTreeView *m_view = nullptr;
};
