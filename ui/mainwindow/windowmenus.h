#pragma once

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

class DeploymentActions;
class DeploymentsView;
class LogWindow;
class MainWindow;
class NotesPanel;
class QAction;
class QMenu;
class QSettings;

// The main window's menu bar, placed in one go: File (notes export and import, the demo,
// Quit), Edit (Undo), View (refresh, find, the details and the docks, Savings…, Schedules…,
// the quick filters, the theme), Deployment (DeploymentActions) and Help (the log, the
// keyboard shortcuts, About). The windows the menus open (Savings, Schedules, the log) are
// made on first use and kept. Every menu gets its title as its accessible name.
//
// Its words are the window's (translation context "MainWindow", where the catalogues have
// them): it has no signals or slots of its own, so no Q_OBJECT of its own either.
class WindowMenus : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    // What the menus hold that the window made.
    struct Parts
    {
        DeploymentActions *actions = nullptr;
        DeploymentsView *view = nullptr;
        NotesPanel *notes = nullptr;
        QAction *refresh = nullptr;
        QAction *find = nullptr;
        QAction *details = nullptr;
        QAction *openDemo = nullptr;
        // The docks' show/hide actions, in the View menu's order.
        QList<QAction *> dockToggles;
    };

    // Builds the menus into `window`'s menu bar; `settings` (the theme) must outlive them.
    WindowMenus(MainWindow *window, QSettings *settings, const Parts &parts);
    ~WindowMenus() override;

    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }

private:
    void buildFile(const Parts &parts);
    void buildView(const Parts &parts);
    void buildHelp();
    void showSavings();
    void showSchedules();
    // Names every menu and submenu of the bar for screen readers (a title does not).
    void nameMenus();

    MainWindow *m_window;
    QSettings *m_settings;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QPointer<LogWindow> m_logWindow;
};
