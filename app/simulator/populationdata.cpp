#include "app/simulator/populationdata.h"

#include "app/simulator/simulatorjson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

QJsonValue resolved(const QString &key, const QJsonValue &value, qint64 now);

QJsonObject resolvedObject(QJsonObject object, qint64 now)
{
    for (auto it = object.begin(); it != object.end(); ++it)
        it.value() = resolved(it.key(), it.value(), now);
    return object;
}

QJsonValue resolved(const QString &key, const QJsonValue &value, qint64 now)
{
    if (value.isObject())
        return resolvedObject(value.toObject(), now);
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            array.replace(i, resolved(QString(), array.at(i), now));
        return array;
    }
    static const QRegularExpression relative(QStringLiteral("^(\\d+)([dhm])$"));
    const QRegularExpressionMatch match = relative.match(value.toString());
    const bool milliseconds = key.endsWith(QLatin1String("_at"));
    const bool seconds = key.endsWith(QLatin1String("_time"));
    if ((!milliseconds && !seconds) || !value.isString() || !match.hasMatch())
        return value;
    const qint64 unit = match.captured(2) == QLatin1String("d") ? 24 * 3600 * 1000LL
        : match.captured(2) == QLatin1String("h")               ? 3600 * 1000LL
                                                                : 60 * 1000LL;
    const qint64 at = now - match.captured(1).toLongLong() * unit;
    return milliseconds ? at : at / 1000;
}

} // namespace

QList<QJsonObject> PopulationData::load(const QString &file, qint64 nowMs)
{
    const qint64 now = nowMs > 0 ? nowMs : SimulatorJson::nowMs();
    QFile source(QStringLiteral(":/simulator/") + file);
    if (!source.open(QIODevice::ReadOnly))
        qFatal("the simulator's data file %s is missing", qPrintable(source.fileName()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(source.readAll(), &error);
    if (!document.isArray())
        qFatal("the simulator's data file %s is not a JSON array: %s", qPrintable(source.fileName()), qPrintable(error.errorString()));
    QList<QJsonObject> list;
    for (const QJsonValue &item : document.array())
        list.append(resolvedObject(item.toObject(), now));
    return list;
}
