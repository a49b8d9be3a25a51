#include "app/schedule/schedulerunner.h"

#include "app/pause/pausecontroller.h"
#include "app/storage/authortext.h"
#include "app/storage/schedulestore.h"

#include <QHash>

namespace {

QString key(const QString &kind, const QString &name)
{
    return kind + QLatin1Char('/') + name;
}

// "2027-03-26 20:00 CET"
QString localText(const QDateTime &local)
{
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + local.timeZoneAbbreviation();
}

} // namespace

QString ScheduleRunner::Item::kindName() const
{
    switch (kind) {
    case Kind::Done: return QStringLiteral("done");
    case Kind::WouldRun: return QStringLiteral("would-run");
    case Kind::AlreadyClaimed: return QStringLiteral("already-claimed");
    case Kind::Held: return QStringLiteral("held");
    case Kind::Awake: return QStringLiteral("awake");
    case Kind::Skipped: return QStringLiteral("skipped");
    case Kind::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

bool ScheduleRunner::Report::ok() const
{
    for (const Item &item : items) {
        if (item.failed() || item.storeError.isError() || (item.outcome && !item.outcome->storeProblem.isEmpty()))
            return false;
    }
    return true;
}

ScheduleRunner::ScheduleRunner(ScheduleStore *store, PauseController *pauses, const QString &workspaceId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_pauses(pauses)
    , m_workspaceId(workspaceId)
{
}

QString ScheduleRunner::pauseReason(const Schedule &schedule, const ScheduleTransition &transition)
{
    return tr("Paused by the schedule of %1 (pause %2, resume %3, %4), due %5.")
        .arg(schedule.resourceText(), schedule.pause.toString(), schedule.resume.toString(),
             QString::fromUtf8(schedule.zone.id()), localText(transition.local));
}

void ScheduleRunner::run(const Options &options, std::function<void(const Report &)> done)
{
    m_options = options;
    if (!m_options.now.isValid())
        m_options.now = QDateTime::currentDateTimeUtc();
    m_options.now = m_options.now.toUTC();
    m_report = Report();
    m_report.now = m_options.now;
    m_tasks.clear();
    m_done = std::move(done);

    auto storeFailed = [this](const StoreError &error) {
        Item item;
        item.kind = Item::Kind::Failed;
        item.workspaceId = m_workspaceId;
        item.message = tr("The schedules could not be read: %1").arg(error.message);
        item.storeError = error;
        m_report.items.append(item);
        end();
    };
    m_store->schedules(m_workspaceId, this, [this, storeFailed](const StoreResult<QList<ScheduleRecord>> &schedules) {
        if (!schedules.ok())
            return storeFailed(schedules.error);
        m_store->holds(m_workspaceId, this, [this, storeFailed, schedules](const StoreResult<QList<ResourceHold>> &holds) {
            if (!holds.ok())
                return storeFailed(holds.error);
            m_store->wakeUps(m_workspaceId, this, [this, storeFailed, schedules, holds](const StoreResult<QList<WakeUp>> &wakeUps) {
                if (!wakeUps.ok())
                    return storeFailed(wakeUps.error);
                plan(schedules.value, holds.value, wakeUps.value);
                if (m_options.dryRun)
                    return next();
                // Holds that ended are gone by themselves.
                m_store->removeExpiredHolds(m_workspaceId, m_options.now, this, [this](const StoreResult<int> &removed) {
                    if (removed.ok()) {
                        m_report.expiredHoldsRemoved = removed.value;
                    } else {
                        Item item;
                        item.kind = Item::Kind::Failed;
                        item.workspaceId = m_workspaceId;
                        item.message = tr("Expired holds could not be removed: %1").arg(removed.error.message);
                        item.storeError = removed.error;
                        m_report.items.append(item);
                    }
                    next();
                });
            });
        });
    });
}

void ScheduleRunner::plan(const QList<ScheduleRecord> &records, const QList<ResourceHold> &holds,
                          const QList<WakeUp> &wakeUps)
{
    const QDateTime now = m_options.now;
    QHash<QString, ResourceHold> held;
    for (const ResourceHold &hold : holds) {
        if (hold.activeAt(now))
            held.insert(key(hold.kind, hold.name), hold);
    }
    QHash<QString, WakeUp> awake;
    QHash<QString, WakeUp> ended;
    for (const WakeUp &wake : wakeUps) {
        (wake.activeAt(now) ? awake : ended).insert(key(wake.kind, wake.name), wake);
    }
    QHash<QString, Schedule> schedules;
    for (const ScheduleRecord &record : records) {
        QString error;
        const std::optional<Schedule> schedule = Schedule::fromRecord(record, &error);
        if (!schedule) {
            Item item;
            item.kind = Item::Kind::Failed;
            item.workspaceId = record.workspaceId;
            item.resourceKind = ResourceKinds::fromString(record.kind).value_or(ResourceKind::Endpoint);
            item.name = record.name;
            item.source = QStringLiteral("schedule");
            item.message = error;
            m_report.items.append(item);
            continue;
        }
        schedules.insert(key(record.kind, record.name), *schedule);
    }

    auto heldItem = [](Item item, const ResourceHold &hold) {
        item.kind = Item::Kind::Held;
        item.message = tr("%1: %2 skipped: held by %3 until %4 (%5).")
                           .arg(ResourceKinds::toString(item.resourceKind) + QLatin1Char('/') + item.name,
                                item.transition.actionName(),
                                AuthorText::of(hold.owner, hold.ownerProgram, hold.ownerHost),
                                hold.until.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                hold.reason.isEmpty() ? tr("no reason given") : hold.reason);
        return item;
    };

    // Wake-ups whose time is up: pause again, once.
    QSet<QString> wakeEnding;
    for (auto it = ended.cbegin(); it != ended.cend(); ++it) {
        const WakeUp &wake = it.value();
        Task task;
        task.item.workspaceId = wake.workspaceId;
        task.item.resourceKind = ResourceKinds::fromString(wake.kind).value_or(ResourceKind::Endpoint);
        task.item.name = wake.name;
        task.item.source = QStringLiteral("wake-up");
        task.item.transition.action = ScheduleTransition::Action::Pause;
        task.item.transition.at = wake.until.toUTC();
        task.item.transition.local = wake.until.toLocalTime();
        task.wakeUpId = wake.id;
        if (held.contains(it.key())) {
            m_report.items.append(heldItem(task.item, held.value(it.key())));
            continue;
        }
        // A scheduled transition after the wake-up's end governs: the wake-up just ends.
        if (schedules.contains(it.key())) {
            const auto latest = ScheduleCalendar::latest(schedules.value(it.key()), now);
            if (latest && latest->at > wake.until)
                task.item.source = QStringLiteral("wake-up-overtaken");
        }
        if (task.item.source == QLatin1String("wake-up"))
            wakeEnding.insert(it.key());
        m_tasks.append(task);
    }

    for (auto it = schedules.cbegin(); it != schedules.cend(); ++it) {
        const Schedule &schedule = it.value();
        const std::optional<ScheduleTransition> due = ScheduleCalendar::due(schedule, now, m_options.catchUp);
        if (!due)
            continue;
        Task task;
        task.schedule = schedule;
        task.force = schedule.force;
        task.item.workspaceId = schedule.workspaceId;
        task.item.resourceKind = schedule.kind;
        task.item.name = schedule.name;
        task.item.source = QStringLiteral("schedule");
        task.item.transition = *due;
        if (held.contains(it.key())) {
            m_report.items.append(heldItem(task.item, held.value(it.key())));
            continue;
        }
        if (due->action == ScheduleTransition::Action::Pause && wakeEnding.contains(it.key()))
            continue; // the wake-up's end pauses it in this run
        if (due->action == ScheduleTransition::Action::Pause && awake.contains(it.key())) {
            task.item.kind = Item::Kind::Awake;
            task.item.message = tr("%1: pause skipped: awake until %2.")
                                    .arg(schedule.resourceText(),
                                         awake.value(it.key()).until.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            m_report.items.append(task.item);
            continue;
        }
        m_tasks.append(task);
    }
}

void ScheduleRunner::next()
{
    if (m_tasks.isEmpty())
        return end();
    Task task = m_tasks.takeFirst();
    carryOut(std::move(task));
}

void ScheduleRunner::carryOut(Task task)
{
    Item &item = task.item;
    const QString resource = ResourceKinds::toString(item.resourceKind) + QLatin1Char('/') + item.name;
    const QString action = item.transition.actionName();
    const QString when = localText(item.transition.local);

    if (item.source == QLatin1String("wake-up-overtaken")) {
        if (m_options.dryRun) {
            finishTask(task, Item::Kind::WouldRun,
                       tr("%1: the wake-up would end (a scheduled transition came after it).").arg(resource), {}, 0);
            return;
        }
        m_store->removeWakeUp(task.wakeUpId, this, [this, task, resource](const StoreResult<bool> &removed) mutable {
            task.item.storeError = removed.error;
            finishTask(task, removed.ok() ? Item::Kind::Done : Item::Kind::Failed,
                       removed.ok() ? tr("%1: the wake-up ended (a scheduled transition came after it).").arg(resource)
                                    : tr("%1: the wake-up could not be removed: %2").arg(resource, removed.error.message),
                       {}, 0);
        });
        return;
    }

    TransitionClaim claim;
    claim.workspaceId = item.workspaceId;
    claim.kind = ResourceKinds::toString(item.resourceKind);
    claim.name = item.name;
    claim.action = action;
    claim.transitionAt = item.transition.at;
    claim.source = item.source;
    claim.claimedBy = m_options.userName;

    auto claimedBefore = [resource, action, when](const TransitionClaim &c) {
        return tr("%1: the %2 due %3 was already carried out by %4 at %5%6.")
            .arg(resource, action, when, AuthorText::of(c.claimedBy, c.claimedProgram, c.claimedHost),
                 c.claimedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 c.outcome.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(c.outcome));
    };

    if (m_options.dryRun) {
        m_store->findClaim(claim.workspaceId, claim.kind, claim.name, claim.action, claim.transitionAt, this,
                           [this, task, resource, action, when, claimedBefore](
                               const StoreResult<std::optional<TransitionClaim>> &found) mutable {
            if (!found.ok()) {
                task.item.storeError = found.error;
                return finishTask(task, Item::Kind::Failed, found.error.message, {}, 0);
            }
            if (found.value)
                return finishTask(task, Item::Kind::AlreadyClaimed, claimedBefore(*found.value), {}, 0);
            finishTask(task, Item::Kind::WouldRun, tr("%1: would %2 (due %3).").arg(resource, action, when), {}, 0);
        });
        return;
    }

    m_store->claim(claim, this, [this, task, resource, action, when, claimedBefore](
                                    const StoreResult<ScheduleStore::Claimed> &claimed) mutable {
        if (!claimed.ok()) {
            task.item.storeError = claimed.error;
            return finishTask(task, Item::Kind::Failed,
                              tr("%1: the %2 due %3 could not be claimed, so it was not carried out: %4")
                                  .arg(resource, action, when, claimed.error.message),
                              {}, 0);
        }
        if (!claimed.value.won)
            return finishTask(task, Item::Kind::AlreadyClaimed, claimedBefore(claimed.value.claim), {}, 0);
        const qint64 claimId = claimed.value.claim.id;
        auto settled = [this, task, resource, action, when, claimId](const PauseOutcome &outcome) mutable {
            task.item.outcome = outcome;
            Item::Kind kind = Item::Kind::Failed;
            QString claimOutcome = QStringLiteral("failed");
            QString message;
            if (outcome.ok() || outcome.kind == PauseOutcome::Kind::NotPaused) {
                kind = Item::Kind::Done;
                claimOutcome = QStringLiteral("done");
                if (outcome.kind == PauseOutcome::Kind::Paused)
                    message = tr("%1: paused (due %2).").arg(resource, when);
                else if (outcome.kind == PauseOutcome::Kind::Resumed)
                    message = tr("%1: resumed with its saved replicas (due %2).").arg(resource, when);
                else
                    message = tr("%1: %2 due %3: %4").arg(resource, action, when, outcome.message);
                if (!outcome.storeProblem.isEmpty())
                    message += QLatin1Char(' ') + outcome.storeProblem;
            } else if (outcome.kind == PauseOutcome::Kind::ChangedWhilePaused) {
                kind = Item::Kind::Skipped;
                claimOutcome = QStringLiteral("skipped");
                message = tr("%1: not resumed (due %2): it was changed on the server while paused (%3). "
                             "Resume it by hand, or set the schedule with --force.")
                              .arg(resource, when, outcome.changes.join(QStringLiteral("; ")));
            } else {
                message = tr("%1: the %2 due %3 failed: %4").arg(resource, action, when, outcome.message);
            }
            finishTask(task, kind, message, claimOutcome, claimId);
        };
        if (task.item.transition.action == ScheduleTransition::Action::Pause) {
            PauseController::PauseRequest request;
            request.kind = task.item.resourceKind;
            request.reason = task.item.source == QLatin1String("wake-up")
                ? tr("Paused again: the wake-up of %1 ended at %2.").arg(resource, when)
                : pauseReason(task.schedule, task.item.transition);
            m_pauses->pause(task.item.name, request, this, settled);
        } else {
            PauseController::ResumeRequest request;
            request.kind = task.item.resourceKind;
            request.force = task.force;
            m_pauses->resume(task.item.name, request, this, settled);
        }
    });
}

void ScheduleRunner::finishTask(Task task, Item::Kind kind, const QString &message, const QString &claimOutcome,
                                qint64 claimId)
{
    task.item.kind = kind;
    task.item.message = message;
    auto afterClaim = [this](Task task, const StoreError &claimError) {
        if (claimError.isError()) {
            task.item.storeError = claimError;
            task.item.message += QLatin1Char(' ') + tr("Its claim could not be updated: %1").arg(claimError.message);
        }
        // A wake-up whose end was claimed is over, however its pause went (it is not tried again).
        if (task.wakeUpId != 0 && task.item.source == QLatin1String("wake-up") && !m_options.dryRun
            && task.item.kind != Item::Kind::Held) {
            m_store->removeWakeUp(task.wakeUpId, this, [this, task](const StoreResult<bool> &removed) mutable {
                if (!removed.ok()) {
                    task.item.storeError = removed.error;
                    task.item.message += QLatin1Char(' ') + tr("The wake-up could not be removed: %1").arg(removed.error.message);
                }
                m_report.items.append(task.item);
                next();
            });
            return;
        }
        m_report.items.append(task.item);
        next();
    };
    if (claimId == 0)
        return afterClaim(task, StoreError());
    m_store->finishClaim(claimId, claimOutcome, message, this, [task, afterClaim](const StoreResult<StoreNothing> &r) {
        afterClaim(task, r.error);
    });
}

void ScheduleRunner::end()
{
    auto done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(m_report);
}
