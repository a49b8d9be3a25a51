#pragma once

#include "app/pause/pausecontroller.h"
#include "app/cli/commands/pauseresumecommand.h"

// `resume NAME... [--wait] [--timeout SECONDS] [--replicas N] [--force]`: exactly the
// window's Resume (PauseController): the saved min, max and autoscaler in one PATCH. Refuses
// a deployment changed on the server while paused unless --force; a deployment stopped
// outside the console needs --replicas N.
class ResumeCommand : public PauseResumeCommand
{
    Q_OBJECT

public:
    static constexpr const char *Name = "resume";
    static QString describe();

    ResumeCommand();
    Needs needs() const override { return Need::Database | Need::Workspace | Need::Server; }

protected:
    QList<QCommandLineOption> options() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void act(const QString &name, std::optional<ResourceKind> kind,
             std::function<void(const PauseOutcome &)> done) override;
    QString targetState() const override;
    bool reached(const Deployment &deployment) const override;

private:
    PauseController::ResumeRequest m_request;
};
