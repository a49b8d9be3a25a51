#pragma once

#include "app/cli/command.h"

// `import-ledger FILE [--json]`: adds the open pauses of a file written by export-ledger to
// the local ledger, so `resume` (here, or in the console) brings back their saved values.
// A deployment that already has an open pause here keeps it (never overwritten). "-" reads
// standard input; a pipe or a device is read like a file, up to MaxFileBytes; a folder is
// refused. Local only: no workspace or token needed.
class ImportLedgerCommand : public Command
{
    Q_OBJECT

public:
    static constexpr const char *Name = "import-ledger";
    // What import reads at most. An export of 10,000 open pauses is a few MB; anything past
    // this is not a ledger file (/dev/zero, a disk image) and is refused before it fills memory.
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;
    static QString describe();

    ImportLedgerCommand();
    Needs needs() const override { return Need::Database; }

protected:
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void run() override;

private:
    // The whole of `device`, or an error when it is larger than MaxFileBytes or fails.
    static QString readCapped(QIODevice &device, QByteArray *data);

    QString m_file;
    bool m_json = false;
};
