#pragma once

#include "app/pause/pausecontroller.h"
#include "app/cli/commands/pauseresumecommand.h"

// `pause NAME... [--note TEXT] [--remind-on YYYY-MM-DD] [--wait] [--timeout SECONDS]`:
// exactly the window's Pause (PauseController): the ledger entry first, then the PATCH. A
// second pause of a paused deployment succeeds and keeps the first saved values.
class PauseCommand : public PauseResumeCommand
{
    Q_OBJECT

public:
    static constexpr const char *Name = "pause";
    static QString describe();

    PauseCommand();
    Needs needs() const override { return Need::Database | Need::Workspace | Need::Server; }

protected:
    QList<QCommandLineOption> options() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void act(const QString &name, std::optional<ResourceKind> kind,
             std::function<void(const PauseOutcome &)> done) override;
    QString targetState() const override;
    bool reached(const Deployment &deployment) const override;

private:
    PauseController::PauseRequest m_request;
};
