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
    const qsizetype columns = headers.size();
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    // The cells of all rows in one list, row after row.
    QStringList cells;
    cells.reserve(rows.size() * columns);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < columns; ++i) {
            cells.append(brief(row.value(i), 0));
            widths[i] = qMax(widths[i], cells.constLast().size());
        }
    }
    qsizetype lineWidth = 1;
    for (const qsizetype width : std::as_const(widths))
        lineWidth += width + 2;
    // One string, grown once: a table of 1,000 rows is 7,000 cells, and a padded copy of each
    // (leftJustified) cost more than the rest of the listing's printing.
    QString text;
    text.reserve(lineWidth * (rows.size() + 1));
    QString line;
    line.reserve(lineWidth);
    const auto format = [&](const QString *row) {
        line.clear();
        for (qsizetype i = 0; i < columns; ++i) {
            line += row[i];
            if (i + 1 < columns)
                line.resize(line.size() + widths[i] - row[i].size() + 2, u' ');
        }
        text += QStringView(line).trimmed();
        text += QLatin1Char('\n');
    };
    format(headers.constData());
    for (qsizetype r = 0; r < rows.size(); ++r)
        format(cells.constData() + r * columns);
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
