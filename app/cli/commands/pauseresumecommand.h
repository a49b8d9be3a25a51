#pragma once

#include "app/cli/command.h"
#include "app/api/deployment.h"
#include "app/pause/pauseoutcome.h"

#include <QDeadlineTimer>
#include <QJsonArray>

// What `pause` and `resume` share: one or more KIND/NAME acted on one after the other through
// PauseController (exactly the window's Pause and Resume), then, with --wait, polling each
// one that succeeded until the server reports the target state or --timeout passes.
// The exit code is that of the first deployment that failed.
class PauseResumeCommand : public Command
{
    Q_OBJECT

public:
    static constexpr int DefaultTimeoutSeconds = 600;

protected:
    PauseResumeCommand(const QString &name, const QString &description);

    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void run() override;

    // Pauses or resumes one resource. `kind` is what PauseController's request carries: the
    // kind named on the command line, unset for a bare name (an endpoint, or the kind its open
    // pause names).
    virtual void act(const QString &name, std::optional<ResourceKind> kind,
                     std::function<void(const PauseOutcome &)> done) = 0;
    // The state --wait waits for, and whether a deployment is there.
    virtual QString targetState() const = 0;
    virtual bool reached(const Deployment &deployment) const = 0;

    QList<ResourceRef> m_refs;
    bool m_json = false;

private:
    struct Result
    {
        ResourceRef ref;
        PauseOutcome outcome;
        ExitCode::Code code = ExitCode::Ok;
        QString message;      // one line
        bool waited = false;
        bool reached = false;
        QString serverState;  // after --wait
    };

    void next();
    // Prints one name's result (unless --json), keeps it, and goes on with the next name.
    void record(const Result &result);
    void waitNext();
    void done();
    QString describe(const PauseOutcome &outcome) const;

    bool m_wait = false;
    double m_timeoutSeconds = DefaultTimeoutSeconds;
    QList<Result> m_results;
    qsizetype m_index = 0;
    QDeadlineTimer m_deadline;
};
