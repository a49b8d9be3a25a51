#include "app/storage/storesettings.h"

#include <QSettings>
#include <QUrl>
#include <QUrlQuery>

namespace {
const QString KindKey = QStringLiteral("store/kind");
const QString HostKey = QStringLiteral("store/host");
const QString PortKey = QStringLiteral("store/port");
const QString DatabaseKey = QStringLiteral("store/database");
const QString UserKey = QStringLiteral("store/user");
const QString SslKey = QStringLiteral("store/sslmode");
} // namespace

StoreSettings StoreSettings::load(const QSettings &settings)
{
    StoreSettings s;
    s.kind = settings.value(KindKey).toString() == QStringLiteral("postgresql") ? Kind::Team : Kind::Local;
    s.host = settings.value(HostKey).toString();
    bool ok = false;
    const int port = settings.value(PortKey).toInt(&ok);
    s.port = ok && port > 0 && port < 65536 ? port : DefaultPort;
    s.database = settings.value(DatabaseKey).toString();
    s.user = settings.value(UserKey).toString();
    s.sslMode = sslModeFromKeyword(settings.value(SslKey).toString());
    return s;
}

void StoreSettings::save(QSettings &settings) const
{
    settings.setValue(KindKey, kind == Kind::Team ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    settings.setValue(HostKey, host);
    settings.setValue(PortKey, port);
    settings.setValue(DatabaseKey, database);
    settings.setValue(UserKey, user);
    settings.setValue(SslKey, sslModeKeyword(sslMode));
    settings.sync();
}

QString StoreSettings::problem() const
{
    if (kind == Kind::Local)
        return QString();
    if (host.trimmed().isEmpty())
        return tr("Enter the server's host name (or its socket folder).");
    if (port <= 0 || port > 65535)
        return tr("The port must be between 1 and 65535.");
    if (database.trimmed().isEmpty())
        return tr("Enter the name of the database.");
    if (user.trimmed().isEmpty())
        return tr("Enter the database user.");
    return QString();
}

QString StoreSettings::uri(const QString &password) const
{
    if (kind == Kind::Local)
        return QString();
    const QString h = host.trimmed();
    const QString path = QString::fromLatin1(QUrl::toPercentEncoding(database.trimmed()));
    QUrlQuery query;
    QString authority;
    if (h.startsWith(u'/')) {
        // A socket folder cannot be an authority: libpq takes it, and the rest, as parameters.
        query.addQueryItem(QStringLiteral("host"), QString::fromLatin1(QUrl::toPercentEncoding(h, "/")));
        query.addQueryItem(QStringLiteral("port"), QString::number(port));
        query.addQueryItem(QStringLiteral("user"), QString::fromLatin1(QUrl::toPercentEncoding(user.trimmed())));
        if (!password.isEmpty())
            query.addQueryItem(QStringLiteral("password"), QString::fromLatin1(QUrl::toPercentEncoding(password)));
    } else {
        QUrl url;
        url.setScheme(QStringLiteral("postgresql"));
        url.setHost(h);
        url.setPort(port);
        url.setUserName(user.trimmed());
        if (!password.isEmpty())
            url.setPassword(password);
        authority = url.authority(QUrl::FullyEncoded);
    }
    query.addQueryItem(QStringLiteral("sslmode"), sslModeKeyword(sslMode));
    return QStringLiteral("postgresql://%1/%2?%3").arg(authority, path, query.query(QUrl::FullyEncoded));
}

QString StoreSettings::keychainKey() const
{
    // The keychain wrapper takes letters, digits, '-', '_' and '.': anything else becomes '_'.
    QString key = QStringLiteral("%1.%2.%3.%4").arg(user.trimmed(), host.trimmed(), QString::number(port), database.trimmed());
    for (QChar &c : key) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_' && c != u'.')
            c = u'_';
    }
    return key;
}

QString StoreSettings::shortName() const
{
    return tr("%1 on %2").arg(database.trimmed(), host.trimmed());
}

QString StoreSettings::sslModeKeyword(SslMode mode)
{
    switch (mode) {
    case SslMode::Disable:
        return QStringLiteral("disable");
    case SslMode::Prefer:
        return QStringLiteral("prefer");
    case SslMode::Require:
        return QStringLiteral("require");
    case SslMode::VerifyFull:
        return QStringLiteral("verify-full");
    }
    return QStringLiteral("prefer");
}

StoreSettings::SslMode StoreSettings::sslModeFromKeyword(const QString &keyword)
{
    for (SslMode mode : {SslMode::Disable, SslMode::Prefer, SslMode::Require, SslMode::VerifyFull}) {
        if (sslModeKeyword(mode) == keyword)
            return mode;
    }
    return SslMode::Prefer;
}
