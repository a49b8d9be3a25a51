#include "app/storage/sql/sqldatabase.h"

#include <QSqlError>
#include <QSqlQuery>

bool SqlDatabase::transaction(const Work &work, QString *error)
{
    QString err;
    const auto runGuarded = [&work, &err]() -> bool {
        try {
            return work(err);
        } catch (const std::exception &e) {
            err = tr("Internal error while saving: %1").arg(QString::fromLocal8Bit(e.what()));
        } catch (...) {
            err = tr("Internal error while saving.");
        }
        return false;
    };
    const auto fail = [&]() {
        if (err.isEmpty())
            err = tr("The change could not be saved.");
        rememberFailure(err);
        if (error)
            *error = err;
        return false;
    };

    err = writeRefusal();
    if (!err.isEmpty())
        return fail();

    if (m_transactionDepth > 0) {
        // Joins the outer transaction; a failure here dooms it.
        ++m_transactionDepth;
        const bool ok = runGuarded();
        --m_transactionDepth;
        if (ok)
            return true;
        m_rollbackOnly = true;
        return fail();
    }

    QSqlQuery control(connection());
    if (!beginWrite(control, err))
        return fail();
    m_transactionDepth = 1;
    m_rollbackOnly = false;
    bool ok = runGuarded();
    m_transactionDepth = 0;
    if (ok && m_rollbackOnly) {
        ok = false;
        if (err.isEmpty())
            err = tr("A step of this change failed, so none of it was saved.");
    }
    m_rollbackOnly = false;
    if (ok)
        ok = beforeCommit(control, err);
    if (ok && !control.exec(QStringLiteral("COMMIT"))) {
        err = describeSqlError(control.lastError());
        ok = false;
    }
    if (!ok) {
        // May fail when the database already rolled back by itself (SQLite after SQLITE_FULL,
        // PostgreSQL after a lost connection); the transaction is gone either way.
        control.exec(QStringLiteral("ROLLBACK"));
        afterRollback(control);
        return fail();
    }
    return true;
}

bool SqlDatabase::beforeCommit(QSqlQuery &, QString &)
{
    return true;
}

void SqlDatabase::afterRollback(QSqlQuery &)
{
}

void SqlDatabase::rememberFailure(const QString &)
{
}

bool SqlDatabase::run(QSqlQuery &query, const QString &sql, const QVariantMap &binds, QString &error) const
{
    if (!prepareQuery(query, sql, error))
        return false;
    for (auto it = binds.cbegin(); it != binds.cend(); ++it)
        query.bindValue(it.key(), it.value());
    return execQuery(query, error);
}

bool SqlDatabase::selectRows(const QString &sql, const QVariantMap &binds,
                             const std::function<void(const QSqlQuery &row)> &row, QString &error) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!run(query, sql, binds, error))
        return false;
    while (query.next())
        row(query);
    return true;
}

bool SqlDatabase::execute(const QString &sql, const QVariantMap &binds, QString &error, int *rowsAffected) const
{
    QSqlQuery query(connection());
    if (!run(query, sql, binds, error))
        return false;
    if (rowsAffected)
        *rowsAffected = query.numRowsAffected();
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
