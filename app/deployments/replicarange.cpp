#include "app/deployments/replicarange.h"

namespace ReplicaRange {

QString text(std::optional<int> min, std::optional<int> max)
{
    if (!min && !max)
        return QString();
    const int low = min.value_or(0);
    if (!max || *max == low)
        return QString::number(low);
    return QStringLiteral("%1\u2013%2").arg(low).arg(*max);
}

} // namespace ReplicaRange
