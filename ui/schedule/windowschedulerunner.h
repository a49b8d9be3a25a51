#pragma once

#include "app/schedule/schedulerunner.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class ScheduleBoard;
class WorkspaceSession;

// While the window is open it carries out due schedule transitions itself, with the same
// ScheduleRunner (and so the same claim rule) as `lepton-console-cli schedule run`: once when a
// workspace opens and then every minute. The runner is asynchronous (store calls on the
// store's thread, HTTP through the session's PauseController), so the GUI thread never waits;
// a run still going when the timer fires again is left to finish. After each run the board
// reads again (a transition that failed shows in the table and the details), and ran() carries
// the report: the console's AlertFeed raises a ScheduleFailed alert for each transition that
// failed (app/watch), closed when a later one succeeds.
class WindowScheduleRunner : public QObject
{
    Q_OBJECT

public:
    explicit WindowScheduleRunner(ScheduleBoard *board, QObject *parent = nullptr);
    ~WindowScheduleRunner() override;

    // The workspace to run for (its store, PauseController); null stops.
    void setSession(WorkspaceSession *session);
    void setInterval(std::chrono::milliseconds interval) { m_timer.setInterval(interval); }

    // Runs now unless a run is under way.
    void runNow();
    bool isRunning() const { return m_running; }
    const ScheduleRunner::Report &lastReport() const { return m_lastReport; }

Q_SIGNALS:
    void ran(const ScheduleRunner::Report &report);

private:
    ScheduleBoard *m_board;
    QPointer<WorkspaceSession> m_session;
    std::unique_ptr<ScheduleRunner> m_runner;
    QTimer m_timer;
    bool m_running = false;
    ScheduleRunner::Report m_lastReport;
};
