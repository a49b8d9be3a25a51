#include "app/diagnostics/logcapture.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>

namespace {

QtMessageHandler s_previousHandler = nullptr;
std::atomic_bool s_installed = false;
std::atomic_bool s_debugLogging = false;
std::atomic_bool s_echo = true;

// Everything the handler uses outlives the last message: Qt logs during static destruction
// too (plugins and libraries unloading), after thread_local and ordinary static objects are
// gone, and a pattern used after its destruction is "invalid" and warns, from inside the
// handler, onto stderr. So the patterns and the secrets are made once and never destroyed, and
// the mutexes are trivially destructible.
QBasicMutex s_secretsMutex;
QStringList &secrets() // longest first, so a secret containing another is replaced whole
{
    static QStringList *const list = new QStringList;
    return *list;
}

// QRegularExpression is reentrant, not thread-safe: one match at a time on the shared patterns.
QBasicMutex s_patternsMutex;

const QString &marker()
{
    static const QString *const m = new QString(LogCapture::redactedMarker());
    return *m;
}

// A secret value: up to whitespace, a quote or a separator around it; never the marker of one
// already redacted, so redacting twice changes nothing.
#define LEPTON_VALUE R"((?!\[redacted\])[^\s"'`,;&)}\]<>]+)"

// "Authorization: Bearer x", "authorization=x", "\"Authorization\": \"Basic x\"". The scheme
// word goes with the value: what is left is "Authorization: [redacted]".
const QRegularExpression &authorizationPattern()
{
    static const QRegularExpression *const re = new QRegularExpression(
        QStringLiteral(R"((\b(?:proxy-)?authorization["']?\s*[:=]\s*["']?)(?:(?:bearer|basic|token|digest)\s+)?)" LEPTON_VALUE),
        QRegularExpression::CaseInsensitiveOption);
    return *re;
}

// "Bearer x" anywhere else (a header dumped without its name, a curl command line).
const QRegularExpression &bearerPattern()
{
    static const QRegularExpression *const re = new QRegularExpression(QStringLiteral(R"((\bbearer\s+))" LEPTON_VALUE),
                                                    QRegularExpression::CaseInsensitiveOption);
    return *re;
}

// token=x, api_token: x, "access_token": "x", LEPTON_API_TOKEN=x, password=x, api-key: x, secret=x.
const QRegularExpression &keyValuePattern()
{
    static const QRegularExpression *const re = new QRegularExpression(
        QStringLiteral(R"((\b(?:[a-z0-9]+[_-])*(?:token|secret|password|passwd|api[_-]?key)["']?\s*[:=]\s*["']?))" LEPTON_VALUE),
        QRegularExpression::CaseInsensitiveOption);
    return *re;
}

// A long run of letters and digits with no separators: what generated tokens look like.
const QRegularExpression &longRunPattern()
{
    static const QRegularExpression *const re = new QRegularExpression(QStringLiteral(R"((?<![A-Za-z0-9+=])[A-Za-z0-9+=]{24,}(?![A-Za-z0-9+=]))"));
    return *re;
}

#undef LEPTON_VALUE

// Random-looking: letters and digits, and either both cases or several digits. Long words
// ("deploymentconfiguration") and names with a digit or two stay readable.
bool looksRandom(QStringView run)
{
    int digits = 0, lower = 0, upper = 0;
    for (QChar c : run) {
        if (c.isDigit())
            ++digits;
        else if (c.isLower())
            ++lower;
        else if (c.isUpper())
            ++upper;
    }
    const int letters = lower + upper;
    if (digits == 0 || letters == 0)
        return false;
    return (lower > 0 && upper > 0) || digits >= 4;
}

QString replaceValue(const QString &text, const QRegularExpression &re)
{
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    if (!it.hasNext())
        return text;
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += m.captured(1);
        out += marker();
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

const char *typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "critical";
    case QtFatalMsg: return "fatal";
    }
    return "?";
}

} // namespace

QString LogCapture::Entry::toString() const
{
    QString line = time.toString(QStringLiteral("HH:mm:ss.zzz")) + QLatin1Char(' ') + QLatin1String(typeName(type));
    if (!category.isEmpty() && category != QLatin1String("default"))
        line += QLatin1Char(' ') + category;
    return line + QStringLiteral(": ") + message;
}

LogCapture::LogCapture() = default;

LogCapture *LogCapture::instance()
{
    // Lives as long as the process: messages arrive until the very end, after every
    // QObject tree is gone, so it is never destroyed.
    static LogCapture *const capture = [] {
        auto *c = new LogCapture;
        if (QCoreApplication *app = QCoreApplication::instance(); app && c->thread() != app->thread())
            c->moveToThread(app->thread());
        return c;
    }();
    return capture;
}

bool LogCapture::install()
{
    instance();
    if (s_installed.exchange(true))
        return false;
    s_previousHandler = qInstallMessageHandler(&LogCapture::handler);
    return true;
}

void LogCapture::uninstall()
{
    if (!s_installed.exchange(false))
        return;
    qInstallMessageHandler(s_previousHandler);
    s_previousHandler = nullptr;
}

bool LogCapture::isInstalled()
{
    return s_installed;
}

void LogCapture::setEcho(bool enabled)
{
    s_echo = enabled;
}

bool LogCapture::echo()
{
    return s_echo;
}

void LogCapture::handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString redacted = redact(message);
    // A message logged while recording one (a queued signal that cannot be delivered, say)
    // goes straight through instead of into the buffer again.
    static thread_local bool recording = false;
    if (!recording) {
        recording = true;
        LogCapture *capture = instance();
        Q_EMIT capture->entryAdded(
            capture->append(type, QString::fromLatin1(context.category ? context.category : "default"), redacted));
        recording = false;
    }
    if (!s_echo && type != QtFatalMsg) {
        // Kept above, and nowhere else. A fatal message still goes out: the process ends.
    } else if (s_previousHandler) {
        s_previousHandler(type, context, redacted);
    } else {
        const QString line = qFormatLogMessage(type, context, redacted);
        std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
        std::fflush(stderr);
    }
}

QString LogCapture::redact(const QString &text)
{
    // A message logged from inside a match (Qt warning about a pattern) would wait for the
    // lock this thread holds; its text is not needed enough to risk showing it unredacted.
    static thread_local bool redacting = false;
    if (redacting)
        return marker();
    redacting = true;
    const auto done = qScopeGuard([] { redacting = false; });
    QString out = text;
    {
        QMutexLocker lock(&s_secretsMutex);
        for (const QString &secret : std::as_const(secrets()))
            out.replace(secret, marker());
    }
    QMutexLocker lock(&s_patternsMutex);
    out = replaceValue(out, authorizationPattern());
    out = replaceValue(out, bearerPattern());
    out = replaceValue(out, keyValuePattern());

    const QRegularExpression &runs = longRunPattern();
    if (!runs.match(out).hasMatch())
        return out;
    QString result;
    qsizetype last = 0;
    auto it = runs.globalMatch(out);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!looksRandom(m.capturedView()))
            continue;
        result += QStringView(out).mid(last, m.capturedStart() - last);
        result += marker();
        last = m.capturedEnd();
    }
    result += QStringView(out).mid(last);
    return result;
}

void LogCapture::addSecret(const QString &secret)
{
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&s_secretsMutex);
    QStringList &list = secrets();
    if (list.contains(secret))
        return;
    list.append(secret);
    std::stable_sort(list.begin(), list.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void LogCapture::removeSecret(const QString &secret)
{
    QMutexLocker lock(&s_secretsMutex);
    secrets().removeAll(secret);
}

void LogCapture::setDebugLogging(bool enabled)
{
    if (s_debugLogging.exchange(enabled) == enabled)
        return;
    // Only the console's own categories; QT_LOGGING_RULES from the environment still wins.
    QLoggingCategory::setFilterRules(enabled ? QStringLiteral("lepton.*.debug=true\nlepton.*.info=true") : QString());
    Q_EMIT instance()->debugLoggingChanged(enabled);
}

bool LogCapture::debugLogging()
{
    return s_debugLogging;
}

QList<LogCapture::Entry> LogCapture::entries() const
{
    QMutexLocker lock(&m_mutex);
    return QList<Entry>(m_entries.begin(), m_entries.end());
}

QString LogCapture::text() const
{
    QMutexLocker lock(&m_mutex);
    QString out;
    for (const Entry &entry : m_entries)
        out += entry.toString() + QLatin1Char('\n');
    return out;
}

void LogCapture::clear()
{
    QMutexLocker lock(&m_mutex);
    m_entries.clear();
}

int LogCapture::capacity() const
{
    QMutexLocker lock(&m_mutex);
    return m_capacity;
}

void LogCapture::setCapacity(int lines)
{
    QMutexLocker lock(&m_mutex);
    m_capacity = std::max(1, lines);
    while (int(m_entries.size()) > m_capacity)
        m_entries.pop_front();
}

void LogCapture::record(QtMsgType type, const QString &category, const QString &message)
{
    Q_EMIT entryAdded(append(type, category, redact(message)));
}

LogCapture::Entry LogCapture::append(QtMsgType type, const QString &category, const QString &message)
{
    Entry entry{QDateTime::currentDateTime(), type, category, message};
    QMutexLocker lock(&m_mutex);
    m_entries.push_back(entry);
    while (int(m_entries.size()) > m_capacity)
        m_entries.pop_front();
    return entry;
}
