#include "ui/shell/demoworkspace.h"

#include "app/api/deployment.h"
#include "app/pause/pausecontroller.h"
#include "app/simulator/demopopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/pauseledger.h"
#include "app/storage/storage.h"
#include "app/workspaces/workspacesession.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>

#include <chrono>
#include <climits>
#include <memory>

namespace {

// The strings keep the catalogue context they had before ApplicationController was split.
QString demoName()
{
    return QCoreApplication::translate("ApplicationController", "Demo workspace");
}

// What the demo opens with already paused: who paused it, why, and when to look again
// (days from today; a negative or zero one is due).
struct DemoPause
{
    const char *name;
    const char *author;
    const char *reason;
    int remindInDays; // INT_MIN: no reminder
};
constexpr DemoPause kDemoPauses[] = {
    {"llama31-70b-instruct", "ops-bot (nightly schedule)",
     "GPU budget: paused until the Q1 capacity review; the 8B model serves chat meanwhile.", 14},
    {"gemma2-9b-it-eval", "maria@example.com", "Eval round 3 finished. Resume for round 4 (dataset v5).", 0},
    {"codellama-34b", "chen.wei@example.com",
     "Replaced by the shared code-assist gateway; delete after a month if nobody asks.", INT_MIN},
};

} // namespace

DemoWorkspace::DemoWorkspace(int deployments, QObject *parent)
    : QObject(parent)
    , m_deployments(deployments)
{
}

DemoWorkspace::~DemoWorkspace() = default;

bool DemoWorkspace::start()
{
    if (m_simulator)
        return true;
    auto simulator = std::make_unique<WorkspaceSimulator>();
    simulator->setWorkspaceName(demoName());
    // The population `--serve-demo` serves too; a token that lasts a year opens without a warning.
    DemoPopulation::seed(*simulator, m_deployments, false);
    if (!simulator->listen())
        return false;
    m_simulator = std::move(simulator);
    // The demo opens with deployments on their way somewhere (Starting, Scaling, ...);
    // after a while they arrive, as real ones do, and the console goes quiet.
    QTimer::singleShot(std::chrono::seconds(20), m_simulator.get(), &WorkspaceSimulator::settleTransitions);
    return true;
}

void DemoWorkspace::seedPauses(WorkspaceSession *session)
{
    if (!m_simulator || !session || m_deployments > 0) {
        Q_EMIT pausesSeeded();
        return;
    }
    const QString workspaceId = session->workspaceId();
    PauseLedger &ledger = session->storage()->ledger();
    // What the ledger remembers from an earlier run: at zero again on this fresh server.
    // Every answer is delivered only while the session lives: the user may switch to another
    // workspace while the demo is being seeded.
    ledger.openEntries(workspaceId, session, [this, session, workspaceId, &ledger](const StoreResult<QList<PauseEntry>> &open) {
        for (const PauseEntry &entry : open.value) {
            const QJsonObject server = m_simulator->deployment(entry.deploymentName);
            Deployment d;
            if (!server.isEmpty() && Deployment::fromJson(server, &d) && !d.isScaledToZero()) {
                m_simulator->applyOutsideChange(
                    entry.deploymentName,
                    QJsonObject {{QStringLiteral("spec"),
                                  QJsonObject {{QStringLiteral("resource_requirement"),
                                                QJsonObject {{QStringLiteral("min_replicas"), 0}}}}}},
                    entry.pausedBy);
            }
        }
        // The demo's own pauses, once per database (a deployment with any ledger history is
        // left alone), one after the other.
        auto pending = std::make_shared<QList<DemoPause>>();
        for (const DemoPause &pause : kDemoPauses) {
            if (m_simulator->hasDeployment(QString::fromLatin1(pause.name)))
                pending->append(pause);
        }
        auto next = std::make_shared<std::function<void()>>();
        *next = [this, session, workspaceId, pending, next, &ledger] {
            if (pending->isEmpty()) {
                session->reloadMarkers();
                Q_EMIT pausesSeeded();
                *next = nullptr; // let go of the captures
                return;
            }
            const DemoPause pause = pending->takeFirst();
            const QString name = QString::fromLatin1(pause.name);
            ledger.history(workspaceId, name, session, [this, session, workspaceId, pause, name, next](const StoreResult<QList<PauseEntry>> &history) {
                if (!history.ok() || !history.value.isEmpty()) {
                    if (*next)
                        (*next)();
                    return;
                }
                // One controller per author, owned by the session: it uses the session's storage.
                auto *controller = new PauseController(session->client(), session->storage(), workspaceId, session);
                controller->setUserName(QString::fromUtf8(pause.author));
                PauseController::PauseRequest request;
                request.reason = QString::fromUtf8(pause.reason);
                if (pause.remindInDays != INT_MIN)
                    request.remindOn = QDate::currentDate().addDays(pause.remindInDays);
                controller->pause(name, request, controller, [controller, next](const PauseOutcome &) {
                    controller->deleteLater();
                    if (*next)
                        (*next)();
                });
            });
        };
        (*next)();
    });
}

WorkspaceCredentials DemoWorkspace::credentials() const
{
    WorkspaceCredentials credentials;
    if (!m_simulator)
        return credentials;
    credentials.workspaceId = m_simulator->workspaceId();
    credentials.token = m_simulator->token();
    credentials.baseUrl = m_simulator->baseUrl();
    credentials.displayName = demoName();
    return credentials;
}
