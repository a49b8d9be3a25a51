#include "app/storage/sql/pricetable.h"

#include "app/storage/sql/sqldatabase.h"

#include <QSqlQuery>
#include <QVariant>

QList<ShapePrice> PriceTable::all() const
{
    QList<ShapePrice> prices;
    QString error;
    const bool ok = m_db.selectRows(
        QStringLiteral("SELECT shape, price_micros, currency, set_by, set_at FROM shape_prices ORDER BY shape"), {},
        [&prices](const QSqlQuery &row) {
            ShapePrice price;
            price.shape = row.value(0).toString();
            price.micros = row.value(1).toLongLong();
            price.currency = row.value(2).toString();
            price.setBy = row.value(3).toString();
            price.setAt = SqlDatabase::fromDbTime(row.value(4));
            prices << price;
        },
        error);
    report(ok, error);
    return ok ? prices : QList<ShapePrice>();
}

std::optional<ShapePrice> PriceTable::set(const ShapePrice &price)
{
    if (const QString why = price.validationError(); !why.isEmpty()) {
        report(false, why);
        return std::nullopt;
    }
    ShapePrice stored = price;
    stored.shape = price.shape.trimmed();
    // Stored with millisecond precision: trimmed up front so the price returned is the one read back.
    stored.setAt = SqlDatabase::fromDbTime(
        SqlDatabase::toDbTime(price.setAt.isValid() ? price.setAt : QDateTime::currentDateTimeUtc()));
    QString error;
    const bool ok = m_db.transaction([&](QString &err) {
        QSqlQuery query(m_db.connection());
        if (!m_db.prepareQuery(query,
                               QStringLiteral("INSERT INTO shape_prices (shape, price_micros, currency, set_by, set_at)"
                                              " VALUES (:shape, :micros, :currency, :setBy, :setAt)"
                                              " ON CONFLICT (shape) DO UPDATE SET price_micros = excluded.price_micros,"
                                              " currency = excluded.currency, set_by = excluded.set_by,"
                                              " set_at = excluded.set_at"),
                               err))
            return false;
        query.bindValue(QStringLiteral(":shape"), stored.shape);
        query.bindValue(QStringLiteral(":micros"), stored.micros);
        query.bindValue(QStringLiteral(":currency"), stored.currency);
        query.bindValue(QStringLiteral(":setBy"), SqlDatabase::toDbText(stored.setBy));
        query.bindValue(QStringLiteral(":setAt"), SqlDatabase::toDbTime(stored.setAt));
        return m_db.execQuery(query, err);
    }, &error);
    if (!report(ok, error))
        return std::nullopt;
    return stored;
}

std::optional<bool> PriceTable::remove(const QString &shape)
{
    bool removed = false;
    QString error;
    const bool ok = m_db.transaction([&](QString &err) {
        QSqlQuery query(m_db.connection());
        if (!m_db.prepareQuery(query, QStringLiteral("DELETE FROM shape_prices WHERE shape = :shape"), err))
            return false;
        query.bindValue(QStringLiteral(":shape"), shape.trimmed());
        if (!m_db.execQuery(query, err))
            return false;
        removed = query.numRowsAffected() > 0;
        return true;
    }, &error);
    if (!report(ok, error))
        return std::nullopt;
    return removed;
}

bool PriceTable::report(bool ok, const QString &error) const
{
    m_lastError = ok ? QString() : error;
    return ok;
}
