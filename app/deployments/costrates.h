#pragma once

#include "app/api/workspaceinfo.h"

#include <QHash>
#include <QString>

#include <optional>

// What the cost figures of the tables need: the user's price of each shape (one replica, one
// hour, in millionths of its currency: PriceList's ShapePrice, handed over as plain values so
// the tables need no store) and the workspace's shapes (accelerators per replica).
struct CostRates
{
    struct Price
    {
        qint64 micros = 0;
        QString currency;
        bool operator==(const Price &other) const = default;
    };

    QHash<QString, Price> prices;       // by shape; a shape not in here has no price
    QHash<QString, ShapeSpec> shapes;   // WorkspaceInfo::shapes

    std::optional<Price> priceOf(const QString &shape) const;
    std::optional<double> acceleratorsOf(const QString &shape) const;

    bool operator==(const CostRates &other) const = default;
};
