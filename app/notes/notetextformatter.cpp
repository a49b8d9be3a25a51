#include "app/notes/notetextformatter.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace {

// A link candidate: [label](url), <url>, or a bare http(s) address up to white space.
const QRegularExpression &linkPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(\[([^\]\n]+)\]\(([^)\s]+)\))"     // 1 label, 2 url
                       R"(|<(https?://[^>\s]+)>)"           // 3 url
                       R"(|\b(https?://[^\s<>"]+))"),        // 4 url
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// A bare address keeps its trailing punctuation out: "see https://x.org/a." links "…/a".
// A closing parenthesis stays only when the address opened one ("…/Foo_(bar)").
QString trimBareUrl(const QString &url)
{
    QString trimmed = url;
    while (!trimmed.isEmpty()) {
        const QChar last = trimmed.back();
        if (QStringLiteral(".,;:!?'*").contains(last)) {
            trimmed.chop(1);
        } else if (last == u')' && trimmed.count(u'(') < trimmed.count(u')')) {
            trimmed.chop(1);
        } else {
            break;
        }
    }
    return trimmed;
}

// The href for `text` when it is an http(s) URL with a host; empty otherwise.
QString safeHref(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return {};
    // toEncoded percent-encodes quotes, spaces and angle brackets; & is escaped for HTML.
    return QString::fromLatin1(url.toEncoded()).toHtmlEscaped();
}

QString anchor(const QString &href, const QString &label)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href, label.toHtmlEscaped());
}

// Escapes one line and keeps its leading spaces (HTML would collapse them).
QString escapeLine(const QString &line, bool atLineStart)
{
    QString escaped = line.toHtmlEscaped();
    if (!atLineStart)
        return escaped;
    qsizetype spaces = 0;
    while (spaces < escaped.size() && (escaped.at(spaces) == u' ' || escaped.at(spaces) == u'\t'))
        ++spaces;
    QString indent;
    for (qsizetype i = 0; i < spaces; ++i)
        indent += escaped.at(i) == u'\t' ? QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") : QStringLiteral("&nbsp;");
    return indent + escaped.mid(spaces);
}

// Escapes a stretch of text with no links in it, turning line breaks into <br/>.
QString escapeText(const QString &text, bool startsLine)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(u'\r', u'\n');
    const QStringList lines = normalized.split(u'\n');
    QStringList out;
    out.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        out << escapeLine(lines.at(i), i > 0 || startsLine);
    return out.join(QStringLiteral("<br/>"));
}

} // namespace

namespace NoteTextFormatter {

QString toHtml(const QString &text)
{
    QString html;
    qsizetype position = 0;
    bool startsLine = true;
    const auto appendPlain = [&](const QString &plain) {
        if (plain.isEmpty())
            return;
        html += escapeText(plain, startsLine);
        startsLine = plain.endsWith(u'\n') || plain.endsWith(u'\r');
    };

    QRegularExpressionMatchIterator it = linkPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        QString replacement;
        qsizetype matchEnd = match.capturedEnd();
        if (match.hasCaptured(2)) { // [label](url)
            const QString href = safeHref(match.captured(2));
            if (!href.isEmpty())
                replacement = anchor(href, match.captured(1));
        } else if (match.hasCaptured(3)) { // <url>
            const QString href = safeHref(match.captured(3));
            if (!href.isEmpty())
                replacement = anchor(href, match.captured(3));
        } else { // bare address
            const QString url = trimBareUrl(match.captured(4));
            const QString href = safeHref(url);
            if (!href.isEmpty()) {
                replacement = anchor(href, url);
                matchEnd = match.capturedStart(4) + url.size();
            }
        }
        if (replacement.isEmpty())
            continue; // not a safe link: stays plain text
        appendPlain(text.mid(position, match.capturedStart() - position));
        html += replacement;
        startsLine = false;
        position = matchEnd;
    }
    appendPlain(text.mid(position));
    return html;
}

QString snippet(const QString &text, const QString &needle, int maxChars)
{
    QString flat = text.simplified();
    maxChars = qMax(maxChars, 8);
    if (flat.size() <= maxChars)
        return flat;
    const QString key = needle.simplified();
    qsizetype hit = key.isEmpty() ? -1 : flat.indexOf(key, 0, Qt::CaseInsensitive);
    qsizetype start = 0;
    if (hit > 0) {
        // Put the hit about a third of the way in, so some context comes before it.
        start = qMax<qsizetype>(0, hit - maxChars / 3);
        start = qMin<qsizetype>(start, flat.size() - maxChars);
    }
    QString cut = flat.mid(start, maxChars);
    if (start > 0)
        cut = u'…' + cut.mid(1);
    if (start + maxChars < flat.size())
        cut = cut.left(cut.size() - 1) + u'…';
    return cut;
}

} // namespace NoteTextFormatter
