#pragma once

#include "app/cli/command.h"
#include "app/cli/resourceref.h"

#include <memory>

class ScheduleStore;

// `release KIND/NAME`: ends a hold now; the schedule's next transition (or one still within
// the catch-up window) applies again.
class ReleaseCommand : public Command
{
    Q_OBJECT

public:
    static constexpr const char *Name = "release";
    static QString describe();

    ReleaseCommand();
    ~ReleaseCommand() override;
    Needs needs() const override { return Need::Database | Need::Workspace; }

protected:
    QList<Argument> arguments() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void run() override;

private:
    ResourceRef m_ref;
    std::unique_ptr<ScheduleStore> m_store;
};
