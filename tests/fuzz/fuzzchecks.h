#pragma once

// The properties the fuzz targets check, shared by the libFuzzer executables
// (tests/fuzz/fuzz_*.cpp, built with clang and -fsanitize=fuzzer,address,undefined) and by
// the corpus replay in tests/fuzz/fuzz_replay.cpp, which runs the seed corpus and every input
// that once broke something (tests/fuzz/regressions/) through the same checks in ctest.
//
// Each check takes raw bytes, must never crash, and reports a broken property through
// FUZZ_CHECK: under libFuzzer that aborts (a crash the fuzzer saves as an artifact); in the
// replay it is recorded and the replay fails.

#include "app/api/apierror.h"
#include "app/api/deployment.h"
#include "app/api/deploymentevent.h"
#include "app/deployments/deploymentsettings.h"
#include "app/common/jsonmergepatch.h"
#include "app/api/readinessissue.h"
#include "app/api/replica.h"
#include "app/api/workspaceinfo.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace FuzzChecks {

using FailureHandler = void (*)(const char *condition, const char *file, int line);

inline void abortOnFailure(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "FUZZ_CHECK failed: %s (%s:%d)\n", condition, file, line);
    std::abort();
}

inline FailureHandler &failureHandler()
{
    static FailureHandler handler = &abortOnFailure;
    return handler;
}

#define FUZZ_CHECK(condition)                                                        \
    do {                                                                             \
        if (!(condition))                                                            \
            ::FuzzChecks::failureHandler()(#condition, __FILE__, __LINE__);          \
    } while (false)

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// A cheap, stable mix of the input, to pick variations from.
inline quint32 mix(const QByteArray &input)
{
    quint32 hash = 2166136261u;
    for (const char c : input) {
        hash ^= quint8(c);
        hash *= 16777619u;
    }
    return hash;
}

// ---------------------------------------------------------------------------------------------
// Deployments: DeploymentList::parse, Deployment::fromJson and the edit dialog's merge patch
// builder (DeploymentSettings::mergePatchFrom) on whatever a server might send.

// The settings the edit dialog would send, varied by `seed` within what the dialog accepts.
inline DeploymentSettings editedSettings(const DeploymentSettings &original, quint32 seed)
{
    DeploymentSettings edited = original;
    if (seed & 0x1) {
        edited.minReplicas = original.minReplicas == 2 ? 3 : 2;
        edited.maxReplicas = edited.minReplicas + int((seed >> 8) % 4);
    }
    if (seed & 0x2)
        edited.image = original.image == QLatin1String("img:a") ? QStringLiteral("img:b") : QStringLiteral("img:a");
    if (seed & 0x4)
        edited.resourceShape = original.resourceShape == QLatin1String("gpu.a10") ? QStringLiteral("cpu.small")
                                                                                 : QStringLiteral("gpu.a10");
    if (seed & 0x8) {
        edited.mode = DeploymentSettings::AutoscalingMode((seed >> 4) % 4);
        edited.noTrafficTimeoutSeconds = 60 + (seed >> 12) % 100000;
        edited.targetGpuUtilization = 1 + int((seed >> 16) % 99);
        edited.targetQpm = 0.5 + double((seed >> 20) % 5000);
    }
    return edited;
}

inline void checkOneDeployment(const QJsonObject &object, const Deployment &d, quint32 seed)
{
    FUZZ_CHECK(!d.name.isEmpty());
    FUZZ_CHECK(!d.id.isEmpty());
    FUZZ_CHECK(d.raw == object); // nothing the server sent is lost
    // Parsing is a function of the object: parsing the kept raw object again gives the same.
    Deployment again;
    FUZZ_CHECK(Deployment::fromJson(d.raw, &again));
    FUZZ_CHECK(again.sameAs(d));
    FUZZ_CHECK(again.minReplicas == d.minReplicas && again.maxReplicas == d.maxReplicas);
    FUZZ_CHECK(again.version == d.version && again.rawState == d.rawState);
    FUZZ_CHECK(DeploymentStates::fromString(DeploymentStates::toApiString(d.state)) == d.state);
    (void)d.effectiveReplicas();
    (void)d.isIdleAtZero();
    (void)d.endpointUrl();
    (void)DeploymentStates::displayName(d.state);

    // The edit dialog opened and closed without a change sends nothing.
    const DeploymentSettings original = DeploymentSettings::fromDeployment(d);
    FUZZ_CHECK(original.mergePatchFrom(d).isEmpty());
    FUZZ_CHECK(original.changedParts(original) == DeploymentSettings::Parts());
    (void)original.describeChanges(d);
    (void)original.validate();

    // An edit: the patch touches spec only, and the server applying it (RFC 7386, as the
    // simulator does) ends with exactly the settings the user asked for.
    const DeploymentSettings edited = editedSettings(original, seed);
    const QJsonObject patch = edited.mergePatchFrom(d);
    FUZZ_CHECK(patch.isEmpty() == (edited.changedParts(original) == DeploymentSettings::Parts()));
    if (patch.isEmpty())
        return;
    FUZZ_CHECK(patch.size() == 1 && patch.contains(QLatin1String("spec")));
    const QJsonObject after = JsonMergePatch::apply(d.raw, patch);
    for (auto it = d.raw.constBegin(); it != d.raw.constEnd(); ++it) {
        if (it.key() != QLatin1String("spec"))
            FUZZ_CHECK(after.value(it.key()) == it.value());
    }
    Deployment updated;
    FUZZ_CHECK(Deployment::fromJson(after, &updated));
    const DeploymentSettings reread = DeploymentSettings::fromDeployment(updated);
    FUZZ_CHECK(reread.changedParts(edited) == DeploymentSettings::Parts());
    // Sending the same edit again changes nothing more.
    FUZZ_CHECK(edited.mergePatchFrom(updated).isEmpty());
}

inline void checkDeploymentJson(const uint8_t *data, size_t size)
{
    const QByteArray body = bytes(data, size);
    const quint32 seed = mix(body);

    QList<Deployment> list;
    QString why;
    int skipped = -1;
    const bool ok = DeploymentList::parse(body, &list, &why, &skipped);
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!ok) {
        FUZZ_CHECK(!why.isEmpty());
        FUZZ_CHECK(list.isEmpty());
        FUZZ_CHECK(!document.isArray());
    } else {
        FUZZ_CHECK(document.isArray());
        FUZZ_CHECK(skipped >= 0);
        FUZZ_CHECK(list.size() + skipped == document.array().size());
        qsizetype next = 0;
        const QJsonArray array = document.array();
        for (const QJsonValue &value : array) {
            if (next < list.size() && value.isObject() && value.toObject() == list.at(next).raw) {
                checkOneDeployment(value.toObject(), list.at(next), seed);
                ++next;
            }
        }
        FUZZ_CHECK(next == list.size()); // kept in order, none invented

        // The table trusts equal fingerprints to mean equal JSON (Deployment::sameAs): two
        // entries of one list with the same fingerprint must be the same object, and parsing
        // the same bytes again gives the same fingerprints.
        QList<Deployment> again;
        FUZZ_CHECK(DeploymentList::parse(body, &again, nullptr));
        FUZZ_CHECK(again.size() == list.size());
        for (qsizetype i = 0; i < qMin(again.size(), list.size()); ++i) {
            FUZZ_CHECK(again.at(i).rawFingerprint == list.at(i).rawFingerprint);
            FUZZ_CHECK(again.at(i).sameAs(list.at(i)));
        }
        QHash<quint64, qsizetype> byFingerprint;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const quint64 print = list.at(i).rawFingerprint;
            if (print == 0)
                continue;
            const auto seen = byFingerprint.constFind(print);
            if (seen != byFingerprint.constEnd())
                FUZZ_CHECK(list.at(*seen).raw == list.at(i).raw);
            else
                byFingerprint.insert(print, i);
        }
    }

    // GET /deployments/{name}: one object.
    if (document.isObject()) {
        Deployment d;
        QString reason;
        if (Deployment::fromJson(document.object(), &d, &reason))
            checkOneDeployment(document.object(), d, seed);
        else
            FUZZ_CHECK(!reason.isEmpty());
    }

    // The other bodies the client reads (details panel, connect dialog), same bytes.
    const QJsonValue value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const QList<DeploymentEvent> events = DeploymentEvent::listFromJson(value);
    FUZZ_CHECK(events.size() == (document.isArray() ? document.array().size() : 0));
    for (qsizetype i = 1; i < events.size(); ++i)
        FUZZ_CHECK(!(events.at(i - 1).lastObserved < events.at(i).lastObserved)); // newest first
    const QList<Replica> replicas = Replica::listFromJson(value);
    FUZZ_CHECK(replicas.size() == events.size());
    (void)ReadinessIssue::listFromJson(value);
    const WorkspaceInfo info = WorkspaceInfo::fromJson(document.object());
    for (const QString &shape : info.supportedShapes)
        (void)info.shapeDescription(shape);
}

// ---------------------------------------------------------------------------------------------
// JSON Merge Patch (RFC 7386): apply and diff.

// `value` with every null object member removed, recursively (arrays are values and stay as
// they are). A merge patch cannot set a member to null, so only such targets can be reached.
inline QJsonValue withoutNullMembers(const QJsonValue &value)
{
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isNull())
            out.insert(it.key(), withoutNullMembers(it.value()));
    }
    return out;
}

inline bool hasNullMember(const QJsonObject &object)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isNull() || (it.value().isObject() && hasNullMember(it.value().toObject())))
            return true;
    }
    return false;
}

// Input: a JSON array [a, b, p, ...] of objects (missing or non-object items count as {}),
// or any bytes, split in two halves read as JSON documents.
inline void checkMergePatch(const uint8_t *data, size_t size)
{
    const QByteArray input = bytes(data, size);
    QJsonObject a, b, p;
    const QJsonDocument document = QJsonDocument::fromJson(input);
    if (document.isArray()) {
        const QJsonArray items = document.array();
        a = items.at(0).toObject();
        b = items.at(1).toObject();
        p = items.at(2).toObject();
    } else {
        const qsizetype half = input.size() / 2;
        a = QJsonDocument::fromJson(input.left(half)).object();
        b = QJsonDocument::fromJson(input.mid(half)).object();
        p = b;
    }
    const QJsonObject target = withoutNullMembers(b).toObject();

    // The defining property: the diff, applied, gives the target.
    const QJsonObject patch = JsonMergePatch::diff(a, target);
    FUZZ_CHECK(JsonMergePatch::apply(a, patch) == target);
    // Minimal: nothing for equal objects, and a non-empty patch for different ones.
    FUZZ_CHECK(patch.isEmpty() == (a == target));
    FUZZ_CHECK(JsonMergePatch::diff(target, target).isEmpty());
    FUZZ_CHECK(JsonMergePatch::diff(a, a).isEmpty());
    // A diff never asks to write a null (that would mean "remove" to the server).
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        if (it.value().isObject())
            FUZZ_CHECK(!hasNullMember(it.value().toObject()) || a.value(it.key()).isObject());
    }
    // Applying a patch is idempotent (RFC 7386), whatever the patch.
    const QJsonObject once = JsonMergePatch::apply(a, p);
    FUZZ_CHECK(JsonMergePatch::apply(once, p) == once);
}

// ---------------------------------------------------------------------------------------------
// ApiError::fromHttpStatus: the body of an error answer, whatever a server or proxy sends.
// Input: two bytes of HTTP status, then the body.

inline void checkApiError(const uint8_t *data, size_t size)
{
    if (size < 2)
        return;
    const int status = 100 + ((int(data[0]) << 8) | data[1]) % 500;
    const QByteArray body = bytes(data + 2, size - 2);
    const ApiError error = ApiError::fromHttpStatus(status, body);
    FUZZ_CHECK(error.isError());
    FUZZ_CHECK(error.httpStatus() == status);
    FUZZ_CHECK(error.serverMessage().size() <= 500);
    // Kept readable: no markup of an HTML page, and the message is what the user reads.
    const QString message = error.userMessage();
    FUZZ_CHECK(!message.isEmpty());
    FUZZ_CHECK(message.contains(QString::number(status)));
    FUZZ_CHECK(!error.kindName().isEmpty());
    FUZZ_CHECK(error.isTransient() == (status >= 500 || status == 429));
    switch (status) {
    case 401: FUZZ_CHECK(error.kind() == ApiError::Kind::Unauthorized); break;
    case 403: FUZZ_CHECK(error.kind() == ApiError::Kind::Forbidden); break;
    case 404: FUZZ_CHECK(error.kind() == ApiError::Kind::NotFound); break;
    case 409: FUZZ_CHECK(error.kind() == ApiError::Kind::Conflict); break;
    case 429: FUZZ_CHECK(error.kind() == ApiError::Kind::RateLimited); break;
    default: break;
    }
    // An HTML page (a proxy's error page) is reduced to its words: no tag is left.
    if (body.trimmed().startsWith("<")) {
        static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
        FUZZ_CHECK(!error.serverMessage().contains(tag));
    }
    (void)error.isNothingToUpdate();
}

} // namespace FuzzChecks
