#pragma once

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>

#include <deque>

// Keeps the recent log lines of the running console in memory, for Help > Show log, and
// makes sure no log line carries a secret.
//
// install() puts a Qt message handler in front of the one already there (Qt's default, which
// writes to stderr): every message is redacted first (redact()), kept in a bounded buffer,
// announced with entryAdded(), then handed to the previous handler, so what reaches the
// terminal or the journal is the redacted text too. With setEcho(false) the previous handler
// gets nothing: lepton-console-cli's stderr carries only its own documented lines, and the
// log goes there only when --debug asks for it.
//
// The handler may be called from any thread; the buffer is locked and entryAdded() is
// delivered to receivers in their own thread (queued when it comes from another one).
class LogCapture : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QDateTime time;
        QtMsgType type = QtDebugMsg;
        QString category;
        QString message; // redacted
        // "12:03:44.120 warning lepton.api: message"
        QString toString() const;
    };

    // The one instance (created on first use, owned by the application's lifetime).
    static LogCapture *instance();

    // Installs the capturing handler; calling it again does nothing. Returns false when it
    // was already installed.
    static bool install();
    // Puts the previous handler back (tests).
    static void uninstall();
    static bool isInstalled();
    // Whether captured messages also go on to the previous handler (default: true).
    static void setEcho(bool enabled);
    static bool echo();

    // Replaces anything token-like: the value of an Authorization header, "Bearer <x>",
    // "token=<x>" / "token": "<x>" (also api_key, secret, password), long random-looking
    // strings of letters and digits, and every string registered with addSecret().
    static QString redact(const QString &text);
    // A secret the console holds (a workspace token): never written to a log, even when it
    // is too short or too plain to look like one. Strings under 4 characters are ignored.
    static void addSecret(const QString &secret);
    static void removeSecret(const QString &secret);
    static QString redactedMarker() { return QStringLiteral("[redacted]"); }

    // Debug output of every "lepton.*" category; the rest of Qt is left alone.
    static void setDebugLogging(bool enabled);
    static bool debugLogging();

    QList<Entry> entries() const;
    // Every kept line, one per line, oldest first.
    QString text() const;
    void clear();
    int capacity() const;
    void setCapacity(int lines);

    // Records a message as the handler does, without a handler installed (tests, and
    // messages the console wants in the window only).
    void record(QtMsgType type, const QString &category, const QString &message);

Q_SIGNALS:
    void entryAdded(const LogCapture::Entry &entry);
    void debugLoggingChanged(bool enabled);

private:
    LogCapture();
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message);
    Entry append(QtMsgType type, const QString &category, const QString &message);

    mutable QMutex m_mutex;
    std::deque<Entry> m_entries;
    int m_capacity = 2000;
};

Q_DECLARE_METATYPE(LogCapture::Entry)
