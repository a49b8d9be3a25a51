#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QSettings;
struct WorkspaceCredentials;

// The workspaces the user has connected to, kept in QSettings under "workspaceRegistry/":
// id, display name, base URL override, origin URL and when each was last used, plus which one is
// current. NEVER a token: those live in TokenStore (the system keychain) or SessionTokens.
// Every change is written through at once (QSettings::sync) and announced by changed().
// The settings file is private (PrivateFiles): created 0600 in a 0700 folder, and tightened
// when the registry opens one that group or others could read.
class WorkspaceRegistry : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QString workspaceId;
        QString displayName; // may be empty
        QUrl baseUrl;        // empty = WorkspaceUrl::defaultWorkspaceUrl(workspaceId)
        QDateTime lastUsed;  // UTC; invalid until markUsed()
        QUrl originUrl;      // sent as the "origin" header (the SDK's workspace_origin_url); empty: none

        QString displayNameOrId() const { return displayName.isEmpty() ? workspaceId : displayName; }
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    // Uses `settings` (not owned; it must outlive the registry).
    explicit WorkspaceRegistry(QSettings *settings, QObject *parent = nullptr);
    // Opens (or creates) an INI file of its own at `iniFilePath`.
    explicit WorkspaceRegistry(const QString &iniFilePath, QObject *parent = nullptr);
    ~WorkspaceRegistry() override;

    // Most recently used first, then by id.
    QList<Entry> workspaces() const;
    std::optional<Entry> workspace(const QString &workspaceId) const;
    bool contains(const QString &workspaceId) const;
    bool isEmpty() const;

    // Adds or updates by id. The id must pass CredentialString::isValidWorkspaceId and a
    // non-empty base URL WorkspaceUrl::isAllowedBaseUrl; otherwise nothing changes,
    // *error says why and false is returned. An invalid lastUsed keeps the stored one.
    bool addOrUpdate(const Entry &entry, QString *error = nullptr);
    // The same from credentials; the token is dropped here, on purpose.
    bool addOrUpdate(const WorkspaceCredentials &credentials, QString *error = nullptr);
    // False when there was no such workspace. Removing the current one clears current.
    bool remove(const QString &workspaceId);

    // Records that the workspace was used now (or at `when`).
    bool markUsed(const QString &workspaceId, const QDateTime &when = QDateTime::currentDateTimeUtc());

    // Empty when none. setCurrentWorkspaceId accepts a known id or an empty string.
    QString currentWorkspaceId() const;
    bool setCurrentWorkspaceId(const QString &workspaceId);

    QString fileName() const;

signals:
    void changed();

private:
    void writeEntry(const Entry &entry);
    void commit();

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings = nullptr;
};
