#include "app/cli/clitext.h"

#include "app/common/editdistance.h"
#include "app/deployments/replicarange.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace CliText {

QString brief(const QString &text, int width)
{
    // Most cells (names, states, shapes) are printable ASCII with single inner spaces: already
    // what the expression below makes of them, so they skip it (a table of 1,000 rows has 7,000).
    bool plain = !text.startsWith(u' ') && !text.endsWith(u' ');
    for (qsizetype i = 0; plain && i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        plain = (c > u' ' && c < 0x7f) || (c == u' ' && text.at(i - 1) != u' ');
    }
    QString line = text;
    if (!plain) {
        static const QRegularExpression spaces(QStringLiteral("\\s+"));
        line.replace(spaces, QStringLiteral(" "));
        line = line.trimmed();
    }
    if (width > 1 && line.size() > width)
        line = line.left(width - 1) + QChar(0x2026);
    return line;
}

QString table(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    QList<QStringList> cells;
    for (const QStringList &row : rows) {
        QStringList line;
        for (qsizetype i = 0; i < headers.size(); ++i) {
            const QString cell = brief(row.value(i), 0);
            widths[i] = qMax(widths[i], cell.size());
            line.append(cell);
        }
        cells.append(line);
    }
    const auto format = [&widths](const QStringList &row) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i + 1 == row.size())
                line += row[i];
            else
                line += row[i].leftJustified(widths[i]) + QStringLiteral("  ");
        }
        return line.trimmed() + QLatin1Char('\n');
    };
    QString text = format(headers);
    for (const QStringList &row : cells)
        text += format(row);
    return text;
}

QString time(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QString date(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
}

QString replicas(std::optional<int> min, std::optional<int> max)
{
    const QString text = ReplicaRange::text(min, max);
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QString didYouMean(const QString &typed, const QStringList &candidates)
{
    const QString meant = EditDistance::closest(typed, candidates, Qt::CaseInsensitive);
    if (meant.isEmpty())
        return QString();
    return QLatin1Char(' ') + QCoreApplication::translate("CliText", "Did you mean \"%1\"?").arg(meant);
}

} // namespace CliText
