#pragma once

#include "app/api/deployment.h"
#include "app/deployments/costrates.h"
#include "app/deployments/pausemarker.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>
#include <QString>

#include <optional>

// What a resource costs per hour now, from its replicas and the user's price of its shape
// (CostRates). At least its minimum replicas run, so the figure is min replicas x price; with
// autoscaling it may reach max replicas x price, so it is a range ("2.50–7.50 EUR/h"). A
// shape without a price gives "no price set", never 0. A resource the console paused costs 0;
// what Resume would cost is said with it (resumeMin/resumeMax).
//
// Endpoints: min (and max) replicas of the deployment. Dev pods: one replica running (new API)
// or its replicas (legacy), none while stopped. Ray clusters: the head (one replica of its
// shape) plus each worker group's min–max replicas of the group's shape.
struct RunningCost
{
    Q_DECLARE_TR_FUNCTIONS(RunningCost)

public:
    enum class State {
        Priced,   // every part has a price: minMicros..maxMicros
        NoPrice,  // some part's shape has no price (or names no shape)
        Paused,   // paused by the console: costs 0; resume* say what Resume would cost
    };

    // One shape's share: `min`..`max` replicas of `shape`.
    struct Part
    {
        QString label;   // "" for the resource itself; a Ray cluster's "head" or group name
        QString shape;
        int min = 0;
        int max = 0;
    };

    State state = State::NoPrice;
    QString currency;
    qint64 minMicros = 0;        // per hour, every replica counted
    qint64 maxMicros = 0;
    QList<Part> parts;           // what runs now (nothing while paused)
    QStringList shapesWithoutPrice;
    // Paused only: what Resume brings back and its cost; resumePriced false when a shape of it
    // has no price.
    QList<Part> resumeParts;
    bool resumePriced = false;
    qint64 resumeMinMicros = 0;
    qint64 resumeMaxMicros = 0;
    // Accelerators of the minimum replicas (replicas x accelerators per replica); nullopt when
    // a shape's count is unknown. Per replica for a one-part resource.
    std::optional<double> minAccelerators;
    std::optional<double> acceleratorsPerReplica;
    QString acceleratorType;

    static RunningCost of(const Deployment &resource, const PauseMarker &marker, const CostRates &rates);
    // The cost of `parts` (what the Paused Services view asks of a saved pause).
    static RunningCost ofParts(const QList<Part> &parts, const CostRates &rates);

    bool isPriced() const { return state == State::Priced; }
    // Running (not paused) with at least one replica at its minimum or above it.
    bool runs() const;
    // "2.50 EUR/h", "2.50–7.50 EUR/h", "no price set", "0.00 EUR/h" (paused).
    QString text() const;
    QString toolTip() const;
    // For sorting: the minimum per hour in millionths; no price sorts below every price.
    qint64 sortKey() const;

    // "2.50", "0.125": two decimals, more only when the amount has them.
    static QString moneyText(qint64 micros);
    // "2.50 EUR/h" or "2.50–7.50 EUR/h".
    static QString rangeText(qint64 minMicros, qint64 maxMicros, const QString &currency);
};

// The workspace's running cost: the sum of every priced resource that is not paused, per
// currency, and how many running resources have no price (the status bar's line).
struct RunningCostTotal
{
    Q_DECLARE_TR_FUNCTIONS(RunningCostTotal)

public:
    struct Sum
    {
        qint64 minMicros = 0;
        qint64 maxMicros = 0;
        bool operator==(const Sum &other) const = default;
    };
    QMap<QString, Sum> byCurrency;
    int priced = 0;          // running resources with a price
    int withoutPrice = 0;    // running resources without one
    int paused = 0;

    void add(const RunningCost &cost);
    // "Running: 12.50 EUR/h · 4 without a price"; "" when there is nothing to say.
    QString text() const;
    QString toolTip() const;
    bool operator==(const RunningCostTotal &other) const = default;
};
