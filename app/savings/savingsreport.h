#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

// What a workspace's pauses saved between `since` and `until`, from the ledger's history: per
// resource and per ISO week (weeks start on Monday, 00:00 UTC). Made by SavingsCalculator;
// shown by the Savings view and `lepton-console-cli savings`.
//
// The figures are conservative: a paused resource is counted at the minimum replicas it had
// before the pause (what Resume gives back), never at what autoscaling might have added.
// GPU-hours are null where the shape's accelerators are unknown; money is null where no price
// is set (never 0).
struct SavingsReport
{
    Q_DECLARE_TR_FUNCTIONS(SavingsReport)

public:
    struct Resource
    {
        QString kind;  // "endpoint", "pod", "raycluster"
        QString name;
        QString shape; // the resource shape of its newest pause; empty when unknown
        int pauses = 0;          // ledger entries counted
        bool stillPaused = false; // an open pause reaches `until`
        qint64 pausedMs = 0;
        double replicaHours = 0; // saved min replicas x hours
        std::optional<double> acceleratorsPerReplica; // of its newest pause's shape
        std::optional<double> gpuHours; // saved min replicas x accelerators per replica x hours
        std::optional<double> cost;     // replica-hours x the shape's price
        QString currency;               // of `cost`

        double pausedHours() const { return pausedMs / 3600000.0; }
        QString key() const { return kind + QLatin1Char('/') + name; }
    };

    struct Week
    {
        QDate start; // its Monday
        double pausedHours = 0;
        double replicaHours = 0;
        double gpuHours = 0;              // the known GPU-hours of the week
        QMap<QString, double> gpuHoursByResource; // Resource::key() -> GPU-hours that week
        std::optional<double> cost;       // null: no priced pause that week (or mixed currencies)

        // "2026-W49": the ISO 8601 week.
        QString label() const;
    };

    QDateTime since; // null: from the ledger's first entry
    QDateTime until;
    bool projected = false; // `until` is later than when the report was made: open pauses
                            // are counted as if they stay paused until then
    QString currency;       // the one currency of every cost; empty when none, or mixed

    QList<Resource> resources; // most GPU-hours first (unknown last), then replica-hours, then key
    QList<Week> weeks;         // every week of the span, oldest first, empty weeks included

    qint64 pausedMs = 0;
    double replicaHours = 0;
    double gpuHours = 0;          // the sum of the known GPU-hours
    int resourcesWithoutGpuHours = 0;
    std::optional<double> cost;   // null: nothing priced, or several currencies

    double pausedHours() const { return pausedMs / 3600000.0; }

    // The JSON `lepton-console-cli savings --json` prints: currency, since, until, projected,
    // resources[{kind, name, shape, pauses, still_paused, paused_hours, replica_hours_saved,
    // accelerators_per_replica, gpu_hours_saved, cost_saved, currency}], weeks[...], total{...}.
    // Figures rounded to six decimals; unknown ones are null.
    QJsonObject toJson() const;
    // One CSV record per resource, a header first (RFC 4180, CRLF).
    QByteArray toCsv() const;
    // A figure as JSON and CSV give it: rounded to six decimals.
    static double rounded(double value);
};
