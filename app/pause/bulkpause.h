#pragma once

#include "app/pause/pausecontroller.h"
#include "app/pause/pauseoutcome.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class DeploymentTableModel;

// Pauses several deployments at once (the window's Pause on a multiple selection, and the
// pause of one): every pause goes out at once through the PauseController, the table shows
// each as "Pausing" until its own answer, and the run ends in one Outcome that holds every
// deployment's PauseOutcome and summarises them.
//
// One object per run: start() once; pauseFinished comes for each deployment as its answer
// arrives, then finished(Outcome) once, and the object deletes itself. When the controller
// or the model goes away (the workspace closed), the run stops without a word.
class BulkPause : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        int total = 0;
        QList<PauseOutcome> outcomes; // one per deployment, in the order the answers came

        // Paused now (or already): the names that Resume can give their replicas back.
        QStringList pausedNames() const;
        // The ones that did not pause, each with its reason in PauseOutcome::message.
        QList<PauseOutcome> failures() const;
        bool allOk() const { return failures().isEmpty(); }
    };

    BulkPause(PauseController *pauses, DeploymentTableModel *model, QObject *parent = nullptr);

    void start(const QStringList &names, const PauseController::PauseRequest &request);

Q_SIGNALS:
    void pauseFinished(const PauseOutcome &outcome);
    void finished(const BulkPause::Outcome &outcome);

private:
    QPointer<PauseController> m_pauses;
    QPointer<DeploymentTableModel> m_model;
    Outcome m_outcome;
};

Q_DECLARE_METATYPE(BulkPause::Outcome)
