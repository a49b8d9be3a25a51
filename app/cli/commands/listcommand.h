#pragma once

#include "app/cli/command.h"
#include "app/api/deployment.h"

// `list [--kind K] [--state S] [--json]`: every resource of the kinds asked for (endpoints by
// default: pods and Ray clusters only with --kind) with its state as the window shows it,
// replicas, shape, and for paused ones who paused them, since when, and the latest note.
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
    // Lists m_kinds from `index` on into `found`, then prints.
    void listFrom(qsizetype index, QList<Deployment> found);
    void print(QList<Deployment> found);

    QList<ResourceKind> m_kinds {ResourceKind::Endpoint};
    QString m_state;
    bool m_json = false;
};
