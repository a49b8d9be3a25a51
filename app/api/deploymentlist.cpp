// DeploymentList: the list answers of /deployments, /endpoints and /devpods parsed into
// Deployment values (declared in deployment.h beside the type), apart from the type itself.
#include "app/api/deployment.h"

#include "app/api/apijsonkeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVariant>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <initializer_list>
#include <span>
#include <thread>

namespace DeploymentList {

namespace {

// The byte ranges of the elements of a JSON array, found without parsing them (strings are
// skipped with memchr, so this runs at memory speed). False when the text is not an array
// this scanner follows; the caller then does without fingerprints.
bool splitArrayElements(QByteArrayView text, QList<QByteArrayView> *elements, int *maxDepth)
{
    *maxDepth = 0;
    const char *p = text.data();
    const char *const end = p + text.size();
    auto isSpace = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    while (p < end && isSpace(*p))
        ++p;
    if (p == end || *p != '[')
        return false;
    ++p;
    int depth = 0;
    const char *start = nullptr;
    auto close = [&](const char *stop) {
        while (stop > start && isSpace(stop[-1]))
            --stop;
        elements->append(QByteArrayView(start, stop - start));
        start = nullptr;
    };
    while (p < end) {
        const char c = *p;
        if (c == '"') {
            if (!start)
                start = p;
            const char *q = p + 1;
            for (;;) {
                q = static_cast<const char *>(memchr(q, '"', size_t(end - q)));
                if (!q)
                    return false;
                const char *backslashes = q;
                while (backslashes > p + 1 && backslashes[-1] == '\\')
                    --backslashes;
                if ((q - backslashes) % 2 == 0)
                    break; // not escaped
                ++q;
            }
            p = q + 1;
            continue;
        }
        if (depth == 0) {
            if (c == ']') {
                if (start)
                    close(p);
                else if (!elements->isEmpty())
                    return false; // "[1,]": a comma with nothing after it
                for (++p; p < end; ++p) {
                    if (!isSpace(*p))
                        return false; // something after the list
                }
                return true;
            }
            if (c == ',') {
                if (!start)
                    return false;
                close(p);
                ++p;
                continue;
            }
            if (!start && !isSpace(c))
                start = p;
        }
        if (c == '{' || c == '[')
            *maxDepth = std::max(*maxDepth, ++depth);
        else if ((c == '}' || c == ']') && --depth < 0)
            return false;
        ++p;
    }
    return false;
}

quint64 fingerprint(QByteArrayView text)
{
    const quint64 hash = quint64(qHash(text, size_t(0x9e3779b97f4a7c15ULL)));
    return hash != 0 ? hash : 1;
}

// The usual answer, a list of objects, parsed one element at a time: each element's tree
// lives only while its typed fields are read, then the element is kept as compact text. The
// whole list never exists as one tree (that took ~120 MB for 10,000 deployments). Returns
// false, having done nothing, for anything else; parse() then takes the general path.
// Why one entry of the list cannot be read, naming it when a repaired copy of its text
// (invalid bytes replaced) still tells its name.
QString unreadableEntry(const QByteArray &text, qsizetype index)
{
    const QJsonObject repaired = QJsonDocument::fromJson(QString::fromUtf8(text).toUtf8()).object();
    const QString name = repaired.value(ApiJsonKeys::Metadata).toObject().value(ApiJsonKeys::Name).toString();
    return name.isEmpty()
        ? QCoreApplication::translate("Deployment", "entry %1 of the list has text that is not valid UTF-8").arg(index + 1)
        : QCoreApplication::translate("Deployment", "\"%1\" has text that is not valid UTF-8").arg(name);
}

// Detail::Summary: what of a legacy deployment Deployment::fromJson reads. A member named
// here is kept: whole when it has no children below, else only those children (when it is an
// object). Everything else (envs, mounts, ports, conditions, tokens: most of the bytes) is
// checked and skipped without building a tree for it.
struct KeepNode
{
    QLatin1String key;
    std::initializer_list<KeepNode> children;
};

const KeepNode kLegacySummary[] = {
    {ApiJsonKeys::Metadata,
     {{ApiJsonKeys::Name, {}},
      {ApiJsonKeys::Id, {}},
      {ApiJsonKeys::CreatedAt, {}},
      {ApiJsonKeys::LastModifiedAt, {}},
      {ApiJsonKeys::Version, {}},
      {ApiJsonKeys::CreatedBy, {}},
      {ApiJsonKeys::LastModifiedBy, {}},
      {ApiJsonKeys::Owner, {}}}},
    {ApiJsonKeys::Spec,
     {{ApiJsonKeys::Container, {{ApiJsonKeys::Image, {}}}},
      {ApiJsonKeys::ResourceRequirement,
       {{ApiJsonKeys::ResourceShape, {}}, {ApiJsonKeys::MinReplicas, {}}, {ApiJsonKeys::MaxReplicas, {}}}},
      // An object with only these (hasAutoScaler is "it is an object").
      {ApiJsonKeys::AutoScaler,
       {{ApiJsonKeys::ScaleDown, {{ApiJsonKeys::NoTrafficTimeout, {}}}},
        {ApiJsonKeys::TargetGpuUtilizationPercentage, {}},
        {ApiJsonKeys::TargetThroughput, {{ApiJsonKeys::Qpm, {}}}}}},
      {ApiJsonKeys::IsPod, {}}}},
    {ApiJsonKeys::Status,
     {{ApiJsonKeys::State, {}},
      {ApiJsonKeys::Phase, {}},
      {ApiJsonKeys::AutoscalerStatus, {{ApiJsonKeys::DesiredReplicas, {}}}},
      {ApiJsonKeys::Endpoint, {{ApiJsonKeys::ExternalEndpoint, {}}, {ApiJsonKeys::InternalEndpoint, {}}}},
      {ApiJsonKeys::IsSystem, {}}}},
};

// Copies of one JSON object the members `keep` names, checking the syntax of all of it as
// QJsonDocument would (strings, escapes, numbers, literals, nesting), so that a text it takes
// is one the full parse takes too. Fails (the caller then parses in full) on anything else.
class JsonPruner
{
public:
    explicit JsonPruner(QByteArrayView text) : m_p(text.data()), m_end(text.data() + text.size()) {}

    bool prune(std::span<const KeepNode> keep, QByteArray *out)
    {
        // What is kept is a part of the text (its braces and commas stand where the text had
        // some), so one buffer of the text's size holds it: written through a pointer, not
        // appended piece by piece (appending cost as much as the pruning).
        out->resize(m_end - m_p);
        m_w = out->data();
        if (!object(keep, 0))
            return false;
        space();
        out->truncate(m_w - out->constData());
        out->squeeze(); // the entry keeps the part, not a buffer of the whole text's size
        return m_p == m_end;
    }

private:
    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }
    void space()
    {
        while (m_p < m_end && isSpace(*m_p))
            ++m_p;
    }

    void put(char c) { *m_w++ = c; }
    void put(const char *from, const char *to)
    {
        std::memcpy(m_w, from, size_t(to - from));
        m_w += to - from;
    }

    // At '{': copies the kept members of the object to the output (as an object).
    bool object(std::span<const KeepNode> keep, int depth)
    {
        if (depth > 64 || m_p == m_end || *m_p != '{')
            return false;
        ++m_p;
        put('{');
        bool first = true;
        space();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            put('}');
            return true;
        }
        for (;;) {
            space();
            const char *keyStart = m_p;
            bool escaped = false;
            if (!string(&escaped))
                return false;
            const QByteArrayView key(keyStart + 1, m_p - keyStart - 2);
            space();
            if (m_p == m_end || *m_p != ':')
                return false;
            ++m_p;
            space();
            const KeepNode *node = nullptr;
            for (const KeepNode &candidate : keep) {
                if (QLatin1String(key.data(), key.size()) == candidate.key)
                    node = &candidate;
            }
            // A key written with escapes may still be one of ours: kept whole.
            const bool whole = escaped || (node && std::empty(node->children));
            if (node || escaped) {
                if (!first)
                    put(',');
                first = false;
                put(keyStart, m_p);
                if (!whole && m_p < m_end && *m_p == '{') {
                    if (!object(std::span<const KeepNode>(node->children.begin(), node->children.size()), depth + 1))
                        return false;
                } else {
                    const char *valueStart = m_p;
                    if (!value(depth + 1))
                        return false;
                    put(valueStart, m_p);
                }
            } else if (!value(depth + 1)) {
                return false;
            }
            space();
            if (m_p == m_end)
                return false;
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p != '}')
                return false;
            ++m_p;
            put('}');
            return true;
        }
    }

    // Skips one value, checking it.
    bool value(int depth)
    {
        if (depth > 64 || m_p == m_end)
            return false;
        switch (*m_p) {
        case '"':
            return string(nullptr);
        case '{':
        case '[': {
            const char close = *m_p == '{' ? '}' : ']';
            const bool isObject = close == '}';
            ++m_p;
            space();
            if (m_p < m_end && *m_p == close) {
                ++m_p;
                return true;
            }
            for (;;) {
                space();
                if (isObject) {
                    if (!string(nullptr))
                        return false;
                    space();
                    if (m_p == m_end || *m_p != ':')
                        return false;
                    ++m_p;
                    space();
                }
                if (!value(depth + 1))
                    return false;
                space();
                if (m_p == m_end)
                    return false;
                if (*m_p == ',') {
                    ++m_p;
                    continue;
                }
                if (*m_p != close)
                    return false;
                ++m_p;
                return true;
            }
        }
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool literal(const char *word)
    {
        const size_t n = std::strlen(word);
        if (size_t(m_end - m_p) < n || std::memcmp(m_p, word, n) != 0)
            return false;
        m_p += n;
        return true;
    }

    static bool isDigit(char c) { return c >= '0' && c <= '9'; }
    bool digits()
    {
        if (m_p == m_end || !isDigit(*m_p))
            return false;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
        return true;
    }
    bool number()
    {
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p < m_end && *m_p == '0')
            ++m_p;
        else if (!digits())
            return false;
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (!digits())
                return false;
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return false;
        }
        return true;
    }

    // At '"': past the closing quote. Control characters and unknown escapes fail, as in
    // QJsonDocument; the bytes' UTF-8 is checked once for the whole element by the caller.
    bool string(bool *escaped)
    {
        if (m_p == m_end || *m_p != '"')
            return false;
        ++m_p;
        while (m_p < m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                if (escaped)
                    *escaped = true;
                if (++m_p == m_end)
                    return false;
                switch (*m_p) {
                case '"': case '\\': case '/': case 'b': case 'f': case 'n': case 'r': case 't':
                    ++m_p;
                    continue;
                case 'u':
                    ++m_p;
                    for (int i = 0; i < 4; ++i, ++m_p) {
                        if (m_p == m_end || !std::isxdigit(static_cast<unsigned char>(*m_p)))
                            return false;
                    }
                    continue;
                default:
                    return false;
                }
            }
            ++m_p;
        }
        return false;
    }

    const char *m_p;
    const char *const m_end;
    char *m_w = nullptr; // where the next kept byte goes
};

// What parseRange() made of a run of the list's elements.
struct ParsedRange
{
    QList<Deployment> deployments;
    int dropped = 0;
    QStringList unreadable;
    bool broken = false; // an element the general path must judge
};

ParsedRange parseRange(std::span<const QByteArrayView> texts, qsizetype firstIndex, ResourceKind kind,
                       ApiGeneration generation, Detail detail)
{
    ParsedRange range;
    range.deployments.reserve(qsizetype(texts.size()));
    for (size_t i = 0; i < texts.size(); ++i) {
        const QByteArrayView text = texts[i];
        const qsizetype index = firstIndex + qsizetype(i);
        if (text.isEmpty() || text.front() != '{') {
            range.broken = true; // not an object: let the general path decide
            return range;
        }
        QByteArray bytes;
        // Summary of a legacy list: only what the typed fields come from is parsed (a text
        // the pruner does not take, or whose bytes are not all UTF-8, goes the full way, so
        // what is refused and said stays the same).
        const bool summary = detail == Detail::Summary && generation == ApiGeneration::Legacy
            && kind != ResourceKind::RayCluster && text.isValidUtf8()
            && JsonPruner(text).prune(kLegacySummary, &bytes);
        if (!summary)
            bytes = text.toByteArray();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error == QJsonParseError::IllegalUTF8String) {
            // Well-formed, but bytes that are not text: this entry is left out, said so,
            // and the rest of the list is shown.
            range.unreadable.append(unreadableEntry(bytes, index));
            continue;
        }
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            range.broken = true; // broken: the general path reports where
            return range;
        }
        Deployment deployment;
        if (Deployment::fromJson(document.object(), kind, generation, &deployment)) {
            deployment.raw = CompactJsonObject::fromText(bytes);
            deployment.rawFingerprint = summary ? 0 : fingerprint(text);
            range.deployments.append(std::move(deployment));
        } else {
            ++range.dropped;
        }
    }
    return range;
}

// Below this many bytes a list is parsed on the calling thread alone: a second thread would
// cost about what it saves.
constexpr qsizetype kParallelBytes = 256 * 1024;

bool parseElementwise(const QByteArray &body, QList<Deployment> *out, int *skipped, QStringList *unreadable,
                      ResourceKind kind, ApiGeneration generation, Detail detail)
{
    QList<QByteArrayView> texts;
    int maxDepth = 0;
    // Deep nesting goes the general way too, so its limit and message stay the parser's.
    if (!splitArrayElements(body, &texts, &maxDepth) || maxDepth > 64)
        return false;
    const std::span<const QByteArrayView> all(texts.constData(), size_t(texts.size()));
    // A long list is parsed in two halves at once (the elements are independent; the halves
    // are joined in order, so the result is the same as one pass): on a machine with a spare
    // core the user waits half as long for the first table (1,000 deployments, ~1.5 MB).
    const bool split = body.size() >= kParallelBytes && texts.size() >= 2 && std::thread::hardware_concurrency() > 1;
    const size_t half = split ? all.size() / 2 : all.size();
    ParsedRange second;
    std::thread helper;
    if (split) {
        helper = std::thread([&second, all, half, kind, generation, detail] {
            second = parseRange(all.subspan(half), qsizetype(half), kind, generation, detail);
        });
    }
    ParsedRange first = parseRange(all.first(half), 0, kind, generation, detail);
    if (helper.joinable())
        helper.join();
    if (first.broken || second.broken)
        return false;
    first.deployments.append(std::move(second.deployments));
    first.unreadable.append(std::move(second.unreadable));
    if (skipped)
        *skipped = first.dropped + second.dropped;
    if (unreadable)
        *unreadable = std::move(first.unreadable);
    *out = std::move(first.deployments);
    return true;
}

} // namespace

bool parse(const QByteArray &body, QList<Deployment> *out, QString *why, int *skipped, QStringList *unreadable,
           ResourceKind kind, ApiGeneration generation, Detail detail)
{
    if (unreadable)
        unreadable->clear();
    if (parseElementwise(body, out, skipped, unreadable, kind, generation, detail))
        return true;

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (why)
            *why = QCoreApplication::translate("Deployment", "the deployment list is not valid JSON (%1 at byte %2)")
                       .arg(parseError.errorString())
                       .arg(parseError.offset);
        return false;
    }
    if (!document.isArray()) {
        if (why)
            *why = QCoreApplication::translate("Deployment", "the deployment list is not a JSON list");
        return false;
    }
    const QJsonArray array = document.array();
    QList<Deployment> result;
    result.reserve(array.size());
    int dropped = 0;
    for (const QJsonValue &value : array) {
        Deployment deployment;
        if (value.isObject() && Deployment::fromJson(value.toObject(), kind, generation, &deployment))
            result.append(std::move(deployment));
        else
            ++dropped;
    }
    if (skipped)
        *skipped = dropped;
    *out = std::move(result);
    return true;
}

} // namespace DeploymentList
