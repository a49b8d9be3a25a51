#include "app/workspaces/workspaceregistry.h"

#include "app/common/privatefiles.h"
#include "app/credentials/credentialstring.h"
#include "app/credentials/workspacecredentials.h"
#include "app/credentials/workspaceurl.h"

#include <QSettings>

#include <algorithm>

namespace {

const QLatin1String kEntriesGroup("workspaceRegistry/workspaces");
const QLatin1String kCurrentKey("workspaceRegistry/current");
const QLatin1String kDisplayNameKey("displayName");
const QLatin1String kBaseUrlKey("baseUrl");
const QLatin1String kOriginUrlKey("originUrl");
const QLatin1String kLastUsedKey("lastUsed");
// The id is kept inside the entry as well: INI keys fold case on some platforms.
const QLatin1String kIdKey("id");

QString entryGroup(const QString &workspaceId)
{
    return kEntriesGroup + QLatin1Char('/') + workspaceId;
}

} // namespace

WorkspaceRegistry::WorkspaceRegistry(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    Q_ASSERT(m_settings);
    PrivateFiles::restrict(m_settings->fileName());
}

WorkspaceRegistry::WorkspaceRegistry(const QString &iniFilePath, QObject *parent)
    : QObject(parent)
    , m_ownedSettings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
    , m_settings(m_ownedSettings.get())
{
    PrivateFiles::restrict(m_settings->fileName());
}

WorkspaceRegistry::~WorkspaceRegistry() = default;

QString WorkspaceRegistry::fileName() const
{
    return m_settings->fileName();
}

std::optional<WorkspaceRegistry::Entry> WorkspaceRegistry::workspace(const QString &workspaceId) const
{
    if (!CredentialString::isValidWorkspaceId(workspaceId))
        return std::nullopt;
    m_settings->beginGroup(entryGroup(workspaceId));
    const QString storedId = m_settings->value(kIdKey).toString();
    Entry entry;
    entry.workspaceId = storedId;
    entry.displayName = m_settings->value(kDisplayNameKey).toString();
    entry.baseUrl = QUrl(m_settings->value(kBaseUrlKey).toString(), QUrl::StrictMode);
    entry.originUrl = QUrl(m_settings->value(kOriginUrlKey).toString(), QUrl::StrictMode);
    entry.lastUsed = QDateTime::fromString(m_settings->value(kLastUsedKey).toString(), Qt::ISODateWithMs);
    m_settings->endGroup();
    if (storedId != workspaceId)
        return std::nullopt;
    if (entry.lastUsed.isValid())
        entry.lastUsed = entry.lastUsed.toUTC();
    return entry;
}

bool WorkspaceRegistry::contains(const QString &workspaceId) const
{
    return workspace(workspaceId).has_value();
}

QList<WorkspaceRegistry::Entry> WorkspaceRegistry::workspaces() const
{
    m_settings->beginGroup(kEntriesGroup);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();

    QList<Entry> entries;
    for (const QString &group : groups) {
        // A hand-edited or damaged entry (no id, or an id the console cannot use) is left out.
        if (auto entry = workspace(group))
            entries.append(*entry);
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.lastUsed != b.lastUsed) {
            if (!a.lastUsed.isValid() || !b.lastUsed.isValid())
                return a.lastUsed.isValid();
            return a.lastUsed > b.lastUsed;
        }
        return a.workspaceId < b.workspaceId;
    });
    return entries;
}

bool WorkspaceRegistry::isEmpty() const
{
    return workspaces().isEmpty();
}

bool WorkspaceRegistry::addOrUpdate(const Entry &entry, QString *error)
{
    if (!CredentialString::isValidWorkspaceId(entry.workspaceId)) {
        if (error)
            *error = tr("This is not a valid workspace id.");
        return false;
    }
    QString why;
    if (!entry.baseUrl.isEmpty() && !WorkspaceUrl::isAllowedBaseUrl(entry.baseUrl, &why)) {
        if (error)
            *error = why;
        return false;
    }
    if (!entry.originUrl.isEmpty()
        && (!entry.originUrl.isValid() || entry.originUrl.isRelative()
            || (entry.originUrl.scheme() != QLatin1String("https") && entry.originUrl.scheme() != QLatin1String("http")))) {
        if (error)
            *error = tr("The origin URL must be an http or https address.");
        return false;
    }
    Entry stored = entry;
    stored.displayName = entry.displayName.trimmed();
    if (!stored.lastUsed.isValid()) {
        if (const auto existing = workspace(entry.workspaceId))
            stored.lastUsed = existing->lastUsed;
    }
    if (workspace(entry.workspaceId) == stored)
        return true; // nothing to change, nothing to announce
    writeEntry(stored);
    commit();
    return true;
}

bool WorkspaceRegistry::addOrUpdate(const WorkspaceCredentials &credentials, QString *error)
{
    Entry entry;
    entry.workspaceId = credentials.workspaceId;
    entry.displayName = credentials.displayName;
    entry.baseUrl = credentials.baseUrl;
    entry.originUrl = credentials.originUrl;
    // credentials.token is deliberately not read: tokens never go into settings.
    return addOrUpdate(entry, error);
}

bool WorkspaceRegistry::remove(const QString &workspaceId)
{
    if (!contains(workspaceId))
        return false;
    if (m_settings->value(kCurrentKey).toString() == workspaceId)
        m_settings->remove(kCurrentKey);
    m_settings->remove(entryGroup(workspaceId));
    commit();
    return true;
}

bool WorkspaceRegistry::markUsed(const QString &workspaceId, const QDateTime &when)
{
    auto entry = workspace(workspaceId);
    if (!entry || !when.isValid())
        return false;
    entry->lastUsed = when.toUTC();
    writeEntry(*entry);
    commit();
    return true;
}

QString WorkspaceRegistry::currentWorkspaceId() const
{
    const QString id = m_settings->value(kCurrentKey).toString();
    return contains(id) ? id : QString();
}

bool WorkspaceRegistry::setCurrentWorkspaceId(const QString &workspaceId)
{
    if (!workspaceId.isEmpty() && !contains(workspaceId))
        return false;
    if (m_settings->value(kCurrentKey).toString() == workspaceId)
        return true;
    if (workspaceId.isEmpty())
        m_settings->remove(kCurrentKey);
    else
        m_settings->setValue(kCurrentKey, workspaceId);
    commit();
    return true;
}

void WorkspaceRegistry::writeEntry(const Entry &entry)
{
    m_settings->beginGroup(entryGroup(entry.workspaceId));
    m_settings->setValue(kIdKey, entry.workspaceId);
    m_settings->setValue(kDisplayNameKey, entry.displayName);
    m_settings->setValue(kBaseUrlKey, entry.baseUrl.toString(QUrl::FullyEncoded));
    if (entry.originUrl.isEmpty())
        m_settings->remove(kOriginUrlKey);
    else
        m_settings->setValue(kOriginUrlKey, entry.originUrl.toString(QUrl::FullyEncoded));
    if (entry.lastUsed.isValid())
        m_settings->setValue(kLastUsedKey, entry.lastUsed.toUTC().toString(Qt::ISODateWithMs));
    else
        m_settings->remove(kLastUsedKey);
    m_settings->endGroup();
}

void WorkspaceRegistry::commit()
{
    // QSettings keeps the permissions of the file it rewrites, so a file made private here,
    // before its first write, stays private; one it would create itself gets the umask's 0644.
    PrivateFiles::createFile(m_settings->fileName());
    m_settings->sync();
    emit changed();
}
