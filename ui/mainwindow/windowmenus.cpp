#include "ui/mainwindow/windowmenus.h"

#include "app/workspaces/workspacesession.h"
#include "ui/diagnostics/logwindow.h"
#include "ui/mainwindow/deploymentactions.h"
#include "ui/mainwindow/deploymentsview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/shortcutsdialog.h"
#include "ui/notes/notespanel.h"
#include "ui/savings/savingsview.h"
#include "ui/schedule/scheduleboard.h"
#include "ui/schedule/schedulesview.h"
#include "ui/shell/aboutdialog.h"
#include "ui/shell/theme.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>

#include <functional>

WindowMenus::WindowMenus(MainWindow *window, QSettings *settings, const Parts &parts)
    : QObject(window)
    , m_window(window)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("windowMenus"));
    buildFile(parts);
    QMenu *edit = m_window->menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    edit->addAction(parts.actions->undoAction());
    buildView(parts);
    QMenu *deployment = m_window->menuBar()->addMenu(tr("&Deployment"));
    parts.actions->addTo(deployment);
    buildHelp();
    nameMenus();
}

WindowMenus::~WindowMenus() = default;

void WindowMenus::buildFile(const Parts &parts)
{
    QMenu *file = m_fileMenu = m_window->menuBar()->addMenu(tr("&File"));
    QMenu *notesMenu = file->addMenu(tr("&Notes"));
    notesMenu->addAction(parts.notes->exportMarkdownAction());
    notesMenu->addAction(parts.notes->exportCsvAction());
    notesMenu->addAction(parts.notes->importCsvAction());
    file->addSeparator();
    file->addAction(parts.openDemo);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), QKeySequence::Quit, m_window, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
}

void WindowMenus::buildView(const Parts &parts)
{
    QMenu *view = m_viewMenu = m_window->menuBar()->addMenu(tr("&View"));
    view->addAction(parts.refresh);
    view->addAction(parts.find);
    view->addAction(parts.details);
    for (QAction *toggle : parts.dockToggles)
        view->addAction(toggle);
    // Savings (#22): its own window, made on first use and kept on the open workspace.
    QAction *savings = view->addAction(tr("Sa&vings…"), this, &WindowMenus::showSavings);
    savings->setObjectName(QStringLiteral("savingsAction"));
    // Everything planned for the next seven days (#21), in its own window made on first use.
    QAction *plan = view->addAction(tr("Sc&hedules…"), QKeySequence(tr("Ctrl+Shift+H")), this, &WindowMenus::showSchedules);
    plan->setObjectName(QStringLiteral("schedulesAction"));
    view->addSeparator();
    for (QAction *action : parts.view->quickFilters()->actions())
        view->addAction(action);
    view->addSeparator();
    // The theme, applied through the application's palette and kept in the settings.
    QMenu *theme = view->addMenu(tr("&Theme"));
    theme->setObjectName(QStringLiteral("themeMenu"));
    auto *themes = new QActionGroup(this);
    const Theme::Choice current = Theme::saved(*m_settings);
    for (Theme::Choice choice : {Theme::Choice::System, Theme::Choice::Light, Theme::Choice::Dark}) {
        QAction *action = theme->addAction(Theme::displayName(choice));
        action->setObjectName(QStringLiteral("theme%1Action").arg(int(choice)));
        action->setCheckable(true);
        action->setChecked(choice == current);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, choice] {
            Theme::save(*m_settings, choice);
            Theme::apply(choice);
        });
    }
}

void WindowMenus::buildHelp()
{
    QMenu *help = m_helpMenu = m_window->menuBar()->addMenu(tr("&Help"));
    QAction *showLog = help->addAction(tr("Show &Log"), this, [this] {
        if (!m_logWindow)
            m_logWindow = new LogWindow(m_window);
        m_logWindow->show();
        m_logWindow->raise();
        m_logWindow->activateWindow();
    });
    showLog->setObjectName(QStringLiteral("showLogAction"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(m_window, m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    // GNOME's key for the shortcuts window; Ctrl+Shift+/ is the same keys on a US layout.
    keys->setShortcuts({QKeySequence(tr("Ctrl+?")), QKeySequence(tr("Ctrl+Shift+/"))});
    QAction *about = help->addAction(tr("&About Lepton Console"), this, [this] {
        auto *dialog = new AboutDialog(m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
}

void WindowMenus::showSavings()
{
    auto *window = m_window->findChild<SavingsView *>();
    if (!window) {
        window = new SavingsView(m_window);
        window->setWindowFlag(Qt::Window);
        window->setWindowTitle(tr("Savings — Lepton Console"));
        window->resize(1000, 720);
    }
    WorkspaceSession *session = m_window->session();
    window->setSources(session ? session->storage() : nullptr, session ? session->client() : nullptr,
                       session ? session->workspaceId() : QString());
    window->show();
    window->raise();
    window->activateWindow();
}

void WindowMenus::showSchedules()
{
    auto *window = m_window->findChild<SchedulesView *>();
    if (!window) {
        window = new SchedulesView(m_window->findChild<ScheduleBoard *>(QStringLiteral("scheduleBoard")), m_window);
        window->setWindowFlag(Qt::Window);
        window->resize(900, 480);
    }
    window->show();
    window->raise();
    window->activateWindow();
}

void WindowMenus::nameMenus()
{
    // A screen reader names an open menu by its accessible name, which a title does not set.
    const std::function<void(QMenu *)> name = [&name](QMenu *menu) {
        menu->setAccessibleName(menu->menuAction()->iconText());
        const QList<QAction *> actions = menu->actions();
        for (QAction *action : actions) {
            if (action->menu())
                name(action->menu());
        }
    };
    const QList<QAction *> menus = m_window->menuBar()->actions();
    for (QAction *action : menus) {
        if (action->menu())
            name(action->menu());
    }
}
