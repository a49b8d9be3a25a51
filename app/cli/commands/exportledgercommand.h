#pragma once

#include "app/cli/command.h"

// `export-ledger FILE`: the open pauses of the workspace (saved replicas, autoscaling, who,
// when, why) as the ledger's JSON exchange format, so an ephemeral CI runner can hand them to
// the job that resumes. "-" writes to standard output. Local only (no token needed).
class ExportLedgerCommand : public Command
{
    Q_OBJECT

public:
    static constexpr const char *Name = "export-ledger";
    static QString describe();

    ExportLedgerCommand();
    Needs needs() const override { return Need::Database | Need::Workspace; }
    bool writesDatabase() const override { return false; }

protected:
    QList<Argument> arguments() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void run() override;

private:
    QString m_file;
};
