#include "app/cli/clioutput.h"

#include "app/api/tokenredaction.h"
#include "app/diagnostics/logcapture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {
constexpr const char *ProgramName = "lepton-console-cli";
}

CliOutput::CliOutput(std::FILE *out, std::FILE *err)
    : m_out(out)
    , m_err(err)
{
}

void CliOutput::addSecret(const QString &secret)
{
    if (!secret.isEmpty() && !m_secrets.contains(secret))
        m_secrets.append(secret);
    // And out of the log, which --debug shows on stderr. The log replaces a registered secret
    // wherever it appears, so only one that cannot be an ordinary word goes there; the log's
    // own patterns (Bearer ..., token=...) still hide a word-like one where it is a credential.
    if (TokenRedaction::isDistinctive(secret))
        LogCapture::addSecret(secret);
}

QString CliOutput::redact(QString text) const
{
    for (const QString &secret : m_secrets)
        text = TokenRedaction::redact(text, secret);
    return text;
}

void CliOutput::put(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void CliOutput::print(const QString &text)
{
    QString line = redact(text);
    if (!line.endsWith(QLatin1Char('\n')))
        line += QLatin1Char('\n');
    put(m_out, line.toUtf8());
}

void CliOutput::write(const QByteArray &bytes)
{
    put(m_out, redact(QString::fromUtf8(bytes)).toUtf8());
}

void CliOutput::printJson(const QJsonValue &value)
{
    QJsonDocument document;
    if (value.isArray())
        document.setArray(value.toArray());
    else
        document.setObject(value.toObject());
    put(m_out, redact(QString::fromUtf8(document.toJson(QJsonDocument::Indented))).toUtf8());
}

QString CliOutput::oneLine(const QString &message)
{
    static const QRegularExpression lineBreaks(QStringLiteral("\\s*[\\r\\n]+\\s*"));
    QString text = message.trimmed();
    text.replace(lineBreaks, QStringLiteral("; "));
    return text;
}

void CliOutput::error(const QString &message)
{
    const QString prefix = m_command.isEmpty() ? QString::fromLatin1(ProgramName)
                                               : QStringLiteral("%1 %2").arg(QLatin1String(ProgramName), m_command);
    put(m_err, (redact(prefix + QStringLiteral(": ") + oneLine(message)) + QLatin1Char('\n')).toUtf8());
}

void CliOutput::warning(const QString &message)
{
    error(QStringLiteral("warning: ") + message);
}

void CliOutput::printError(const QString &text)
{
    QString line = redact(text);
    if (!line.endsWith(QLatin1Char('\n')))
        line += QLatin1Char('\n');
    put(m_err, line.toUtf8());
}
