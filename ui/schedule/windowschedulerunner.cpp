#include "ui/schedule/windowschedulerunner.h"

#include "app/common/localuser.h"
#include "app/schedule/schedulesettings.h"
#include "app/workspaces/workspacesession.h"
#include "ui/schedule/scheduleboard.h"

using namespace std::chrono_literals;

WindowScheduleRunner::WindowScheduleRunner(ScheduleBoard *board, QObject *parent)
    : QObject(parent)
    , m_board(board)
{
    m_timer.setInterval(60s);
    connect(&m_timer, &QTimer::timeout, this, &WindowScheduleRunner::runNow);
}

WindowScheduleRunner::~WindowScheduleRunner() = default;

void WindowScheduleRunner::setSession(WorkspaceSession *session)
{
    m_timer.stop();
    m_session = session;
    // A run under way for the old workspace reports to a runner that is gone: its answers
    // are dropped (the runner is their context), its claims already say how far it got.
    m_runner.reset();
    m_running = false;
    if (!session || !m_board->store())
        return;
    m_runner = std::make_unique<ScheduleRunner>(m_board->store(), session->pauses(), session->workspaceId());
    m_timer.start();
    runNow();
}

void WindowScheduleRunner::runNow()
{
    if (!m_runner || m_running)
        return;
    m_running = true;
    ScheduleRunner::Options options;
    options.now = m_board->now();
    options.catchUp = ScheduleSettings::catchUp();
    options.userName = LocalUser::name();
    ScheduleRunner *runner = m_runner.get();
    runner->run(options, [this, runner](const ScheduleRunner::Report &report) {
        if (runner != m_runner.get())
            return;
        m_running = false;
        m_lastReport = report;
        m_board->reload();
        if (m_session && !report.items.isEmpty())
            m_session->reloadMarkers();
        Q_EMIT ran(report);
    });
}
