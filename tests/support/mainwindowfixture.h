#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <chrono>
#include <memory>

class LocalDatabase;
class SqliteStorage;
class MainWindow;
class QSettings;
class WorkspaceSession;
class WorkspaceSimulator;

// The main window over a workspace simulator on 127.0.0.1, with its database and settings in a
// scratch folder: what a GUI test drives as a user would. In init(): newSimulator(), set the
// simulator up and listen(), then openWindow(); show the window and start the session as the
// test needs. In cleanup(): close().
class MainWindowFixture
{
public:
    MainWindowFixture();
    ~MainWindowFixture();

    // A new, empty scratch folder and a simulator that does not listen yet.
    WorkspaceSimulator *newSimulator();
    // newSimulator() with `deployments`, answering changes after `transitionDelay`, listening
    // on 127.0.0.1; nullptr when it cannot listen.
    WorkspaceSimulator *listeningSimulator(const QList<QJsonObject> &deployments, std::chrono::milliseconds transitionDelay);
    // The database and settings in the scratch folder, the window, and a session on the
    // simulator (polling at `fast`/`slow`, requests timing out after `clientTimeout`) attached to
    // the window. The window is not shown and the session not started.
    void openWindow(std::chrono::milliseconds fast, std::chrono::milliseconds slow, std::chrono::milliseconds clientTimeout);
    // Stops and removes the simulator: from now on every request is refused, as when the
    // server is unreachable. simulator() is null afterwards.
    void stopSimulator();
    // Waits for the question Pause and Resume ask first (DeploymentActions' confirmation)
    // and answers it with its action button; false when none showed within 5 s.
    static bool confirmAction();
    // Shows the window (and waits until it is the active window when `active`), starts the
    // session and waits (10 s at most) until it has its first list; false when one of these
    // did not happen.
    bool showAndLoad(bool active = false);
    // The Status column's text for the deployment `name` in the session's table; empty when
    // the table has no such row.
    QString badge(const QString &name) const;
    // How many times the simulator was asked for the deployment list (GET /deployments).
    int listRequests() const;
    // Closes the window, then the session, database, settings, simulator and folder.
    void close();

    WorkspaceSimulator *simulator() const { return m_simulator.get(); }
    LocalDatabase *database() const { return m_database.get(); }
    QSettings *settings() const { return m_settings.get(); }
    MainWindow *window() const { return m_window.get(); }
    WorkspaceSession *session() const { return m_session.get(); }

private:
    std::unique_ptr<QTemporaryDir> m_folder;
    std::unique_ptr<WorkspaceSimulator> m_simulator;
    std::unique_ptr<LocalDatabase> m_database;
    std::unique_ptr<SqliteStorage> m_storage;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<WorkspaceSession> m_session;
};
