// The application as main() starts it (ConsoleApplication), for README claims no other
// test reaches: a 403 at any time asks for the token again and keeps everything else; a
// corrupt notes database is renamed aside with a message box and a fresh one is started; the
// Notes and Paused Services docks come back as they were left, on the next start.
// Credentials come from the environment (LEPTON_WORKSPACE_*), so no keychain is needed.
#include "app/deployments/deploymentfiltermodel.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/workspaces/workspacesession.h"
#include "tests/support/scratchfolder.h"
#include "ui/mainwindow/mainwindow.h"
#include "app/api/apierror.h"
#include "app/credentials/sessiontokens.h"
#include "app/credentials/workspacecredentials.h"
#include "app/workspaces/workspacesession.h"
#include "ui/shell/consoleapplication.h"
#include "ui/shell/workspaceflow.h"
#include "ui/workspaces/connectdialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QtTest>

using namespace std::chrono_literals;

class TestApplicationShell : public QObject
{
    Q_OBJECT

private:
    ScratchFolder m_dir;
    std::unique_ptr<WorkspaceSimulator> m_sim;
    std::unique_ptr<ConsoleApplication> m_controller;

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    bool start(ConsoleApplication::Options options = {})
    {
        m_controller = std::make_unique<ConsoleApplication>(m_dir.filePath(QStringLiteral("settings.ini")));
        options.keychainService = QStringLiteral("lepton-console-test-shell");
        return m_controller->start(options);
    }

    void useEnvironmentCredentials()
    {
        qputenv("LEPTON_WORKSPACE_ID", m_sim->workspaceId().toUtf8());
        qputenv("LEPTON_WORKSPACE_TOKEN", m_sim->token().toUtf8());
        qputenv("LEPTON_WORKSPACE_URL", m_sim->baseUrl().toString().toUtf8());
    }

    QStringList shownNames() const
    {
        QStringList names;
        const QAbstractItemModel *model = m_controller->window()->proxy();
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, DeploymentTableModel::NameColumn).data(DeploymentTableModel::NameRole).toString();
        names.sort();
        return names;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY2(m_dir.renew(), qPrintable(m_dir.errorString()));
        QVERIFY(QDir().mkpath(dataDir()));
        qputenv(LocalDatabase::DataDirEnvVar, dataDir().toLocal8Bit());
        qputenv("LEPTON_CACHE_DIR", m_dir.filePath(QStringLiteral("lep")).toLocal8Bit());
        for (const char *name : {"LEPTON_WORKSPACE_ID", "LEPTON_WORKSPACE_TOKEN", "LEPTON_WORKSPACE_URL"})
            qunsetenv(name);
        m_sim = std::make_unique<WorkspaceSimulator>();
        m_sim->setWorkspaceId(QStringLiteral("shell-ws"));
        m_sim->setToken(QStringLiteral("tok-shell-8a1f"));
        DeploymentRecipe chat;
        chat.name = QStringLiteral("chat");
        DeploymentRecipe embed;
        embed.name = QStringLiteral("embed");
        m_sim->setDeployments({SimulatorPopulation::make(chat), SimulatorPopulation::make(embed)});
        QVERIFY(m_sim->listen());
    }

    void cleanup()
    {
        m_controller.reset();
        for (const char *name : {"LEPTON_WORKSPACE_ID", "LEPTON_WORKSPACE_TOKEN", "LEPTON_WORKSPACE_URL"})
            qunsetenv(name);
        m_sim.reset();
        m_dir.remove();
    }

    void forbiddenAsksForTheTokenAgain()
    {
        useEnvironmentCredentials();
        QVERIFY(start());
        QTRY_VERIFY(m_controller->flow()->session());
        const QPointer<WorkspaceSession> session = m_controller->flow()->session();
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(), (QStringList{"chat", "embed"}), 10000);
        QSignalSpy asked(m_controller->flow(), &WorkspaceFlow::reauthenticationRequested);

        // The token loses its rights: the next refresh gets 403.
        m_sim->injectFault(WorkspaceSimulator::Fault::httpStatus(403, R"({"code":"Forbidden","message":"token revoked by an administrator"})")
                               .on("GET", "/deployments$").times(-1));
        m_controller->window()->refreshAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(asked.size(), 1, 10000);
        ConnectDialog *dialog = m_controller->flow()->connectDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->mode(), ConnectDialog::Mode::Reauthenticate);
        const QString reason = dialog->findChild<QLabel *>(QStringLiteral("connectReason"))->text();
        QVERIFY2(reason.contains(QLatin1String("403")) && reason.contains(QLatin1String("token revoked by an administrator")), qPrintable(reason));
        // Everything else stays: the same session, the rows.
        QVERIFY(session && m_controller->flow()->session() == session);
        QCOMPARE(shownNames(), (QStringList{"chat", "embed"}));
    }

    void corruptDatabaseIsSetAsideWithAMessage()
    {
        const QString path = QDir(dataDir()).filePath(QLatin1String(LocalDatabase::FileName));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray junk("SQLite format 3");
            junk.append(8192, '\x5a');
            file.write(junk);
        }
        ConsoleApplication::Options options;
        options.demo = true;
        QVERIFY(start(options));
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = [] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                if (w->objectName() == QLatin1String("databaseRecoveredDialog") && w->isVisible())
                    return qobject_cast<QMessageBox *>(w);
            }
            return static_cast<QMessageBox *>(nullptr);
        }()) != nullptr, 10000);
        QCOMPARE(box->icon(), QMessageBox::Warning);
        const QStringList aside = QDir(dataDir()).entryList({QStringLiteral("lepton-console.sqlite.corrupt-*")}, QDir::Files);
        QCOMPARE(aside.size(), 1);
        QVERIFY2(box->text().contains(aside.first()), qPrintable(box->text()));
        // The damaged bytes were kept, and a fresh database took the name.
        QFile kept(QDir(dataDir()).filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QVERIFY(kept.readAll().contains("\x5a\x5a\x5a\x5a"));
        LocalDatabase fresh(path);
        QVERIFY2(fresh.isOpen() && fresh.recoveryMessage().isEmpty(), qPrintable(fresh.errorString()));
        box->accept();
    }

    void docksComeBackAsTheyWereLeft()
    {
        useEnvironmentCredentials();
        QVERIFY(start());
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(), (QStringList{"chat", "embed"}), 10000);
        MainWindow *window = m_controller->window();
        auto *notes = window->findChild<QDockWidget *>(QStringLiteral("notesDock"));
        auto *paused = window->findChild<QDockWidget *>(QStringLiteral("pausedServicesDock"));
        QVERIFY(notes && paused);
        // Away from the defaults: Notes closed, Paused Services alone and on the right.
        notes->hide();
        window->addDockWidget(Qt::RightDockWidgetArea, paused);
        paused->show();
        QCOMPARE(window->dockWidgetArea(paused), Qt::RightDockWidgetArea);
        window->close();
        m_controller.reset();

        QVERIFY(start());
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(), (QStringList{"chat", "embed"}), 10000);
        window = m_controller->window();
        notes = window->findChild<QDockWidget *>(QStringLiteral("notesDock"));
        paused = window->findChild<QDockWidget *>(QStringLiteral("pausedServicesDock"));
        QTRY_VERIFY(window->isVisible());
        QVERIFY(!notes->isVisible());
        QVERIFY(paused->isVisible());
        QCOMPARE(window->dockWidgetArea(paused), Qt::RightDockWidgetArea);
    }
};

QTEST_MAIN(TestApplicationShell)
#include "tst_applicationshell.moc"
