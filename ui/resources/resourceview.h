#pragma once

#include "app/api/resourcekind.h"
#include "app/deployments/actionavailability.h"
#include "app/pause/pauseoutcome.h"
#include "app/pause/settlewatch.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class ErrorBanner;
class QAction;
class QLabel;
class QLineEdit;
class QSettings;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class ResourceSession;
class ResourceTableModel;

// One kind beside the endpoints (dev pods or Ray clusters) as a self-contained view: a filter,
// Pause / Pause with Note / Resume buttons, the table (sorted, with the status badges), a
// placeholder while loading or empty, a row menu, and a message bar for how actions ended.
//
// Pause and Resume go through ResourceSession (PauseController with the kind named, so the
// ledger says "pod" or "raycluster") and ask first the way the endpoints' actions do (the
// same dialog, Cancel the default, the same per-workspace "do not ask again" setting).
class ResourceView : public QWidget
{
    Q_OBJECT

public:
    // `kind` is Pod or RayCluster; `settings` (the "ask first" choice) must outlive the view.
    ResourceView(ResourceKind kind, QSettings *settings, QWidget *parent = nullptr);
    ~ResourceView() override;

    // The dev pods or Ray clusters of a workspace; null: none. The session must outlive the
    // view or be replaced first.
    void setResources(ResourceSession *resources);
    ResourceKind kind() const { return m_kind; }

    QTableView *table() const { return m_table; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    ErrorBanner *banner() const { return m_banner; }
    QLineEdit *filterEdit() const { return m_filter; }
    QAction *pauseAction() const { return m_pauseAction; }
    QAction *pauseWithNoteAction() const { return m_pauseWithNoteAction; }
    QAction *resumeAction() const { return m_resumeAction; }
    QAction *copyNameAction() const { return m_copyNameAction; }

    QStringList selectedNames() const;
    // Pause or Resume for the row `name` as the row menu offers it (the model's ActionRole,
    // ActionEnabledRole and ActionWhyRole), off with the reason while the server cannot be
    // reached. The window's Pause and Resume read it too when this tab is current.
    ActionAvailability availability(const QString &name) const;
    // The last refresh of this kind failed for want of the server (network, timeout).
    bool isOffline() const;
    // "dev pod" / "3 Ray clusters", for sentences about the selection.
    QString noun(int count) const;
    // An action of the window's the row menu offers too, after the pause actions (Logs… on
    // the dev pods); null: none. The window keeps it enabled for this tab's selection.
    void setRowMenuAction(QAction *action) { m_rowMenuAction = action; }
    // The one resource the side panels show: the current row if selected, else the only
    // selected one; invalid / empty when none.
    QModelIndex currentIndex() const;
    QString currentName() const;
    bool selectResource(const QString &name);
    // The row menu of the selected rows, at a global position.
    void showRowMenu(const QPoint &globalPos);

    // With the question first (unless the workspace's "ask first" is off), as the buttons do.
    void requestPause(const QStringList &names);
    // Pause with Note: asks the reason and the reminder, then pauses.
    void requestPauseWithNote(const QStringList &names);
    void requestResume(const QStringList &names);
    // The workflows themselves.
    void pause(const QStringList &names, const QString &reason, const QDate &remindOn);
    void resume(const QString &name, bool force = false, std::optional<int> replicas = std::nullopt);

Q_SIGNALS:
    // A pause or resume started here finished.
    void pauseFinished(const PauseOutcome &outcome);
    // The current resource (currentIndex) changed, or what the table shows of it may have
    // (a refresh, a pause marker, an action under way).
    void currentChanged();

private:
    ResourceTableModel *model() const;
    bool asksFirst() const;
    void confirm(const QString &title, const QString &text, const QString &details, const QString &button,
                 std::function<void()> run);
    void report(const PauseOutcome &outcome, bool pausing);
    // The rows of this kind, for SettleWatch; and "done" once they show it.
    SettleWatch::Lookup rowLookup() const;
    void reportSettled();
    void updateActions();
    void updatePlaceholder();

    ResourceKind m_kind;
    QSettings *m_settings;
    QPointer<ResourceSession> m_resources;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    ErrorBanner *m_banner;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLineEdit *m_filter;
    QAction *m_pauseAction;
    QAction *m_pauseWithNoteAction;
    QAction *m_resumeAction;
    QAction *m_copyNameAction;
    QPointer<QAction> m_rowMenuAction;
    bool m_offline = false; // isOffline() when last announced
    // A pause or resume the server took, whose "done" waits until the row shows it.
    SettleWatch m_settle;
};
