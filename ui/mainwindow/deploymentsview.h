#pragma once

#include "app/deployments/deploymentfiltermodel.h"

#include <QPointer>
#include <functional>
#include <QWidget>

class BadgeAnimator;
class ErrorBanner;
class QActionGroup;
class QLabel;
class QLineEdit;
class QSettings;
class QStackedWidget;
class QTableView;
class StatusBadgeDelegate;
class WorkspaceSession;
struct Deployment;

// The deployments of the current workspace: the table (sorted, filtered, its layout kept per
// workspace), the text filter and the quick filters, the placeholder shown instead of the
// table (loading, no deployments), and the message banner laid over the bottom of the table,
// so showing or hiding a message never moves a row under the pointer. The banner says how actions ended and what the last refresh found; an action's error
// or warning stays until the user closes it, and a failing refresh does not replace it.
class DeploymentsView : public QWidget
{
    Q_OBJECT

public:
    // `settings` keeps the per-workspace table layout; it must outlive the view.
    explicit DeploymentsView(QSettings *settings, QWidget *parent = nullptr);
    ~DeploymentsView() override;

    void setSession(WorkspaceSession *session);

    QTableView *table() const { return m_table; }
    DeploymentFilterModel *proxy() const { return m_proxy; }
    ErrorBanner *banner() const { return m_banner; }
    // The filter box (the window puts it in its toolbar) and the quick filter actions.
    QLineEdit *filterEdit() const { return m_filter; }
    QActionGroup *quickFilters() const { return m_quickFilterGroup; }
    // How many rows the filters show of how many the workspace has; `loaded` is false until
    // the first list arrived.
    int shownCount() const;
    int totalCount() const;
    bool hasLoaded() const;

    QStringList selectedNames() const;
    // The one deployment the actions apply to: the current row if selected, else the only selected one.
    QString currentName() const;
    const Deployment *currentDeployment() const;
    // Selects a deployment by name if the filters show it.
    bool selectDeployment(const QString &name);
    // Selects it, clearing the filters if they hide it.
    void revealDeployment(const QString &name);
    // Moves the keyboard focus to the filter box, wherever it is shown.
    void focusFilter();

    // Messages of actions (pause, resume, edit, restart): an error or a warning stays until
    // closed; a later refresh failure does not replace it.
    void showActionError(const QString &message);
    void showActionSuccess(const QString &message, std::function<void()> undo = {});
    void showActionInfo(const QString &message);
    void showActionWarning(const QString &message);

    // The last refresh could not reach the server (network error or timeout).
    bool isOffline() const;

    void saveTableState();
    void updatePlaceholder();

Q_SIGNALS:
    // The selection or the current row changed, or the data of the selected rows.
    void selectionChanged();
    // Enter or a double-click on a row.
    void editRequested();
    // A right-click on a row, at a global position.
    void rowMenuRequested(const QPoint &globalPos);
    void firstLoadFinished();
    // A refresh finished or failed: the status line and the actions may read the session again.
    void refreshStateChanged();
    // The counts above changed (filter, refresh).
    void countsChanged();

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildQuickFilters();
    // Lays the banner over the bottom of the table, as tall as its message needs.
    void placeBanner();
    void onRefreshed();
    void onRefreshFailed();
    void showRefreshProblem();
    // True while the banner holds an action's error or warning the user has not closed.
    bool holdsActionMessage() const;
    void restoreTableState();
    void showHeaderMenu(const QPoint &pos);
    QString tableStateKey() const;

    QSettings *m_settings;
    QPointer<WorkspaceSession> m_session;
    DeploymentFilterModel *m_proxy;
    QTableView *m_table;
    StatusBadgeDelegate *m_badgeDelegate;
    BadgeAnimator *m_animator = nullptr;
    ErrorBanner *m_banner;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLineEdit *m_filter;
    QActionGroup *m_quickFilterGroup = nullptr;
    bool m_bannerFromRefresh = false;
    bool m_firstLoadReported = false;
    QString m_lastSkippedMessage; // the last "could not be read" warning shown
};
