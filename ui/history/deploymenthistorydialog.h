#pragma once

#include <QDialog>

class DeploymentHistoryModel;
class QLabel;
class QTableView;
class Storage;

// Deployment > History…: what happened to one deployment, newest first (pauses, resumes,
// abandoned pauses and notes, with who and when), from DeploymentHistoryModel. It follows the
// store live: a colleague's pause appears while it is open. Not modal; closes with Esc.
class DeploymentHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    // `storage` must outlive the dialog or be replaced (the model lets go of a destroyed one).
    DeploymentHistoryDialog(Storage *storage, const QString &workspaceId, const QString &deploymentName,
                            QWidget *parent = nullptr);

    DeploymentHistoryModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLabel *stateLabel() const { return m_state; }

private:
    void updateState();

    DeploymentHistoryModel *m_model;
    QTableView *m_table;
    QLabel *m_state;
};
