#pragma once

#include "app/cli/command.h"

// `store status [--json]`: which store the ledger and notes are in (the local file or a team
// store on PostgreSQL, chosen with --store or LEPTON_CONSOLE_STORE), the server and its
// version, who this program is to it, the schema version, whether it may write, and how many
// open pauses, past pauses and notes it holds. Never a password.
class StoreCommand : public Command
{
    Q_OBJECT

public:
    static constexpr const char *Name = "store";
    static QString describe();

    StoreCommand();
    Needs needs() const override { return Need::Database; }
    bool writesDatabase() const override { return false; }

protected:
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void run() override;

private:
    bool m_json = false;
};
