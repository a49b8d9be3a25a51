#pragma once

#include "app/api/deploymentstate.h"
#include "app/cli/command.h"
#include "app/watch/alert.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

class AlertBook;
class AlertEngine;
class TokenExpiryWatcher;
struct Deployment;
struct ResourceObservation;

// `watch [KIND/NAME...] [--json] [--exit-on-alert] [--until STATE --timeout S] [--interval S]`:
// polls the named resources (every endpoint, dev pod and Ray cluster without names) every
// --interval seconds and prints one line per state change and per alert as they happen, with
// the window's alert rules (AlertEngine, AlertRules from the console's settings for the
// workspace). A timer drives the polls: nothing runs between them. Ends on --exit-on-alert
// (exit code alert-raised), when every watched resource reached --until STATE (ok), after
// --timeout (wait-timeout with --until, else ok), or on a failure that polling again cannot
// mend (unauthorized; not-found: a named resource unknown, or deleted while watched). A
// workspace that does not answer is retried at every poll (one warning on stderr) and becomes
// the api-unreachable alert after the rule's minutes.
class WatchCommand : public Command
{
    Q_OBJECT

public:
    static constexpr const char *Name = "watch";
    static QString describe();

    WatchCommand();
    ~WatchCommand() override;
    Needs needs() const override { return Need::Database | Need::Workspace | Need::Server; }
    bool writesDatabase() const override { return false; }

protected:
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void run() override;

private:
    struct Seen
    {
        ResourceKind kind = ResourceKind::Endpoint;
        QString name;
        DeploymentState state = DeploymentState::Unknown;
        QString stateText;
    };

    void poll();
    void pollOne(const ResourceRef &ref);
    void pollKind(ResourceKind kind);
    void withReplicas(const Deployment &deployment);
    void pollDone();
    void failed(const ApiError &error, const QString &what);
    void observePauses(const QDateTime &now);
    void showState(const ResourceObservation &observation, const QDateTime &now);
    void showAlert(const Alert &alert);
    void printLine(const QJsonObject &json, const QString &text);
    void checkUntil();

    QList<ResourceRef> m_refs;
    bool m_json = false;
    bool m_exitOnAlert = false;
    std::optional<DeploymentState> m_until;
    QString m_untilText;
    double m_timeoutSeconds = 0;
    double m_intervalSeconds = 5;

    std::unique_ptr<AlertBook> m_book;
    std::unique_ptr<AlertEngine> m_engine;
    std::unique_ptr<TokenExpiryWatcher> m_token;
    QTimer m_pollTimer;
    QTimer m_timeoutTimer;
    bool m_firstPoll = true;
    int m_pending = 0;
    std::optional<ApiError> m_pollError;
    QList<ResourceObservation> m_observed;           // this poll's, for named resources
    QHash<int, QList<ResourceObservation>> m_lists;  // this poll's, by kind, without names
    QHash<QString, Seen> m_seen;                     // by "kind/name": the state last printed
    QSet<QString> m_openPauses;                      // "kind/name" of the open pauses last seen
    bool m_unreachableSaid = false;
};
