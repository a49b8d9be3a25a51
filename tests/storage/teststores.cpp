#include "tests/storage/teststores.h"

#include "app/storage/postgres/postgresdatabase.h"
#include "app/storage/sqlite/localdatabase.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>

namespace {

// Runs `sql` on the server's maintenance database; empty on success, else why not.
QString onServer(const QString &sql)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("teststores-admin-%1").arg(++counter);
    QString error;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const QUrl url(TestStores::serverUri());
        admin.setConnectOptions(QStringLiteral("host=%1;user=%2")
                                    .arg(QUrlQuery(url).queryItemValue(QStringLiteral("host")),
                                         QUrlQuery(url).queryItemValue(QStringLiteral("user"))));
        admin.setDatabaseName(url.path().mid(1));
        if (!admin.open()) {
            error = admin.lastError().text();
        } else {
            QSqlQuery query(admin);
            if (!query.exec(sql))
                error = query.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

TestStores::~TestStores()
{
    reset();
}

void TestStores::addBackendRows()
{
    QTest::addColumn<bool>("unused");
    QTest::newRow("sqlite") << true;
    QTest::newRow("postgres") << true;
}

QString TestStores::backend() const
{
    if (!m_backend.isEmpty())
        return m_backend;
    const char *tag = QTest::currentDataTag();
    return tag && qstrcmp(tag, "postgres") == 0 ? QStringLiteral("postgres") : QStringLiteral("sqlite");
}

QString TestStores::serverUri()
{
    return qEnvironmentVariable(ServerEnvVar);
}

bool TestStores::serverRequired()
{
    return qEnvironmentVariable("CI") == QStringLiteral("true");
}

bool TestStores::ensure(const QString &name)
{
    if (m_databases.contains(name))
        return true;
    if (backend() == QStringLiteral("sqlite")) {
        if (!m_folderReady && !m_folder.renew()) {
            m_error = m_folder.errorString();
            return false;
        }
        m_folderReady = true;
        m_databases.insert(name, m_folder.filePath(name + QStringLiteral(".sqlite")));
        return true;
    }
    if (serverUri().isEmpty()) {
        m_error = QStringLiteral("No PostgreSQL server for the team-store tests: %1 is not set (scripts/test starts "
                                 "one).").arg(QLatin1String(ServerEnvVar));
        return false;
    }
    static std::atomic<int> counter{0};
    const QString database = QStringLiteral("lepton_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    if (const QString error = onServer(QStringLiteral("CREATE DATABASE %1").arg(database)); !error.isEmpty()) {
        m_error = QStringLiteral("Could not create a test database on %1: %2").arg(serverUri(), error);
        return false;
    }
    m_databases.insert(name, database);
    return true;
}

QString TestStores::location(const QString &name)
{
    if (!ensure(name))
        return QString();
    if (backend() == QStringLiteral("sqlite"))
        return m_databases.value(name);
    QUrl url(serverUri());
    url.setPath(u'/' + m_databases.value(name));
    return url.toString();
}

std::unique_ptr<SqlDatabase> TestStores::connect(const QString &name)
{
    const QString where = location(name);
    if (where.isEmpty())
        return nullptr;
    if (backend() == QStringLiteral("sqlite")) {
        auto db = std::make_unique<LocalDatabase>(where);
        if (!db->isOpen()) {
            m_error = db->errorString();
            return nullptr;
        }
        return db;
    }
    auto db = std::make_unique<PostgresDatabase>(where);
    if (!db->isOpen()) {
        m_error = db->errorString();
        return nullptr;
    }
    return db;
}

void TestStores::reset()
{
    if (!m_databases.isEmpty() && !serverUri().isEmpty()) {
        for (auto it = m_databases.cbegin(); it != m_databases.cend(); ++it) {
            if (!it.value().contains(u'/'))
                onServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(it.value()));
        }
    }
    m_databases.clear();
    if (m_folderReady)
        m_folder.remove();
    m_folderReady = false;
}
