#pragma once

#include "app/api/resourcekind.h"
#include "app/deployments/costrates.h"

#include <QWidget>

class DeleteResourceDialog;
class ErrorBanner;
class LeptonClient;
class PauseLedger;
class PausedServicesModel;
class QCheckBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class Storage;

// "Paused services": every paused deployment of the workspace in one table (deployment,
// reason, who paused it, for how long, the replicas and autoscaling Resume gives back, the
// reminder, with "Review due" in words when its day has come), sortable, with a "Review due
// only" filter. Usable as a dock or inside a dialog.
//
// Long pauses rank by what they would cost per hour if resumed ("Cost if resumed", the
// default sort, most expensive first) and by age ("Paused for", with "stale" past
// PausedServicesModel::staleAfterDays()).
//
// It only reads the ledger and notes, except for "Set reminder…", which writes the reminder
// (PauseLedger::setRemindOn) and then emits remindersChanged(), and "Delete…", which deletes
// the resource on the server after its name is typed (DeleteResourceDialog) and closes the
// pause as deleted. Resume and showing a deployment are the window's business: they are signals.
class PausedServicesView : public QWidget
{
    Q_OBJECT

public:
    explicit PausedServicesView(QWidget *parent = nullptr);
    ~PausedServicesView() override;

    // The workspace to list (both stores must outlive this view or be replaced first), then
    // reload(). A null ledger empties the view.
    void setSources(PauseLedger *ledger, const QString &workspaceId);
    // Forgets the workspace (disconnected / switching).
    void clear();
    // What "Delete…" uses (the workspace's client and store); null: the button is disabled.
    void setDeleter(LeptonClient *client, Storage *storage, const QString &user);

    PausedServicesModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }

    bool reviewDueOnly() const;
    void setReviewDueOnly(bool on);

    // The deployment of the current row; empty when none.
    QString selectedName() const;
    // Makes `name` the current row; false when it is not listed (or filtered out).
    bool selectDeployment(const QString &name);

public Q_SLOTS:
    // Re-reads the ledger and the notes (the window calls it on WorkspaceSession::markersChanged).
    // Selection and scroll position stay.
    void reload();
    // Opens the reminder dialog for the selected deployment (non-blocking).
    void editReminder();
    // Opens the typed-name delete dialog for the selected resource (non-blocking); returns it.
    DeleteResourceDialog *deleteSelected();
    // The prices and shapes behind "Cost if resumed".
    void setCostRates(const CostRates &rates);

Q_SIGNALS:
    // The user activated a row (Enter, double-click, or "Show in table"): the resource and its
    // kind (an endpoint, dev pod or Ray cluster), so the window can show it in its own tab.
    void deploymentActivated(const QString &name, ResourceKind kind);
    void resumeRequested(const QString &name, ResourceKind kind);
    // A reminder was set or cleared in the ledger (the table's markers need a reload).
    void remindersChanged(const QString &name);
    // A resource was deleted on the server and its pause closed as deleted.
    void resourceDeleted(const QString &name);

private:
    void showReloaded(bool ok);
    void updateSummary();
    void updateButtons();
    QModelIndex currentSourceIndex() const;
    // The kind of the current row (Endpoint when none or unknown).
    ResourceKind selectedKind() const;
    void showError(const QString &message);

    PauseLedger *m_ledger = nullptr;
    PausedServicesModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;

    QCheckBox *m_dueOnly = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_reload = nullptr;
    ErrorBanner *m_message = nullptr;
    QLabel *m_empty = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_show = nullptr;
    QPushButton *m_reminder = nullptr;
    QPushButton *m_resume = nullptr;
    QPushButton *m_delete = nullptr;
    LeptonClient *m_client = nullptr;
    Storage *m_storage = nullptr;
    QString m_user;
    QTimer *m_clock = nullptr;
};
