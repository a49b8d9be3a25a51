#include "ui/pause/pausequestions.h"

#include "app/pause/pauseoutcome.h"

#include <QCheckBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

QString PauseQuestions::askSettingKey(const QString &workspaceId)
{
    return QStringLiteral("workspaces/%1/askBeforePauseResume").arg(workspaceId);
}

void PauseQuestions::confirm(QWidget *parent, const QString &title, const QString &text, const QString &details,
                             const QString &button, std::function<void(bool)> run)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("confirmActionDialog"));
    box->setInformativeText(details);
    QPushButton *go = box->addButton(button, QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmActionButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    auto *skip = new QCheckBox(tr("&Do not ask again in this workspace"), box);
    skip->setObjectName(QStringLiteral("confirmSkipCheck"));
    skip->setToolTip(tr("For workspaces that are not production. Deployment > Ask Before Pausing or Resuming turns it back on."));
    box->setCheckBox(skip);
    QObject::connect(go, &QPushButton::clicked, box, [skip, run = std::move(run)] { run(skip->isChecked()); });
    box->open();
}

void PauseQuestions::askReplicaCount(QWidget *parent, const PauseOutcome &outcome, std::function<void(int)> resume)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("replicaCountDialog"));
    dialog->setWindowTitle(tr("Resume %1").arg(outcome.deploymentName));
    dialog->setLabelText(outcome.message);
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(1, 1000);
    dialog->setIntValue(outcome.proposedReplicas);
    dialog->setOkButtonText(tr("&Resume"));
    QObject::connect(dialog, &QInputDialog::intValueSelected, dialog, std::move(resume));
    dialog->open();
}

void PauseQuestions::askResumeAnyway(QWidget *parent, const PauseOutcome &outcome, std::function<void()> resume)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Resume %1?").arg(outcome.deploymentName), outcome.message,
                                QMessageBox::Cancel, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("changedWhilePausedDialog"));
    QPushButton *anyway = box->addButton(tr("Resume &Anyway"), QMessageBox::AcceptRole);
    anyway->setObjectName(QStringLiteral("resumeAnywayButton"));
    QObject::connect(anyway, &QPushButton::clicked, box, std::move(resume));
    box->open();
}
