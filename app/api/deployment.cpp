#include "app/api/deployment.h"

#include "app/api/apijsonkeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

#include <algorithm>
#include <cstring>

namespace {

std::optional<int> optionalInt(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toInt();
    return std::nullopt;
}

std::optional<double> optionalDouble(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    return std::nullopt;
}

// A JSON number as a whole number, truncated; nullopt when it is no number or beyond the
// 64-bit range (a server may send 1e300: casting that double would be undefined behaviour).
std::optional<qint64> optionalInt64(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!(number >= -9223372036854775808.0 && number < 9223372036854775808.0)) // ±2^63, exact in a double
        return std::nullopt;
    return static_cast<qint64>(number);
}

qint64 int64(const QJsonValue &value)
{
    return optionalInt64(value).value_or(0);
}

QString string(const QJsonObject &object, QLatin1String key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

// The byte ranges of the elements of a JSON array, found without parsing them (strings are
// skipped with memchr, so this runs at memory speed). False when the text is not an array
// this scanner follows; the caller then does without fingerprints.
bool splitArrayElements(QByteArrayView text, QList<QByteArrayView> *elements, int *maxDepth)
{
    *maxDepth = 0;
    const char *p = text.data();
    const char *const end = p + text.size();
    auto isSpace = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    while (p < end && isSpace(*p))
        ++p;
    if (p == end || *p != '[')
        return false;
    ++p;
    int depth = 0;
    const char *start = nullptr;
    auto close = [&](const char *stop) {
        while (stop > start && isSpace(stop[-1]))
            --stop;
        elements->append(QByteArrayView(start, stop - start));
        start = nullptr;
    };
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            if (!start)
                start = p;
            const char *q = p + 1;
            for (;;) {
                q = static_cast<const char *>(memchr(q, '"', size_t(end - q)));
                if (!q)
                    return false;
                const char *backslashes = q;
                while (backslashes > p + 1 && backslashes[-1] == '\\')
                    --backslashes;
                if ((q - backslashes) % 2 == 0)
                    break; // not escaped
                ++q;
            }
            p = q + 1;
            continue;
        }
        if (depth == 0) {
            if (c == ']') {
                if (start)
                    close(p);
                else if (!elements->isEmpty())
                    return false; // "[1,]": a comma with nothing after it
                for (++p; p < end; ++p) {
                    if (!isSpace(*p))
                        return false; // something after the list
                }
                return true;
            }
            if (c == ',') {
                if (!start)
                    return false;
                close(p);
                ++p;
                continue;
            }
            if (!start && !isSpace(c))
                start = p;
        }
        if (c == '{' || c == '[')
            *maxDepth = std::max(*maxDepth, ++depth);
        else if ((c == '}' || c == ']') && --depth < 0)
            return false;
        ++p;
    }
    return false;
}

quint64 fingerprint(QByteArrayView text)
{
    const quint64 hash = quint64(qHash(text, size_t(0x9e3779b97f4a7c15ULL)));
    return hash != 0 ? hash : 1;
}

} // namespace

bool Deployment::fromJson(const QJsonObject &object, Deployment *out, QString *why)
{
    const QJsonObject metadata = object.value(ApiJsonKeys::Metadata).toObject();
    const QString name = string(metadata, ApiJsonKeys::Name);
    if (name.isEmpty()) {
        if (why)
            *why = QCoreApplication::translate("Deployment", "an entry has no metadata.name");
        return false;
    }

    Deployment d;
    d.name = name;
    d.id = string(metadata, ApiJsonKeys::Id);
    if (d.id.isEmpty())
        d.id = name;
    d.createdAtMs = int64(metadata.value(ApiJsonKeys::CreatedAt));
    d.lastModifiedAtMs = int64(metadata.value(ApiJsonKeys::LastModifiedAt));
    d.version = int64(metadata.value(ApiJsonKeys::Version));
    d.createdBy = string(metadata, ApiJsonKeys::CreatedBy);
    d.lastModifiedBy = string(metadata, ApiJsonKeys::LastModifiedBy);
    d.owner = string(metadata, ApiJsonKeys::Owner);

    const QJsonObject spec = object.value(ApiJsonKeys::Spec).toObject();
    d.image = string(spec.value(ApiJsonKeys::Container).toObject(), ApiJsonKeys::Image);
    const QJsonObject resources = spec.value(ApiJsonKeys::ResourceRequirement).toObject();
    d.resourceShape = string(resources, ApiJsonKeys::ResourceShape);
    d.minReplicas = optionalInt(resources.value(ApiJsonKeys::MinReplicas));
    d.maxReplicas = optionalInt(resources.value(ApiJsonKeys::MaxReplicas));
    const QJsonValue autoScalerValue = spec.value(ApiJsonKeys::AutoScaler);
    d.hasAutoScaler = autoScalerValue.isObject();
    const QJsonObject autoScaler = autoScalerValue.toObject();
    const QJsonValue timeout = autoScaler.value(ApiJsonKeys::ScaleDown).toObject().value(ApiJsonKeys::NoTrafficTimeout);
    d.noTrafficTimeoutSeconds = optionalInt64(timeout);
    d.targetGpuUtilization = optionalDouble(autoScaler.value(ApiJsonKeys::TargetGpuUtilizationPercentage));
    d.targetQpm = optionalDouble(autoScaler.value(ApiJsonKeys::TargetThroughput).toObject().value(ApiJsonKeys::Qpm));
    d.isPod = spec.value(ApiJsonKeys::IsPod).toBool(false);

    const QJsonObject status = object.value(ApiJsonKeys::Status).toObject();
    const QJsonValue stateValue = status.value(ApiJsonKeys::State);
    // A state that is not a string (a number, null) is still shown, as Unknown.
    d.rawState = stateValue.isString() ? stateValue.toString() : stateValue.toVariant().toString();
    d.state = DeploymentStates::fromString(d.rawState);
    const QJsonObject endpoint = status.value(ApiJsonKeys::Endpoint).toObject();
    d.externalEndpoint = string(endpoint, ApiJsonKeys::ExternalEndpoint);
    d.internalEndpoint = string(endpoint, ApiJsonKeys::InternalEndpoint);
    d.desiredReplicas = optionalInt(status.value(ApiJsonKeys::AutoscalerStatus).toObject().value(ApiJsonKeys::DesiredReplicas));
    d.isSystem = status.value(ApiJsonKeys::IsSystem).toBool(false);

    d.raw = object;
    *out = std::move(d);
    return true;
}

int Deployment::effectiveReplicas() const
{
    if (desiredReplicas)
        return *desiredReplicas;
    return minReplicas.value_or(0);
}

namespace DeploymentList {

namespace {

// The usual answer, a list of objects, parsed one element at a time: each element's tree
// lives only while its typed fields are read, then the element is kept as compact text. The
// whole list never exists as one tree (that took ~120 MB for 10,000 deployments). Returns
// false, having done nothing, for anything else; parse() then takes the general path.
// Why one entry of the list cannot be read, naming it when a repaired copy of its text
// (invalid bytes replaced) still tells its name.
QString unreadableEntry(const QByteArray &text, qsizetype index)
{
    const QJsonObject repaired = QJsonDocument::fromJson(QString::fromUtf8(text).toUtf8()).object();
    const QString name = repaired.value(ApiJsonKeys::Metadata).toObject().value(ApiJsonKeys::Name).toString();
    return name.isEmpty()
        ? QCoreApplication::translate("Deployment", "entry %1 of the list has text that is not valid UTF-8").arg(index + 1)
        : QCoreApplication::translate("Deployment", "\"%1\" has text that is not valid UTF-8").arg(name);
}

bool parseElementwise(const QByteArray &body, QList<Deployment> *out, int *skipped, QStringList *unreadable)
{
    QList<QByteArrayView> texts;
    int maxDepth = 0;
    // Deep nesting goes the general way too, so its limit and message stay the parser's.
    if (!splitArrayElements(body, &texts, &maxDepth) || maxDepth > 64)
        return false;
    QList<Deployment> result;
    result.reserve(texts.size());
    int dropped = 0;
    QStringList unread;
    for (qsizetype index = 0; index < texts.size(); ++index) {
        const QByteArrayView text = texts.at(index);
        if (text.isEmpty() || text.front() != '{')
            return false; // not an object: let the general path decide
        const QByteArray bytes = text.toByteArray();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error == QJsonParseError::IllegalUTF8String) {
            // Well-formed, but bytes that are not text: this entry is left out, said so,
            // and the rest of the list is shown.
            unread.append(unreadableEntry(bytes, index));
            continue;
        }
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return false; // broken: the general path reports where
        Deployment deployment;
        if (Deployment::fromJson(document.object(), &deployment)) {
            deployment.raw = CompactJsonObject::fromText(bytes);
            deployment.rawFingerprint = fingerprint(text);
            result.append(std::move(deployment));
        } else {
            ++dropped;
        }
    }
    if (skipped)
        *skipped = dropped;
    if (unreadable)
        *unreadable = std::move(unread);
    *out = std::move(result);
    return true;
}

} // namespace

bool parse(const QByteArray &body, QList<Deployment> *out, QString *why, int *skipped, QStringList *unreadable)
{
    if (unreadable)
        unreadable->clear();
    if (parseElementwise(body, out, skipped, unreadable))
        return true;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (why)
            *why = QCoreApplication::translate("Deployment", "the deployment list is not valid JSON (%1 at byte %2)")
                       .arg(parseError.errorString())
                       .arg(parseError.offset);
        return false;
    }
    if (!document.isArray()) {
        if (why)
            *why = QCoreApplication::translate("Deployment", "the deployment list is not a JSON list");
        return false;
    }
    const QJsonArray array = document.array();
    QList<Deployment> result;
    result.reserve(array.size());
    int dropped = 0;
    for (const QJsonValue &value : array) {
        Deployment deployment;
        if (value.isObject() && Deployment::fromJson(value.toObject(), &deployment))
            result.append(std::move(deployment));
        else
            ++dropped;
    }
    if (skipped)
        *skipped = dropped;
    *out = std::move(result);
    return true;
}

} // namespace DeploymentList
