#include "app/credentials/lepcliimporter.h"

#include "app/credentials/credentialstring.h"
#include "app/credentials/workspaceurl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

#include <exception>
#include <string>

namespace {

const QLatin1String kFileName("workspace_info.yaml");

QString toQString(const std::string &text)
{
    return QString::fromStdString(text);
}

// A string-valued field: empty for absent or null; nullopt when it is not a scalar.
std::optional<QString> scalarField(const YAML::Node &map, const char *key)
{
    const YAML::Node node = map[key];
    if (!node.IsDefined() || node.IsNull())
        return QString();
    if (!node.IsScalar())
        return std::nullopt;
    return toQString(node.Scalar()).trimmed();
}

QUrl stripTrailingSlash(QUrl url)
{
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

} // namespace

QString LepCliImporter::defaultFilePath(const QProcessEnvironment &environment)
{
    // As the SDK's config.py: CACHE_DIR = $LEPTON_CACHE_DIR or Path.home()/.cache/lepton.
    // (An empty LEPTON_CACHE_DIR would make the SDK use the current folder; the console
    // treats it as unset instead.)
    const QString cacheDir = environment.value(QStringLiteral("LEPTON_CACHE_DIR"));
    if (!cacheDir.isEmpty())
        return QDir(QDir::cleanPath(cacheDir)).filePath(kFileName);
    QString home = environment.value(QStringLiteral("HOME"));
    if (home.isEmpty())
        home = QDir::homePath();
    return QDir(home).filePath(QStringLiteral(".cache/lepton/") + kFileName);
}

LepCliImporter::Result LepCliImporter::importDefault(const QProcessEnvironment &environment)
{
    return importFile(defaultFilePath(environment));
}

LepCliImporter::Result LepCliImporter::importFile(const QString &filePath)
{
    Result result;
    result.filePath = filePath;
    const QFileInfo info(filePath);
    if (!info.exists()) {
        result.error = Error::FileMissing;
        result.errorMessage = tr("No lep CLI login was found (%1 does not exist). Log in "
                                 "with `lep login` first, or add the workspace here.")
                                  .arg(QDir::toNativeSeparators(filePath));
        return result;
    }
    if (!info.isFile()) {
        result.error = Error::Unreadable;
        result.errorMessage = tr("%1 is not a file.").arg(QDir::toNativeSeparators(filePath));
        return result;
    }
    if (info.size() > maxFileSize) {
        result.error = Error::Unreadable;
        result.errorMessage = tr("%1 is too large to be a lep CLI workspace file.")
                                  .arg(QDir::toNativeSeparators(filePath));
        return result;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = Error::Unreadable;
        result.errorMessage = tr("Cannot read %1: %2")
                                  .arg(QDir::toNativeSeparators(filePath), file.errorString());
        return result;
    }
    const QByteArray contents = file.read(maxFileSize + 1);
    if (contents.size() > maxFileSize) {
        result.error = Error::Unreadable;
        result.errorMessage = tr("%1 is too large to be a lep CLI workspace file.")
                                  .arg(QDir::toNativeSeparators(filePath));
        return result;
    }
    return parse(contents, filePath);
}

LepCliImporter::Result LepCliImporter::parse(const QByteArray &yaml, const QString &filePath)
{
    Result result;
    result.filePath = filePath;
    const QString shownPath = filePath.isEmpty() ? tr("The lep CLI workspace file")
                                                 : QDir::toNativeSeparators(filePath);
    const auto malformed = [&result, &shownPath](const QString &detail) {
        result.error = Error::Malformed;
        result.errorMessage = tr("%1 is not a lep CLI workspace file the console can read: %2")
                                  .arg(shownPath, detail);
        result.workspaces.clear();
        result.currentWorkspaceId.clear();
        return result;
    };

    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        if (!root.IsDefined() || root.IsNull())
            return result; // an empty file: no workspaces
        if (!root.IsMap())
            return malformed(tr("the top level is not a mapping."));

        const YAML::Node workspaces = root["workspaces"];
        if (workspaces.IsDefined() && !workspaces.IsNull() && !workspaces.IsMap())
            return malformed(tr("\"workspaces\" is not a mapping."));

        const std::optional<QString> current = scalarField(root, "current_workspace");
        if (!current)
            return malformed(tr("\"current_workspace\" is not a string."));

        if (!workspaces.IsDefined() || workspaces.IsNull())
            return result;

        for (auto it = workspaces.begin(); it != workspaces.end(); ++it) {
            const YAML::Node keyNode = it->first;
            const YAML::Node entry = it->second;
            if (!keyNode.IsScalar()) {
                result.warnings << tr("Skipped an entry whose key is not a workspace id.");
                continue;
            }
            const QString key = toQString(keyNode.Scalar()).trimmed();
            if (!entry.IsMap()) {
                result.warnings << tr("Skipped workspace \"%1\": its entry is not a mapping.").arg(key);
                continue;
            }
            const std::optional<QString> idField = scalarField(entry, "id");
            const std::optional<QString> url = scalarField(entry, "url");
            const std::optional<QString> displayName = scalarField(entry, "display_name");
            const std::optional<QString> token = scalarField(entry, "auth_token");
            const std::optional<QString> origin = scalarField(entry, "workspace_origin_url");
            if (!idField || !url || !displayName || !token || !origin) {
                result.warnings << tr("Skipped workspace \"%1\": a field has the wrong type.").arg(key);
                continue;
            }

            Workspace workspace;
            // Older SDK versions kept the id only as the key.
            const QString id = idField->isEmpty() ? key : *idField;
            if (!CredentialString::isValidWorkspaceId(id)) {
                result.warnings << tr("Skipped workspace \"%1\": \"%2\" is not a workspace id.").arg(key, id);
                continue;
            }
            workspace.credentials.workspaceId = id;
            workspace.credentials.displayName = *displayName;

            if (!url->isEmpty()) {
                const QUrl baseUrl(*url, QUrl::StrictMode);
                QString why;
                if (!WorkspaceUrl::isAllowedBaseUrl(baseUrl, &why)) {
                    result.warnings << tr("Skipped workspace \"%1\": %2").arg(key, why);
                    continue;
                }
                // The SDK writes the default URL out in full; empty means "the default" here.
                if (stripTrailingSlash(baseUrl) != WorkspaceUrl::defaultWorkspaceUrl(id))
                    workspace.credentials.baseUrl = baseUrl;
            }

            if (!token->isEmpty()) {
                if (CredentialString::isValidToken(*token))
                    workspace.credentials.token = *token;
                else
                    result.warnings << tr("The token of workspace \"%1\" contains characters a "
                                          "Lepton token cannot have; it was not imported.").arg(key);
            }

            if (!origin->isEmpty()) {
                const QUrl originUrl(*origin, QUrl::StrictMode);
                if (originUrl.isValid())
                    workspace.originUrl = originUrl;
            }

            const YAML::Node expires = entry["token_expires_at"];
            if (expires.IsDefined() && expires.IsScalar()) {
                try {
                    workspace.tokenExpiresAt = expires.as<qint64>();
                } catch (const YAML::Exception &) {
                    // Not a number: the SDK would refuse the file; an expiry is only a hint here.
                }
            }

            workspace.isCurrent = !current->isEmpty() && key == *current;
            if (workspace.isCurrent)
                result.currentWorkspaceId = id;
            result.workspaces.append(workspace);
        }
    } catch (const YAML::Exception &e) {
        // The parser's message holds a position and a reason, not the file's contents.
        if (e.mark.is_null())
            return malformed(tr("it is not valid YAML."));
        return malformed(tr("it is not valid YAML (line %1, column %2).")
                             .arg(e.mark.line + 1)
                             .arg(e.mark.column + 1));
    } catch (const std::exception &) {
        return malformed(tr("it could not be parsed."));
    }
    return result;
}
