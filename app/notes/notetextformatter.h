#pragma once

#include <QString>

// "Markdown-lite" for notes: the text stays plain text, only links become clickable.
//
// toHtml() HTML-escapes everything, turns line breaks into <br/>, keeps leading spaces of a
// line (indented lists stay indented), and makes links of
//   - bare http:// and https:// addresses ("see https://example.com/x."; the full stop,
//     a trailing comma or an unbalanced closing parenthesis is not part of the link);
//   - Markdown links [label](https://...) and autolinks <https://...>.
// Only http and https become links: "javascript:", "file:", "data:" and anything else stay
// plain text. The href is the URL percent-encoded (so it can never close the attribute).
namespace NoteTextFormatter {

QString toHtml(const QString &text);

// One line of plain text around the first occurrence of `needle` (case-insensitive), at most
// about `maxChars` characters, with "…" where it was cut; line breaks become spaces. The
// start of the text when `needle` is empty or absent.
QString snippet(const QString &text, const QString &needle, int maxChars = 80);

} // namespace NoteTextFormatter
