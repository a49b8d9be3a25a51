#pragma once

#include "app/cli/command.h"
#include "app/cli/resourceref.h"

#include <chrono>
#include <memory>

class ScheduleStore;

// `wake KIND/NAME --for 2h`: resumes the resource now (the normal Resume: exact restore, not
// over changes made while paused) and records a wake-up, so scheduled pauses leave it running
// until the time is up and `schedule run` then pauses it again. The wake-up is written first,
// so a runner never pauses it in between; a resume that fails removes it again.
class WakeCommand : public Command
{
    Q_OBJECT

public:
    static constexpr const char *Name = "wake";
    static QString describe();

    WakeCommand();
    ~WakeCommand() override;
    Needs needs() const override { return Need::Database | Need::Workspace | Need::Server; }

protected:
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void run() override;

private:
    ResourceRef m_ref;
    std::chrono::seconds m_for {0};
    std::unique_ptr<ScheduleStore> m_store;
};
