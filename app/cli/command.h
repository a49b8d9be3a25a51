#pragma once

#include "app/cli/exitcode.h"
#include "app/cli/resourceref.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFlags>
#include <QList>
#include <QObject>
#include <QString>

#include <array>
#include <functional>
#include <memory>
#include <optional>

class CliOutput;
class LeptonClient;
struct CliContext;

// One verb of lepton-console-cli (keepassxc-cli's Command is the model): its name, its
// options and arguments, what it needs (the local database, a workspace id, the server),
// and the work itself.
//
// The core is asynchronous, so a command does not return its exit code: CliRunner parses
// the command line (parse()), sets up what needs() asks for, calls execute(), and the
// command calls finish(code) exactly once when it is done, from any later point of the
// event loop.
class Command : public QObject
{
    Q_OBJECT

public:
    enum class Need {
        Nothing = 0x0,
        Database = 0x1,  // the ledger and the notes
        Workspace = 0x2, // a workspace id (from the environment or --workspace)
        Server = 0x4,    // a token and a client for the workspace's API
        ServerIfAvailable = 0x8, // the server when a token can be found; without one, the ledger alone
        // The ledger and the notes when there are any: a local store file that does not exist
        // yet is not created (it would hold nothing), and the context's storage, ledger and notes
        // stay null. Only for commands that read the store and never write it (`list`); an
        // existing file, a team store and every error opening them are as with Database.
        DatabaseIfExists = 0x10,
    };
    Q_DECLARE_FLAGS(Needs, Need)

    struct Argument
    {
        QString name;        // "NAME"
        QString description;
        QString syntax;      // "NAME..." for repeated arguments
    };

    // The command table: every verb, in the order `--help` lists them.
    struct Entry
    {
        QString name;
        QString description;
        std::function<std::unique_ptr<Command>()> create;
    };
    static const QList<Entry> &table();
    // nullptr for an unknown name.
    static std::unique_ptr<Command> create(const QString &name);

    ~Command() override;

    QString name() const { return m_name; }
    QString description() const { return m_description; }
    virtual Needs needs() const = 0;
    // Whether this run changes the ledger or the notes (after parse()). A command that only
    // reads says so, and then works on a database this user cannot write; the others are
    // refused there before they start, so nothing is half done (nothing sent to the server).
    virtual bool writesDatabase() const { return needs().testFlag(Need::Database); }

    // Options shared by every command (--data-dir, --workspace, --url, --token-stdin).
    static QList<QCommandLineOption> commonOptions();

    // Builds the parser for this command (common options, help, its own options and
    // arguments) and parses `arguments` (the words after the command name). Returns an
    // empty string on success, or the usage error to report. After success, helpRequested()
    // says whether to print helpText() and stop.
    QString parse(const QStringList &words);
    bool helpRequested() const;
    QString helpText() const;
    const QCommandLineParser &parser() const { return m_parser; }

    // Runs the command; it calls finish() when done. A command that writes, on a read-only
    // database, finishes at once with ExitCode::LocalStoreError instead.
    void execute(CliContext *context);
    // Called as soon as the client exists, before the local store is open and before
    // execute(): starts the server reads execute() will make anyway, so that they are on the
    // wire while the store opens (and the ledger is reconciled). Whatever they bring is kept
    // for execute() and reported only from there, so the order of messages stays the same.
    // Only for reads whose answers nothing done in between changes (a reconcile settles the
    // ledger, never the server). Default: nothing.
    virtual void prefetch(LeptonClient *client) { Q_UNUSED(client); }

Q_SIGNALS:
    void finished(int exitCode);

protected:
    Command(const QString &name, const QString &description);

    virtual QList<QCommandLineOption> options() const { return {}; }
    virtual QList<Argument> arguments() const { return {}; }
    // Reads the parsed options and arguments into the command's fields; a non-empty string
    // is a usage error. Called by parse() after the parser succeeded.
    virtual QString readArguments(const QCommandLineParser &parser) = 0;
    virtual void run() = 0;

    CliContext &context() const { return *m_context; }
    CliOutput &output() const;
    // Reports a failure in one line on standard error and finishes with `code`. A "not found"
    // (ExitCode::NotFound) of a command given deployment names gets "Did you mean ...?" when one
    // of them is a likely typo of a deployment of the workspace (see suggestResource()).
    void fail(ExitCode::Code code, const QString &message);
    // Gives `done` the `message` with " Did you mean "chat"?" added when one of `refs` is not
    // a resource of its kind in the workspace and is a likely typo of one (CliText::didYouMean),
    // or " Did you mean "pod/alice-dev"?" when that name is a resource of another kind. Each
    // kind's list is asked of the server at most once per run; without a server, or when it
    // cannot be read, `done` gets `message` as it is.
    void suggestResource(const QList<ResourceRef> &refs, const QString &message,
                         const std::function<void(const QString &)> &done);
    // Emits finished(exitCode) once. ExitCode::Ok becomes ExitCode::DatabaseRecovered when the
    // database was damaged and a fresh one started on this run.
    void finish(int exitCode);

    // Helpers for readArguments().
    static QString readTimeout(const QCommandLineParser &parser, const QString &option, double *seconds);
    static QString readCount(const QCommandLineParser &parser, const QString &option, int minimum,
                             std::optional<int> *value);

private:
    QString m_name;
    QString m_description;
    QCommandLineParser m_parser;
    CliContext *m_context = nullptr;
    bool m_finished = false;
    // The workspace's resource names by kind (index: int(ResourceKind)), once asked.
    std::array<std::optional<QStringList>, 3> m_resourceNames;
    // Reads the names of `kind` into m_resourceNames (an empty list when they cannot be read).
    void knowNames(ResourceKind kind, const std::function<void()> &next);

};

Q_DECLARE_OPERATORS_FOR_FLAGS(Command::Needs)
