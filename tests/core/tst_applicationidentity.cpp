// ApplicationIdentity: both programs' names, the settings file in its proper place
// (~/.config/lepton-console/, not "Unknown Organization"), moved there from the old place so
// that no saved workspace is lost, private, and a data folder that did not move. Test mode:
// the standard folders are under ~/.qttest.
#include "app/common/applicationidentity.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/workspaces/workspaceregistry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

namespace {

int modeOf(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

QString configFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
}

void writeWorkspace(const QString &settingsFile, const QString &workspaceId)
{
    QSettings settings(settingsFile, QSettings::NativeFormat);
    WorkspaceRegistry registry(&settings);
    WorkspaceRegistry::Entry entry;
    entry.workspaceId = workspaceId;
    registry.addOrUpdate(entry);
    registry.setCurrentWorkspaceId(workspaceId);
}

} // namespace

class TestApplicationIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        ::umask(022);
    }

    void init()
    {
        QDir(configFolder() + QStringLiteral("/lepton-console")).removeRecursively();
        QDir(configFolder() + QStringLiteral("/Unknown Organization")).removeRecursively();
    }

    void cleanupTestCase() { init(); }

    void settingsMoveFromTheOldPlace()
    {
        const QString legacy = configFolder() + QStringLiteral("/Unknown Organization/lepton-console.conf");
        writeWorkspace(legacy, QStringLiteral("ws-saved"));
        QCOMPARE(::chmod(QFile::encodeName(legacy).constData(), 0644), 0); // as Qt made it before

        ApplicationIdentity::apply();
        QCOMPARE(QCoreApplication::organizationName(), QStringLiteral("lepton-console"));
        QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("lepton-console"));
        QSettings settings; // what both programs use
        QCOMPARE(settings.fileName(), configFolder() + QStringLiteral("/lepton-console/lepton-console.conf"));
        QCOMPARE(settings.fileName(), ApplicationIdentity::settingsFilePath());
        QCOMPARE(ApplicationIdentity::legacySettingsFilePath(), legacy);
        WorkspaceRegistry registry(&settings);
        QCOMPARE(registry.currentWorkspaceId(), QStringLiteral("ws-saved"));
        QVERIFY(!QFile::exists(legacy));
        QCOMPARE(modeOf(settings.fileName()), 0600);
        QCOMPARE(modeOf(configFolder() + QStringLiteral("/lepton-console")), 0700);
    }

    void settingsOfTheirOwnAreKept()
    {
        // Both exist: the new file is the user's current one; the old one is not merged in.
        const QString legacy = configFolder() + QStringLiteral("/Unknown Organization/lepton-console.conf");
        const QString current = configFolder() + QStringLiteral("/lepton-console/lepton-console.conf");
        writeWorkspace(legacy, QStringLiteral("ws-old"));
        writeWorkspace(current, QStringLiteral("ws-new"));
        ApplicationIdentity::apply();
        QSettings settings;
        QCOMPARE(WorkspaceRegistry(&settings).currentWorkspaceId(), QStringLiteral("ws-new"));
        QVERIFY(QFile::exists(legacy));
    }

    void aFreshStartMakesAPrivateFile()
    {
        ApplicationIdentity::apply();
        const QString path = ApplicationIdentity::settingsFilePath();
        QVERIFY(QFile::exists(path));
        QCOMPARE(modeOf(path), 0600);
        // An empty file from an earlier start does not stop a later move.
        const QString legacy = ApplicationIdentity::legacySettingsFilePath();
        writeWorkspace(legacy, QStringLiteral("ws-late"));
        ApplicationIdentity::apply();
        QSettings settings;
        QCOMPARE(WorkspaceRegistry(&settings).currentWorkspaceId(), QStringLiteral("ws-late"));
    }

    void dataFolderDidNotMove()
    {
        // The organization name is not part of it: ~/.local/share/lepton-console, as before.
        ApplicationIdentity::apply();
        QCOMPARE(ApplicationIdentity::dataFolder(),
                 QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/lepton-console"));
        const QByteArray saved = qgetenv(LocalDatabase::DataDirEnvVar);
        qunsetenv(LocalDatabase::DataDirEnvVar);
        QCOMPARE(LocalDatabase::defaultPath(), ApplicationIdentity::dataFolder() + QStringLiteral("/lepton-console.sqlite"));
        if (!saved.isNull())
            qputenv(LocalDatabase::DataDirEnvVar, saved);
    }
};

QTEST_GUILESS_MAIN(TestApplicationIdentity)
#include "tst_applicationidentity.moc"
