// AlertEngine driven with explicit times: each rule raises one alert per transition (never
// one per poll), closes it when its condition ends, and respects the rules' switches and
// thresholds.
#include "app/api/tokenlifetime.h"
#include "app/watch/alertbook.h"
#include "app/watch/alertengine.h"

#include <QtTest>

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 12, 8), QTime(12, 0), Qt::UTC);

QDateTime at(int minutes, int seconds = 0)
{
    return T0.addSecs(minutes * 60 + seconds);
}

ResourceObservation seen(const QString &name, DeploymentState state, bool atZero = false)
{
    ResourceObservation o;
    o.kind = ResourceKind::Endpoint;
    o.name = name;
    o.state = state;
    o.stateText = DeploymentStates::toApiString(state);
    o.atZero = atZero;
    return o;
}

int countOf(const AlertBook &book, Alert::Rule rule, bool openOnly = false)
{
    int n = 0;
    for (const Alert &alert : book.alerts())
        n += alert.rule == rule && (!openOnly || alert.isOpen()) ? 1 : 0;
    return n;
}

} // namespace

class TestAlertEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorRaisesOnceAndClosesWhenItEnds()
    {
        AlertBook book;
        AlertEngine engine(&book);
        QSignalSpy raised(&book, &AlertBook::alertRaised);
        engine.observeResource(seen(QStringLiteral("chat"), DeploymentState::Ready), at(0));
        QCOMPARE(raised.count(), 0);
        ResourceObservation error = seen(QStringLiteral("chat"), DeploymentState::Error);
        error.serverMessage = QStringLiteral("CUDA out of memory");
        for (int poll = 1; poll <= 5; ++poll)
            engine.observeResource(error, at(poll));
        QCOMPARE(raised.count(), 1); // five polls, one transition
        const Alert alert = raised.first().first().value<Alert>();
        QCOMPARE(alert.rule, Alert::Rule::EnteredError);
        QCOMPARE(alert.name, QStringLiteral("chat"));
        QCOMPARE(alert.raisedAt, at(1));
        QVERIFY(!alert.foundAtFirstSight); // it was seen Ready first: a change, news
        QCOMPARE(alert.message, QStringLiteral("Endpoint chat entered Error: CUDA out of memory"));
        QVERIFY(engine.openAlert(Alert::Rule::EnteredError, ResourceKind::Endpoint, QStringLiteral("chat")) != 0);

        engine.observeResource(seen(QStringLiteral("chat"), DeploymentState::Ready), at(6));
        QCOMPARE(countOf(book, Alert::Rule::EnteredError, true), 0);
        QCOMPARE(book.find(alert.id)->closedAt, at(6));
        // A second fall into Error is a new transition: a new alert.
        engine.observeResource(error, at(7));
        QCOMPARE(raised.count(), 2);
    }

    // A scheduled pause or resume that failed: one alert with the runner's sentence, kept open
    // through further failures, closed when a later transition of that resource succeeds.
    void scheduleFailedRaisedOnceAndClosedByALaterSuccess()
    {
        AlertBook book;
        AlertEngine engine(&book);
        engine.setWorkspace(QStringLiteral("prod"));
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        const QString why = QStringLiteral("llama: the pause due Mon 20:00 failed: quota exceeded");
        engine.observeScheduledTransition(ResourceKind::Endpoint, QStringLiteral("llama"), true, why, t0);
        QCOMPARE(countOf(book, Alert::Rule::ScheduleFailed, true), 1);
        QCOMPARE(book.alerts().last().message, why);
        QVERIFY(!book.alerts().last().foundAtFirstSight);
        engine.observeScheduledTransition(ResourceKind::Endpoint, QStringLiteral("llama"), true, why, t0.addSecs(60));
        QCOMPARE(countOf(book, Alert::Rule::ScheduleFailed), 1); // once, not once per run
        engine.observeScheduledTransition(ResourceKind::Endpoint, QStringLiteral("mistral"), false, QString(), t0);
        QCOMPARE(countOf(book, Alert::Rule::ScheduleFailed, true), 1); // another resource's success
        engine.observeScheduledTransition(ResourceKind::Endpoint, QStringLiteral("llama"), false, QString(), t0.addSecs(120));
        QCOMPARE(countOf(book, Alert::Rule::ScheduleFailed, true), 0);
        QCOMPARE(countOf(book, Alert::Rule::ScheduleFailed), 1);
        // Switched off: nothing raised.
        AlertRules rules;
        rules.scheduleFailed = false;
        engine.setRules(rules, t0);
        engine.observeScheduledTransition(ResourceKind::Endpoint, QStringLiteral("llama"), true, why, t0.addSecs(180));
        QCOMPARE(countOf(book, Alert::Rule::ScheduleFailed), 1);
    }

    void errorAtFirstSightIsListedNotNews()
    {
        AlertBook book;
        AlertEngine engine(&book);
        // Already in Error when the console first looks: an open alert, marked as found so.
        engine.observeResource(seen(QStringLiteral("old"), DeploymentState::Error), at(0));
        QCOMPARE(book.alerts().size(), 1);
        QVERIFY(book.alerts().first().foundAtFirstSight);
        QCOMPARE(book.openCount(), 1);
        // Recovering and failing again is a change seen by the console: news.
        engine.observeResource(seen(QStringLiteral("old"), DeploymentState::Ready), at(1));
        engine.observeResource(seen(QStringLiteral("old"), DeploymentState::Error), at(2));
        QCOMPARE(book.alerts().size(), 2);
        QVERIFY(!book.alerts().last().foundAtFirstSight);
    }

    void errorOfAGoneResourceCloses()
    {
        AlertBook book;
        AlertEngine engine(&book);
        engine.observeCompleteList(ResourceKind::Endpoint, {seen(QStringLiteral("a"), DeploymentState::Error)}, at(0));
        QCOMPARE(book.openCount(), 1);
        engine.observeCompleteList(ResourceKind::Endpoint, {}, at(1));
        QCOMPARE(book.openCount(), 0);
    }

    void stuckNotReadyAfterTheThreshold()
    {
        AlertBook book;
        AlertEngine engine(&book);
        AlertRules rules;
        rules.stuckMinutes = 10;
        engine.setRules(rules, at(0));
        engine.observeResource(seen(QStringLiteral("s"), DeploymentState::Starting), at(0));
        engine.observeResource(seen(QStringLiteral("s"), DeploymentState::NotReady), at(5));
        engine.tick(at(9, 59));
        QCOMPARE(countOf(book, Alert::Rule::StuckNotReady), 0);
        engine.tick(at(10));
        QCOMPARE(countOf(book, Alert::Rule::StuckNotReady), 1);
        QCOMPARE(book.alerts().last().message, QStringLiteral("Endpoint s has been Not Ready for 10 minutes."));
        engine.tick(at(11));
        engine.observeResource(seen(QStringLiteral("s"), DeploymentState::NotReady), at(12));
        QCOMPARE(countOf(book, Alert::Rule::StuckNotReady), 1);
        engine.observeResource(seen(QStringLiteral("s"), DeploymentState::Ready), at(13));
        QCOMPARE(countOf(book, Alert::Rule::StuckNotReady, true), 0);
    }

    void thresholdAndSwitchFromRules()
    {
        AlertBook book;
        AlertEngine engine(&book);
        AlertRules rules;
        rules.stuckMinutes = 3;
        engine.setRules(rules, at(0));
        engine.observeResource(seen(QStringLiteral("s"), DeploymentState::Starting), at(0));
        engine.tick(at(3));
        QCOMPARE(countOf(book, Alert::Rule::StuckNotReady, true), 1);
        // Switched off: the open alert closes, and no more come.
        rules.stuckNotReady = false;
        engine.setRules(rules, at(4));
        QCOMPARE(countOf(book, Alert::Rule::StuckNotReady, true), 0);
        engine.tick(at(20));
        QCOMPARE(countOf(book, Alert::Rule::StuckNotReady), 1);
        // Error switched off: nothing for an Error.
        rules.enteredError = false;
        engine.setRules(rules, at(21));
        engine.observeResource(seen(QStringLiteral("e"), DeploymentState::Error), at(21));
        QCOMPARE(countOf(book, Alert::Rule::EnteredError), 0);
    }

    void crashLoopFromRestartCounts()
    {
        AlertBook book;
        AlertEngine engine(&book);
        AlertRules rules; // 3 in 10 minutes
        engine.setRules(rules, at(0));
        ResourceObservation o = seen(QStringLiteral("c"), DeploymentState::Ready);
        o.restartCount = 40; // the count before watching started is no restart seen
        engine.observeResource(o, at(0));
        o.restartCount = 41;
        engine.observeResource(o, at(1));
        o.restartCount = 42;
        engine.observeResource(o, at(2));
        QCOMPARE(countOf(book, Alert::Rule::CrashLoop), 0);
        o.restartCount = 43;
        o.lastTermination = QStringLiteral("OOMKilled");
        engine.observeResource(o, at(3));
        QCOMPARE(countOf(book, Alert::Rule::CrashLoop), 1);
        QCOMPARE(book.alerts().last().message,
                 QStringLiteral("Endpoint c is crash-looping: 3 restarts in the last 10 minutes: OOMKilled"));
        o.restartCount = 44;
        engine.observeResource(o, at(4));
        QCOMPARE(countOf(book, Alert::Rule::CrashLoop), 1);
        // No restart for a while: fewer than 3 within 10 minutes, the loop is over.
        engine.observeResource(o, at(12));
        QCOMPARE(countOf(book, Alert::Rule::CrashLoop, true), 1); // restarts at 2, 3 and 4 min are still in the window
        engine.observeResource(o, at(13, 30));
        QCOMPARE(countOf(book, Alert::Rule::CrashLoop, true), 0);
    }

    void crashLoopFromTerminationRecords()
    {
        AlertBook book;
        AlertEngine engine(&book);
        AlertRules rules;
        rules.crashRestarts = 2;
        rules.crashWindowMinutes = 5;
        engine.setRules(rules, at(0));
        ResourceObservation o = seen(QStringLiteral("t"), DeploymentState::Restarting);
        o.terminations = {at(-20), at(-1)}; // one too old to count
        engine.observeResource(o, at(0));
        engine.observeResource(o, at(1)); // the same records again are not new ones
        QCOMPARE(countOf(book, Alert::Rule::CrashLoop), 0);
        o.terminations.append(at(1, 30));
        engine.observeResource(o, at(2));
        QCOMPARE(countOf(book, Alert::Rule::CrashLoop), 1);
    }

    // The ledger closing a pause is a resume on its way: the engine, which holds the open
    // pauses, starts the resume rules itself (no caller keeps a second list of them).
    void aPauseThatEndsStartsTheResumeRules()
    {
        AlertBook book;
        AlertEngine engine(&book);
        AlertRules rules;
        rules.resumeReady = true;
        engine.setRules(rules, at(0));
        PauseObservation pause;
        pause.name = QStringLiteral("r");
        pause.pausedAt = at(-60);
        engine.observePauses({pause}, at(0));
        engine.observeResource(seen(QStringLiteral("r"), DeploymentState::Stopped, true), at(0));
        engine.observePauses({}, at(1)); // the ledger closed the entry
        engine.observeResource(seen(QStringLiteral("r"), DeploymentState::Starting), at(2));
        engine.observeResource(seen(QStringLiteral("r"), DeploymentState::Ready), at(4));
        QCOMPARE(countOf(book, Alert::Rule::ResumeReady), 1);
        QCOMPARE(countOf(book, Alert::Rule::StoppedOutside), 0);
    }

    void resumeReadyAndNotReady()
    {
        AlertBook book;
        AlertEngine engine(&book);
        AlertRules rules;
        rules.resumeReady = true;
        engine.setRules(rules, at(0));
        engine.observeResource(seen(QStringLiteral("r"), DeploymentState::Stopped, true), at(0));
        engine.resumeStarted(ResourceKind::Endpoint, QStringLiteral("r"), at(1));
        engine.observeResource(seen(QStringLiteral("r"), DeploymentState::Starting), at(2));
        engine.observeResource(seen(QStringLiteral("r"), DeploymentState::Ready), at(4));
        QCOMPARE(countOf(book, Alert::Rule::ResumeReady), 1);
        QCOMPARE(countOf(book, Alert::Rule::ResumeReady, true), 0); // good news stays no problem
        QCOMPARE(book.openCount(), 0);
        engine.observeResource(seen(QStringLiteral("r"), DeploymentState::Ready), at(5));
        QCOMPARE(countOf(book, Alert::Rule::ResumeReady), 1);

        // A second resume that never gets there: one alert after 10 minutes, not a "stuck" too.
        engine.resumeStarted(ResourceKind::Endpoint, QStringLiteral("r"), at(20));
        engine.observeResource(seen(QStringLiteral("r"), DeploymentState::NotReady), at(21));
        engine.tick(at(29));
        QCOMPARE(countOf(book, Alert::Rule::ResumeNotReady), 0);
        engine.tick(at(30));
        engine.tick(at(31));
        QCOMPARE(countOf(book, Alert::Rule::ResumeNotReady), 1);
        QCOMPARE(countOf(book, Alert::Rule::StuckNotReady), 0);
        QCOMPARE(book.alerts().last().message, QStringLiteral("Endpoint r was resumed 10 minutes ago and is still Not Ready."));
        engine.observeResource(seen(QStringLiteral("r"), DeploymentState::Ready), at(32));
        QCOMPARE(countOf(book, Alert::Rule::ResumeNotReady, true), 0);
    }

    void resumeReadyIsOffByDefault()
    {
        AlertBook book;
        AlertEngine engine(&book);
        engine.resumeStarted(ResourceKind::Endpoint, QStringLiteral("r"), at(0));
        engine.observeResource(seen(QStringLiteral("r"), DeploymentState::Ready), at(1));
        QCOMPARE(book.alerts().size(), 0);
    }

    void resumedOutsideTheConsole()
    {
        AlertBook book;
        AlertEngine engine(&book);
        PauseObservation pause;
        pause.name = QStringLiteral("p");
        engine.observePauses({pause}, at(0));
        engine.observeResource(seen(QStringLiteral("p"), DeploymentState::Stopped, true), at(0));
        engine.observeResource(seen(QStringLiteral("p"), DeploymentState::Starting), at(1));
        QCOMPARE(countOf(book, Alert::Rule::ResumedOutside), 0); // once could be our own resume
        engine.observeResource(seen(QStringLiteral("p"), DeploymentState::Ready), at(2));
        engine.observeResource(seen(QStringLiteral("p"), DeploymentState::Ready), at(3));
        QCOMPARE(countOf(book, Alert::Rule::ResumedOutside), 1);
        // The pause is closed (resumed here, or forgotten): the alert ends with it.
        engine.observePauses({}, at(4));
        QCOMPARE(countOf(book, Alert::Rule::ResumedOutside, true), 0);
    }

    void stoppedOutsideTheConsole()
    {
        AlertBook book;
        AlertEngine engine(&book);
        // Found at zero the first time: nothing known about before, nothing said.
        engine.observeResource(seen(QStringLiteral("z"), DeploymentState::Stopped, true), at(0));
        QCOMPARE(book.alerts().size(), 0);
        engine.observeResource(seen(QStringLiteral("z"), DeploymentState::Ready), at(1));
        engine.observeResource(seen(QStringLiteral("z"), DeploymentState::Stopped, true), at(2));
        engine.observeResource(seen(QStringLiteral("z"), DeploymentState::Stopped, true), at(3));
        QCOMPARE(countOf(book, Alert::Rule::StoppedOutside), 1);
        QCOMPARE(book.alerts().last().message,
                 QStringLiteral("Endpoint z was running and is now at zero replicas; nobody paused it here."));
        engine.observeResource(seen(QStringLiteral("z"), DeploymentState::Ready), at(4));
        QCOMPARE(countOf(book, Alert::Rule::StoppedOutside, true), 0);

        // Paused here: at zero is expected.
        PauseObservation pause;
        pause.name = QStringLiteral("z");
        engine.observePauses({pause}, at(5));
        engine.observeResource(seen(QStringLiteral("z"), DeploymentState::Stopped, true), at(6));
        QCOMPARE(countOf(book, Alert::Rule::StoppedOutside), 1);
    }

    void reviewDateDue()
    {
        AlertBook book;
        AlertEngine engine(&book);
        PauseObservation pause;
        pause.name = QStringLiteral("v");
        pause.reason = QStringLiteral("holiday");
        const QDateTime now = T0.toLocalTime();
        pause.remindOn = now.date().addDays(1);
        engine.observePauses({pause}, now);
        QCOMPARE(book.alerts().size(), 0);
        engine.tick(now.addDays(1));
        engine.tick(now.addDays(1).addSecs(60));
        QCOMPARE(countOf(book, Alert::Rule::ReviewDue), 1);
        QVERIFY(book.alerts().last().message.endsWith(QStringLiteral(": holiday")));
        // The user moved the date on: the alert closes.
        pause.remindOn = now.date().addDays(8);
        engine.observePauses({pause}, now.addDays(1).addSecs(120));
        QCOMPARE(countOf(book, Alert::Rule::ReviewDue, true), 0);
    }

    void tokenExpiring()
    {
        AlertBook book;
        AlertEngine engine(&book);
        engine.setWorkspace(QStringLiteral("ws1"), QStringLiteral("prod"));
        const TokenLifetime soon(at(60 * 24 * 2));
        engine.observeToken(TokenExpiryNotice::of(soon, at(0)), at(0));
        engine.observeToken(TokenExpiryNotice::of(soon, at(1)), at(1));
        QCOMPARE(countOf(book, Alert::Rule::TokenExpiring), 1);
        QVERIFY(book.alerts().last().message.contains(QStringLiteral("prod")));
        QVERIFY(!book.alerts().last().concernsResource());
        // Expired is a new transition; a new token ends it.
        engine.observeToken(TokenExpiryNotice::of(soon, at(60 * 24 * 3)), at(60 * 24 * 3));
        QCOMPARE(countOf(book, Alert::Rule::TokenExpiring), 2);
        QCOMPARE(countOf(book, Alert::Rule::TokenExpiring, true), 1);
        engine.observeToken(TokenExpiryNotice(), at(60 * 24 * 3 + 1));
        QCOMPARE(countOf(book, Alert::Rule::TokenExpiring, true), 0);
    }

    void apiUnreachableForMinutes()
    {
        AlertBook book;
        AlertEngine engine(&book);
        AlertRules rules;
        rules.apiUnreachableMinutes = 5;
        engine.setRules(rules, at(0));
        engine.setWorkspace(QStringLiteral("ws1"), QStringLiteral("prod"));
        for (int minute = 0; minute < 5; ++minute)
            engine.observeApi(false, QStringLiteral("Connection refused"), at(minute));
        QCOMPARE(book.alerts().size(), 0);
        engine.observeApi(false, QStringLiteral("Connection refused"), at(5));
        engine.observeApi(false, QStringLiteral("Connection refused"), at(6));
        QCOMPARE(countOf(book, Alert::Rule::ApiUnreachable), 1);
        QCOMPARE(book.alerts().last().message,
                 QStringLiteral("The workspace prod has not answered for 5 minutes: Connection refused"));
        engine.observeApi(true, QString(), at(7));
        QCOMPARE(countOf(book, Alert::Rule::ApiUnreachable, true), 0);
        // One answer in between starts the count again.
        engine.observeApi(false, QStringLiteral("x"), at(8));
        engine.tick(at(12));
        QCOMPARE(countOf(book, Alert::Rule::ApiUnreachable), 1);
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
