#pragma once

#include <QCoreApplication>
#include <QObject>

class AlertsView;
class NotesPanel;
class PausedServicesView;
class QAction;
class QDockWidget;
class QMainWindow;

// The docks below the window's tables, tabbed together: Notes, Paused Services and Alerts,
// each with its object name, accessible name and a shortcut on its show/hide action
// (Ctrl+Shift+N, S, A). The first start gives the notes a compact height; a saved window
// state keeps the user's own. Words in the window's translation context ("MainWindow").
class WindowDocks : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    // Adds the docks to `window` around the given panels (the window owns them all).
    WindowDocks(QMainWindow *window, NotesPanel *notes, PausedServicesView *paused, AlertsView *alerts);
    ~WindowDocks() override;

    QDockWidget *notesDock() const { return m_notesDock; }
    QDockWidget *pausedDock() const { return m_pausedDock; }
    QDockWidget *alertsDock() const { return m_alertsDock; }
    // Their show/hide actions, in the View menu's order.
    QList<QAction *> toggleActions() const;

    // Once the window is shown with its size and no saved state: the table keeps most of the
    // height, the notes start compact.
    void sizeOnFirstShow(bool stateRestored);

private:
    QMainWindow *m_window;
    NotesPanel *m_notes;
    QDockWidget *m_notesDock;
    QDockWidget *m_pausedDock;
    QDockWidget *m_alertsDock;
    bool m_sized = false;
};
