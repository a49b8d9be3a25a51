#pragma once

#include <QString>

// Cuts a secret out of text a server sent back (some gateways and debug proxies echo the
// request, headers included, in their error pages) before anything can show, log or print it.
//
// Echoes are found however the page wrote them: split by whitespace or line breaks, by JSON
// escapes (\n, \/, \u0041) or by HTML tags between any two of its characters. Run it on the
// whole text, before it is shortened or its whitespace simplified: a cut through the middle
// of the secret would leave a prefix that no longer matches.
class TokenRedaction
{
public:
    static QString redact(const QString &text, const QString &secret);

    // What stands where the secret was.
    static QString placeholder() { return QStringLiteral("[token hidden]"); }

    // Secrets shorter than this are not searched for (they would match ordinary words).
    static constexpr int MinimumLength = 4;
};
