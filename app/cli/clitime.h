#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <chrono>
#include <optional>

// Times and durations as lepton-console-cli reads them (schedule run --at, hold --until,
// wake --for).
class CliTime
{
    Q_DECLARE_TR_FUNCTIONS(CliTime)

public:
    // ISO 8601 ("2026-12-24T18:00:00+01:00", "...Z", or without an offset: local time), or
    // "HH:MM" for that time today (local; with `todayMustBeAhead`, a time already past is
    // refused). UTC on success; nullopt with a sentence in *error.
    static std::optional<QDateTime> parse(const QString &text, const QDateTime &now, bool todayMustBeAhead,
                                          QString *error);
    // "2h", "90m", "1h30m", "45s", "1d": at least one second. nullopt with a sentence.
    static std::optional<std::chrono::seconds> parseDuration(const QString &text, QString *error);
    // "2027-03-29 07:30 CEST (05:30 UTC)"
    static QString localAndUtc(const QDateTime &time, const QTimeZone &zone);
};
