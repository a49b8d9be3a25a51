#pragma once

#include "app/resources/runningcostfeed.h"

#include <QLabel>
#include <QPointer>

class ResourceSession;
class WorkspaceSession;

// The status bar's "Running: 12.50 EUR/h · 4 without a price": the open workspace's
// running cost (RunningCostFeed's total), live as rows, pauses and prices change. Owns the
// feed of the current workspace, which also gives the cost columns their prices.
class RunningCostLabel : public QLabel
{
    Q_OBJECT

public:
    explicit RunningCostLabel(QWidget *parent = nullptr);
    ~RunningCostLabel() override;

    // The workspace (and its dev pods and Ray clusters; may be null) to cost; null: none.
    void setSessions(WorkspaceSession *session, ResourceSession *resources);
    // The current workspace's feed; null when none is open.
    RunningCostFeed *feed() const { return m_feed; }

Q_SIGNALS:
    // A new feed (another workspace) or none: views that show costs connect to it.
    void feedChanged(RunningCostFeed *feed);

private:
    void showTotal();

    QPointer<RunningCostFeed> m_feed;
};
