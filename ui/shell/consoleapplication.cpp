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
    // The backend is picked here. SqliteStorage opens (migrates, recovers) the file on its
    // worker; everything, the window's views included, reads and writes through it. A team
    // store ($LEPTON_CONSOLE_STORE) connects on its worker: calls wait behind it.
    QString storeError;
    m_storage = StorageFactory::open(StorageFactory::choose(), &storeError);
    m_window = std::make_unique<MainWindow>(m_settings.get());
    if (!m_storage || (!m_storage->status().open && !m_storage->status().opening)) {
        QMessageBox::critical(m_window.get(), QCoreApplication::translate("ApplicationController", "Lepton Console"),
                              QCoreApplication::translate("ApplicationController", "The local notes and pause database could not be opened: %1")
                                  .arg(m_storage ? m_storage->status().errorString : storeError));
        return false;
    }
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
    if (!m_storage->status().recoveryMessage.isEmpty())
        QTimer::singleShot(0, this, [this] { showRecoveryMessage(); });
    return true;
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
