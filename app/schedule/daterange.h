#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

// An exception of a schedule: the dates (inclusive, in the schedule's zone) on which it
// carries out no transition, written "2026-12-24..2027-01-01", or one date "2026-12-24".
class DateRange
{
    Q_DECLARE_TR_FUNCTIONS(DateRange)

public:
    DateRange() = default;
    DateRange(QDate first, QDate last) : m_first(first), m_last(last) {}

    // nullopt with a sentence in *error when `text` is not a date or a range FIRST..LAST with
    // FIRST <= LAST (ISO dates).
    static std::optional<DateRange> parse(const QString &text, QString *error);
    QString toString() const;

    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    bool contains(QDate date) const { return date >= m_first && date <= m_last; }
    bool operator==(const DateRange &other) const = default;

private:
    QDate m_first;
    QDate m_last;
};
