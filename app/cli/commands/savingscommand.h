#pragma once

#include "app/cli/command.h"

#include <QDateTime>

#include <memory>

class SavingsLoader;

// `savings [--since DATE] [--until DATE] [--json | --csv]`: what the workspace's pauses saved,
// from the ledger's history: per resource the hours paused, the replica-hours and GPU-hours not
// spent (at the minimum replicas each had before its pause) and, where a price is set, the
// money; per ISO week and in total (SavingsLoader, SavingsReport).
class SavingsCommand : public Command
{
    Q_OBJECT

public:
    static constexpr const char *Name = "savings";
    static QString describe();

    SavingsCommand();
    ~SavingsCommand() override;
    Needs needs() const override { return Need::Database | Need::Workspace | Need::ServerIfAvailable; }
    bool writesDatabase() const override { return false; }

    // "2026-12-01" (the start of that day, UTC; for an end, the start of the next day) or an
    // ISO 8601 date and time with a zone ("2026-12-01T08:00:00Z"); null when unreadable.
    static QDateTime readDate(const QString &text, bool end);

protected:
    QList<QCommandLineOption> options() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void run() override;

private:
    QDateTime m_since;
    QDateTime m_until;
    bool m_json = false;
    bool m_csv = false;
    std::unique_ptr<SavingsLoader> m_loader;
};
