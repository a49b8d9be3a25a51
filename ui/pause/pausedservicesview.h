#pragma once

#include "app/api/resourcekind.h"

#include <QWidget>

class ErrorBanner;
class PauseLedger;
class PausedServicesModel;
class QCheckBox;
class QLabel;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

// "Paused services": every paused deployment of the workspace in one table (deployment,
// reason, who paused it, for how long, the replicas and autoscaling Resume gives back, the
// reminder, with "Review due" in words when its day has come), sortable, with a "Review due
// only" filter. Usable as a dock or inside a dialog.
//
// It only reads the ledger and notes, except for "Set reminder…", which writes the reminder
// (PauseLedger::setRemindOn) and then emits remindersChanged(). Resume and showing a
// deployment are the window's business: they are signals.
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

Q_SIGNALS:
    // The user activated a row (Enter, double-click, or "Show in table"): the resource and its
    // kind (an endpoint, dev pod or Ray cluster), so the window can show it in its own tab.
    void deploymentActivated(const QString &name, ResourceKind kind);
    void resumeRequested(const QString &name, ResourceKind kind);
    // A reminder was set or cleared in the ledger (the table's markers need a reload).
    void remindersChanged(const QString &name);

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
    QTimer *m_clock = nullptr;
};
