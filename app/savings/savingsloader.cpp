#include "app/savings/savingsloader.h"

#include "app/api/leptonclient.h"
#include "app/savings/savingscalculator.h"
#include "app/storage/pauseledger.h"
#include "app/storage/pricelist.h"
#include "app/storage/storage.h"

SavingsLoader::SavingsLoader(Storage *storage, LeptonClient *client, QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_client(client)
    , m_prices(storage ? PriceList::open(*storage) : nullptr)
{
}

SavingsLoader::~SavingsLoader() = default;

void SavingsLoader::setWorkspaceInfo(const WorkspaceInfo &info)
{
    m_info = info;
}

void SavingsLoader::load(const QString &workspaceId, const QDateTime &since, const QDateTime &until, Callback done)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime end = until.isValid() ? until.toUTC() : now;
    auto outcome = std::make_shared<Outcome>();
    if (!m_storage) {
        outcome->kind = Outcome::Kind::StoreFailed;
        outcome->message = tr("There is no store to read the pauses from.");
        return done(*outcome);
    }
    if (m_info || !m_client)
        return readLedger(workspaceId, since, end, now, outcome, done);
    m_client->getWorkspaceInfo(this, [=, this](const ApiResult<WorkspaceInfo> &info) {
        if (info.ok())
            m_info = info.value;
        else
            outcome->shapesProblem = tr("The workspace's shapes could not be read (%1); accelerators come from the "
                                        "paused deployments' own specs.").arg(info.error.userMessage());
        readLedger(workspaceId, since, end, now, outcome, done);
    });
}

void SavingsLoader::readLedger(const QString &workspaceId, const QDateTime &since, const QDateTime &until,
                               const QDateTime &now, const std::shared_ptr<Outcome> &outcome, const Callback &done)
{
    m_storage->ledger().entriesBetween(workspaceId, since, until, this,
                                       [=, this](const StoreResult<QList<PauseEntry>> &entries) {
        if (!entries.ok()) {
            outcome->kind = Outcome::Kind::StoreFailed;
            outcome->message = tr("The pause ledger could not be read: %1").arg(entries.error.message);
            return done(*outcome);
        }
        const auto finish = [=, this](const QList<ShapePrice> &prices) {
            const QHash<QString, double> shapes = m_info ? SavingsCalculator::acceleratorsOf(*m_info)
                                                         : QHash<QString, double>();
            outcome->report = SavingsCalculator(shapes, prices).calculate(entries.value, since, until, now);
            done(*outcome);
        };
        if (!m_prices) {
            outcome->pricesProblem = tr("This store keeps no prices.");
            return finish({});
        }
        m_prices->all(this, [=](const StoreResult<QList<ShapePrice>> &prices) {
            if (!prices.ok())
                outcome->pricesProblem = tr("The prices could not be read: %1").arg(prices.error.message);
            finish(prices.value);
        });
    });
}
