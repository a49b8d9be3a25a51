#include "app/common/editdistance.h"

#include <QList>

#include <algorithm>

namespace EditDistance {

int between(const QString &a, const QString &b, Qt::CaseSensitivity cs)
{
    const QString x = cs == Qt::CaseSensitive ? a : a.toCaseFolded();
    const QString y = cs == Qt::CaseSensitive ? b : b.toCaseFolded();
    const qsizetype n = x.size();
    const qsizetype m = y.size();
    // Three rows of the dynamic-programming table: two back for the swap of neighbours.
    QList<int> before(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = x[i - 1] == y[j - 1] ? 0 : 1;
            int d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                d = std::min(d, before[j - 2] + 1);
            current[j] = d;
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

QString closest(const QString &typed, const QStringList &candidates, Qt::CaseSensitivity cs)
{
    if (typed.isEmpty())
        return QString();
    const int allowed = typed.size() <= 5 ? 1 : typed.size() <= 8 ? 2 : 3;
    QString best;
    int bestDistance = allowed + 1;
    for (const QString &candidate : candidates) {
        const int d = between(typed, candidate, cs);
        if (d == 0 && typed == candidate)
            return QString(); // not a typo
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}

} // namespace EditDistance
