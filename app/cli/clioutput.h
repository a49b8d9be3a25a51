#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cstdio>

// Where lepton-console-cli writes: results on standard output, errors and warnings on
// standard error, each error on one line ("lepton-console-cli pause: ..."), so a script can
// log it as it is.
//
// Every write passes through redact(): the workspace token (and anything registered with
// addSecret) is replaced by "[token hidden]" (TokenRedaction), so a token a server or a
// library might echo never reaches a log. A token that could be an ordinary word ("error") is
// hidden only where it stands as a credential (Bearer ..., token=...), so the word still
// reads as itself everywhere else, JSON keys included.
class CliOutput
{
public:
    explicit CliOutput(std::FILE *out = stdout, std::FILE *err = stderr);

    void addSecret(const QString &secret);
    QString redact(QString text) const;

    // The command a message belongs to ("pause"); prefixes errors and warnings.
    void setCommandName(const QString &name) { m_command = name; }

    // Text for the user on standard output, as given (a trailing newline is added).
    void print(const QString &text);
    // Raw bytes on standard output (CSV, exported files).
    void write(const QByteArray &bytes);
    // Indented JSON on standard output.
    void printJson(const QJsonValue &value);
    // One line on standard error: "lepton-console-cli <command>: <message>". Line breaks in
    // the message become "; ".
    void error(const QString &message);
    void warning(const QString &message);
    // Text on standard error as given (help text when it goes there, progress).
    void printError(const QString &text);

    // Makes a multi-line message one line.
    static QString oneLine(const QString &message);

private:
    void put(std::FILE *stream, const QByteArray &bytes);

    std::FILE *m_out;
    std::FILE *m_err;
    QString m_command;
    QStringList m_secrets;
};
