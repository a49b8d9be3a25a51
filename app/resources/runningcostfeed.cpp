#include "app/resources/runningcostfeed.h"

#include "app/deployments/deploymenttablemodel.h"
#include "app/resources/resourcesession.h"
#include "app/resources/resourcetablemodel.h"
#include "app/storage/pricelist.h"
#include "app/storage/storage.h"
#include "app/workspaces/workspacesession.h"

RunningCostFeed::RunningCostFeed(WorkspaceSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_prices(session && session->storage() ? PriceList::open(*session->storage()) : nullptr)
{
    m_recount.setSingleShot(true);
    m_recount.setInterval(0);
    connect(&m_recount, &QTimer::timeout, this, &RunningCostFeed::recount);
    if (!session)
        return;
    m_rates.shapes = session->info().shapes;
    connect(session, &WorkspaceSession::infoLoaded, this, [this](const WorkspaceInfo &info) {
        CostRates rates = m_rates;
        rates.shapes = info.shapes;
        setRates(rates);
    });
    if (Storage *storage = session->storage())
        connect(storage, &Storage::changed, this, &RunningCostFeed::reloadPrices);
    watch(session->model());
    session->model()->setCostRates(m_rates);
    reloadPrices();
}

RunningCostFeed::~RunningCostFeed() = default;

void RunningCostFeed::setResources(ResourceSession *resources)
{
    if (m_resources == resources)
        return;
    if (m_resources) {
        for (ResourceKind kind : {ResourceKind::Pod, ResourceKind::RayCluster})
            disconnect(m_resources->model(kind), nullptr, this, nullptr);
    }
    m_resources = resources;
    if (resources) {
        for (ResourceKind kind : {ResourceKind::Pod, ResourceKind::RayCluster}) {
            resources->model(kind)->setCostRates(m_rates);
            watch(resources->model(kind));
        }
    }
    m_recount.start();
}

void RunningCostFeed::reloadPrices()
{
    if (!m_prices) {
        m_pricesProblem = tr("This store keeps no prices.");
        return;
    }
    const quint64 read = ++m_pricesRead;
    m_prices->all(this, [this, read](const StoreResult<QList<ShapePrice>> &prices) {
        if (read != m_pricesRead)
            return;
        if (!prices.ok()) {
            // Keep the prices read before: a store lost for a moment does not blank the figures.
            m_pricesProblem = tr("The prices could not be read: %1").arg(prices.error.message);
            return;
        }
        m_pricesProblem.clear();
        CostRates rates = m_rates;
        rates.prices.clear();
        for (const ShapePrice &price : prices.value)
            rates.prices.insert(price.shape, CostRates::Price{price.micros, price.currency});
        setRates(rates);
    });
}

void RunningCostFeed::setRates(const CostRates &rates)
{
    if (rates == m_rates)
        return;
    m_rates = rates;
    if (m_session)
        m_session->model()->setCostRates(m_rates);
    if (m_resources) {
        for (ResourceKind kind : {ResourceKind::Pod, ResourceKind::RayCluster})
            m_resources->model(kind)->setCostRates(m_rates);
    }
    Q_EMIT ratesChanged(m_rates);
    m_recount.start();
}

void RunningCostFeed::watch(QAbstractItemModel *model)
{
    const auto later = [this] { m_recount.start(); };
    connect(model, &QAbstractItemModel::dataChanged, this, later);
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::layoutChanged, this, later);
}

void RunningCostFeed::recount()
{
    RunningCostTotal total;
    if (m_session) {
        const DeploymentTableModel *model = m_session->model();
        for (int row = 0; row < model->rowCount(); ++row)
            total.add(model->costAt(row));
    }
    if (m_resources) {
        for (ResourceKind kind : {ResourceKind::Pod, ResourceKind::RayCluster}) {
            const ResourceTableModel *model = m_resources->model(kind);
            for (int row = 0; row < model->rowCount(); ++row)
                total.add(model->costAt(row));
        }
    }
    if (total == m_total)
        return;
    m_total = total;
    Q_EMIT totalChanged(m_total);
}
