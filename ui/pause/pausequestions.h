#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;
struct PauseOutcome;

// The questions Pause and Resume ask, the same for every kind and every view (the endpoints'
// actions and the dev pod and Ray cluster views): the confirmation before acting, the replica
// count for a deployment stopped outside the console, and "resume anyway?" after a change made
// while paused. Each opens a window-modal dialog and calls back only if the user goes on.
class PauseQuestions
{
    Q_DECLARE_TR_FUNCTIONS(PauseQuestions)

public:
    // The per-workspace setting "ask before pausing or resuming" (QSettings key).
    static QString askSettingKey(const QString &workspaceId);

    // Cancel is the default, so Enter after a shortcut never takes anything down. `run` gets
    // whether "do not ask again in this workspace" was ticked.
    static void confirm(QWidget *parent, const QString &title, const QString &text, const QString &details,
                        const QString &button, std::function<void(bool dontAskAgain)> run);
    // NeedsReplicaCount: how many replicas to start with (the outcome proposes one).
    static void askReplicaCount(QWidget *parent, const PauseOutcome &outcome, std::function<void(int replicas)> resume);
    // ChangedWhilePaused: the outcome lists what changed; "Resume Anyway" goes on.
    static void askResumeAnyway(QWidget *parent, const PauseOutcome &outcome, std::function<void()> resume);
};
