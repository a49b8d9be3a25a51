#pragma once

#include "app/pause/pauseddeletion.h"
#include "app/storage/pauseentry.h"

#include <QDialog>

#include <memory>

class LeptonClient;
class QPushButton;
class Storage;

namespace Ui {
class DeleteResourceDialog;
}

// "Delete deployment…" of a long pause (Paused Services): says what goes (the resource on the
// server) and what stays (the pause in the ledger and the notes, as history), and enables its
// Delete button only while the field holds exactly the resource's name. Delete sends one
// DELETE (PausedDeletion) and shows the server's answer in the dialog; on success the pause is
// closed as deleted and the dialog's button becomes Close. The form is deleteresourcedialog.ui.
class DeleteResourceDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteResourceDialog(const PauseEntry &entry, LeptonClient *client, Storage *storage, const QString &user,
                         QWidget *parent = nullptr);
    ~DeleteResourceDialog() override;

    QPushButton *deleteButton() const { return m_delete; }
    QString answer() const;
    // Whether the server deleted it (the last attempt).
    bool deleted() const { return m_deleted; }

Q_SIGNALS:
    // The server accepted the deletion (the ledger and notes may have changed).
    void resourceDeleted(const QString &name, const PausedDeletion::Outcome &outcome);

private:
    void updateButton();
    void runDeletion();

    std::unique_ptr<Ui::DeleteResourceDialog> m_ui;
    PauseEntry m_entry;
    QString m_user;
    PausedDeletion *m_deletion;
    QPushButton *m_delete;
    bool m_running = false;
    bool m_deleted = false;
};
