// The demo workspace's first look (issue 24, item 13): it opens with a few deployments
// already paused by the console, with reasons, authors and one review due, made through the
// real pause path (PauseController over HTTP to the demo's simulator, the ledger on disk), and
// opening it again (a new simulator, the same database) neither loses nor repeats them. Its
// token does not expire within the warning period: the first look is not a token banner.
#include "app/api/leptonclient.h"
#include "app/credentials/tokenexpirynotice.h"
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/deploymenttablemodel.h"
#include "app/deployments/statuspresentation.h"
#include "app/simulator/workspacesimulator.h"
#include "app/storage/notesstore.h"
#include "app/storage/pauseledger.h"
#include "app/storage/sqlite/ledgertable.h"
#include "app/storage/sqlite/notestable.h"
#include "app/storage/sqlite/sqlitestorage.h"
#include "app/workspaces/workspacesession.h"
#include "tests/support/scratchdatabase.h"
#include "ui/shell/demoworkspace.h"

#include <QSignalSpy>
#include <QtTest>

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

    ScratchDatabase m_db;

    // Opens the demo as the window does: a simulator, a session on it, the seeding.
    struct Opened
    {
        std::unique_ptr<DemoWorkspace> demo;
        std::unique_ptr<WorkspaceSession> session;
    };
    Opened open()
    {
        Opened o;
        o.demo = std::make_unique<DemoWorkspace>(0);
        if (!o.demo->start())
            return o;
        o.session = std::make_unique<WorkspaceSession>(o.demo->credentials(), m_db.storage());
        QSignalSpy seeded(o.demo.get(), &DemoWorkspace::pausesSeeded);
        o.session->start();
        o.demo->seedPauses(o.session.get());
        if (seeded.isEmpty() && !seeded.wait(20000))
            qWarning("the demo's pauses were not seeded in time");
        return o;
    }

private Q_SLOTS:
    void init() { QVERIFY2(m_db.open(QStringLiteral("demo.sqlite")), qPrintable(m_db.errorString())); }

    void itsTokenIsNoCauseForAWarning()
    {
        DemoWorkspace demo(0);
        QVERIFY(demo.start());
        LeptonClient client;
        client.setBaseUrl(demo.credentials().effectiveBaseUrl());
        client.setToken(demo.credentials().token);
        std::optional<ApiResult<TokenLifetime>> answer;
        client.getTokenLifetime(this, [&](const ApiResult<TokenLifetime> &result) { answer = result; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
        QVERIFY(answer->ok());
        QVERIFY(answer->value.known());
        const TokenExpiryNotice notice = TokenExpiryNotice::of(answer->value);
        QVERIFY2(notice.isEmpty(), qPrintable(notice.message(QStringLiteral("demo"))));
    }
    void cleanup() { m_db.close(); }

    void opensWithPausesMadeByTheConsole()
    {
        Opened o = open();
        QVERIFY(o.session);
        const QString ws = o.demo->credentials().workspaceId;
        const QList<PauseEntry> open = m_db.ledger()->openEntries(ws);
        QCOMPARE(open.size(), 3);
        QSet<QString> authors;
        int dueReviews = 0;
        for (const PauseEntry &entry : open) {
            QVERIFY2(!entry.reason.isEmpty(), qPrintable(entry.deploymentName));
            QVERIFY(entry.savedMinReplicas > 0);
            authors.insert(entry.pausedBy);
            if (entry.remindOn.isValid() && entry.remindOn <= QDate::currentDate())
                ++dueReviews;
            // Through the real path: the server was sent the pause and is at zero.
            const QJsonObject server = o.demo->simulator()->deployment(entry.deploymentName);
            QCOMPARE(server.value("spec").toObject().value("resource_requirement").toObject().value("min_replicas").toInt(-1), 0);
            // The reason is the pause's first note.
            const QList<Note> notes = m_db.notes()->history(ws, entry.deploymentName);
            QCOMPARE(notes.size(), 1);
            QCOMPARE(notes.first().text, entry.reason);
        }
        QCOMPARE(authors.size(), 3);
        QCOMPARE(dueReviews, 1);
        bool patched = false;
        for (const auto &request : o.demo->simulator()->requests())
            patched = patched || request.method == "PATCH";
        QVERIFY(patched);

        // The table shows them as the console's pauses, one with its review due.
        DeploymentTableModel *model = o.session->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0, 10000);
        o.session->poller()->refreshNow();
        int due = 0;
        for (const PauseEntry &entry : open) {
            QTRY_COMPARE_WITH_TIMEOUT(model->index(model->rowOf(entry.deploymentName), DeploymentTableModel::StatusColumn)
                                          .data().toString(), QStringLiteral("Paused"), 10000);
            due += model->index(model->rowOf(entry.deploymentName), DeploymentTableModel::StatusColumn)
                       .data(DeploymentTableModel::BadgeLabelRole).toString().contains(QStringLiteral("Review due"));
        }
        QCOMPARE(due, 1);
    }

    // A second run: a fresh simulator (the demo server forgets), the same ledger. The pauses
    // are still there, at zero on the server, with one note each.
    void openingAgainKeepsThePausesWithoutRepeatingThem()
    {
        QString ws;
        {
            Opened first = open();
            QVERIFY(first.session);
            ws = first.demo->credentials().workspaceId;
        }
        Opened second = open();
        QVERIFY(second.session);
        const QList<PauseEntry> open = m_db.ledger()->openEntries(ws);
        QCOMPARE(open.size(), 3);
        for (const PauseEntry &entry : open) {
            const QJsonObject server = second.demo->simulator()->deployment(entry.deploymentName);
            QCOMPARE(server.value("spec").toObject().value("resource_requirement").toObject().value("min_replicas").toInt(-1), 0);
            QCOMPARE(m_db.notes()->history(ws, entry.deploymentName).size(), 1);
        }
        // And the next refresh does not call them resumed outside the console.
        QSignalSpy refreshed(second.session.get(), &WorkspaceSession::refreshed);
        second.session->poller()->refreshNow();
        QVERIFY(refreshed.wait(10000) || !refreshed.isEmpty());
        QCOMPARE(m_db.ledger()->openEntries(ws).size(), 3);
    }
};

QTEST_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
