#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// One pause of one deployment, as the ledger remembers it: what the deployment had before
// (min/max replicas and its auto_scaler block), who paused it, when and why.
//
// Life cycle: Pending is written *before* the pause PATCH is sent, so a crash between the
// PATCH and the bookkeeping can never lose the saved values; Active once the server accepted
// the PATCH; Closed when resumed; Abandoned when the PATCH failed or reconciliation found the
// deployment was not paused after all. Closed and Abandoned entries stay as history.
struct PauseEntry
{
    Q_DECLARE_TR_FUNCTIONS(PauseEntry)

public:
    enum class State { Pending, Active, Closed, Abandoned };

    qint64 id = 0; // the ledger's row id; 0 before it is stored
    QString workspaceId;
    QString deploymentName;

    // What Resume brings back.
    int savedMinReplicas = 0;
    std::optional<int> savedMaxReplicas; // nullopt: the spec had no max_replicas
    QJsonObject savedAutoScaler;         // meaningful only when hadAutoScaler
    bool hadAutoScaler = false;          // false: no auto_scaler key; true + {}: an empty block

    // What was paused: "endpoint", "pod" or "raycluster" (the words of ResourceKinds).
    QString kind = QStringLiteral("endpoint");
    // Everything Resume must bring back, for every kind on both API generations (PausePlan's
    // savedState: it names its kind and generation). Empty in entries written by versions
    // before it: those restore from the three fields above.
    QJsonObject savedState;

    // The spec parts as they were at pause time (after the pause), to notice outside changes.
    QJsonObject pausedSnapshot;
    qint64 pausedVersion = 0; // metadata.version seen at pause
    QString pausedBy;
    // Where the pause was begun (ChangeOrigin; empty in entries written before schema 4):
    // the program, the machine, and the process id there.
    QString pausedProgram;
    QString pausedHost;
    qint64 pausedPid = 0;
    QDateTime pausedAt; // UTC
    QString reason;
    QDate remindOn; // null: no reminder

    State state = State::Pending;
    QDateTime closedAt; // UTC; set by markClosed / markAbandoned
    QString closedBy;
    QString closedProgram; // where it was closed or abandoned (ChangeOrigin)
    QString closedHost;

    bool isOpen() const { return state == State::Pending || state == State::Active; }

    // The spec fragment the deployment had before the pause:
    // {"resource_requirement":{"min_replicas":m[,"max_replicas":M]}[,"auto_scaler":{...}]}
    QJsonObject savedSpec() const;

    // The JSON merge patch (RFC 7386, what PATCH /deployments/{name} takes) that brings back
    // exactly the saved min_replicas, max_replicas and auto_scaler, and touches nothing else:
    //   {"spec":{"resource_requirement":{"min_replicas":m,"max_replicas":M | null},
    //            "auto_scaler":{saved block} | null}}
    // - min_replicas is always sent (the server takes max_replicas only together with it).
    // - max_replicas: the saved value; null when the deployment had none, because in a merge
    //   patch a missing key means "keep what is there", and the pause (or someone since) may
    //   have written one: null removes it.
    // - auto_scaler: null when there was none (removes one written since); otherwise the saved
    //   block. Nulls inside the saved block are dropped (in a patch they would mean "delete").
    //   Caveat: a merge patch merges objects key by key, so keys added to the current block
    //   after the pause would survive this patch. When the current spec is known, use the
    //   overload below, which is exact.
    QJsonObject restorePatch() const;
    // Exact form: `currentSpec` is the deployment's current "spec" object. The patch sets min,
    // max and auto_scaler to exactly the saved values (keys added since are nulled out,
    // nested objects included) and leaves every other field alone. Returns {} when nothing
    // differs (the server refuses an empty patch, so the caller should not send one).
    QJsonObject restorePatch(const QJsonObject &currentSpec) const;

    // Empty when the saved values can be stored and sent back; else why not (for the user).
    QString validationError() const;

    // The ledger's exchange format (exportJson/importJson). `id` is local and not included;
    // absent max_replicas / auto_scaler stay absent, {} stays {}.
    QJsonObject toJson() const;
    static std::optional<PauseEntry> fromJson(const QJsonObject &json, QString *error = nullptr);

    // Lower-case words stored in the database and the JSON: pending, active, closed, abandoned.
    static QString stateToString(State state);
    static std::optional<State> stateFromString(const QString &text);

    bool operator==(const PauseEntry &other) const = default;
};

Q_DECLARE_METATYPE(PauseEntry)
