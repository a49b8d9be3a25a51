#include "app/storage/pauseentry.h"

#include "app/common/jsonmergepatch.h"

#include <QJsonValue>

#include <cmath>
#include <limits>

namespace {

const QString kResourceRequirement = QStringLiteral("resource_requirement");
const QString kMinReplicas = QStringLiteral("min_replicas");
const QString kMaxReplicas = QStringLiteral("max_replicas");
const QString kAutoScaler = QStringLiteral("auto_scaler");

// A JSON number that is a whole number within range, as JSON gives only doubles.
std::optional<qint64> wholeNumber(const QJsonValue &value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::trunc(d) || d < double(min) || d > double(max))
        return std::nullopt;
    return qint64(d);
}

// Drops nulls at every depth: in a merge patch they would mean "delete", and in a saved
// block they mean nothing more than an absent key.
QJsonObject withoutNulls(const QJsonObject &object)
{
    return JsonMergePatch::apply(QJsonObject(), object);
}

} // namespace

QJsonObject PauseEntry::savedSpec() const
{
    QJsonObject resources{{kMinReplicas, savedMinReplicas}};
    if (savedMaxReplicas)
        resources.insert(kMaxReplicas, *savedMaxReplicas);
    QJsonObject spec{{kResourceRequirement, resources}};
    if (hadAutoScaler)
        spec.insert(kAutoScaler, withoutNulls(savedAutoScaler));
    return spec;
}

QJsonObject PauseEntry::restorePatch() const
{
    const QJsonObject resources{
        {kMinReplicas, savedMinReplicas},
        {kMaxReplicas, savedMaxReplicas ? QJsonValue(*savedMaxReplicas) : QJsonValue(QJsonValue::Null)},
    };
    const QJsonObject spec{
        {kResourceRequirement, resources},
        {kAutoScaler, hadAutoScaler ? QJsonValue(withoutNulls(savedAutoScaler))
                                    : QJsonValue(QJsonValue::Null)},
    };
    return QJsonObject{{QStringLiteral("spec"), spec}};
}

QJsonObject PauseEntry::restorePatch(const QJsonObject &currentSpec) const
{
    // Cut the current spec down to the three fields the ledger owns, then diff that against
    // the saved values: everything else in the spec is outside both sides and so untouched.
    const QJsonObject currentResources = currentSpec.value(kResourceRequirement).toObject();
    QJsonObject ownedResources;
    for (const QString &key : {kMinReplicas, kMaxReplicas}) {
        const QJsonValue value = currentResources.value(key);
        if (!value.isUndefined() && !value.isNull())
            ownedResources.insert(key, value);
    }
    QJsonObject owned{{kResourceRequirement, ownedResources}};
    const QJsonValue currentAutoScaler = currentSpec.value(kAutoScaler);
    if (!currentAutoScaler.isUndefined() && !currentAutoScaler.isNull())
        owned.insert(kAutoScaler, currentAutoScaler);

    const QJsonObject patch = JsonMergePatch::diff(owned, savedSpec());
    if (patch.isEmpty())
        return {};
    return QJsonObject{{QStringLiteral("spec"), patch}};
}

QString PauseEntry::validationError() const
{
    if (workspaceId.trimmed().isEmpty())
        return tr("The pause has no workspace.");
    if (deploymentName.trimmed().isEmpty())
        return tr("The pause has no deployment name.");
    if (savedMinReplicas < 0)
        return tr("The saved minimum replicas of %1 is negative.").arg(deploymentName);
    if (savedMaxReplicas && *savedMaxReplicas < savedMinReplicas)
        return tr("The saved maximum replicas of %1 (%2) is below its minimum (%3).")
            .arg(deploymentName)
            .arg(*savedMaxReplicas)
            .arg(savedMinReplicas);
    return {};
}

QJsonObject PauseEntry::toJson() const
{
    QJsonObject json{
        {QStringLiteral("workspace_id"), workspaceId},
        {QStringLiteral("deployment_name"), deploymentName},
        {QStringLiteral("saved_min_replicas"), savedMinReplicas},
        {QStringLiteral("paused_snapshot"), pausedSnapshot},
        {QStringLiteral("paused_version"), pausedVersion},
        {QStringLiteral("paused_by"), pausedBy},
        {QStringLiteral("paused_at"), pausedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("state"), stateToString(state)},
    };
    if (savedMaxReplicas)
        json.insert(QStringLiteral("saved_max_replicas"), *savedMaxReplicas);
    if (hadAutoScaler)
        json.insert(QStringLiteral("saved_auto_scaler"), savedAutoScaler);
    if (kind != QLatin1String("endpoint"))
        json.insert(QStringLiteral("kind"), kind);
    if (!savedState.isEmpty())
        json.insert(QStringLiteral("saved_state"), savedState);
    if (remindOn.isValid())
        json.insert(QStringLiteral("remind_on"), remindOn.toString(Qt::ISODate));
    // Where it was begun (schema 4), when known.
    if (!pausedProgram.isEmpty())
        json.insert(QStringLiteral("paused_program"), pausedProgram);
    if (!pausedHost.isEmpty())
        json.insert(QStringLiteral("paused_host"), pausedHost);
    if (pausedPid > 0)
        json.insert(QStringLiteral("paused_pid"), pausedPid);
    if (closedAt.isValid())
        json.insert(QStringLiteral("closed_at"), closedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!closedBy.isEmpty())
        json.insert(QStringLiteral("closed_by"), closedBy);
    return json;
}

std::optional<PauseEntry> PauseEntry::fromJson(const QJsonObject &json, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<PauseEntry> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    constexpr qint64 intMax = std::numeric_limits<int>::max();
    constexpr qint64 int53 = (qint64(1) << 53); // exact in a JSON double

    PauseEntry entry;
    entry.workspaceId = json.value(QStringLiteral("workspace_id")).toString();
    entry.deploymentName = json.value(QStringLiteral("deployment_name")).toString();

    const auto min = wholeNumber(json.value(QStringLiteral("saved_min_replicas")), 0, intMax);
    if (!min)
        return fail(tr("Entry for \"%1\": saved_min_replicas is missing or not a whole number.")
                        .arg(entry.deploymentName));
    entry.savedMinReplicas = int(*min);

    const QJsonValue max = json.value(QStringLiteral("saved_max_replicas"));
    if (!max.isUndefined() && !max.isNull()) {
        const auto value = wholeNumber(max, 0, intMax);
        if (!value)
            return fail(tr("Entry for \"%1\": saved_max_replicas is not a whole number.")
                            .arg(entry.deploymentName));
        entry.savedMaxReplicas = int(*value);
    }

    const QJsonValue autoScaler = json.value(QStringLiteral("saved_auto_scaler"));
    if (!autoScaler.isUndefined() && !autoScaler.isNull()) {
        if (!autoScaler.isObject())
            return fail(tr("Entry for \"%1\": saved_auto_scaler is not an object.")
                            .arg(entry.deploymentName));
        entry.hadAutoScaler = true;
        entry.savedAutoScaler = autoScaler.toObject();
    }

    const QJsonValue kindValue = json.value(QStringLiteral("kind"));
    if (!kindValue.isUndefined()) {
        if (!kindValue.isString() || kindValue.toString().isEmpty())
            return fail(tr("Entry for \"%1\": kind is not a word.").arg(entry.deploymentName));
        entry.kind = kindValue.toString();
    }
    const QJsonValue savedStateValue = json.value(QStringLiteral("saved_state"));
    if (!savedStateValue.isUndefined() && !savedStateValue.isNull()) {
        if (!savedStateValue.isObject())
            return fail(tr("Entry for \"%1\": saved_state is not an object.").arg(entry.deploymentName));
        entry.savedState = savedStateValue.toObject();
    }

    entry.pausedSnapshot = json.value(QStringLiteral("paused_snapshot")).toObject();
    const QJsonValue version = json.value(QStringLiteral("paused_version"));
    if (!version.isUndefined()) {
        const auto value = wholeNumber(version, -int53, int53);
        if (!value)
            return fail(tr("Entry for \"%1\": paused_version is not a whole number.")
                            .arg(entry.deploymentName));
        entry.pausedVersion = *value;
    }
    entry.pausedBy = json.value(QStringLiteral("paused_by")).toString();
    entry.pausedAt = QDateTime::fromString(json.value(QStringLiteral("paused_at")).toString(),
                                           Qt::ISODateWithMs)
                         .toUTC();
    if (!entry.pausedAt.isValid())
        return fail(tr("Entry for \"%1\": paused_at is missing or not a date and time.")
                        .arg(entry.deploymentName));
    entry.reason = json.value(QStringLiteral("reason")).toString();
    entry.pausedProgram = json.value(QStringLiteral("paused_program")).toString();
    entry.pausedHost = json.value(QStringLiteral("paused_host")).toString();
    entry.pausedPid = qMax<qint64>(0, json.value(QStringLiteral("paused_pid")).toInteger());

    const QString remindOn = json.value(QStringLiteral("remind_on")).toString();
    if (!remindOn.isEmpty()) {
        entry.remindOn = QDate::fromString(remindOn, Qt::ISODate);
        if (!entry.remindOn.isValid())
            return fail(tr("Entry for \"%1\": remind_on is not a date.").arg(entry.deploymentName));
    }

    const auto state = stateFromString(json.value(QStringLiteral("state")).toString());
    if (!state)
        return fail(tr("Entry for \"%1\": unknown state.").arg(entry.deploymentName));
    entry.state = *state;

    const QString closedAt = json.value(QStringLiteral("closed_at")).toString();
    if (!closedAt.isEmpty())
        entry.closedAt = QDateTime::fromString(closedAt, Qt::ISODateWithMs).toUTC();
    entry.closedBy = json.value(QStringLiteral("closed_by")).toString();

    if (const QString why = entry.validationError(); !why.isEmpty())
        return fail(why);
    return entry;
}

QString PauseEntry::stateToString(State state)
{
    switch (state) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Active:
        return QStringLiteral("active");
    case State::Closed:
        return QStringLiteral("closed");
    case State::Abandoned:
        return QStringLiteral("abandoned");
    }
    return {};
}

std::optional<PauseEntry::State> PauseEntry::stateFromString(const QString &text)
{
    for (State state : {State::Pending, State::Active, State::Closed, State::Abandoned}) {
        if (text == stateToString(state))
            return state;
    }
    return std::nullopt;
}
