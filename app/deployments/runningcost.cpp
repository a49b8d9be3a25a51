#include "app/deployments/runningcost.h"

#include "app/deployments/replicarange.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace {

QList<RunningCost::Part> runningParts(const Deployment &d)
{
    QList<RunningCost::Part> parts;
    switch (d.kind) {
    case ResourceKind::Endpoint: {
        const int min = qMax(0, d.minReplicas.value_or(0));
        const int max = d.maxReplicas && *d.maxReplicas > min ? *d.maxReplicas : min;
        parts << RunningCost::Part{QString(), d.resourceShape, min, max};
        break;
    }
    case ResourceKind::Pod: {
        int replicas = 0;
        if (d.generation == ApiGeneration::New)
            replicas = d.suspended ? 0 : 1;
        else
            replicas = qMax(0, d.minReplicas.value_or(d.desiredReplicas.value_or(0)));
        parts << RunningCost::Part{QString(), d.resourceShape, replicas, replicas};
        break;
    }
    case ResourceKind::RayCluster: {
        if (d.suspended)
            break;
        parts << RunningCost::Part{RunningCost::tr("head"), d.resourceShape, 1, 1};
        for (const DeploymentComponent &group : d.components) {
            const int min = qMax(0, group.minReplicas.value_or(0));
            const int max = group.maxReplicas && *group.maxReplicas > min ? *group.maxReplicas : min;
            parts << RunningCost::Part{group.name, group.resourceShape, min, max};
        }
        break;
    }
    }
    return parts;
}

// What Resume brings back, from the ledger's marker.
QList<RunningCost::Part> partsResumeBrings(const Deployment &d, const PauseMarker &marker)
{
    QList<RunningCost::Part> parts;
    switch (d.kind) {
    case ResourceKind::Endpoint: {
        const int min = qMax(0, marker.savedMinReplicas);
        const int max = marker.savedMaxReplicas > min ? marker.savedMaxReplicas : min;
        parts << RunningCost::Part{QString(), d.resourceShape, min, max};
        break;
    }
    case ResourceKind::Pod: {
        const int replicas = d.generation == ApiGeneration::New || marker.savedState.contains(QLatin1String("stopped"))
                                 ? 1
                                 : qMax(1, marker.savedMinReplicas);
        parts << RunningCost::Part{QString(), d.resourceShape, replicas, replicas};
        break;
    }
    case ResourceKind::RayCluster: {
        parts << RunningCost::Part{RunningCost::tr("head"), d.resourceShape, 1, 1};
        QHash<QString, QJsonObject> saved;
        for (const QJsonValue &value : marker.savedState.value(QLatin1String("worker_group_specs")).toArray()) {
            const QJsonObject group = value.toObject();
            saved.insert(group.value(QLatin1String("group_name")).toString(), group);
        }
        for (const DeploymentComponent &group : d.components) {
            const QJsonObject savedGroup = saved.value(group.name);
            int min = group.minReplicas.value_or(0);
            int max = group.maxReplicas.value_or(min);
            if (savedGroup.value(QLatin1String("min_replicas")).isDouble())
                min = savedGroup.value(QLatin1String("min_replicas")).toInt();
            if (savedGroup.value(QLatin1String("max_replicas")).isDouble())
                max = savedGroup.value(QLatin1String("max_replicas")).toInt();
            min = qMax(0, min);
            parts << RunningCost::Part{group.name, group.resourceShape, min, qMax(min, max)};
        }
        break;
    }
    }
    return parts;
}

} // namespace

RunningCost RunningCost::ofParts(const QList<Part> &parts, const CostRates &rates)
{
    RunningCost cost;
    cost.parts = parts;
    cost.state = State::Priced;
    double accelerators = 0;
    bool acceleratorsKnown = true;
    for (const Part &part : parts) {
        if (part.max <= 0 && part.min <= 0)
            continue;
        const auto price = rates.priceOf(part.shape);
        if (!price) {
            cost.state = State::NoPrice;
            cost.shapesWithoutPrice << (part.shape.isEmpty() ? tr("no shape") : part.shape);
        } else if (cost.currency.isEmpty() || cost.currency == price->currency) {
            cost.currency = price->currency;
            cost.minMicros += qint64(part.min) * price->micros;
            cost.maxMicros += qint64(part.max) * price->micros;
        } else {
            cost.state = State::NoPrice; // several currencies in one resource: no one figure
            cost.shapesWithoutPrice << part.shape;
        }
        const auto perReplica = rates.acceleratorsOf(part.shape);
        if (perReplica)
            accelerators += part.min * *perReplica;
        else
            acceleratorsKnown = false;
    }
    if (acceleratorsKnown)
        cost.minAccelerators = accelerators;
    if (parts.size() == 1) {
        cost.acceleratorsPerReplica = rates.acceleratorsOf(parts.first().shape);
        cost.acceleratorType = rates.shapes.value(parts.first().shape).acceleratorType;
    }
    return cost;
}

RunningCost RunningCost::of(const Deployment &resource, const PauseMarker &marker, const CostRates &rates)
{
    if (!marker.paused)
        return ofParts(runningParts(resource), rates);
    const RunningCost resume = ofParts(partsResumeBrings(resource, marker), rates);
    RunningCost cost;
    cost.state = State::Paused;
    cost.currency = resume.currency;
    cost.resumeParts = resume.parts;
    cost.resumePriced = resume.isPriced();
    cost.resumeMinMicros = resume.minMicros;
    cost.resumeMaxMicros = resume.maxMicros;
    cost.shapesWithoutPrice = resume.shapesWithoutPrice;
    cost.minAccelerators = 0.0;
    cost.acceleratorsPerReplica = resume.acceleratorsPerReplica;
    cost.acceleratorType = resume.acceleratorType;
    return cost;
}

bool RunningCost::runs() const
{
    if (state == State::Paused)
        return false;
    for (const Part &part : parts) {
        if (part.min > 0 || part.max > 0)
            return true;
    }
    return false;
}

QString RunningCost::moneyText(qint64 micros)
{
    int decimals = 2;
    if (micros % 10000 != 0)
        decimals = micros % 100 != 0 ? 6 : 4;
    QString text = QLocale().toString(double(micros) / 1e6, 'f', decimals);
    return text;
}

QString RunningCost::rangeText(qint64 minMicros, qint64 maxMicros, const QString &currency)
{
    if (maxMicros > minMicros)
        return tr("%1–%2 %3/h").arg(moneyText(minMicros), moneyText(maxMicros), currency);
    return tr("%1 %2/h").arg(moneyText(minMicros), currency);
}

QString RunningCost::text() const
{
    switch (state) {
    case State::Priced:
        if (currency.isEmpty()) // nothing runs and no shape priced: nothing to pay
            return runs() ? tr("no price set") : QStringLiteral("0");
        return rangeText(minMicros, maxMicros, currency);
    case State::NoPrice:
        return runs() ? tr("no price set") : QStringLiteral("0");
    case State::Paused:
        return currency.isEmpty() ? QStringLiteral("0") : rangeText(0, 0, currency);
    }
    return QString();
}

QString RunningCost::toolTip() const
{
    QStringList lines;
    const auto describe = [](const QList<Part> &list) {
        QStringList out;
        for (const Part &part : list) {
            QString line = ReplicaRange::text(part.min, part.max) + QStringLiteral(" × ")
                           + (part.shape.isEmpty() ? tr("no shape") : part.shape);
            out << (part.label.isEmpty() ? line : tr("%1: %2").arg(part.label, line));
        }
        return out.join(QStringLiteral("\n"));
    };
    QString gpus;
    if (acceleratorsPerReplica && *acceleratorsPerReplica > 0)
        gpus = tr("%1 × %2 per replica").arg(QLocale().toString(*acceleratorsPerReplica, 'g', 6),
                                             acceleratorType.isEmpty() ? tr("GPU") : acceleratorType);
    else if (acceleratorsPerReplica)
        gpus = tr("no GPU");
    switch (state) {
    case State::Paused:
        lines << tr("Paused: costs nothing now.");
        if (resumePriced)
            lines << tr("Resume would cost %1 (%2).")
                         .arg(rangeText(resumeMinMicros, resumeMaxMicros, currency), describe(resumeParts));
        else
            lines << tr("Resume would run %1; no price set for %2.")
                         .arg(describe(resumeParts), shapesWithoutPrice.join(QStringLiteral(", ")));
        break;
    case State::NoPrice:
        if (!runs())
            return tr("Nothing runs.");
        lines << tr("No price set for %1: set one in Edit ▸ Preferences ▸ Prices.")
                     .arg(shapesWithoutPrice.join(QStringLiteral(", ")));
        lines << describe(parts);
        break;
    case State::Priced:
        if (maxMicros > minMicros)
            lines << tr("At least %1 an hour (min replicas); up to %2 %3 with autoscaling to max replicas.")
                         .arg(rangeText(minMicros, minMicros, currency), moneyText(maxMicros), currency);
        else
            lines << tr("%1 an hour.").arg(rangeText(minMicros, minMicros, currency));
        lines << describe(parts);
        break;
    }
    if (!gpus.isEmpty())
        lines << tr("Accelerators: %1").arg(gpus);
    if (minAccelerators && *minAccelerators > 0 && state != State::Paused)
        lines << tr("%1 accelerators at min replicas").arg(QLocale().toString(*minAccelerators, 'g', 6));
    return lines.join(QStringLiteral("\n"));
}

qint64 RunningCost::sortKey() const
{
    switch (state) {
    case State::Priced: return minMicros;
    case State::Paused: return 0;
    case State::NoPrice: return runs() ? -1 : 0;
    }
    return -1;
}

void RunningCostTotal::add(const RunningCost &cost)
{
    if (cost.state == RunningCost::State::Paused) {
        ++paused;
        return;
    }
    if (!cost.runs())
        return;
    if (!cost.isPriced() || cost.currency.isEmpty()) {
        ++withoutPrice;
        return;
    }
    ++priced;
    Sum &sum = byCurrency[cost.currency];
    sum.minMicros += cost.minMicros;
    sum.maxMicros += cost.maxMicros;
}

QString RunningCostTotal::text() const
{
    QStringList parts;
    for (auto it = byCurrency.constBegin(); it != byCurrency.constEnd(); ++it)
        parts << RunningCost::rangeText(it->minMicros, it->maxMicros, it.key());
    if (withoutPrice > 0)
        parts << tr("%n without a price", nullptr, withoutPrice);
    if (parts.isEmpty())
        return priced + paused > 0 ? tr("Running: nothing to pay") : QString();
    return tr("Running: %1").arg(parts.join(QStringLiteral(" · ")));
}

QString RunningCostTotal::toolTip() const
{
    QStringList lines;
    lines << tr("What the workspace's running resources cost per hour at their minimum replicas "
                "(a range: up to their maximum replicas with autoscaling).");
    lines << tr("%n priced resource(s) running", nullptr, priced);
    if (withoutPrice > 0)
        lines << tr("%n running resource(s) without a price (set prices in Edit ▸ Preferences ▸ Prices)", nullptr,
                    withoutPrice);
    if (paused > 0)
        lines << tr("%n paused by the console (not counted)", nullptr, paused);
    return lines.join(QStringLiteral("\n"));
}
