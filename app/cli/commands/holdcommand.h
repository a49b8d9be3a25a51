#pragma once

#include "app/cli/command.h"
#include "app/cli/resourceref.h"

#include <QDateTime>

#include <memory>

class ScheduleStore;

// `hold KIND/NAME --until TIME --reason TEXT`: keeps a resource as it is until TIME (ISO 8601,
// or HH:MM today): schedules and wake-up ends skip it and say so. A new hold replaces the old.
class HoldCommand : public Command
{
    Q_OBJECT

public:
    static constexpr const char *Name = "hold";
    static QString describe();

    HoldCommand();
    ~HoldCommand() override;
    Needs needs() const override { return Need::Database | Need::Workspace; }

protected:
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void run() override;

private:
    ResourceRef m_ref;
    QDateTime m_until;
    QString m_reason;
    std::unique_ptr<ScheduleStore> m_store;
};
