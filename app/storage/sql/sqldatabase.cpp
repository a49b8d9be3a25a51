#include "app/storage/sql/sqldatabase.h"

#include <QSqlQuery>

bool SqlDatabase::selectRows(const QString &sql, const QVariantMap &binds,
                             const std::function<void(const QSqlQuery &row)> &row, QString &error) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!prepareQuery(query, sql, error))
        return false;
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        query.bindValue(it.key(), it.value());
    if (!execQuery(query, error))
        return false;
    while (query.next())
        row(query);
    return true;
}

QVariant SqlDatabase::toDbTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime SqlDatabase::fromDbTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QVariant SqlDatabase::toDbDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return date.toString(Qt::ISODate);
}

QDate SqlDatabase::fromDbDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant SqlDatabase::toDbText(const QString &text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}
