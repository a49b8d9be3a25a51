#pragma once

#include "app/cli/command.h"

// `paused [--json | --csv]`: the Paused services view as text: every open pause of the
// workspace with who, since when, the saved replicas, the reason and the reminder. The open
// entries are first settled against the server (CliRunner), so a pause that was resumed, or
// one that never landed, is not listed as paused.
class PausedCommand : public Command
{
    Q_OBJECT

public:
    static constexpr const char *Name = "paused";
    static QString describe();

    PausedCommand();
    Needs needs() const override { return Need::Database | Need::Workspace | Need::ServerIfAvailable; }
    bool writesDatabase() const override { return false; }

    // The CSV header, in column order.
    static QStringList csvColumns();

protected:
    QList<QCommandLineOption> options() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void run() override;

private:
    bool m_json = false;
    bool m_csv = false;
};
