#include "app/credentials/lepcliimporter.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

bool writeFile(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(contents) == contents.size();
}

// As the SDK writes it: yaml.safe_dump(_LocalWorkspaceRecord.dict(by_alias=True)),
// keys sorted, nulls as "null", long strings unquoted.
const QByteArray kSdkFile = R"(current_workspace: prodws2
workspaces:
  devws1:
    auth_token: nvapi-dev-TOKEN-1
    display_name: Dev workspace
    id: devws1
    token_expires_at: null
    url: https://gateway.dgxc-lepton.nvidia.com/api/v2/workspaces/devws1
    workspace_origin_url: https://gateway.dgxc-lepton.nvidia.com/api/v2/workspaces/devws1
  prodws2:
    auth_token: 'nvapi-prod:TOKEN:2'
    display_name: "Production \u00e9quipe"
    id: prodws2
    token_expires_at: 1767225600000
    url: https://gateway.dgxc-lepton.nvidia.com/api/v2/workspaces/prodws2/
    workspace_origin_url: null
  localsim:
    auth_token: sim-token
    display_name: null
    id: localsim
    token_expires_at: null
    url: http://127.0.0.1:8765/api/v2/workspaces/localsim
    workspace_origin_url: null
)";

} // namespace

class TestLepCliImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sdkFile();
    void olderFileWithoutIds();
    void entriesTheConsoleCannotUse();
    void noCurrentWorkspace();
    void emptyFile();
    void malformed_data();
    void malformed();
    void missingFile();
    void notAFile();
    void defaultPathHonoursEnvironment();
    void importDefaultReadsLeptonCacheDir();

private:
    QTemporaryDir m_dir;
};

void TestLepCliImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestLepCliImporter::sdkFile()
{
    const QString path = m_dir.filePath(QStringLiteral("sdk/workspace_info.yaml"));
    QVERIFY(writeFile(path, kSdkFile));
    const LepCliImporter::Result result = LepCliImporter::importFile(path);
    QVERIFY2(result.isOk(), qPrintable(result.errorMessage));
    QCOMPARE(result.filePath, path);
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join('\n')));
    QCOMPARE(result.workspaces.size(), 3);
    QCOMPARE(result.currentWorkspaceId, QStringLiteral("prodws2"));

    // In the file's order.
    const auto &dev = result.workspaces.at(0);
    QCOMPARE(dev.credentials.workspaceId, QStringLiteral("devws1"));
    QCOMPARE(dev.credentials.token, QStringLiteral("nvapi-dev-TOKEN-1"));
    QCOMPARE(dev.credentials.displayName, QStringLiteral("Dev workspace"));
    // The SDK writes the default URL out in full: here that is "the default", i.e. empty.
    QVERIFY(dev.credentials.baseUrl.isEmpty());
    QCOMPARE(dev.credentials.effectiveBaseUrl(),
             QUrl(QStringLiteral("https://gateway.dgxc-lepton.nvidia.com/api/v2/workspaces/devws1")));
    QCOMPARE(dev.originUrl,
             QUrl(QStringLiteral("https://gateway.dgxc-lepton.nvidia.com/api/v2/workspaces/devws1")));
    QVERIFY(!dev.tokenExpiresAt.has_value());
    QVERIFY(!dev.isCurrent);

    const auto &prod = result.workspaces.at(1);
    QCOMPARE(prod.credentials.workspaceId, QStringLiteral("prodws2"));
    QCOMPARE(prod.credentials.token, QStringLiteral("nvapi-prod:TOKEN:2"));
    QCOMPARE(prod.credentials.displayName, QString::fromUtf8("Production \xc3\xa9quipe"));
    QVERIFY(prod.credentials.baseUrl.isEmpty()); // default, with a trailing slash
    QCOMPARE(prod.tokenExpiresAt, std::optional<qint64>(1767225600000));
    QVERIFY(prod.originUrl.isEmpty());
    QVERIFY(prod.isCurrent);

    const auto &sim = result.workspaces.at(2);
    QCOMPARE(sim.credentials.workspaceId, QStringLiteral("localsim"));
    QCOMPARE(sim.credentials.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:8765/api/v2/workspaces/localsim")));
    QVERIFY(sim.credentials.displayName.isEmpty());
    QCOMPARE(sim.credentials.displayNameOrId(), QStringLiteral("localsim"));
    QVERIFY(!sim.isCurrent);
}

void TestLepCliImporter::olderFileWithoutIds()
{
    // Older SDK versions kept the id only as the key, and had no origin or expiry.
    const LepCliImporter::Result result = LepCliImporter::parse(R"(
current_workspace: old1
workspaces:
  old1:
    url: https://gateway.dgxc-lepton.nvidia.com/api/v2/workspaces/old1
    display_name: Old one
    auth_token: tok-old-1
  "12345":
    url: https://example.com/api/v2/workspaces/12345
    auth_token: null
)");
    QVERIFY2(result.isOk(), qPrintable(result.errorMessage));
    QCOMPARE(result.workspaces.size(), 2);
    QCOMPARE(result.workspaces.at(0).credentials.workspaceId, QStringLiteral("old1"));
    QVERIFY(result.workspaces.at(0).isCurrent);
    QCOMPARE(result.workspaces.at(1).credentials.workspaceId, QStringLiteral("12345"));
    QVERIFY(!result.workspaces.at(1).credentials.hasToken());
    QCOMPARE(result.workspaces.at(1).credentials.baseUrl,
             QUrl(QStringLiteral("https://example.com/api/v2/workspaces/12345")));
}

void TestLepCliImporter::entriesTheConsoleCannotUse()
{
    // Each bad entry is skipped with a warning; the good ones still come through.
    const LepCliImporter::Result result = LepCliImporter::parse(R"(
current_workspace: good
workspaces:
  good:
    id: good
    url: https://gateway.dgxc-lepton.nvidia.com/api/v2/workspaces/good
    auth_token: good-token
  plainhttp:
    id: plainhttp
    url: http://lepton.example.com/api/v2/workspaces/plainhttp
    auth_token: SECRET-plainhttp
  notamap: just a string
  "bad/id":
    url: https://example.com/x
    auth_token: SECRET-badid
  listfield:
    url: [a, b]
  badtoken:
    url: https://example.com/api/v2/workspaces/badtoken
    auth_token: "has a space"
)");
    QVERIFY2(result.isOk(), qPrintable(result.errorMessage));
    QStringList ids;
    for (const auto &workspace : result.workspaces)
        ids << workspace.credentials.workspaceId;
    QCOMPARE(ids, (QStringList{"good", "badtoken"}));
    QVERIFY(!result.workspaces.at(1).credentials.hasToken());
    QCOMPARE(result.warnings.size(), 5);
    const QString warnings = result.warnings.join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(QLatin1String("https")), qPrintable(warnings));
    QVERIFY(!warnings.contains(QLatin1String("SECRET")));
    QVERIFY(!warnings.contains(QLatin1String("has a space")));
}

void TestLepCliImporter::noCurrentWorkspace()
{
    const LepCliImporter::Result result = LepCliImporter::parse(R"(
current_workspace: null
workspaces:
  a1:
    id: a1
    url: https://gateway.dgxc-lepton.nvidia.com/api/v2/workspaces/a1
    auth_token: t
)");
    QVERIFY(result.isOk());
    QVERIFY(result.currentWorkspaceId.isEmpty());
    QCOMPARE(result.workspaces.size(), 1);
    QVERIFY(!result.workspaces.at(0).isCurrent);

    // A current_workspace naming an entry that is not there (the SDK allows that).
    const LepCliImporter::Result dangling = LepCliImporter::parse(
        "current_workspace: gone\nworkspaces:\n  a1:\n    url: https://x.example/\n");
    QVERIFY(dangling.isOk());
    QVERIFY(dangling.currentWorkspaceId.isEmpty());
    QVERIFY(!dangling.workspaces.at(0).isCurrent);
}

void TestLepCliImporter::emptyFile()
{
    for (const QByteArray &contents : {QByteArray(), QByteArray("\n\n"), QByteArray("# only a comment\n"),
                                       QByteArray("workspaces: {}\ncurrent_workspace: null\n"),
                                       QByteArray("workspaces:\n")}) {
        const LepCliImporter::Result result = LepCliImporter::parse(contents);
        QVERIFY2(result.isOk(), contents.constData());
        QVERIFY(result.workspaces.isEmpty());
        QVERIFY(result.currentWorkspaceId.isEmpty());
    }
}

void TestLepCliImporter::malformed_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::newRow("not yaml") << QByteArray("workspaces: [unclosed\n  auth_token: SECRET\n");
    QTest::newRow("bad indentation") << QByteArray("workspaces:\n  a:\n    url: x\n   id: SECRET: y\n");
    QTest::newRow("top level is a list") << QByteArray("- a\n- b\n");
    QTest::newRow("top level is a scalar") << QByteArray("SECRET-token-only\n");
    QTest::newRow("workspaces is a list") << QByteArray("workspaces:\n  - a\n  - b\n");
    QTest::newRow("current is a map") << QByteArray("current_workspace: {a: 1}\nworkspaces: {}\n");
    QTest::newRow("tab indentation") << QByteArray("workspaces:\n\ta:\n\t\turl: x\n");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe", 5);
}

void TestLepCliImporter::malformed()
{
    QFETCH(QByteArray, contents);
    const QString path = m_dir.filePath(QStringLiteral("malformed/workspace_info.yaml"));
    QVERIFY(writeFile(path, contents));
    const LepCliImporter::Result result = LepCliImporter::importFile(path);
    QCOMPARE(result.error, LepCliImporter::Error::Malformed);
    QVERIFY(!result.isOk());
    QVERIFY(result.workspaces.isEmpty());
    QVERIFY2(result.errorMessage.contains(QDir::toNativeSeparators(path)), qPrintable(result.errorMessage));
    QVERIFY2(!result.errorMessage.contains(QLatin1String("SECRET")), qPrintable(result.errorMessage));
}

void TestLepCliImporter::missingFile()
{
    const QString path = m_dir.filePath(QStringLiteral("nowhere/workspace_info.yaml"));
    const LepCliImporter::Result result = LepCliImporter::importFile(path);
    QCOMPARE(result.error, LepCliImporter::Error::FileMissing);
    QVERIFY(result.workspaces.isEmpty());
    QVERIFY(result.errorMessage.contains(QDir::toNativeSeparators(path)));
    QCOMPARE(result.filePath, path);
}

void TestLepCliImporter::notAFile()
{
    const QString path = m_dir.filePath(QStringLiteral("isadir/workspace_info.yaml"));
    QVERIFY(QDir().mkpath(path));
    QCOMPARE(LepCliImporter::importFile(path).error, LepCliImporter::Error::Unreadable);

    const QString big = m_dir.filePath(QStringLiteral("big/workspace_info.yaml"));
    QVERIFY(writeFile(big, QByteArray(LepCliImporter::maxFileSize + 10, '#')));
    QCOMPARE(LepCliImporter::importFile(big).error, LepCliImporter::Error::Unreadable);
}

void TestLepCliImporter::defaultPathHonoursEnvironment()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), QStringLiteral("/home/someone"));
    QCOMPARE(LepCliImporter::defaultFilePath(env),
             QStringLiteral("/home/someone/.cache/lepton/workspace_info.yaml"));
    // The SDK ignores XDG_CACHE_HOME; so does the console.
    env.insert(QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("/elsewhere"));
    QCOMPARE(LepCliImporter::defaultFilePath(env),
             QStringLiteral("/home/someone/.cache/lepton/workspace_info.yaml"));
    env.insert(QStringLiteral("LEPTON_CACHE_DIR"), QStringLiteral("/srv/lepton-cache/"));
    QCOMPARE(LepCliImporter::defaultFilePath(env),
             QStringLiteral("/srv/lepton-cache/workspace_info.yaml"));
    env.insert(QStringLiteral("LEPTON_CACHE_DIR"), QString());
    QCOMPARE(LepCliImporter::defaultFilePath(env),
             QStringLiteral("/home/someone/.cache/lepton/workspace_info.yaml"));
}

void TestLepCliImporter::importDefaultReadsLeptonCacheDir()
{
    const QString home = m_dir.filePath(QStringLiteral("home"));
    const QString cache = m_dir.filePath(QStringLiteral("custom-cache"));
    QVERIFY(writeFile(home + QStringLiteral("/.cache/lepton/workspace_info.yaml"),
                      "workspaces:\n  fromhome:\n    url: https://h.example/\n"));
    QVERIFY(writeFile(cache + QStringLiteral("/workspace_info.yaml"),
                      "workspaces:\n  fromcache:\n    url: https://c.example/\n"));

    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home);
    LepCliImporter::Result result = LepCliImporter::importDefault(env);
    QVERIFY2(result.isOk(), qPrintable(result.errorMessage));
    QCOMPARE(result.workspaces.size(), 1);
    QCOMPARE(result.workspaces.at(0).credentials.workspaceId, QStringLiteral("fromhome"));

    env.insert(QStringLiteral("LEPTON_CACHE_DIR"), cache);
    result = LepCliImporter::importDefault(env);
    QVERIFY2(result.isOk(), qPrintable(result.errorMessage));
    QCOMPARE(result.workspaces.size(), 1);
    QCOMPARE(result.workspaces.at(0).credentials.workspaceId, QStringLiteral("fromcache"));

    env.insert(QStringLiteral("LEPTON_CACHE_DIR"), m_dir.filePath(QStringLiteral("empty-cache")));
    QCOMPARE(LepCliImporter::importDefault(env).error, LepCliImporter::Error::FileMissing);
}

QTEST_GUILESS_MAIN(TestLepCliImporter)
#include "tst_lepcliimporter.moc"
