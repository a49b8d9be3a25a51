#include "ui/schedule/scheduleboard.h"

#include "app/common/localuser.h"
#include "app/schedule/schedulecalendar.h"
#include "app/storage/storage.h"
#include "app/workspaces/workspacesession.h"

#include <QLocale>

#include <algorithm>

using namespace std::chrono_literals;

namespace {

// How far back the claims are read: enough for a failure to stay on show until the next
// transition of a weekly schedule replaces it.
constexpr auto ClaimHistory = std::chrono::hours(24 * 8);

} // namespace

ScheduleBoard::ScheduleBoard(QObject *parent)
    : QObject(parent)
{
    m_minute.setInterval(60s);
    connect(&m_minute, &QTimer::timeout, this, [this] {
        publishHints();
        Q_EMIT changed(); // "next" and "awake until" move on with the clock
    });
}

ScheduleBoard::~ScheduleBoard() = default;

void ScheduleBoard::setSession(WorkspaceSession *session)
{
    if (m_session)
        m_session->setScheduleHints({});
    m_session = session;
    setSources(session ? session->storage() : nullptr, session ? session->workspaceId() : QString());
}

void ScheduleBoard::setSources(Storage *storage, const QString &workspaceId)
{
    disconnect(m_storeChanged);
    m_store.reset();
    m_storage = storage;
    m_workspaceId = workspaceId;
    m_records.clear();
    m_holds.clear();
    m_wakeUps.clear();
    m_claims.clear();
    m_loaded = false;
    m_loadError.clear();
    ++m_generation;
    if (storage) {
        m_store = ScheduleStore::open(*storage);
        m_storeChanged = connect(storage, &Storage::changed, this, &ScheduleBoard::reload);
    }
    if (m_store) {
        m_minute.start();
        reload();
    } else {
        m_minute.stop();
        if (storage)
            m_loadError = tr("This store keeps no schedules.");
        Q_EMIT changed();
    }
}

void ScheduleBoard::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    publishHints();
    Q_EMIT changed();
}

QDateTime ScheduleBoard::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

void ScheduleBoard::reload()
{
    if (!m_store)
        return;
    // Four reads, one picture: the answers are kept aside and put in together.
    struct Pending
    {
        int left = 4;
        QString error;
        QList<ScheduleRecord> records;
        QList<ResourceHold> holds;
        QList<WakeUp> wakeUps;
        QList<TransitionClaim> claims;
    };
    const auto pending = std::make_shared<Pending>();
    const quint64 generation = ++m_generation;
    const auto finish = [this, pending, generation](const StoreError &error) {
        if (error.isError() && pending->error.isEmpty())
            pending->error = error.message;
        if (--pending->left > 0 || generation != m_generation)
            return;
        m_loadError = pending->error;
        if (m_loadError.isEmpty()) {
            m_records = pending->records;
            m_holds = pending->holds;
            m_wakeUps = pending->wakeUps;
            m_claims = pending->claims;
        }
        m_loaded = true;
        publishHints();
        Q_EMIT changed();
    };
    m_store->schedules(m_workspaceId, this, [pending, finish](const StoreResult<QList<ScheduleRecord>> &result) {
        pending->records = result.value;
        finish(result.error);
    });
    m_store->holds(m_workspaceId, this, [pending, finish](const StoreResult<QList<ResourceHold>> &result) {
        pending->holds = result.value;
        finish(result.error);
    });
    m_store->wakeUps(m_workspaceId, this, [pending, finish](const StoreResult<QList<WakeUp>> &result) {
        pending->wakeUps = result.value;
        finish(result.error);
    });
    m_store->claims(m_workspaceId, now().addSecs(-std::chrono::duration_cast<std::chrono::seconds>(ClaimHistory).count()), this,
                    [pending, finish](const StoreResult<QList<TransitionClaim>> &result) {
        pending->claims = result.value;
        finish(result.error);
    });
}

QString ScheduleBoard::key(ResourceKind kind, const QString &name)
{
    return ResourceKinds::toString(kind) + QLatin1Char('/') + name;
}

ScheduleBoard::Entry ScheduleBoard::entry(ResourceKind kind, const QString &name) const
{
    const QString kindText = ResourceKinds::toString(kind);
    const QDateTime at = now();
    Entry entry;
    entry.kind = kind;
    entry.name = name;
    for (const ScheduleRecord &record : m_records) {
        if (record.kind == kindText && record.name == name) {
            QString error;
            entry.schedule = Schedule::fromRecord(record, &error);
            entry.scheduleError = error;
        }
    }
    for (const ResourceHold &hold : m_holds) {
        if (hold.kind == kindText && hold.name == name && hold.activeAt(at))
            entry.hold = hold;
    }
    for (const WakeUp &wakeUp : m_wakeUps) {
        if (wakeUp.kind == kindText && wakeUp.name == name && wakeUp.activeAt(at))
            entry.wakeUp = wakeUp;
    }
    // The newest finished claim says how the last transition went; only a failure or a skip
    // is worth showing (a success shows in the resource's state).
    const TransitionClaim *latest = nullptr;
    for (const TransitionClaim &claim : m_claims) {
        if (claim.kind == kindText && claim.name == name && !claim.outcome.isEmpty()
            && (!latest || claim.transitionAt > latest->transitionAt))
            latest = &claim;
    }
    if (latest && latest->outcome != QLatin1String("done"))
        entry.failure = *latest;
    return entry;
}

QList<ScheduleBoard::Entry> ScheduleBoard::entries() const
{
    QList<std::pair<ResourceKind, QString>> keys;
    const auto add = [&keys](const QString &kind, const QString &name) {
        const std::optional<ResourceKind> k = ResourceKinds::fromString(kind);
        if (k && !keys.contains(std::pair {*k, name}))
            keys.append({*k, name});
    };
    for (const ScheduleRecord &record : m_records)
        add(record.kind, record.name);
    for (const ResourceHold &hold : m_holds)
        add(hold.kind, hold.name);
    for (const WakeUp &wakeUp : m_wakeUps)
        add(wakeUp.kind, wakeUp.name);
    for (const TransitionClaim &claim : m_claims)
        add(claim.kind, claim.name);
    QList<Entry> list;
    for (const auto &[kind, name] : std::as_const(keys))
        list << entry(kind, name);
    return list;
}

QList<ScheduleBoard::Planned> ScheduleBoard::plan(std::chrono::seconds span) const
{
    const QDateTime from = now();
    const QDateTime to = from.addSecs(span.count());
    QList<Planned> planned;
    for (const Entry &e : entries()) {
        const auto heldAt = [&e](const QDateTime &at) { return e.hold && e.hold->activeAt(at); };
        const QString holdText = e.hold ? tr("held by %1 until %2").arg(e.hold->owner, whenText(e.hold->until, from)) : QString();
        if (e.schedule) {
            for (const ScheduleTransition &transition : ScheduleCalendar::between(*e.schedule, from, to)) {
                Planned p {e.kind, e.name, transition, QStringLiteral("schedule"), scheduleText(*e.schedule), heldAt(transition.at), QString()};
                p.holdText = p.held ? holdText : QString();
                planned << p;
            }
        }
        if (e.wakeUp && e.wakeUp->until < to) {
            ScheduleTransition end {ScheduleTransition::Action::Pause, e.wakeUp->until.toUTC(), e.wakeUp->until.toLocalTime()};
            Planned p {e.kind, e.name, end, QStringLiteral("wake-up"),
                       tr("wake-up by %1 ends").arg(e.wakeUp->owner), heldAt(end.at), QString()};
            p.holdText = p.held ? holdText : QString();
            planned << p;
        }
    }
    std::stable_sort(planned.begin(), planned.end(), [](const Planned &a, const Planned &b) {
        return a.transition.at < b.transition.at;
    });
    return planned;
}

QString ScheduleBoard::scheduleText(const Schedule &schedule)
{
    QString text = tr("pause %1 · resume %2 (%3)")
                       .arg(schedule.pause.toString(), schedule.resume.toString(), QString::fromUtf8(schedule.zone.id()));
    QStringList exceptions;
    for (const DateRange &range : schedule.exceptions)
        exceptions << range.toString();
    if (!exceptions.isEmpty())
        text += tr(" · except %1").arg(exceptions.join(QStringLiteral(", ")));
    if (schedule.force)
        text += tr(" · resumes over changes (force)");
    return text;
}

QString ScheduleBoard::clockText(const QDateTime &at, const QDateTime &now)
{
    const QDateTime local = at.toLocalTime();
    const qint64 days = now.toLocalTime().date().daysTo(local.date());
    const QString time = QLocale().toString(local.time(), QStringLiteral("HH:mm"));
    if (days == 0)
        return time;
    if (days > 0 && days < 7)
        return QStringLiteral("%1 %2").arg(QLocale().dayName(local.date().dayOfWeek(), QLocale::ShortFormat), time);
    return QLocale().toString(local, QStringLiteral("d MMM HH:mm"));
}

QString ScheduleBoard::whenText(const QDateTime &at, const QDateTime &now)
{
    const QString clock = clockText(at, now);
    return at.toLocalTime().date() == now.toLocalTime().date() ? tr("at %1").arg(clock) : clock;
}

ScheduleHint ScheduleBoard::hint(ResourceKind kind, const QString &name) const
{
    const Entry e = entry(kind, name);
    const QDateTime at = now();
    QStringList words;
    QStringList details;
    if (e.failure) {
        words << tr("⚠ schedule %1").arg(e.failure->outcome);
        details << tr("The scheduled %1 at %2 %3: %4")
                       .arg(e.failure->action, whenText(e.failure->transitionAt, at), e.failure->outcome, e.failure->message);
    }
    if (e.hold) {
        words << tr("🔒 held until %1").arg(clockText(e.hold->until, at));
        details << tr("Held by %1 until %2: %3. Schedules leave it as it is.")
                       .arg(e.hold->owner, QLocale().toString(e.hold->until.toLocalTime(), QLocale::ShortFormat),
                            e.hold->reason.isEmpty() ? tr("no reason given") : e.hold->reason);
    }
    if (e.wakeUp) {
        words << tr("awake until %1").arg(clockText(e.wakeUp->until, at));
        details << tr("Woken by %1; pauses again at %2.")
                       .arg(e.wakeUp->owner, QLocale().toString(e.wakeUp->until.toLocalTime(), QLocale::ShortFormat));
    }
    if (e.schedule) {
        const std::optional<ScheduleTransition> next = ScheduleCalendar::next(*e.schedule, at);
        if (next && !e.wakeUp) {
            words << (next->action == ScheduleTransition::Action::Pause ? tr("next: pauses %1") : tr("next: resumes %1"))
                         .arg(whenText(next->at, at));
        }
        details << tr("Schedule: %1.").arg(scheduleText(*e.schedule));
    } else if (!e.scheduleError.isEmpty()) {
        words << tr("⚠ schedule unreadable");
        details << e.scheduleError;
    }
    return ScheduleHint {words.join(QStringLiteral(" · ")), details.join(QLatin1Char('\n'))};
}

void ScheduleBoard::publishHints()
{
    if (!m_session)
        return;
    QHash<QString, ScheduleHint> hints;
    for (const Entry &e : entries()) {
        if (e.kind == ResourceKind::Endpoint)
            hints.insert(e.name, hint(e.kind, e.name));
    }
    m_session->setScheduleHints(hints);
}

namespace {

template <typename T>
StoreCallback<T> reporting(ScheduleBoard::Done done)
{
    return [done = std::move(done)](const StoreResult<T> &result) {
        if (done)
            done(result.ok() ? QString() : result.error.message);
    };
}

} // namespace

void ScheduleBoard::setSchedule(const ScheduleRecord &record, Done done)
{
    if (!m_store)
        return done(tr("Schedules need a store that keeps them."));
    ScheduleRecord stored = record;
    stored.workspaceId = m_workspaceId;
    if (stored.setBy.isEmpty())
        stored.setBy = LocalUser::name();
    m_store->setSchedule(stored, this, reporting<ScheduleRecord>(std::move(done)));
}

void ScheduleBoard::removeSchedule(ResourceKind kind, const QString &name, Done done)
{
    if (!m_store)
        return done(tr("Schedules need a store that keeps them."));
    m_store->removeSchedule(m_workspaceId, ResourceKinds::toString(kind), name, this, reporting<bool>(std::move(done)));
}

void ScheduleBoard::hold(ResourceKind kind, const QString &name, const QDateTime &until, const QString &reason, Done done)
{
    if (!m_store)
        return done(tr("Schedules need a store that keeps them."));
    ResourceHold hold;
    hold.workspaceId = m_workspaceId;
    hold.kind = ResourceKinds::toString(kind);
    hold.name = name;
    hold.until = until.toUTC();
    hold.reason = reason;
    hold.owner = LocalUser::name();
    m_store->setHold(hold, this, reporting<ResourceHold>(std::move(done)));
}

void ScheduleBoard::release(ResourceKind kind, const QString &name, Done done)
{
    if (!m_store)
        return done(tr("Schedules need a store that keeps them."));
    m_store->releaseHold(m_workspaceId, ResourceKinds::toString(kind), name, this, reporting<bool>(std::move(done)));
}

void ScheduleBoard::wake(ResourceKind kind, const QString &name, const QDateTime &until, Done done)
{
    if (!m_store)
        return done(tr("Schedules need a store that keeps them."));
    WakeUp wakeUp;
    wakeUp.workspaceId = m_workspaceId;
    wakeUp.kind = ResourceKinds::toString(kind);
    wakeUp.name = name;
    wakeUp.until = until.toUTC();
    wakeUp.owner = LocalUser::name();
    m_store->setWakeUp(wakeUp, this, reporting<WakeUp>(std::move(done)));
}
