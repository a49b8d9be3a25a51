#pragma once

#include "app/deployments/costrates.h"
#include "app/deployments/runningcost.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class PriceList;
class QAbstractItemModel;
class ResourceSession;
class WorkspaceSession;

// Feeds the cost figures of one open workspace: reads the store's prices (PriceList) and the
// workspace's shapes (WorkspaceSession::info, supported_shapes), gives them as CostRates to the
// deployments table and to the dev pod and Ray cluster tables, and keeps the workspace's
// running total (RunningCostTotal) as rows, pause markers and prices change. Prices are read
// again whenever the store says it changed (a price set in this window, by the CLI, or by a
// colleague on a team store). No widgets: the status bar shows totalChanged(), the tests read
// it the same way.
class RunningCostFeed : public QObject
{
    Q_OBJECT

public:
    // `session` must outlive this object (make it the parent, or a child of the session).
    explicit RunningCostFeed(WorkspaceSession *session, QObject *parent = nullptr);
    ~RunningCostFeed() override;

    // The dev pods and Ray clusters of the workspace (null: none); they get the rates and
    // count in the total.
    void setResources(ResourceSession *resources);

    const CostRates &rates() const { return m_rates; }
    const RunningCostTotal &total() const { return m_total; }
    // Non-empty when the prices could not be read (the figures then say "no price set").
    QString pricesProblem() const { return m_pricesProblem; }
    // Reads the prices again (the store's changed() does it by itself).
    void reloadPrices();

Q_SIGNALS:
    void ratesChanged(const CostRates &rates);
    void totalChanged(const RunningCostTotal &total);

private:
    void setRates(const CostRates &rates);
    void watch(QAbstractItemModel *model);
    void recount();

    QPointer<WorkspaceSession> m_session;
    QPointer<ResourceSession> m_resources;
    std::unique_ptr<PriceList> m_prices;
    CostRates m_rates;
    RunningCostTotal m_total;
    QString m_pricesProblem;
    QTimer m_recount;          // coalesces the models' many signals into one count
    quint64 m_pricesRead = 0;  // the newest read asked for; older answers are dropped
};
