#pragma once

#include "app/cli/command.h"
#include "app/cli/resourceref.h"

#include <QDateTime>

#include <optional>

// `history [KIND/NAME] [--since DATE] [--json]`: the audit trail of the store (issue 19): every
// pause of the resource (or of the whole workspace) as its events (paused, resumed,
// abandoned) and every note, newest first, each with who, from which program and host, and
// when. Reads the ledger and the notes only: no server, no token.
class HistoryCommand : public Command
{
    Q_OBJECT

public:
    static constexpr const char *Name = "history";
    static QString describe();

    HistoryCommand();
    Needs needs() const override { return Need::Database | Need::Workspace; }
    bool writesDatabase() const override { return false; }

protected:
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void run() override;

private:
    std::optional<ResourceRef> m_ref;
    QDateTime m_since; // UTC; invalid: from the start
    bool m_json = false;
};
