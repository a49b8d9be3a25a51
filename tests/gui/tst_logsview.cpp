// Deployment > Logs… (issue 20, item 5), driven with QTest under offscreen against the
// simulator over HTTP: the view lists the replicas and follows the first one (new lines
// appear and the list keeps to the bottom; Pause Scrolling holds it), the search highlights
// its hits in the painted rows, Save writes the buffer to the file, the history range loads
// where the workspace offers GET /logs and the view says so where it does not.
#include "app/api/leptonclient.h"
#include "app/logs/logbuffermodel.h"
#include "app/simulator/simulatedlogs.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "tests/support/simulatorclient.h"
#include "ui/logs/logsview.h"

#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace std::chrono_literals;

class TestLogsView : public QObject
{
    Q_OBJECT

    std::unique_ptr<WorkspaceSimulator> m_sim;
    std::unique_ptr<LeptonClient> m_client;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    LogAccess access() const { return LogAccess{m_sim->baseUrl(), m_sim->token(), QString(), 5s}; }

    std::unique_ptr<LogsView> open()
    {
        auto view = std::make_unique<LogsView>(m_client.get(), access(), ResourceKind::Endpoint, QStringLiteral("chat"), m_settings.get());
        view->setAttribute(Qt::WA_DeleteOnClose, false);
        view->show();
        view->activateWindow();
        if (!QTest::qWaitForWindowActive(view.get()))
            qWarning("the Logs view did not become active");
        return view;
    }

    // Whether the painted row `row` has a pixel of the palette's highlight colour.
    static bool rowHasHighlight(LogsView *view, int row)
    {
        QListView *list = view->list();
        const QRect rect = list->visualRect(view->model()->index(row));
        if (!rect.isValid() || !list->viewport()->rect().intersects(rect))
            return false;
        const QImage image = list->viewport()->grab(rect).toImage();
        const QRgb highlight = list->palette().color(QPalette::Active, QPalette::Highlight).rgb();
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                if ((image.pixel(x, y) & 0xffffff) == (highlight & 0xffffff))
                    return true;
            }
        }
        return false;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        m_sim = std::make_unique<WorkspaceSimulator>();
        DeploymentRecipe chat;
        chat.name = QStringLiteral("chat");
        chat.minReplicas = 2;
        chat.maxReplicas = 2;
        m_sim->setDeployments({SimulatorPopulation::make(chat)});
        m_sim->logs()->setLinesPerSecond(20);
        QVERIFY(m_sim->listen());
        m_client = simulatorClient(*m_sim, 5s);
    }

    void cleanup()
    {
        m_client.reset();
        m_sim.reset();
        m_settings.reset();
    }

    void followsTheFirstReplicaLive()
    {
        auto view = open();
        QTRY_COMPARE_WITH_TIMEOUT(view->replicaBox()->count(), 2, 10000);
        QVERIFY(view->followButton()->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 10, 10000);
        const int before = view->model()->rowCount();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= before + 10, 10000);
        QVERIFY(view->model()->line(view->model()->rowCount() - 1).contains(QStringLiteral(" request ")));
        QVERIFY2(view->statusLabel()->text().contains(QStringLiteral("Following")), qPrintable(view->statusLabel()->text()));
        // Following keeps the newest line in sight.
        QScrollBar *bar = view->list()->verticalScrollBar();
        QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() == bar->maximum(), 10000);

        // Pause Scrolling: lines still arrive, the view stays where it is.
        QTest::mouseClick(view->pauseScrollButton(), Qt::LeftButton);
        QVERIFY(view->pauseScrollButton()->isChecked());
        bar->setValue(0);
        const int rows = view->model()->rowCount();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > rows + 5, 10000);
        QCOMPARE(bar->value(), 0);

        // Follow off: the stream stops.
        QTest::mouseClick(view->followButton(), Qt::LeftButton);
        QVERIFY(!view->followButton()->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(m_sim->logs()->openStreams(), 0, 10000);
    }

    void searchHighlightsItsHits()
    {
        auto view = open();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 8, 10000);
        view->followButton()->setChecked(false); // a still picture to look at
        view->list()->scrollToTop();
        QTest::keyClick(view.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(view->searchField()->hasFocus());
        QTest::keyClicks(view->searchField(), QStringLiteral("model loaded"));
        QCOMPARE(view->model()->searchText(), QStringLiteral("model loaded"));
        QVERIFY(view->model()->matchCount() >= 1);
        QVERIFY2(view->matchLabel()->text().contains(QStringLiteral("hit")), qPrintable(view->matchLabel()->text()));
        const int hit = view->model()->findNext(0);
        QVERIFY(hit >= 0);
        const int miss = hit == 0 ? 1 : 0;
        QVERIFY(!view->model()->matches(view->model()->line(miss)));
        QTRY_VERIFY(rowHasHighlight(view.get(), hit));
        QVERIFY(!rowHasHighlight(view.get(), miss));
        // Enter walks to the hit.
        QTest::keyClick(view->searchField(), Qt::Key_Return);
        QCOMPARE(view->list()->currentIndex().row(), hit);
    }

    void saveWritesTheBuffer()
    {
        auto view = open();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 12, 10000);
        view->followButton()->setChecked(false);
        QSignalSpy saved(view.get(), &LogsView::savedTo);
        const QString path = m_dir.filePath(QStringLiteral("chat.log"));
        view->saveTo(path);
        QVERIFY(saved.wait(10000));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList written = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(written, view->model()->lines());
        QCOMPARE(saved.first().at(1).toInt(), int(written.size()));

        QSignalSpy failed(view.get(), &LogsView::saveFailed);
        view->saveTo(m_dir.filePath(QStringLiteral("no/such/folder/chat.log")));
        QVERIFY(failed.wait(10000));
        QVERIFY(view->statusLabel()->text().startsWith(QStringLiteral("Could not save the log")));
    }

    void historyRangeLoads()
    {
        auto view = open();
        QTRY_VERIFY_WITH_TIMEOUT(view->historyOffered(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 5, 10000);
        QVERIFY(view->loadRangeButton()->isEnabled());
        QSignalSpy loaded(view.get(), &LogsView::historyLoaded);
        QTest::mouseClick(view->loadRangeButton(), Qt::LeftButton);
        QVERIFY(loaded.wait(10000));
        QVERIFY(!view->followButton()->isChecked());
        QVERIFY(loaded.first().first().toInt() >= 5);
        QCOMPARE(view->model()->rowCount(), loaded.first().first().toInt());
        QCOMPARE(m_sim->requests().last().query.queryItemValue(QStringLiteral("deployment")), QStringLiteral("chat"));
    }

    void saysWhenHistoryIsNotOffered()
    {
        m_sim->logs()->setHistoryOffered(false);
        auto view = open();
        QTRY_VERIFY_WITH_TIMEOUT(view->historyNote()->text().contains(QStringLiteral("does not offer log history")), 10000);
        QVERIFY(!view->loadRangeButton()->isEnabled());
        // The live log still works.
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 5, 10000);
    }

    void keepSettingBoundsTheBufferAndIsKept()
    {
        m_sim->logs()->setLinesPerSecond(400);
        auto view = open();
        view->keepBox()->setValue(1000);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->droppedCount() > 0, 15000);
        QVERIFY(view->model()->rowCount() <= 1000);
        QCOMPARE(m_settings->value(QStringLiteral("logs/bufferLines")).toInt(), 1000);
        auto second = std::make_unique<LogsView>(m_client.get(), access(), ResourceKind::Endpoint, QStringLiteral("chat"), m_settings.get());
        second->setAttribute(Qt::WA_DeleteOnClose, false);
        QCOMPARE(second->model()->capacity(), 1000);
    }
};

QTEST_MAIN(TestLogsView)
#include "tst_logsview.moc"
