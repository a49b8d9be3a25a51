#pragma once

#include "app/api/resourcekind.h"

#include <QPointer>
#include <QTabWidget>

#include <memory>

class DetailsPanel;
class NotesPanel;
class QSettings;
class ResourceSession;
class ResourceView;
class WorkspaceSession;

// The kind switcher of the main area: tabs "Endpoints (12)", "Dev Pods (2)", "Ray Clusters (3)",
// the count of each kind in its tab's text and accessible name. The first tab is the window's
// endpoints view as it was; the other two are ResourceViews over a ResourceSession this widget
// makes for the shown workspace (it polls, marks and reconciles the pods and Ray clusters).
//
// Keyboard: Ctrl+1, Ctrl+2, Ctrl+3 show a tab from anywhere in the window; Ctrl+Tab and
// Ctrl+Shift+Tab move between them, and the tab bar is in the Tab order. Whatever shows the
// endpoints view while another tab is up (Ctrl+F, "show this deployment") brings its tab forward.
class KindTabs : public QTabWidget
{
    Q_OBJECT

public:
    // `endpoints` becomes the first tab; `settings` must outlive the widget.
    KindTabs(QWidget *endpoints, QSettings *settings, QWidget *parent = nullptr);
    ~KindTabs() override;

    // The workspace shown (null: none). Its dev pods and Ray clusters are polled from now on.
    void setSession(WorkspaceSession *session);
    ResourceSession *resources() const { return m_resources.get(); }
    ResourceView *view(ResourceKind kind) const;
    // The view of the current tab when it is a dev pod or Ray cluster tab; null on Endpoints.
    ResourceView *currentResourceView() const;
    ResourceKind currentKind() const { return ResourceKind(currentIndex()); }
    void showKind(ResourceKind kind);
    // Brings a resource's tab up. A dev pod or Ray cluster is selected there too (its filter
    // cleared when it hides the row), and true is returned; for an endpoint, false: the
    // window selects it in the endpoints view.
    bool revealResource(ResourceKind kind, const QString &name);
    // The window's side parts follow the current tab: on a dev pod or Ray cluster tab, shows
    // its current row in the details panel (with its pause marker) and its notes in the notes
    // panel, or clears both, and returns true; false on the Endpoints tab (the window shows
    // the endpoints' selection itself).
    bool showCurrentIn(DetailsPanel *details, NotesPanel *notes) const;
    // F5: the pods and Ray clusters too.
    void refreshNow();

Q_SIGNALS:
    // Another tab came up, or the current dev pod / Ray cluster tab's current row changed (or
    // what it shows): whatever follows the selection shows it again.
    void shownResourceChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateTabTexts();

    QSettings *m_settings;
    QPointer<WorkspaceSession> m_session;
    std::unique_ptr<ResourceSession> m_resources;
    QWidget *m_endpoints;
    ResourceView *m_podsView;
    ResourceView *m_rayView;
};
