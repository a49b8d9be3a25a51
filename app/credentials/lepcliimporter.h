#pragma once

#include "app/credentials/workspacecredentials.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

// Reads the workspaces the `lep` CLI is logged in to, so the console can offer them.
//
// The SDK (leptonai/api/v2/workspace_record.py) keeps them in
// $LEPTON_CACHE_DIR/workspace_info.yaml, by default ~/.cache/lepton/workspace_info.yaml,
// tokens in plain text:
//
//     current_workspace: ws1            # a key of workspaces, or null
//     workspaces:
//       ws1:
//         id: ws1                       # older files have no id: the key is the id
//         url: https://gateway.../api/v2/workspaces/ws1
//         display_name: My workspace    # or null
//         auth_token: abc...            # or null
//         workspace_origin_url: ...     # or null
//         token_expires_at: 1767225600000  # ms since the epoch, or null
//
// The console never writes this file. Errors are values: yaml-cpp's exceptions stay inside.
class LepCliImporter
{
    Q_DECLARE_TR_FUNCTIONS(LepCliImporter)

public:
    enum class Error {
        None,
        FileMissing, // no such file: the user never logged in with `lep`
        Unreadable,  // exists but cannot be read (permissions, a folder, too large)
        Malformed,   // not YAML, or not the structure the SDK writes
    };

    struct Workspace
    {
        WorkspaceCredentials credentials; // token empty when the file has none
        QUrl originUrl;                   // workspace_origin_url, when present
        std::optional<qint64> tokenExpiresAt; // token_expires_at: ms since the epoch, UTC
        bool isCurrent = false;           // the CLI's current_workspace
    };

    struct Result
    {
        Error error = Error::None;
        QString errorMessage;       // for the user; never quotes a token
        QString filePath;           // the file that was (or would have been) read
        QList<Workspace> workspaces; // in the file's order
        QString currentWorkspaceId; // empty when the CLI has no current workspace
        QStringList warnings;       // entries skipped, with the reason
        bool isOk() const { return error == Error::None; }
    };

    // $LEPTON_CACHE_DIR/workspace_info.yaml, else $HOME/.cache/lepton/workspace_info.yaml
    // (the SDK uses the home folder, not XDG_CACHE_HOME).
    static QString defaultFilePath(const QProcessEnvironment &environment
                                   = QProcessEnvironment::systemEnvironment());

    static Result importDefault(const QProcessEnvironment &environment
                                = QProcessEnvironment::systemEnvironment());
    static Result importFile(const QString &filePath);
    // Parses the file's contents; filePath is only used in messages.
    static Result parse(const QByteArray &yaml, const QString &filePath = QString());

    static constexpr qint64 maxFileSize = 1024 * 1024;
};
