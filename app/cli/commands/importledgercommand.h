#pragma once

#include "app/cli/command.h"

// `import-ledger FILE [--json]`: adds the open pauses of a file written by export-ledger to
// the local ledger, so `resume` (here, or in the console) brings back their saved values.
// A deployment that already has an open pause here keeps it (never overwritten). "-" reads
// standard input. Local only: no workspace or token needed.
class ImportLedgerCommand : public Command
{
    Q_OBJECT

public:
    static constexpr const char *Name = "import-ledger";
    static QString describe();

    ImportLedgerCommand();
    Needs needs() const override { return Need::Database; }

protected:
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void run() override;

private:
    QString m_file;
    bool m_json = false;
};
