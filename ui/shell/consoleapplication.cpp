#include "ui/shell/consoleapplication.h"

#include "app/credentials/sessiontokens.h"
#include "app/credentials/tokenstore.h"
#include "app/credentials/workspaceurl.h"
#include "app/storage/storagefactory.h"
#include "app/workspaces/workspaceregistry.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/shell/demoworkspace.h"
#include "ui/shell/firstpaintprobe.h"
#include "ui/shell/workspaceflow.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <cstdio>

// The strings keep the translation context they had in ApplicationController.

ConsoleApplication::ConsoleApplication(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
    , m_sessionTokens(std::make_unique<SessionTokens>())
    , m_registry(std::make_unique<WorkspaceRegistry>(m_settings.get()))
{
}

ConsoleApplication::ConsoleApplication(const QString &settingsFile, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
    , m_sessionTokens(std::make_unique<SessionTokens>())
    , m_registry(std::make_unique<WorkspaceRegistry>(m_settings.get()))
{
}

// The members go in the reverse order of their declaration (see the header).
ConsoleApplication::~ConsoleApplication() = default;

bool ConsoleApplication::start(const Options &options)
{
    m_tokenStore = std::make_unique<TokenStore>(options.keychainService.isEmpty()
                                                    ? QString::fromLatin1(TokenStore::defaultServiceName)
                                                    : options.keychainService);
    // The backend is picked here. Either opens on its worker (SqliteStorage creates,
    // migrates, recovers the file; a team store, $LEPTON_CONSOLE_STORE, connects), so the
    // window is built meanwhile; calls wait behind the open. What the open found is shown when
    // it ends (storeOpened()). Everything, the window's views included, reads and writes
    // through it.
    const StorageFactory::Choice choice = StorageFactory::choose();
    QString storeError;
    m_storage = StorageFactory::open(choice, &storeError);
    m_window = std::make_unique<MainWindow>(m_settings.get());
    if (!m_storage) {
        showStoreError(storeError);
        return false;
    }
    m_localStore = choice.backend == StorageFactory::Backend::Sqlite;
    if (m_storage->status().opening)
        connect(m_storage.get(), &Storage::statusChanged, this, &ConsoleApplication::storeOpened, Qt::SingleShotConnection);
    else
        QTimer::singleShot(0, this, [this] { storeOpened(); });
    m_demo = std::make_unique<DemoWorkspace>(options.demoDeployments);
    m_flow = std::make_unique<WorkspaceFlow>(WorkspaceFlow::Services{m_window.get(), m_storage.get(), m_registry.get(),
                                                                     m_tokenStore.get(), m_sessionTokens.get(),
                                                                     m_demo.get()});

    QString why;
    if (!options.url.isEmpty() && !WorkspaceUrl::isAllowedBaseUrl(options.url, &why)) {
        QMessageBox::critical(m_window.get(), QCoreApplication::translate("ApplicationController", "Lepton Console"),
                              QCoreApplication::translate("ApplicationController", "--url: %1").arg(why));
        return false;
    }
    if (options.exitAfterFirstLoad)
        reportFirstPaint(options.startClock);
    if (!m_flow->start(options.demo, options.workspaceId, options.url))
        return false;
    return true;
}

// The open ended. A local file that could not be opened stops the console, as it always has
// (a team store that cannot be reached keeps the window: its calls say so, and it is tried
// again before each); a damaged one kept aside is said once.
void ConsoleApplication::storeOpened()
{
    const Storage::Status status = m_storage->status();
    if (!status.open && m_localStore) {
        showStoreError(status.errorString);
        QCoreApplication::exit(1);
        return;
    }
    if (!status.recoveryMessage.isEmpty() && m_flow)
        showRecoveryMessage();
}

void ConsoleApplication::showStoreError(const QString &why)
{
    QMessageBox::critical(m_window.get(), QCoreApplication::translate("ApplicationController", "Lepton Console"),
                          QCoreApplication::translate("ApplicationController", "The local notes and pause database could not be opened: %1")
                              .arg(why));
}

// --exit-after-first-load: prints the time from the process's first statement to the end of
// the table's first paint with rows, then quits.
void ConsoleApplication::reportFirstPaint(const QElapsedTimer &startClock)
{
    const QElapsedTimer clock = startClock.isValid() ? startClock : [] {
        QElapsedTimer started;
        started.start();
        return started;
    }();
    connect(m_window.get(), &MainWindow::firstLoadFinished, this, [this, clock] {
        // A child of the table's viewport: it goes with the window.
        new FirstPaintProbe(m_window->table()->viewport(), [clock] {
            std::printf("first-load-ms %lld\n", static_cast<long long>(clock.elapsed()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
    });
}

void ConsoleApplication::showRecoveryMessage()
{
    auto *box = new QMessageBox(QMessageBox::Warning,
                                QCoreApplication::translate("ApplicationController", "Local database recovered"),
                                m_storage->status().recoveryMessage, QMessageBox::Ok, m_flow->dialogParent());
    box->setObjectName(QStringLiteral("databaseRecoveredDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

WorkspaceSimulator *ConsoleApplication::simulator() const
{
    return m_demo ? m_demo->simulator() : nullptr;
}
