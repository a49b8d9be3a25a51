// The README's claims about the deployments table, on the real window against the simulator:
// the filter box finds a deployment by the words of its note; right-clicking the header
// offers the columns to hide, and right-clicking a row offers the actions for that row;
// "Updated N s ago" is in the status bar; the editor opens on a double-click or Enter, never on a
// single click, whatever the platform's single-click setting (KDE's).
#include "app/api/leptonclient.h"
#include "app/deployments/deploymentfiltermodel.h"
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/pause/pausecontroller.h"
#include "app/simulator/simulatorpopulation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/sqlite/notestable.h"
#include "app/storage/sqlite/localdatabase.h"
#include "app/workspaces/workspacesession.h"
#include "ui/mainwindow/mainwindow.h"
#include "tests/support/mainwindowfixture.h"

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProxyStyle>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <functional>

using namespace std::chrono_literals;

// KDE's "single-click opens files and folders": the style says item views activate on one click.
class SingleClickStyle : public QProxyStyle
{
public:
    int styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget, QStyleHintReturn *returned) const override
    {
        if (hint == QStyle::SH_ItemView_ActivateItemOnSingleClick)
            return 1;
        return QProxyStyle::styleHint(hint, option, widget, returned);
    }
};

class TestDeploymentsTable : public QObject
{
    Q_OBJECT

private:
    MainWindowFixture m_fixture;
    WorkspaceSimulator *m_sim = nullptr;
    MainWindow *m_window = nullptr;
    WorkspaceSession *m_session = nullptr;

    QStringList shownNames() const
    {
        QStringList names;
        for (int row = 0; row < m_window->proxy()->rowCount(); ++row)
            names << m_window->proxy()->index(row, DeploymentTableModel::NameColumn).data(DeploymentTableModel::NameRole).toString();
        return names;
    }

    // Right-clicks `widget` at `pos` and returns the texts of the menu that pops up (its
    // actions' texts without '&'; disabled ones marked "(disabled)"), after `inMenu` has run
    // on it; the menu is then closed.
    QStringList contextMenu(QWidget *widget, const QPoint &pos, const std::function<void(QMenu *)> &inMenu = {})
    {
        QStringList texts;
        bool seen = false;
        QTimer::singleShot(0, this, [&] {
            // The menu is modal: look for it from inside its own event loop.
            QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            seen = true;
            for (QAction *action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                QString text = action->text().remove(QLatin1Char('&'));
                if (!action->isEnabled())
                    text += QStringLiteral(" (disabled)");
                texts << text;
            }
            if (inMenu)
                inMenu(menu);
            menu->close();
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, widget->mapToGlobal(pos));
        QApplication::sendEvent(widget, &event);
        if (!QTest::qWaitFor([&] { return seen; }, 5000))
            qWarning("no context menu appeared");
        return texts;
    }

    QPoint rowCenter(const QString &name) const
    {
        for (int row = 0; row < m_window->proxy()->rowCount(); ++row) {
            const QModelIndex index = m_window->proxy()->index(row, DeploymentTableModel::NameColumn);
            if (index.data(DeploymentTableModel::NameRole).toString() == name)
                return m_window->table()->visualRect(index).center();
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_sim = m_fixture.newSimulator();
        m_sim->setTransitionDelay(150ms);
        m_sim->setDeployments(SimulatorPopulation::demo());
        QVERIFY(m_sim->listen());
        m_fixture.openWindow(200ms, 400ms, 5s);
        m_window = m_fixture.window();
        m_session = m_fixture.session();
        m_session->pauses()->setReconcileGrace(0ms);
        m_window->resize(1400, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_session->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_session->hasLoaded(), 10000);
    }

    void cleanup() { m_fixture.close(); }

    void filterFindsTheNote()
    {
        const QString name = m_session->model()->deploymentAt(0).name;
        Note note;
        note.workspaceId = m_sim->workspaceId();
        note.deploymentName = name;
        note.text = QStringLiteral("owned by the zanzibar team");
        note.author = QStringLiteral("tester");
        note.createdAt = QDateTime::currentDateTimeUtc();
        QVERIFY(NotesTable(*m_fixture.database()).add(note).has_value());
        m_session->reloadMarkers();

        auto *filter = m_window->findChild<QLineEdit *>("filterEdit");
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("zanzibar"));
        // The search waits for the typing to pause; then only the row with that note is left.
        QTRY_COMPARE_WITH_TIMEOUT(shownNames(), QStringList{name}, 5000);
        filter->clear();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->proxy()->rowCount(), m_session->model()->rowCount(), 5000);
    }

    void headerMenuHidesColumns()
    {
        QHeaderView *header = m_window->table()->horizontalHeader();
        QVERIFY(!header->isSectionHidden(DeploymentTableModel::ImageColumn));
        const QString image = DeploymentTableModel::columnName(DeploymentTableModel::ImageColumn);
        const QPoint pos(header->sectionViewportPosition(DeploymentTableModel::ImageColumn) + 5, header->height() / 2);
        const QStringList texts = contextMenu(header->viewport(), pos, [&](QMenu *menu) {
            for (QAction *action : menu->actions()) {
                if (action->text().remove(QLatin1Char('&')) == image)
                    action->trigger(); // unticks it
            }
        });
        // Every column is listed; the name column cannot be hidden.
        QCOMPARE(texts.size(), int(DeploymentTableModel::ColumnCount));
        QVERIFY2(texts.contains(DeploymentTableModel::columnName(DeploymentTableModel::NameColumn) + QStringLiteral(" (disabled)")),
                 qPrintable(texts.join(QStringLiteral(", "))));
        QVERIFY(texts.contains(image));
        QVERIFY(header->isSectionHidden(DeploymentTableModel::ImageColumn));
    }

    void rowMenuOffersTheRowsActions()
    {
        QString running;
        for (int row = 0; row < m_session->model()->rowCount(); ++row) {
            const Deployment &d = m_session->model()->deploymentAt(row);
            if (d.state == DeploymentState::Ready && d.minReplicas.value_or(0) > 0) {
                running = d.name;
                break;
            }
        }
        QVERIFY(!running.isEmpty());
        QVERIFY(m_window->selectDeployment(running));
        QStringList texts = contextMenu(m_window->table()->viewport(), rowCenter(running));
        QVERIFY2(texts.contains(QStringLiteral("Edit…")), qPrintable(texts.join(QStringLiteral(", "))));
        QVERIFY(texts.contains(QStringLiteral("Pause")));
        QVERIFY(texts.contains(QStringLiteral("Pause with Note…")));
        QVERIFY2(!texts.contains(QStringLiteral("Resume")), "a running deployment offers no Resume");
        QVERIFY(texts.contains(QStringLiteral("Copy Endpoint")));

        // Paused, the same row offers Resume instead of Pause; and the menu's Resume works.
        QSignalSpy finished(m_window, &MainWindow::pauseFinished);
        m_window->pauseAction()->trigger();
        QVERIFY(MainWindowFixture::confirmAction());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_session->model()->index(m_session->model()->rowOf(running), DeploymentTableModel::StatusColumn).data().toString(),
                                  QStringLiteral("Paused"), 5000);
        QVERIFY(m_window->selectDeployment(running));
        texts = contextMenu(m_window->table()->viewport(), rowCenter(running), [](QMenu *menu) {
            for (QAction *action : menu->actions()) {
                if (action->text().remove(QLatin1Char('&')) == QLatin1String("Resume"))
                    action->trigger();
            }
        });
        QVERIFY2(texts.contains(QStringLiteral("Resume")), qPrintable(texts.join(QStringLiteral(", "))));
        QVERIFY(!texts.contains(QStringLiteral("Pause")));
        QVERIFY(MainWindowFixture::confirmAction());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 5000);
        QCOMPARE(finished.last().first().value<PauseOutcome>().kind, PauseOutcome::Kind::Resumed);
    }

    void aSingleClickSelectsAndNeverOpensTheEditor()
    {
        auto style = std::make_unique<SingleClickStyle>();
        QTableView *table = m_window->table();
        table->setStyle(style.get());
        QVERIFY(table->style()->styleHint(QStyle::SH_ItemView_ActivateItemOnSingleClick, nullptr, table));
        const QString first = m_window->proxy()->index(0, 0).data(DeploymentTableModel::NameRole).toString();
        const QString second = m_window->proxy()->index(1, 0).data(DeploymentTableModel::NameRole).toString();
        const auto editors = [] {
            int open = 0;
            for (QWidget *w : QApplication::topLevelWidgets())
                open += w->objectName() == QLatin1String("editDeploymentDialog") && w->isVisible() ? 1 : 0;
            return open;
        };
        auto *deploymentsView = m_window->findChild<QWidget *>(QStringLiteral("deploymentsView"));
        QVERIFY(deploymentsView);
        QSignalSpy editRequests(deploymentsView, SIGNAL(editRequested()));

        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowCenter(second));
        QCOMPARE(m_window->selectedNames(), QStringList{second});
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowCenter(first));
        QCOMPARE(m_window->selectedNames(), QStringList{first});
        QCOMPARE(editRequests.size(), 0);

        // A double-click opens it, whatever the style says. (QTest's double-click on a widget is
        // the second press alone: the first click comes before it, as from a mouse.)
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rowCenter(second));
        QCOMPARE(editRequests.size(), 0);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, rowCenter(second));
        QTest::mouseRelease(table->viewport(), Qt::LeftButton, {}, rowCenter(second));
        QCOMPARE(editRequests.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(editors(), 1, 5000);
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->objectName() == QLatin1String("editDeploymentDialog"))
                w->close();
        }
        QTRY_COMPARE(editors(), 0);
        // And Enter on the current row.
        m_window->activateWindow();
        table->setFocus();
        QVERIFY(m_window->selectDeployment(first));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(editRequests.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(editors(), 1, 5000);
        table->setStyle(nullptr);
    }

    void refreshTooltipNamesEveryShortcut()
    {
        const QString tip = m_window->refreshAction()->toolTip();
        for (const QKeySequence &key : m_window->refreshAction()->shortcuts())
            QVERIFY2(tip.contains(key.toString(QKeySequence::NativeText)), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("Ctrl+R")), qPrintable(tip));
    }

    void statusBarSaysWhenItWasUpdated()
    {
        auto *status = m_window->findChild<QLabel *>("statusLine");
        QVERIFY(status);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Updated just now"), 5000);
        // No more refreshes: the line counts the seconds since the last one.
        m_session->poller()->stop();
        const QDateTime last = m_session->lastUpdated();
        QVERIFY(last.isValid());
        static const QRegularExpression ago(QStringLiteral("^Updated (\\d+) s ago$"));
        QTRY_VERIFY_WITH_TIMEOUT(ago.match(status->text()).hasMatch(), 20000);
        const int seconds = ago.match(status->text()).captured(1).toInt();
        const qint64 elapsed = last.secsTo(QDateTime::currentDateTimeUtc());
        QVERIFY2(seconds >= 5 && seconds <= elapsed, qPrintable(QStringLiteral("%1 (%2 s since the refresh)").arg(status->text()).arg(elapsed)));
        // F5 brings it back to "just now".
        m_window->refreshAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Updated just now"), 5000);
    }
};

QTEST_MAIN(TestDeploymentsTable)
#include "tst_deploymentstable.moc"
