#include "tests/support/mainwindowfixture.h"

#include "app/api/leptonclient.h"
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "app/workspaces/workspacesession.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QSettings>
#include <QTest>
#include <QWidget>

MainWindowFixture::MainWindowFixture() = default;

MainWindowFixture::~MainWindowFixture()
{
    close();
}

bool MainWindowFixture::showAndLoad(bool active)
{
    m_window->show();
    if (active && !QTest::qWaitForWindowActive(m_window.get()))
        return false;
    m_session->start();
    return QTest::qWaitFor([this] { return m_session->hasLoaded(); }, 10000);
}

QString MainWindowFixture::badge(const QString &name) const
{
    const int row = m_session->model()->rowOf(name);
    return row < 0 ? QString() : m_session->model()->index(row, DeploymentTableModel::StatusColumn).data().toString();
}

int MainWindowFixture::listRequests() const
{
    int count = 0;
    for (const WorkspaceSimulator::RecordedRequest &r : m_simulator->requests())
        count += r.method == "GET" && r.apiPath() == QLatin1String("/deployments") ? 1 : 0;
    return count;
}

WorkspaceSimulator *MainWindowFixture::newSimulator()
{
    close();
    m_folder = std::make_unique<QTemporaryDir>();
    m_simulator = std::make_unique<WorkspaceSimulator>();
    return m_simulator.get();
}

void MainWindowFixture::openWindow(std::chrono::milliseconds fast, std::chrono::milliseconds slow,
                                   std::chrono::milliseconds clientTimeout)
{
    m_database = std::make_unique<LocalDatabase>(m_folder->filePath(QStringLiteral("console.sqlite")));
    m_settings = std::make_unique<QSettings>(m_folder->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    m_window = std::make_unique<MainWindow>(m_settings.get());
    WorkspaceCredentials credentials;
    credentials.workspaceId = m_simulator->workspaceId();
    credentials.token = m_simulator->token();
    credentials.baseUrl = m_simulator->baseUrl();
    m_storage = std::make_unique<SqliteStorage>(m_folder->filePath(QStringLiteral("console.sqlite")));
    m_session = std::make_unique<WorkspaceSession>(credentials, m_storage.get());
    m_session->poller()->setIntervals(fast, slow);
    m_session->client()->setTimeout(clientTimeout);
    m_window->setSession(m_session.get());
}

WorkspaceSimulator *MainWindowFixture::listeningSimulator(const QList<QJsonObject> &deployments,
                                                          std::chrono::milliseconds transitionDelay)
{
    WorkspaceSimulator *simulator = newSimulator();
    simulator->setTransitionDelay(transitionDelay);
    simulator->setDeployments(deployments);
    return simulator->listen() ? simulator : nullptr;
}

void MainWindowFixture::stopSimulator()
{
    m_simulator.reset();
}

bool MainWindowFixture::confirmAction()
{
    QWidget *box = nullptr;
    const bool shown = QTest::qWaitFor([&box] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1String("confirmActionDialog") && w->isVisible())
                box = w;
        }
        return box != nullptr;
    }, 5000);
    if (!shown)
        return false;
    auto *button = box->findChild<QAbstractButton *>(QStringLiteral("confirmActionButton"));
    if (!button)
        return false;
    button->click();
    return true;
}

void MainWindowFixture::close()
{
    m_window.reset();
    m_session.reset();
    m_storage.reset();
    m_database.reset();
    m_settings.reset();
    m_simulator.reset();
    m_folder.reset();
}
