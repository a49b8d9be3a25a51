#include "app/savings/savingscalculator.h"

#include "app/api/apijsonkeys.h"
#include "app/api/workspaceinfo.h"

#include <QJsonObject>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace {

constexpr double MsPerHour = 3600000.0;

// One pause's stretch of time, clipped.
struct Interval
{
    const PauseEntry *entry = nullptr;
    qint64 start = 0; // ms since the epoch, UTC
    qint64 end = 0;
};

// The Monday 00:00 UTC on or before `ms`.
QDate weekStartOf(qint64 ms)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
    return day.addDays(1 - day.dayOfWeek());
}

qint64 msAt(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

// Totals of money per currency, in millionths (summed as whole numbers, so 6 x 1.2 is 7.2, not
// 7.199999…), so that one currency gives a figure and several give none.
struct Money
{
    QMap<QString, double> microsByCurrency;
    void add(const QString &currency, double micros) { microsByCurrency[currency] += micros; }
    std::optional<double> single(QString *currency = nullptr) const
    {
        if (microsByCurrency.size() != 1)
            return std::nullopt;
        if (currency)
            *currency = microsByCurrency.firstKey();
        return std::round(microsByCurrency.first()) / ShapePrice::MicrosPerUnit;
    }
};

// A week's sums in exact units (milliseconds, replica- and GPU-milliseconds), turned into
// hours once at the end.
struct WeekSums
{
    qint64 pausedMs = 0;
    double replicaMs = 0;
    double gpuMs = 0;
    QMap<QString, double> gpuMsByResource;
    Money money;
};

} // namespace

SavingsCalculator::SavingsCalculator(QHash<QString, double> acceleratorsByShape, const QList<ShapePrice> &prices)
    : m_accelerators(std::move(acceleratorsByShape))
{
    for (const ShapePrice &price : prices)
        m_prices.insert(price.shape, price);
}

QHash<QString, double> SavingsCalculator::acceleratorsOf(const WorkspaceInfo &info)
{
    // The parsed shapes (WorkspaceInfo::shapes): a shape whose count the workspace does not
    // give is left out, so the paused spec's own accelerator_num is asked instead of a 0.
    QHash<QString, double> accelerators;
    for (auto it = info.shapes.constBegin(); it != info.shapes.constEnd(); ++it) {
        if (it->acceleratorNum)
            accelerators.insert(it.key(), *it->acceleratorNum);
    }
    return accelerators;
}

QString SavingsCalculator::shapeOf(const PauseEntry &entry)
{
    const QJsonObject resources = entry.pausedSnapshot.value(QStringLiteral("resource_requirement")).toObject();
    const QString shape = resources.value(ApiJsonKeys::ResourceShape).toString();
    if (!shape.isEmpty())
        return shape;
    return entry.pausedSnapshot.value(ApiJsonKeys::ResourceShape).toString();
}

std::optional<double> SavingsCalculator::acceleratorsFor(const PauseEntry &entry) const
{
    const QString shape = shapeOf(entry);
    if (!shape.isEmpty()) {
        const auto known = m_accelerators.constFind(shape);
        if (known != m_accelerators.constEnd())
            return known.value();
    }
    const QJsonObject resources = entry.pausedSnapshot.value(QStringLiteral("resource_requirement")).toObject();
    const QJsonValue num = resources.value(ApiJsonKeys::AcceleratorNum);
    if (num.isDouble() && num.toDouble() >= 0)
        return num.toDouble();
    return std::nullopt;
}

SavingsReport SavingsCalculator::calculate(const QList<PauseEntry> &entries, const QDateTime &since,
                                           const QDateTime &until, const QDateTime &now) const
{
    SavingsReport report;
    report.since = since.isValid() ? since.toUTC() : QDateTime();
    report.until = until.toUTC();
    report.projected = until > now;
    const qint64 untilMs = until.toMSecsSinceEpoch();
    const bool bounded = since.isValid();
    const qint64 sinceMs = bounded ? since.toMSecsSinceEpoch() : 0;

    // Clipped stretches, by resource.
    QMap<QString, QList<Interval>> byResource;
    for (const PauseEntry &entry : entries) {
        if (entry.state != PauseEntry::State::Active && entry.state != PauseEntry::State::Closed)
            continue;
        if (!entry.pausedAt.isValid() || (entry.state == PauseEntry::State::Closed && !entry.closedAt.isValid()))
            continue;
        qint64 start = entry.pausedAt.toMSecsSinceEpoch();
        qint64 end = entry.state == PauseEntry::State::Closed ? entry.closedAt.toMSecsSinceEpoch() : untilMs;
        if (bounded)
            start = std::max(start, sinceMs);
        end = std::min(end, untilMs);
        if (end <= start)
            continue;
        byResource[entry.kind + QLatin1Char('/') + entry.deploymentName].append(Interval {&entry, start, end});
    }

    QMap<QDate, WeekSums> weeks;
    Money totalMoney;
    double totalReplicaMs = 0;
    double totalGpuMs = 0;
    qint64 firstMs = untilMs;

    for (auto group = byResource.cbegin(); group != byResource.cend(); ++group) {
        const QList<Interval> &intervals = group.value();
        const PauseEntry *newest = intervals.first().entry;
        QSet<qint64> counted;
        for (const Interval &i : intervals) {
            if (i.entry->pausedAt > newest->pausedAt || (i.entry->pausedAt == newest->pausedAt && i.entry->id > newest->id))
                newest = i.entry;
        }
        SavingsReport::Resource resource;
        resource.kind = newest->kind;
        resource.name = newest->deploymentName;
        resource.shape = shapeOf(*newest);
        resource.acceleratorsPerReplica = acceleratorsFor(*newest);

        // Every point where the covering entries may change, and every week boundary between.
        QList<qint64> cuts;
        for (const Interval &i : intervals)
            cuts << i.start << i.end;
        std::sort(cuts.begin(), cuts.end());
        cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
        QList<qint64> points;
        for (qsizetype k = 0; k + 1 < cuts.size(); ++k) {
            points << cuts.at(k);
            for (QDate monday = weekStartOf(cuts.at(k)).addDays(7); msAt(monday) < cuts.at(k + 1); monday = monday.addDays(7))
                points << msAt(monday);
        }
        points << cuts.last();

        bool gpuKnown = true;
        double replicaMs = 0;
        double gpuMs = 0;
        Money money;
        for (qsizetype k = 0; k + 1 < points.size(); ++k) {
            const qint64 a = points.at(k);
            const qint64 b = points.at(k + 1);
            // The newest entry covering [a, b) gives the figures; none: a gap between pauses.
            const PauseEntry *cover = nullptr;
            for (const Interval &i : intervals) {
                if (i.start <= a && i.end >= b
                    && (!cover || i.entry->pausedAt > cover->pausedAt
                        || (i.entry->pausedAt == cover->pausedAt && i.entry->id > cover->id)))
                    cover = i.entry;
            }
            if (!cover)
                continue;
            counted.insert(cover->id);
            firstMs = std::min(firstMs, a);
            const qint64 ms = b - a;
            const double stretchReplicaMs = double(cover->savedMinReplicas) * ms;
            WeekSums &week = weeks[weekStartOf(a)];
            resource.pausedMs += ms;
            replicaMs += stretchReplicaMs;
            week.pausedMs += ms;
            week.replicaMs += stretchReplicaMs;
            if (const std::optional<double> accelerators = acceleratorsFor(*cover)) {
                const double g = stretchReplicaMs * *accelerators;
                gpuMs += g;
                week.gpuMs += g;
                week.gpuMsByResource[group.key()] += g;
            } else {
                gpuKnown = false;
            }
            const auto price = m_prices.constFind(shapeOf(*cover));
            if (price != m_prices.constEnd()) {
                const double micros = stretchReplicaMs * double(price->micros) / MsPerHour;
                money.add(price->currency, micros);
                week.money.add(price->currency, micros);
                totalMoney.add(price->currency, micros);
            }
        }
        if (resource.pausedMs == 0)
            continue;
        resource.pauses = counted.size();
        resource.stillPaused = std::any_of(intervals.cbegin(), intervals.cend(), [untilMs](const Interval &i) {
            return i.entry->state == PauseEntry::State::Active && i.end == untilMs;
        });
        resource.replicaHours = replicaMs / MsPerHour;
        if (gpuKnown)
            resource.gpuHours = gpuMs / MsPerHour;
        // Money for the stretches whose shape has a price (none: null, never 0).
        resource.cost = money.single(&resource.currency);
        report.resources.append(resource);
        report.pausedMs += resource.pausedMs;
        totalReplicaMs += replicaMs;
        if (resource.gpuHours)
            totalGpuMs += gpuMs;
        else
            ++report.resourcesWithoutGpuHours;
    }

    std::sort(report.resources.begin(), report.resources.end(),
              [](const SavingsReport::Resource &l, const SavingsReport::Resource &r) {
                  if (l.gpuHours.has_value() != r.gpuHours.has_value())
                      return l.gpuHours.has_value();
                  if (l.gpuHours && *l.gpuHours != *r.gpuHours)
                      return *l.gpuHours > *r.gpuHours;
                  if (l.replicaHours != r.replicaHours)
                      return l.replicaHours > r.replicaHours;
                  return l.key() < r.key();
              });

    // Every week of the span, the empty ones too (a chart of weeks has no holes).
    const qint64 spanStart = bounded ? sinceMs : firstMs;
    if (spanStart < untilMs) {
        for (QDate monday = weekStartOf(spanStart); msAt(monday) < untilMs; monday = monday.addDays(7)) {
            const WeekSums sums = weeks.value(monday);
            SavingsReport::Week week;
            week.start = monday;
            week.pausedHours = sums.pausedMs / MsPerHour;
            week.replicaHours = sums.replicaMs / MsPerHour;
            week.gpuHours = sums.gpuMs / MsPerHour;
            for (auto it = sums.gpuMsByResource.cbegin(); it != sums.gpuMsByResource.cend(); ++it)
                week.gpuHoursByResource.insert(it.key(), it.value() / MsPerHour);
            week.cost = sums.money.single();
            report.weeks.append(week);
        }
    }
    report.replicaHours = totalReplicaMs / MsPerHour;
    report.gpuHours = totalGpuMs / MsPerHour;
    report.cost = totalMoney.single(&report.currency);
    return report;
}
