#include "app/deployments/costrates.h"

std::optional<CostRates::Price> CostRates::priceOf(const QString &shape) const
{
    const auto it = prices.constFind(shape);
    if (shape.isEmpty() || it == prices.constEnd())
        return std::nullopt;
    return it.value();
}

std::optional<double> CostRates::acceleratorsOf(const QString &shape) const
{
    const auto it = shapes.constFind(shape);
    return it == shapes.constEnd() ? std::nullopt : it->acceleratorNum;
}
