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
    // No local store yet: nothing is paused and nothing noted, so none is made just to list.
    Needs needs() const override { return Need::DatabaseIfExists | Need::Workspace | Need::Server; }
    bool writesDatabase() const override { return false; }

protected:
    QList<QCommandLineOption> options() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void run() override;
    void prefetch(LeptonClient *client) override;

private:
    // What the reads of m_kinds brought: the resources, the warnings to print before them,
    // or the failure to report instead.
    struct Fetched
    {
        QList<Deployment> found;
        QStringList warnings;
        std::optional<std::pair<ExitCode::Code, QString>> failure;
    };
    // Reads m_kinds from `index` on into `fetched`, then calls fetched() with it.
    void fetchFrom(LeptonClient *client, qsizetype index, Fetched fetched);
    void fetchedAll(Fetched fetched);
    void print(QList<Deployment> found);

    bool m_fetching = false;          // the reads are under way (started by prefetch() or run())
    bool m_running = false;           // run() was called: report what the reads bring
    std::optional<Fetched> m_fetched; // what they brought, until run()

    QList<ResourceKind> m_kinds {ResourceKind::Endpoint};
    QString m_state;
    bool m_json = false;
};
