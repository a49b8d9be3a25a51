#pragma once

#include <QString>
#include <QStringList>

// How far apart two words are, for "did you mean": the optimal string alignment distance
// (insertions, deletions, substitutions, and swaps of two neighbours each count as one), so
// "chta" is 1 from "chat" and "lsit" 1 from "list".
namespace EditDistance {

int between(const QString &a, const QString &b, Qt::CaseSensitivity cs = Qt::CaseSensitive);

// The candidate that `typed` is most likely a typo of: the nearest one, if it is within
// what a slip of the fingers makes (1 edit for words up to 5 characters, 2 up to 8, then 3),
// the first of equally near ones in the candidates' order. Empty when none is that near, or
// when `typed` is itself a candidate.
QString closest(const QString &typed, const QStringList &candidates, Qt::CaseSensitivity cs = Qt::CaseSensitive);

} // namespace EditDistance
