#pragma once

#include <QCoreApplication>
#include <QString>

// The credential string users copy from the Lepton dashboard and paste into the console,
// "<workspace_id>:<token>" (what `lep login -c` takes). Like the SDK (cli.py login,
// APIClient), it is split at the FIRST colon, so a token may itself contain colons.
// Surrounding whitespace, line breaks and invisible characters (BOM, zero-width space)
// that come along with a paste are removed first.
//
// Error messages never quote the input: a string without a colon may be a bare token.
class CredentialString
{
    Q_DECLARE_TR_FUNCTIONS(CredentialString)

public:
    enum class Error {
        None,
        Empty,              // nothing but whitespace
        MissingColon,       // no ':' at all
        EmptyWorkspaceId,   // ":token"
        EmptyToken,         // "id:"
        WhitespaceInside,   // a space, tab or line break inside the id or the token
        InvalidWorkspaceId, // characters that cannot be part of a workspace id
        InvalidToken,       // control or non-ASCII characters in the token
    };

    struct Result
    {
        QString workspaceId;
        QString token;
        Error error = Error::None;
        QString errorMessage; // for the user; never contains the token
        bool isValid() const { return error == Error::None; }
    };

    static Result parse(const QString &text);

    // Letters, digits, '-', '_' and '.', not "." or "..": the id ends up in a URL path
    // (…/api/v2/workspaces/<id>) and in keychain and settings keys.
    static bool isValidWorkspaceId(const QString &workspaceId);

    // A token the console can send in an HTTP header: printable ASCII, no whitespace.
    static bool isValidToken(const QString &token);

    // The paste clean-up parse() applies: whitespace and invisible characters at both ends.
    static QString trimmedPaste(const QString &text);
};
