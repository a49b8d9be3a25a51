#pragma once

#include "app/api/workspaceinfo.h"
#include "app/savings/savingsreport.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class LeptonClient;
class PriceList;
class Storage;

// Gathers what a savings report needs and makes it (SavingsCalculator): the workspace's shapes
// (GET /workspace, when there is a client and no shapes were given), the ledger's entries of
// the span, the price list. Asynchronous, never blocking its thread; each load() ends in
// exactly one Outcome, on this object's thread. The Savings view and `lepton-console-cli
// savings` both use it.
class SavingsLoader : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        enum class Kind {
            Done,        // `report` holds the figures
            StoreFailed, // the ledger could not be read: `message` says why
        };
        Kind kind = Kind::Done;
        SavingsReport report;
        QString message;
        // Non-empty: the workspace's shapes could not be read (this sentence says why), so
        // accelerators came from the paused specs alone. The report is still made.
        QString shapesProblem;
        // Non-empty: the prices could not be read; the report has no money.
        QString pricesProblem;
        bool ok() const { return kind == Kind::Done; }
    };
    using Callback = std::function<void(const Outcome &)>;

    // `client` may be null (no server): then only the given shapes, or the specs, say.
    SavingsLoader(Storage *storage, LeptonClient *client, QObject *parent = nullptr);
    ~SavingsLoader() override;

    // Shapes already known (the window's session read GET /workspace): no request then.
    void setWorkspaceInfo(const WorkspaceInfo &info);
    // The workspace as last read (or given); nullopt before, or when it could not be read.
    const std::optional<WorkspaceInfo> &workspaceInfo() const { return m_info; }
    // The store's price list; nullptr when the store keeps none.
    PriceList *prices() const { return m_prices.get(); }

    // The report of `workspaceId` between `since` (null: all history) and `until` (null: now).
    void load(const QString &workspaceId, const QDateTime &since, const QDateTime &until, Callback done);

private:
    void readLedger(const QString &workspaceId, const QDateTime &since, const QDateTime &until,
                    const QDateTime &now, const std::shared_ptr<Outcome> &outcome, const Callback &done);

    Storage *m_storage;
    QPointer<LeptonClient> m_client;
    std::unique_ptr<PriceList> m_prices;
    std::optional<WorkspaceInfo> m_info;
};
