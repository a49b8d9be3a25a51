#pragma once

#include "app/cli/command.h"

// `status NAME [--json]`: one deployment, with its saved (paused) values, what changed on
// the server since the pause, and its notes.
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
    QString m_name;
    bool m_json = false;
};
