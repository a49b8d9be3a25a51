#pragma once

#include "app/cli/command.h"

// `list [--state S] [--json]`: every deployment of the workspace (pods excluded) with its
// state as the window shows it, replicas, shape, and for paused ones who paused them, since
// when, and the latest note.
class ListCommand : public Command
{
    Q_OBJECT

public:
    static constexpr const char *Name = "list";
    static QString describe();

    ListCommand();
    Needs needs() const override { return Need::Database | Need::Workspace | Need::Server; }
    bool writesDatabase() const override { return false; }

protected:
    QList<QCommandLineOption> options() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void run() override;

private:
    QString m_state;
    bool m_json = false;
};
