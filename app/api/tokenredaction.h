#pragma once

#include <QString>

// Cuts a secret out of text a server sent back (some gateways and debug proxies echo the
// request, headers included, in their error pages) or that the command line is about to
// print, before anything can show, log or print it.
//
// A distinctive secret (isDistinctive(): a real token) is cut wherever it appears, however the
// page wrote it: split by whitespace or line breaks, by JSON escapes (\n, \/, \u0041) or by
// HTML tags between any two of its characters. Run it on the whole text, before it is
// shortened or its whitespace simplified: a cut through the middle of the secret would leave
// a prefix that no longer matches.
//
// A secret that could be an ordinary word ("error", "ready", "demo-token") is cut only where
// it stands as a credential: after "Bearer ", "Basic ", "Authorization:", or a key such as
// token=, "api_token": or password:, as a whole word. Elsewhere the word is the word: hiding
// every "error" of a message because the token is "error" would hide the message and tell a
// reader what the token is.
class TokenRedaction
{
public:
    static QString redact(const QString &text, const QString &secret);

    // Whether `secret` cannot be mistaken for ordinary text: at least MinimumDistinctiveLength
    // characters, and a digit or a symbol other than '-', '_', '.', or a capital letter after a
    // small one (aB), or at least AlwaysDistinctiveLength characters whatever they are.
    static bool isDistinctive(const QString &secret);

    // What stands where the secret was.
    static QString placeholder() { return QStringLiteral("[token hidden]"); }

    static constexpr int MinimumDistinctiveLength = 8;
    static constexpr int AlwaysDistinctiveLength = 20;
};
