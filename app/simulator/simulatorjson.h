#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Small JSON and time helpers the simulator's resources share. The simulator's own: it never
// uses the console's client code, so that it stays an independent implementation of the API.
namespace SimulatorJson {

qint64 nowMs();
QString isoTime(qint64 ms);

// 64-bit FNV-1a: stable across runs (qHash is seeded per process).
quint64 stableHash(const QString &text);
// `length` characters of Kubernetes' name alphabet from `hash`.
QString hashChars(quint64 hash, int length);

// A finite number without a fraction.
bool isInteger(const QJsonValue &value);
// A value that is set: neither absent nor null (pydantic writes unset fields as null).
bool isPresent(const QJsonValue &value);
// The JSON text of one value ("3", "\"x\"", "null").
QString valueText(const QJsonValue &value);

QJsonObject objectAt(const QJsonObject &root, const QStringList &path);
void setAt(QJsonObject &root, QStringList path, const QJsonValue &value);

// RFC 7386 JSON merge patch: null removes a key, objects merge, everything else (arrays
// included) replaces.
QJsonObject mergePatch(const QJsonObject &target, const QJsonObject &patch);

// status.state of any resource.
QString stateOf(const QJsonObject &resource);

} // namespace SimulatorJson
