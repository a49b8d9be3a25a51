#pragma once

#include <QString>

// What a pause schedule, hold or wake-up says about one resource, as the Pause column shows it
// beside the ledger's marker: "next: pauses at 20:00", "awake until 16:40", "🔒 held until
// 18:00", "⚠ schedule failed". Made by the window's schedule board (ui/schedule) from the
// schedules store; the table only shows it.
struct ScheduleHint
{
    QString text;   // a few words for the cell; empty: no schedule, hold or wake-up
    QString detail; // a sentence or two for the tooltip (which schedule, who holds it and why)

    bool isEmpty() const { return text.isEmpty(); }
    bool operator==(const ScheduleHint &other) const = default;
};
