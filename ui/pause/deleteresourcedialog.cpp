#include "ui/pause/deleteresourcedialog.h"

#include "app/pause/pausedservicesmodel.h"
#include "ui_deleteresourcedialog.h"

#include <QDialogButtonBox>
#include <QPushButton>

DeleteResourceDialog::DeleteResourceDialog(const PauseEntry &entry, LeptonClient *client, Storage *storage,
                                           const QString &user, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeleteResourceDialog>())
    , m_entry(entry)
    , m_user(user)
    , m_deletion(new PausedDeletion(client, storage, this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("deleteResourceDialog"));
    const QString kind = PausedServicesModel::kindText(entry);
    setWindowTitle(tr("Delete %1").arg(entry.deploymentName));
    m_ui->explanation->setText(
        tr("%1 %2 has been paused since %3. Deleting removes it from the workspace for good: its replicas, "
           "settings and address are gone, and Resume is no longer possible.\n\nThe pause in the ledger and the "
           "notes are kept as history; the pause is closed as deleted.")
            .arg(kind, entry.deploymentName, PausedServicesModel::sinceText(entry.pausedAt, QDateTime::currentDateTimeUtc())));
    m_ui->prompt->setText(tr("Type %1 to confirm:").arg(entry.deploymentName));
    m_ui->nameEdit->setPlaceholderText(entry.deploymentName);
    m_ui->answer->hide();
    m_delete = m_ui->buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteResourceButton"));
    m_delete->setAutoDefault(false);
    m_delete->setDefault(false);
    // Enter deletes only on the exact name (no button is the default: Enter never cancels or deletes by accident).
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &DeleteResourceDialog::updateButton);
    connect(m_ui->nameEdit, &QLineEdit::returnPressed, this, &DeleteResourceDialog::runDeletion);
    connect(m_delete, &QPushButton::clicked, this, &DeleteResourceDialog::runDeletion);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButton();
    m_ui->nameEdit->setFocus();
}

DeleteResourceDialog::~DeleteResourceDialog() = default;

QString DeleteResourceDialog::answer() const
{
    return m_ui->answer->text();
}

void DeleteResourceDialog::updateButton()
{
    m_delete->setEnabled(!m_running && !m_deleted && PausedDeletion::confirms(m_ui->nameEdit->text(), m_entry.deploymentName));
}

void DeleteResourceDialog::runDeletion()
{
    if (m_running || m_deleted || !PausedDeletion::confirms(m_ui->nameEdit->text(), m_entry.deploymentName))
        return;
    m_running = true;
    m_ui->nameEdit->setEnabled(false);
    m_ui->answer->setText(tr("Deleting %1…").arg(m_entry.deploymentName));
    m_ui->answer->show();
    updateButton();
    m_deletion->run(m_entry, m_user, [this](const PausedDeletion::Outcome &outcome) {
        m_running = false;
        m_deleted = outcome.deleted;
        m_ui->answer->setText(outcome.message);
        m_ui->answer->setAccessibleName(outcome.message);
        if (outcome.deleted) {
            m_ui->buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
            Q_EMIT resourceDeleted(m_entry.deploymentName, outcome);
        } else {
            m_ui->nameEdit->setEnabled(true);
        }
        updateButton();
    });
}
