#include "app/simulator/simulatorjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace SimulatorJson {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

quint64 stableHash(const QString &text)
{
    quint64 hash = 14695981039346656037ULL;
    for (const char byte : text.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 1099511628211ULL;
    }
    return hash;
}

QString hashChars(quint64 hash, int length)
{
    static const char Alphabet[] = "bcdfghjklmnpqrstvwxz2456789"; // what Kubernetes uses
    QString out;
    for (int i = 0; i < length; ++i) {
        out.append(QLatin1Char(Alphabet[hash % 27]));
        hash /= 27;
    }
    return out;
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double number = value.toDouble();
    return std::isfinite(number) && std::floor(number) == number && std::fabs(number) < 9.0e15;
}

bool isPresent(const QJsonValue &value)
{
    return !value.isUndefined() && !value.isNull();
}

QString valueText(const QJsonValue &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QJsonObject objectAt(const QJsonObject &root, const QStringList &path)
{
    QJsonObject current = root;
    for (const QString &key : path)
        current = current.value(key).toObject();
    return current;
}

void setAt(QJsonObject &root, QStringList path, const QJsonValue &value)
{
    const QString key = path.takeFirst();
    if (path.isEmpty()) {
        root.insert(key, value);
        return;
    }
    QJsonObject child = root.value(key).toObject();
    setAt(child, path, value);
    root.insert(key, child);
}

QJsonObject mergePatch(const QJsonObject &target, const QJsonObject &patch)
{
    QJsonObject result = target;
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else if (it.value().isObject())
            result.insert(it.key(), mergePatch(result.value(it.key()).toObject(), it.value().toObject()));
        else
            result.insert(it.key(), it.value());
    }
    return result;
}

QString stateOf(const QJsonObject &resource)
{
    return resource.value(QStringLiteral("status")).toObject().value(QStringLiteral("state")).toString();
}

} // namespace SimulatorJson
