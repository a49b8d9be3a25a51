#include "ui/history/deploymenthistorydialog.h"

#include "app/pause/deploymenthistorymodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

DeploymentHistoryDialog::DeploymentHistoryDialog(Storage *storage, const QString &workspaceId,
                                                 const QString &deploymentName, QWidget *parent)
    : QDialog(parent)
    , m_model(new DeploymentHistoryModel(this))
    , m_table(new QTableView(this))
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("deploymentHistoryDialog"));
    setWindowTitle(tr("History of %1").arg(deploymentName));

    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setAccessibleName(tr("History of %1, newest first").arg(deploymentName));
    // Newest first however the lines arrived (the model adds a colleague's change at its end).
    auto *newestFirst = new QSortFilterProxyModel(this);
    newestFirst->setSourceModel(m_model);
    newestFirst->setSortRole(DeploymentHistoryModel::WhenRole);
    newestFirst->sort(DeploymentHistoryModel::WhenColumn, Qt::DescendingOrder);
    m_table->setModel(newestFirst);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(DeploymentHistoryModel::WhenColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DeploymentHistoryModel::EventColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DeploymentHistoryModel::WhoColumn, QHeaderView::ResizeToContents);

    m_state->setObjectName(QStringLiteral("historyStateLabel"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_state->setAccessibleName(tr("History state"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the history"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_state);
    layout->addWidget(buttons);
    resize(760, 360);

    connect(m_model, &DeploymentHistoryModel::loaded, this, &DeploymentHistoryDialog::updateState);
    m_state->setText(tr("Reading the history…"));
    m_model->setDeployment(storage, workspaceId, deploymentName);
}

void DeploymentHistoryDialog::updateState()
{
    if (!m_model->errorString().isEmpty())
        m_state->setText(tr("The history could not be read: %1").arg(m_model->errorString()));
    else if (m_model->rowCount() == 0)
        m_state->setText(tr("No pauses or notes for this deployment yet."));
    else
        m_state->setText(tr("Newest first. New pauses, resumes and notes appear here as they are made, "
                            "from any console or script on this store."));
    m_state->setAccessibleDescription(m_state->text());
}
