#include "app/api/resourcekind.h"

namespace ResourceKinds {

QString toString(ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Endpoint: return QStringLiteral("endpoint");
    case ResourceKind::Pod: return QStringLiteral("pod");
    case ResourceKind::RayCluster: return QStringLiteral("raycluster");
    }
    return QString();
}

std::optional<ResourceKind> fromString(const QString &word)
{
    for (ResourceKind kind : {ResourceKind::Endpoint, ResourceKind::Pod, ResourceKind::RayCluster}) {
        if (word.compare(toString(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

} // namespace ResourceKinds
