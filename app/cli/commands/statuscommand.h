#pragma once

#include "app/cli/command.h"

struct Deployment;

// `status [KIND/]NAME [--json]`: one endpoint, dev pod or Ray cluster, with why it is in trouble (StatusReason, from its
// readiness and events, asked only for a deployment in a problem state), its saved (paused)
// values, what changed on the server since the pause, and its notes.
class StatusCommand : public Command
{
    Q_OBJECT

public:
    static constexpr const char *Name = "status";
    static QString describe();

    StatusCommand();
    Needs needs() const override { return Need::Database | Need::Workspace | Need::Server; }
    bool writesDatabase() const override { return false; }

protected:
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void run() override;

private:
    // The readiness and events of a deployment in trouble, then show(); a failure of those
    // calls leaves the reason to what the deployment itself says.
    void findReason(const Deployment &deployment);
    void show(const Deployment &deployment, const QString &reason);

    ResourceRef m_ref;
    QString m_name; // m_ref.name
    bool m_json = false;
};
