#include "app/savings/savingsreport.h"

#include "app/common/csvwriter.h"

#include <QJsonArray>
#include <QJsonValue>

#include <cmath>

namespace {

QJsonValue figure(const std::optional<double> &value)
{
    return value ? QJsonValue(SavingsReport::rounded(*value)) : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonValue time(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QString csvFigure(const std::optional<double> &value)
{
    return value ? QString::number(SavingsReport::rounded(*value), 'g', 15) : QString();
}

} // namespace

QString SavingsReport::Week::label() const
{
    int year = 0;
    const int week = start.weekNumber(&year);
    return QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
}

double SavingsReport::rounded(double value)
{
    return std::round(value * 1e6) / 1e6;
}

QJsonObject SavingsReport::toJson() const
{
    QJsonArray resourceArray;
    for (const Resource &r : resources) {
        resourceArray.append(QJsonObject {
            {QStringLiteral("kind"), r.kind},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("shape"), text(r.shape)},
            {QStringLiteral("pauses"), r.pauses},
            {QStringLiteral("still_paused"), r.stillPaused},
            {QStringLiteral("paused_hours"), rounded(r.pausedHours())},
            {QStringLiteral("replica_hours_saved"), rounded(r.replicaHours)},
            {QStringLiteral("accelerators_per_replica"), figure(r.acceleratorsPerReplica)},
            {QStringLiteral("gpu_hours_saved"), figure(r.gpuHours)},
            {QStringLiteral("cost_saved"), figure(r.cost)},
            {QStringLiteral("currency"), text(r.cost ? r.currency : QString())},
        });
    }
    QJsonArray weekArray;
    for (const Week &w : weeks) {
        QJsonObject byResource;
        for (auto it = w.gpuHoursByResource.cbegin(); it != w.gpuHoursByResource.cend(); ++it)
            byResource.insert(it.key(), rounded(it.value()));
        weekArray.append(QJsonObject {
            {QStringLiteral("week"), w.label()},
            {QStringLiteral("start"), w.start.toString(Qt::ISODate)},
            {QStringLiteral("paused_hours"), rounded(w.pausedHours)},
            {QStringLiteral("replica_hours_saved"), rounded(w.replicaHours)},
            {QStringLiteral("gpu_hours_saved"), rounded(w.gpuHours)},
            {QStringLiteral("cost_saved"), figure(w.cost)},
            {QStringLiteral("gpu_hours_by_resource"), byResource},
        });
    }
    return QJsonObject {
        {QStringLiteral("currency"), text(currency)},
        {QStringLiteral("since"), time(since)},
        {QStringLiteral("until"), time(until)},
        {QStringLiteral("projected"), projected},
        {QStringLiteral("resources"), resourceArray},
        {QStringLiteral("weeks"), weekArray},
        {QStringLiteral("total"), QJsonObject {
            {QStringLiteral("paused_hours"), rounded(pausedHours())},
            {QStringLiteral("replica_hours_saved"), rounded(replicaHours)},
            {QStringLiteral("gpu_hours_saved"), rounded(gpuHours)},
            {QStringLiteral("resources_without_gpu_hours"), resourcesWithoutGpuHours},
            {QStringLiteral("cost_saved"), figure(cost)},
            {QStringLiteral("currency"), text(cost ? currency : QString())},
        }},
    };
}

QByteArray SavingsReport::toCsv() const
{
    QString csv = CsvWriter::record({QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("shape"),
                                     QStringLiteral("pauses"), QStringLiteral("paused_hours"),
                                     QStringLiteral("replica_hours_saved"), QStringLiteral("gpu_hours_saved"),
                                     QStringLiteral("cost_saved"), QStringLiteral("currency")});
    for (const Resource &r : resources) {
        csv += CsvWriter::record({r.kind, r.name, r.shape, QString::number(r.pauses),
                                  csvFigure(r.pausedHours()), csvFigure(r.replicaHours), csvFigure(r.gpuHours),
                                  csvFigure(r.cost), r.cost ? r.currency : QString()});
    }
    return csv.toUtf8();
}
