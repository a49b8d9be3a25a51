#include "app/pause/bulkpause.h"

#include "app/deployments/deploymenttablemodel.h"

QStringList BulkPause::Outcome::pausedNames() const
{
    QStringList names;
    for (const PauseOutcome &outcome : outcomes) {
        if (outcome.ok())
            names << outcome.deploymentName;
    }
    return names;
}

QList<PauseOutcome> BulkPause::Outcome::failures() const
{
    QList<PauseOutcome> failed;
    for (const PauseOutcome &outcome : outcomes) {
        if (!outcome.ok())
            failed << outcome;
    }
    return failed;
}

BulkPause::BulkPause(PauseController *pauses, DeploymentTableModel *model, QObject *parent)
    : QObject(parent)
    , m_pauses(pauses)
    , m_model(model)
{
}

void BulkPause::start(const QStringList &names, const PauseController::PauseRequest &request)
{
    m_outcome.total = int(names.size());
    if (!m_pauses || !m_model || names.isEmpty()) {
        if (names.isEmpty())
            Q_EMIT finished(m_outcome);
        return deleteLater();
    }
    for (const QString &name : names) {
        m_model->setPendingAction(name, PendingAction::Pausing);
        m_pauses->pause(name, request, this, [this, name](const PauseOutcome &outcome) {
            if (!m_pauses || !m_model)
                return deleteLater();
            m_model->setPendingAction(name, PendingAction::None);
            m_outcome.outcomes.append(outcome);
            Q_EMIT pauseFinished(outcome);
            if (m_outcome.outcomes.size() < m_outcome.total)
                return;
            Q_EMIT finished(m_outcome);
            deleteLater();
        });
    }
}
