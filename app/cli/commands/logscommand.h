#pragma once

#include "app/cli/command.h"
#include "app/logs/loghistory.h"

#include <QTimer>

#include <chrono>
#include <optional>

class LogStreamReader;

// `logs KIND/NAME [--replica ID] [--follow] [--since D] [--tail N]`: a replica's log on
// standard output, one line per line.
//
// Without --replica the first replica is read (and named on standard error). Without
// --follow: the newest --tail lines (default 100) of the last --since (default 1h) from the
// log history (GET /logs); where the workspace does not offer it, from the live log's replay
// (read until the server has sent nothing for a second). With --follow: the history's lines
// when --since or --tail is given, then the live log, reconnecting after a drop without
// repeating a line, until the server ends it (exit 0), an error (its exit code) or Ctrl+C.
class LogsCommand : public Command
{
    Q_OBJECT

public:
    static constexpr const char *Name = "logs";
    static QString describe();

    LogsCommand();
    ~LogsCommand() override;
    Needs needs() const override { return Need::Workspace | Need::Server; }
    bool writesDatabase() const override { return false; }

    // "90s", "10m", "2h", "1d" (a bare number: seconds); nullopt when it is none of these.
    static std::optional<std::chrono::seconds> parseDuration(const QString &text);

protected:
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void run() override;

private:
    void pickReplica();
    void readHistory();
    void follow(const QStringList &alreadyShown);
    void readReplay();
    void printLines(const QStringList &lines);

    ResourceRef m_ref;
    QString m_replica;
    bool m_follow = false;
    bool m_sinceGiven = false;
    bool m_tailGiven = false;
    std::chrono::seconds m_since{3600};
    int m_tail = 100;
    LogStreamReader *m_reader = nullptr;
    LogHistory *m_history = nullptr;
    QTimer m_quiet;
    QStringList m_replay;
};
