#pragma once

#include <QCoreApplication>
#include <QString>

class QSettings;

// Which store the window uses when neither --store nor LEPTON_CONSOLE_STORE says so: the
// Team Store page of the settings writes it, the composition root reads it at start. Kept in
// the settings file without a password: the password lives in the system keychain
// (KeychainService, key keychainKey()), and uri() puts it in only for the connection.
struct StoreSettings
{
    Q_DECLARE_TR_FUNCTIONS(StoreSettings)

public:
    enum class Kind { Local, Team };
    enum class SslMode { Disable, Prefer, Require, VerifyFull };

    static constexpr const char *KeychainService = "lepton-console-store";
    static constexpr int DefaultPort = 5432;

    Kind kind = Kind::Local;
    QString host;            // a name, an address, or a socket folder (starts with '/')
    int port = DefaultPort;
    QString database;
    QString user;
    SslMode sslMode = SslMode::Prefer;

    static StoreSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    // Why these settings cannot make a connection (empty: they can). Local always can.
    QString problem() const;
    // The libpq URI of the team store, with `password` when it is not empty (for the
    // connection only: never show or save it). Empty for Local.
    QString uri(const QString &password = QString()) const;
    // The keychain entry of this store's password: one per user, server and database.
    QString keychainKey() const;
    // "db on host", for the status bar.
    QString shortName() const;

    static QString sslModeKeyword(SslMode mode);
    static SslMode sslModeFromKeyword(const QString &keyword);

    bool operator==(const StoreSettings &other) const = default;
};
