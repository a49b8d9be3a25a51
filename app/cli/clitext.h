#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Human-readable output of lepton-console-cli (not for scripts: they use --json).
namespace CliText {

// Left-aligned columns separated by two spaces, a header row first. Cells are made one line.
QString table(const QStringList &headers, const QList<QStringList> &rows);
// Local time, "2026-07-09 18:00"; "-" when invalid.
QString time(const QDateTime &time);
QString date(const QDate &date);
// ReplicaRange's one form ("1–3", "2" when fixed), "-" when nothing is known.
QString replicas(std::optional<int> min, std::optional<int> max);
// " Did you mean \"chat\"?" when `typed` is a likely typo of one of `candidates`
// (EditDistance::closest, case ignored), else "". Appended to the message that refused it.
QString didYouMean(const QString &typed, const QStringList &candidates);
// One line, at most `width` characters (an ellipsis marks a cut).
QString brief(const QString &text, int width = 60);

} // namespace CliText
