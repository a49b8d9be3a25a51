#include "app/cli/command.h"

#include "app/cli/clicontext.h"
#include "app/cli/clioutput.h"
#include "app/cli/clitext.h"
#include "app/common/editdistance.h"
#include "app/api/leptonclient.h"
#include "app/cli/commands/exportledgercommand.h"
#include "app/cli/commands/historycommand.h"
#include "app/cli/commands/holdcommand.h"
#include "app/cli/commands/importledgercommand.h"
#include "app/cli/commands/listcommand.h"
#include "app/cli/commands/logscommand.h"
#include "app/cli/commands/notescommand.h"
#include "app/cli/commands/pausecommand.h"
#include "app/cli/commands/pausedcommand.h"
#include "app/cli/commands/pricescommand.h"
#include "app/cli/commands/releasecommand.h"
#include "app/cli/commands/resumecommand.h"
#include "app/cli/commands/savingscommand.h"
#include "app/cli/commands/schedulecommand.h"
#include "app/cli/commands/setreplicascommand.h"
#include "app/cli/commands/statuscommand.h"
#include "app/cli/commands/storecommand.h"
#include "app/cli/commands/watchcommand.h"
#include "app/cli/commands/wakecommand.h"

#include <QCoreApplication>
#include <QDir>

#include <cmath>

namespace {

template <typename T>
Command::Entry entry()
{
    return Command::Entry {QString::fromLatin1(T::Name), T::describe(), [] { return std::unique_ptr<Command>(new T); }};
}

} // namespace

const QList<Command::Entry> &Command::table()
{
    static const QList<Entry> commands {
        entry<ListCommand>(),
        entry<StatusCommand>(),
        entry<PauseCommand>(),
        entry<ResumeCommand>(),
        entry<PausedCommand>(),
        entry<HistoryCommand>(),
        entry<NotesCommand>(),
        entry<SetReplicasCommand>(),
        entry<ExportLedgerCommand>(),
        entry<ImportLedgerCommand>(),
        entry<StoreCommand>(),
        entry<PricesCommand>(),
        entry<SavingsCommand>(),
        entry<WatchCommand>(),
        entry<ScheduleCommand>(),
        entry<HoldCommand>(),
        entry<ReleaseCommand>(),
        entry<WakeCommand>(),
        entry<LogsCommand>(),
    };
    return commands;
}

std::unique_ptr<Command> Command::create(const QString &name)
{
    for (const Entry &e : table()) {
        if (e.name == name)
            return e.create();
    }
    return nullptr;
}

Command::Command(const QString &name, const QString &description)
    : m_name(name)
    , m_description(description)
{
}

Command::~Command() = default;

QList<QCommandLineOption> Command::commonOptions()
{
    return {
        QCommandLineOption(QStringLiteral("data-dir"),
                           QCoreApplication::translate("Command", "Keep the pause ledger and notes in <dir> instead of "
                                                                  "the console's own folder (e.g. a CI cache folder)."),
                           QStringLiteral("dir")),
        QCommandLineOption(QStringLiteral("store"),
                           QCoreApplication::translate("Command", "Keep the pause ledger and notes in the store <uri>: "
                                                                  "postgresql://user@host/database (a team store), or "
                                                                  "sqlite: (the local file). Default: $LEPTON_CONSOLE_STORE."),
                           QStringLiteral("uri")),
        QCommandLineOption(QStringLiteral("workspace"),
                           QCoreApplication::translate("Command", "Use the workspace <id> saved by the console (its "
                                                                  "token comes from the system keychain)."),
                           QStringLiteral("id")),
        QCommandLineOption(QStringLiteral("url"),
                           QCoreApplication::translate("Command", "Use <url> as the workspace API base URL."),
                           QStringLiteral("url")),
        QCommandLineOption(QStringLiteral("token-stdin"),
                           QCoreApplication::translate("Command", "Read the workspace token from standard input.")),
        // Read by main() before anything else runs (app/cli/main.cpp); listed here so that every
        // command accepts it and --help shows it.
        QCommandLineOption(QStringLiteral("debug"),
                           QCoreApplication::translate("Command", "Also print the log (Qt's and the console's, debug "
                                                                  "lines included, tokens redacted) on standard error.")),
    };
}

QString Command::parse(const QStringList &words)
{
    m_parser.setApplicationDescription(m_description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Not addHelpOption(): its --help-all lists Qt's own options, which mean nothing here.
    m_parser.addOption(QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                          QCoreApplication::translate("Command", "Show this help.")));
    m_parser.addOptions(options());
    m_parser.addOptions(commonOptions());
    for (const Argument &argument : arguments())
        m_parser.addPositionalArgument(argument.name, argument.description, argument.syntax);

    if (!m_parser.parse(QStringList {QCoreApplication::applicationName()} + words))
        return m_parser.errorText();
    if (helpRequested())
        return QString();
    return readArguments(m_parser);
}

bool Command::helpRequested() const
{
    return m_parser.isSet(QStringLiteral("help"));
}

QString Command::helpText() const
{
    QString text = m_parser.helpText();
    // "Usage: ./lepton-console-cli [options] NAME..." -> "Usage: lepton-console-cli pause [options] NAME...".
    const qsizetype at = text.indexOf(QStringLiteral("[options]"));
    if (at >= 0)
        text.replace(0, at, QStringLiteral("Usage: lepton-console-cli %1 ").arg(m_name));
    return text;
}

void Command::execute(CliContext *context)
{
    m_context = context;
    output().setCommandName(m_name);
    if (context->databaseReadOnly && writesDatabase()) {
        return fail(ExitCode::LocalStoreError,
                    QCoreApplication::translate("Command", "The local database %1 is read-only here (the file or its "
                                                           "folder cannot be written), and %2 would change it; nothing "
                                                           "was done. Reading commands (list, status, paused, notes, "
                                                           "export-ledger) still work.")
                        .arg(QDir::toNativeSeparators(context->databasePath), m_name));
    }
    run();
}

CliOutput &Command::output() const
{
    return *m_context->output;
}

void Command::fail(ExitCode::Code code, const QString &message)
{
    if (code == ExitCode::NotFound && m_context && m_context->client && !m_parser.positionalArguments().isEmpty()) {
        QList<ResourceRef> refs;
        for (const QString &word : m_parser.positionalArguments()) {
            if (const std::optional<ResourceRef> ref = ResourceRef::parse(word, nullptr))
                refs.append(*ref);
        }
        return suggestResource(refs, message, [this, code](const QString &text) {
            output().error(text);
            finish(code);
        });
    }
    output().error(message);
    finish(code);
}

void Command::knowNames(ResourceKind kind, const std::function<void()> &next)
{
    std::optional<QStringList> &names = m_resourceNames[size_t(kind)];
    if (names || !m_context || !m_context->client) {
        if (!names)
            names = QStringList();
        return next();
    }
    m_context->client->listResources(kind, this, [this, kind, next](const ApiResult<QList<Deployment>> &listed) {
        QStringList found;
        if (listed.ok()) {
            for (const Deployment &d : listed.value)
                found.append(d.name);
        }
        m_resourceNames[size_t(kind)] = found;
        next();
    });
}

void Command::suggestResource(const QList<ResourceRef> &refs, const QString &message,
                              const std::function<void(const QString &)> &done)
{
    if (refs.isEmpty() || !m_context || !m_context->client)
        return done(message);
    const auto didYouMean = [](const QString &meant) {
        return QLatin1Char(' ') + tr("Did you mean \"%1\"?").arg(meant);
    };
    // First a typo of a name of the same kind, for every ref; then the name as another kind.
    const ResourceRef ref = refs.first();
    const QList<ResourceRef> rest = refs.mid(1);
    knowNames(ref.kind, [=, this] {
        const QStringList &same = *m_resourceNames[size_t(ref.kind)];
        if (!same.contains(ref.name)) {
            const QString guess = CliText::didYouMean(ref.name, same);
            if (!guess.isEmpty()) {
                ResourceRef meant = ref;
                meant.name = EditDistance::closest(ref.name, same, Qt::CaseInsensitive);
                return done(message + didYouMean(meant.text()));
            }
            // The name as another kind ("chat" given, "pod/chat" there).
            const QList<ResourceKind> others = [&] {
                QList<ResourceKind> kinds;
                for (ResourceKind k : {ResourceKind::Endpoint, ResourceKind::Pod, ResourceKind::RayCluster}) {
                    if (k != ref.kind)
                        kinds.append(k);
                }
                return kinds;
            }();
            return knowNames(others.at(0), [=, this] {
                knowNames(others.at(1), [=, this] {
                    for (ResourceKind k : others) {
                        if (m_resourceNames[size_t(k)]->contains(ref.name)) {
                            ResourceRef meant = ref;
                            meant.kind = k;
                            return done(message + didYouMean(meant.qualified()));
                        }
                    }
                    if (rest.isEmpty())
                        return done(message);
                    suggestResource(rest, message, done);
                });
            });
        }
        if (rest.isEmpty())
            return done(message);
        suggestResource(rest, message, done);
    });
}

void Command::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    // The warning line alone lets a script carry on as if the old pauses were still there.
    if (exitCode == ExitCode::Ok && m_context && m_context->databaseRecovered)
        exitCode = ExitCode::DatabaseRecovered;
    Q_EMIT finished(exitCode);
}

QString Command::readTimeout(const QCommandLineParser &parser, const QString &option, double *seconds)
{
    if (!parser.isSet(option))
        return QString();
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || !std::isfinite(value) || value <= 0 || value > 7 * 24 * 3600)
        return QCoreApplication::translate("Command", "--%1 takes a number of seconds greater than 0, not \"%2\".")
            .arg(option, parser.value(option));
    *seconds = value;
    return QString();
}

QString Command::readCount(const QCommandLineParser &parser, const QString &option, int minimum,
                           std::optional<int> *value)
{
    if (!parser.isSet(option))
        return QString();
    bool ok = false;
    const int number = parser.value(option).toInt(&ok);
    if (!ok || number < minimum)
        return QCoreApplication::translate("Command", "--%1 takes a whole number of at least %2, not \"%3\".")
            .arg(option)
            .arg(minimum)
            .arg(parser.value(option));
    *value = number;
    return QString();
}
