#include "ui/mainwindow/windowdocks.h"

#include "ui/notes/notespanel.h"
#include "ui/pause/pausedservicesview.h"
#include "ui/watch/alertsview.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

#include <algorithm>

WindowDocks::WindowDocks(QMainWindow *window, NotesPanel *notes, PausedServicesView *paused, AlertsView *alerts)
    : QObject(window)
    , m_window(window)
    , m_notes(notes)
    , m_notesDock(new QDockWidget(tr("Notes"), window))
    , m_pausedDock(new QDockWidget(tr("Paused Services"), window))
    , m_alertsDock(new QDockWidget(tr("Alerts"), window))
{
    setObjectName(QStringLiteral("windowDocks"));
    // Notes and the Paused services view: docks below the table, tabbed together.
    m_notesDock->setObjectName(QStringLiteral("notesDock"));
    m_notesDock->setAccessibleName(tr("Notes"));
    m_notesDock->setWidget(notes);
    notes->setObjectName(QStringLiteral("notesPanel"));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_notesDock);
    m_pausedDock->setObjectName(QStringLiteral("pausedServicesDock"));
    m_pausedDock->setAccessibleName(tr("Paused services"));
    m_pausedDock->setWidget(paused);
    paused->setObjectName(QStringLiteral("pausedServicesView"));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_pausedDock);
    window->tabifyDockWidget(m_notesDock, m_pausedDock);
    // Alerts (#20): open and recent alerts, tabbed with the notes.
    alerts->setObjectName(QStringLiteral("alertsView"));
    m_alertsDock->setObjectName(QStringLiteral("alertsDock"));
    m_alertsDock->setAccessibleName(tr("Alerts"));
    m_alertsDock->setWidget(alerts);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_alertsDock);
    window->tabifyDockWidget(m_pausedDock, m_alertsDock);
    m_alertsDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    m_alertsDock->toggleViewAction()->setObjectName(QStringLiteral("alertsDockAction"));
    m_notesDock->raise();
    // Their first height is set in sizeOnFirstShow(), once the window has its size.
    m_notesDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    m_pausedDock->toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
}

WindowDocks::~WindowDocks() = default;

QList<QAction *> WindowDocks::toggleActions() const
{
    return {m_notesDock->toggleViewAction(), m_pausedDock->toggleViewAction(), m_alertsDock->toggleViewAction()};
}

void WindowDocks::sizeOnFirstShow(bool stateRestored)
{
    if (m_sized || stateRestored)
        return;
    m_sized = true;
    // The first start: the table keeps most of the height; the notes start compact (a sixth,
    // at least what the panel needs: its search, a line of history and the new-note box).
    // The user's own split is kept after that.
    m_window->resizeDocks({m_notesDock},
                          {std::max(m_notes->minimumSizeHint().height(), m_window->height() / 6)}, Qt::Vertical);
}
