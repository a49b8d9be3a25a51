#include "app/workspaces/workspaceregistry.h"

#include "app/credentials/credentialstring.h"
#include "app/credentials/environmentcredentials.h"
#include "app/credentials/lepcliimporter.h"
#include "tests/support/scratchfolder.h"
#include "app/credentials/sessiontokens.h"
#include "app/credentials/workspacecredentials.h"

#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

#include <sys/stat.h>

namespace {

int modeOf(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

} // namespace

class TestWorkspaceRegistry : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addUpdateRemove();
    void refusesWhatItCannotUse();
    void currentWorkspace();
    void orderAndLastUsed();
    void persistsAcrossInstances();
    void keepsOriginUrl();
    void sharedSettingsObject();
    void ignoresDamagedEntries();
    void noTokenEverWritten();
    void settingsFileIsPrivate();

private:
    QString iniPath(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    ScratchFolder m_dir;
};

using Entry = WorkspaceRegistry::Entry;

void TestWorkspaceRegistry::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestWorkspaceRegistry::init()
{
    QVERIFY2(m_dir.renew(), qPrintable(m_dir.errorString()));
}

void TestWorkspaceRegistry::addUpdateRemove()
{
    WorkspaceRegistry registry(iniPath("a.ini"));
    QSignalSpy changed(&registry, &WorkspaceRegistry::changed);
    QVERIFY(registry.isEmpty());
    QVERIFY(!registry.contains(QStringLiteral("ws1")));

    QString error;
    QVERIFY(registry.addOrUpdate(Entry{QStringLiteral("ws1"), QStringLiteral("First"), QUrl(), QDateTime()}, &error));
    QCOMPARE(changed.size(), 1);
    QVERIFY(registry.contains(QStringLiteral("ws1")));
    auto entry = registry.workspace(QStringLiteral("ws1"));
    QVERIFY(entry);
    QCOMPARE(entry->displayName, QStringLiteral("First"));
    QVERIFY(entry->baseUrl.isEmpty());
    QVERIFY(!entry->lastUsed.isValid());

    // The same again: no change, no signal.
    QVERIFY(registry.addOrUpdate(Entry{QStringLiteral("ws1"), QStringLiteral("First"), QUrl(), QDateTime()}));
    QCOMPARE(changed.size(), 1);

    // An update by id replaces name and URL.
    const QUrl local(QStringLiteral("http://127.0.0.1:8080/api/v2/workspaces/ws1"));
    QVERIFY(registry.addOrUpdate(Entry{QStringLiteral("ws1"), QStringLiteral("  Renamed "), local, QDateTime()}));
    QCOMPARE(changed.size(), 2);
    entry = registry.workspace(QStringLiteral("ws1"));
    QCOMPARE(entry->displayName, QStringLiteral("Renamed"));
    QCOMPARE(entry->baseUrl, local);
    QCOMPARE(registry.workspaces().size(), 1);

    QVERIFY(registry.addOrUpdate(Entry{QStringLiteral("ws2"), QString(), QUrl(), QDateTime()}));
    QCOMPARE(registry.workspaces().size(), 2);
    QCOMPARE(registry.workspace(QStringLiteral("ws2"))->displayNameOrId(), QStringLiteral("ws2"));

    QVERIFY(registry.remove(QStringLiteral("ws1")));
    QCOMPARE(changed.size(), 4);
    QVERIFY(!registry.contains(QStringLiteral("ws1")));
    QVERIFY(!registry.remove(QStringLiteral("ws1")));
    QCOMPARE(changed.size(), 4);
    QCOMPARE(registry.workspaces().size(), 1);
}

void TestWorkspaceRegistry::refusesWhatItCannotUse()
{
    WorkspaceRegistry registry(iniPath("refuse.ini"));
    QSignalSpy changed(&registry, &WorkspaceRegistry::changed);
    QString error;
    QVERIFY(!registry.addOrUpdate(Entry{QString(), QStringLiteral("x"), QUrl(), QDateTime()}, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!registry.addOrUpdate(Entry{QStringLiteral("a/b"), QString(), QUrl(), QDateTime()}, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!registry.addOrUpdate(
        Entry{QStringLiteral("ws1"), QString(), QUrl(QStringLiteral("http://lepton.example.com/api")), QDateTime()}, &error));
    QVERIFY2(error.contains(QLatin1String("https")), qPrintable(error));
    QVERIFY(!registry.addOrUpdate(
        Entry{QStringLiteral("ws1"), QString(), QUrl(QStringLiteral("https://user:pw@lepton.example.com/")), QDateTime()}));
    QCOMPARE(changed.size(), 0);
    QVERIFY(registry.isEmpty());
    QVERIFY(!registry.markUsed(QStringLiteral("ws1")));
    QVERIFY(!registry.setCurrentWorkspaceId(QStringLiteral("ws1")));
    QCOMPARE(changed.size(), 0);
}

void TestWorkspaceRegistry::currentWorkspace()
{
    WorkspaceRegistry registry(iniPath("current.ini"));
    QSignalSpy changed(&registry, &WorkspaceRegistry::changed);
    QVERIFY(registry.currentWorkspaceId().isEmpty());
    QVERIFY(registry.addOrUpdate(Entry{QStringLiteral("ws1"), QString(), QUrl(), QDateTime()}));
    QVERIFY(registry.addOrUpdate(Entry{QStringLiteral("ws2"), QString(), QUrl(), QDateTime()}));
    QCOMPARE(changed.size(), 2);

    QVERIFY(!registry.setCurrentWorkspaceId(QStringLiteral("unknown")));
    QVERIFY(registry.currentWorkspaceId().isEmpty());
    QVERIFY(registry.setCurrentWorkspaceId(QStringLiteral("ws2")));
    QCOMPARE(registry.currentWorkspaceId(), QStringLiteral("ws2"));
    QCOMPARE(changed.size(), 3);
    QVERIFY(registry.setCurrentWorkspaceId(QStringLiteral("ws2"))); // unchanged: no signal
    QCOMPARE(changed.size(), 3);

    // Removing another workspace keeps the current one; removing it clears current.
    QVERIFY(registry.remove(QStringLiteral("ws1")));
    QCOMPARE(registry.currentWorkspaceId(), QStringLiteral("ws2"));
    QVERIFY(registry.remove(QStringLiteral("ws2")));
    QVERIFY(registry.currentWorkspaceId().isEmpty());

    // Re-adding the id later does not bring back a stale "current".
    QVERIFY(registry.addOrUpdate(Entry{QStringLiteral("ws2"), QString(), QUrl(), QDateTime()}));
    QVERIFY(registry.currentWorkspaceId().isEmpty());

    QVERIFY(registry.setCurrentWorkspaceId(QStringLiteral("ws2")));
    QVERIFY(registry.setCurrentWorkspaceId(QString()));
    QVERIFY(registry.currentWorkspaceId().isEmpty());
}

void TestWorkspaceRegistry::orderAndLastUsed()
{
    WorkspaceRegistry registry(iniPath("order.ini"));
    for (const char *id : {"charlie", "alpha", "bravo", "delta"})
        QVERIFY(registry.addOrUpdate(Entry{QLatin1String(id), QString(), QUrl(), QDateTime()}));
    const QDateTime t0(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    QVERIFY(registry.markUsed(QStringLiteral("bravo"), t0));
    QVERIFY(registry.markUsed(QStringLiteral("delta"), t0.addSecs(60)));

    QStringList ids;
    for (const Entry &entry : registry.workspaces())
        ids << entry.workspaceId;
    // Most recently used first, never-used ones after, by id.
    QCOMPARE(ids, (QStringList{"delta", "bravo", "alpha", "charlie"}));
    QCOMPARE(registry.workspace(QStringLiteral("bravo"))->lastUsed, t0);

    // An update without a time keeps the stored one; a local time is kept as UTC.
    QVERIFY(registry.addOrUpdate(Entry{QStringLiteral("bravo"), QStringLiteral("B"), QUrl(), QDateTime()}));
    QCOMPARE(registry.workspace(QStringLiteral("bravo"))->lastUsed, t0);
    QVERIFY(registry.markUsed(QStringLiteral("alpha"), t0.toOffsetFromUtc(3600)));
    QCOMPARE(registry.workspace(QStringLiteral("alpha"))->lastUsed, t0);
    QCOMPARE(registry.workspace(QStringLiteral("alpha"))->lastUsed.timeSpec(), Qt::UTC);

    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    QVERIFY(registry.markUsed(QStringLiteral("charlie")));
    QVERIFY(registry.workspace(QStringLiteral("charlie"))->lastUsed >= before);
    QCOMPARE(registry.workspaces().constFirst().workspaceId, QStringLiteral("charlie"));
}

void TestWorkspaceRegistry::persistsAcrossInstances()
{
    const QString path = iniPath("persist.ini");
    const QDateTime used(QDate(2026, 5, 6), QTime(7, 8, 9, 10), Qt::UTC);
    const QUrl url(QStringLiteral("https://lepton.example.com/api/v2/workspaces/ws%2Dx?"));
    {
        WorkspaceRegistry registry(path);
        QVERIFY(registry.addOrUpdate(Entry{QStringLiteral("ws1"), QString::fromUtf8("\xc3\x89quipe = one; [x]"),
                                           QUrl(QStringLiteral("https://lepton.example.com/api/v2/workspaces/ws1")),
                                           used}));
        QVERIFY(registry.addOrUpdate(Entry{QStringLiteral("ws.two_3"), QString(), QUrl(), QDateTime()}));
        QVERIFY(registry.setCurrentWorkspaceId(QStringLiteral("ws.two_3")));
    }
    QVERIFY(QFile::exists(path));
    WorkspaceRegistry reopened(path);
    QCOMPARE(reopened.fileName(), path);
    QCOMPARE(reopened.workspaces().size(), 2);
    QCOMPARE(reopened.currentWorkspaceId(), QStringLiteral("ws.two_3"));
    const auto entry = reopened.workspace(QStringLiteral("ws1"));
    QVERIFY(entry);
    QCOMPARE(entry->displayName, QString::fromUtf8("\xc3\x89quipe = one; [x]"));
    QCOMPARE(entry->baseUrl, QUrl(QStringLiteral("https://lepton.example.com/api/v2/workspaces/ws1")));
    QCOMPARE(entry->lastUsed, used);
    QVERIFY(reopened.remove(QStringLiteral("ws1")));
    QCOMPARE(WorkspaceRegistry(path).workspaces().size(), 1);
}

// The origin URL a DGX Cloud workspace needs (the SDK's workspace_origin_url) is kept with
// the workspace, so a workspace imported from the lep CLI keeps sending it after a restart.
void TestWorkspaceRegistry::keepsOriginUrl()
{
    const QString path = iniPath("origin.ini");
    const QUrl origin(QStringLiteral("https://dashboard.dgxc-lepton.nvidia.com"));
    {
        WorkspaceRegistry registry(path);
        WorkspaceCredentials credentials;
        credentials.workspaceId = QStringLiteral("dgx1");
        credentials.token = QStringLiteral("secret-token-never-stored");
        credentials.originUrl = origin;
        QVERIFY(registry.addOrUpdate(credentials));
        QVERIFY(registry.addOrUpdate(Entry{QStringLiteral("plain"), QString(), QUrl(), QDateTime()}));
    }
    WorkspaceRegistry reopened(path);
    QCOMPARE(reopened.workspace(QStringLiteral("dgx1"))->originUrl, origin);
    QVERIFY(reopened.workspace(QStringLiteral("plain"))->originUrl.isEmpty());

    // A relative or non-http origin is refused like a bad base URL, and nothing changes.
    Entry bad{QStringLiteral("dgx1"), QString(), QUrl(), QDateTime()};
    bad.originUrl = QUrl(QStringLiteral("ftp://example.com"));
    QString error;
    QVERIFY(!reopened.addOrUpdate(bad, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(reopened.workspace(QStringLiteral("dgx1"))->originUrl, origin);
}

void TestWorkspaceRegistry::sharedSettingsObject()
{
    // The application's own QSettings: the registry keeps to its group.
    QSettings settings(iniPath("shared.ini"), QSettings::IniFormat);
    settings.setValue(QStringLiteral("window/geometry"), QStringLiteral("keep me"));
    {
        WorkspaceRegistry registry(&settings);
        QVERIFY(registry.addOrUpdate(Entry{QStringLiteral("ws1"), QString(), QUrl(), QDateTime()}));
        QVERIFY(registry.setCurrentWorkspaceId(QStringLiteral("ws1")));
        QVERIFY(registry.remove(QStringLiteral("ws1")));
    }
    QCOMPARE(settings.value(QStringLiteral("window/geometry")).toString(), QStringLiteral("keep me"));
    QVERIFY(settings.group().isEmpty()); // no group left open
    WorkspaceRegistry again(&settings);
    QVERIFY(again.isEmpty());
}

void TestWorkspaceRegistry::ignoresDamagedEntries()
{
    const QString path = iniPath("damaged.ini");
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("workspaceRegistry/workspaces/good/id"), QStringLiteral("good"));
        settings.setValue(QStringLiteral("workspaceRegistry/workspaces/noid/displayName"), QStringLiteral("x"));
        settings.setValue(QStringLiteral("workspaceRegistry/workspaces/mismatch/id"), QStringLiteral("other"));
        settings.setValue(QStringLiteral("workspaceRegistry/current"), QStringLiteral("noid"));
    }
    WorkspaceRegistry registry(path);
    QCOMPARE(registry.workspaces().size(), 1);
    QCOMPARE(registry.workspaces().constFirst().workspaceId, QStringLiteral("good"));
    QVERIFY(registry.currentWorkspaceId().isEmpty());
}

void TestWorkspaceRegistry::noTokenEverWritten()
{
    // The whole flow a user can go through, with tokens that would be easy to find in any
    // encoding a bug might write them in.
    const QString pasted = QStringLiteral("  pasted1:nvapi-PASTEDMARK7x:y/z+w=\n");
    const QString pastedToken = QStringLiteral("nvapi-PASTEDMARK7x:y/z+w=");
    const QString envToken = QStringLiteral("ENVMARK-9f8e7d");
    const QString importedToken = QStringLiteral("IMPORTMARK-0a1b2c");

    const QString path = iniPath("flow.ini");
    SessionTokens sessionTokens;
    {
        WorkspaceRegistry registry(path);

        const CredentialString::Result parsed = CredentialString::parse(pasted);
        QVERIFY(parsed.isValid());
        QCOMPARE(parsed.token, pastedToken);
        WorkspaceCredentials credentials{parsed.workspaceId, parsed.token, QUrl(), QStringLiteral("Pasted")};
        QVERIFY(registry.addOrUpdate(credentials));
        QVERIFY(registry.setCurrentWorkspaceId(credentials.workspaceId));
        QVERIFY(registry.markUsed(credentials.workspaceId));
        sessionTokens.setToken(credentials.workspaceId, credentials.token);

        QProcessEnvironment env;
        env.insert(QStringLiteral("LEPTON_WORKSPACE_ID"), QStringLiteral("envws"));
        env.insert(QStringLiteral("LEPTON_WORKSPACE_TOKEN"), envToken);
        env.insert(QStringLiteral("LEPTON_WORKSPACE_URL"), QStringLiteral("https://env.example.com/api/v2/workspaces/envws"));
        const EnvironmentCredentials::Result fromEnv = EnvironmentCredentials::read(env);
        QVERIFY2(fromEnv.isOk(), qPrintable(fromEnv.errorMessage));
        QCOMPARE(fromEnv.credentials.token, envToken);
        QVERIFY(registry.addOrUpdate(fromEnv.credentials));

        const LepCliImporter::Result imported = LepCliImporter::parse(
            "current_workspace: imp1\nworkspaces:\n  imp1:\n    id: imp1\n    display_name: Imported\n"
            "    url: https://gateway.dgxc-lepton.nvidia.com/api/v2/workspaces/imp1\n"
            "    auth_token: " + importedToken.toUtf8() + "\n");
        QVERIFY(imported.isOk());
        QCOMPARE(imported.workspaces.size(), 1);
        QCOMPARE(imported.workspaces.at(0).credentials.token, importedToken);
        for (const auto &workspace : imported.workspaces) {
            QVERIFY(registry.addOrUpdate(workspace.credentials));
            if (workspace.isCurrent)
                QVERIFY(registry.setCurrentWorkspaceId(workspace.credentials.workspaceId));
        }

        // Update with a new token, rename, switch, forget one.
        credentials.token = pastedToken + QStringLiteral("-rotated");
        credentials.displayName = QStringLiteral("Pasted again");
        QVERIFY(registry.addOrUpdate(credentials));
        QVERIFY(registry.markUsed(QStringLiteral("envws")));
        QVERIFY(registry.remove(QStringLiteral("imp1")));
        QVERIFY(registry.addOrUpdate(imported.workspaces.at(0).credentials));
        QCOMPARE(registry.workspaces().size(), 3);
    }

    // Everything the registry left on disk, in any file under the folder.
    QByteArray everything;
    QDirIterator files(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        everything += file.readAll();
    }
    QVERIFY(everything.contains("pasted1"));
    QVERIFY(everything.contains("envws"));
    QVERIFY(everything.contains("imp1"));
    for (const QString &token : {pastedToken, envToken, importedToken}) {
        for (const QByteArray &form : {token.toUtf8(), QUrl::toPercentEncoding(token), token.toUtf8().toBase64(),
                                       token.toUtf8().toHex()}) {
            QVERIFY2(!everything.contains(form), form.constData());
        }
    }
    // The distinctive parts alone, whatever escaping a bug would use.
    for (const char *marker : {"PASTEDMARK", "ENVMARK", "IMPORTMARK", "nvapi"})
        QVERIFY2(!everything.contains(marker), marker);
    QCOMPARE(sessionTokens.token(QStringLiteral("pasted1")), pastedToken);
}

void TestWorkspaceRegistry::settingsFileIsPrivate()
{
    // The workspaces the user works with are nobody else's business: a new settings file is
    // 0600, in a 0700 folder, whatever the umask.
    const mode_t savedUmask = ::umask(022);
    const QString folder = m_dir.filePath(QStringLiteral("config/lepton-console"));
    const QString path = folder + QStringLiteral("/lepton-console.conf");
    {
        WorkspaceRegistry registry(path);
        QVERIFY(registry.addOrUpdate(Entry{QStringLiteral("ws1"), QStringLiteral("First"), QUrl(), QDateTime()}));
    }
    ::umask(savedUmask);
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(modeOf(folder), 0700);

    // One an older version left world-readable is tightened when it is opened, and keeps its content.
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0644), 0);
    WorkspaceRegistry reopened(path);
    QCOMPARE(modeOf(path), 0600);
    QVERIFY(reopened.contains(QStringLiteral("ws1")));
    // And a rewrite keeps it so.
    QVERIFY(reopened.markUsed(QStringLiteral("ws1")));
    QCOMPARE(modeOf(path), 0600);
}

QTEST_GUILESS_MAIN(TestWorkspaceRegistry)
#include "tst_workspaceregistry.moc"
