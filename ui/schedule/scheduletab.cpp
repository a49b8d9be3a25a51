#include "ui/schedule/scheduletab.h"

#include "app/schedule/schedulecalendar.h"
#include "ui/deployments/detailspanel.h"
#include "ui/schedule/holddialog.h"
#include "ui/schedule/scheduleboard.h"
#include "ui/schedule/scheduledialog.h"
#include "ui/schedule/scheduleweek.h"
#include "ui/schedule/weekstrip.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QLabel *makeLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString localAndUtc(const QDateTime &at)
{
    return QCoreApplication::translate("ScheduleTab", "%1 (%2 UTC)")
        .arg(QLocale().toString(at.toLocalTime(), QStringLiteral("ddd d MMM HH:mm")),
             QLocale().toString(at.toUTC(), QStringLiteral("HH:mm")));
}

} // namespace

ScheduleTab::ScheduleTab(ScheduleBoard *board, DetailsPanel *details, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_details(details)
    , m_words(makeLabel(QStringLiteral("scheduleWords"), this))
    , m_zone(makeLabel(QStringLiteral("scheduleZone"), this))
    , m_strip(new WeekStrip(this))
    , m_weekWords(makeLabel(QStringLiteral("scheduleWeekWords"), this))
    , m_next(makeLabel(QStringLiteral("scheduleNext"), this))
    , m_hold(makeLabel(QStringLiteral("scheduleHold"), this))
    , m_wake(makeLabel(QStringLiteral("scheduleWake"), this))
    , m_failure(makeLabel(QStringLiteral("scheduleFailure"), this))
    , m_message(makeLabel(QStringLiteral("scheduleMessage"), this))
    , m_set(new QPushButton(tr("Set Schedule…"), this))
    , m_remove(new QPushButton(tr("Remove Schedule"), this))
    , m_holdButton(new QPushButton(tr("Hold…"), this))
    , m_wakeButton(new QPushButton(tr("Wake for…"), this))
{
    setObjectName(QStringLiteral("scheduleTab"));
    m_set->setObjectName(QStringLiteral("scheduleSet"));
    m_remove->setObjectName(QStringLiteral("scheduleRemove"));
    m_holdButton->setObjectName(QStringLiteral("scheduleHoldButton"));
    m_wakeButton->setObjectName(QStringLiteral("scheduleWakeButton"));
    m_wakeButton->setToolTip(tr("Resume now and pause again when the time is up"));
    QFont bold = m_words->font();
    bold.setBold(true);
    m_words->setFont(bold);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_words);
    layout->addWidget(m_zone);
    layout->addWidget(m_strip);
    layout->addWidget(m_weekWords);
    layout->addWidget(m_next);
    layout->addWidget(m_hold);
    layout->addWidget(m_wake);
    layout->addWidget(m_failure);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_set);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_holdButton);
    buttons->addWidget(m_wakeButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addStretch(1);

    connect(m_set, &QPushButton::clicked, this, &ScheduleTab::openScheduleDialog);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        m_board->removeSchedule(m_kind, m_name, [this](const QString &error) { report(error); });
    });
    connect(m_holdButton, &QPushButton::clicked, this, [this] {
        if (m_board->entry(m_kind, m_name).hold)
            m_board->release(m_kind, m_name, [this](const QString &error) { report(error); });
        else
            openHoldDialog();
    });
    connect(m_wakeButton, &QPushButton::clicked, this, &ScheduleTab::openWakeDialog);
    connect(m_board, &ScheduleBoard::changed, this, &ScheduleTab::refresh);
    if (m_details) {
        connect(m_details, &DetailsPanel::resourceShown, this, [this] {
            if (m_details->hasDeployment())
                setResource(m_details->deployment().kind, m_details->deployment().name);
            else
                setResource(ResourceKind::Endpoint, QString());
        });
    }
    refresh();
}

void ScheduleTab::setResource(ResourceKind kind, const QString &name)
{
    m_kind = kind;
    m_name = name;
    m_message->clear();
    refresh();
}

void ScheduleTab::report(const QString &error)
{
    m_message->setText(error.isEmpty() ? QString() : tr("Could not save: %1").arg(error));
}

void ScheduleTab::refresh()
{
    const bool shown = !m_name.isEmpty() && m_board->store();
    for (QWidget *w : std::initializer_list<QWidget *> {m_set, m_remove, m_holdButton, m_wakeButton})
        w->setEnabled(shown);
    if (m_name.isEmpty()) {
        m_words->setText(tr("Select a resource to see its schedule."));
        for (QLabel *label : {m_zone, m_weekWords, m_next, m_hold, m_wake, m_failure})
            label->hide();
        m_strip->hide();
        return;
    }
    if (!m_board->store()) {
        m_words->setText(m_board->loadError().isEmpty() ? tr("Not connected.") : m_board->loadError());
        return;
    }
    const QDateTime now = m_board->now();
    const ScheduleBoard::Entry entry = m_board->entry(m_kind, m_name);
    if (entry.schedule) {
        const Schedule &schedule = *entry.schedule;
        const QDate today = now.toTimeZone(schedule.zone).date();
        const PausedWeek week = ScheduleWeek::of(schedule, today);
        m_words->setText(tr("Pauses %1, resumes %2").arg(schedule.pause.toString(), schedule.resume.toString()));
        QString zone = week.zoneText(now);
        QStringList exceptions;
        for (const DateRange &range : schedule.exceptions)
            exceptions << range.toString();
        if (!exceptions.isEmpty())
            zone += QLatin1Char('\n') + tr("Except %1").arg(exceptions.join(QStringLiteral(", ")));
        if (schedule.force)
            zone += QLatin1Char('\n') + tr("Resumes even when the deployment was changed while paused.");
        if (!schedule.setBy.isEmpty())
            zone += QLatin1Char('\n') + tr("Set by %1").arg(schedule.setBy);
        m_zone->setText(zone);
        m_strip->setWeek(week);
        m_strip->setNow(now);
        m_weekWords->setText(week.description()); // the strip in words, not in colour alone
        const auto nextPause = ScheduleCalendar::next(schedule, ScheduleTransition::Action::Pause, now);
        const auto nextResume = ScheduleCalendar::next(schedule, ScheduleTransition::Action::Resume, now);
        m_next->setText(tr("Next pause: %1\nNext resume: %2")
                            .arg(nextPause ? localAndUtc(nextPause->at) : tr("none"),
                                 nextResume ? localAndUtc(nextResume->at) : tr("none")));
        m_set->setText(tr("Edit Schedule…"));
    } else {
        m_words->setText(entry.scheduleError.isEmpty() ? tr("No schedule: %1 is paused and resumed by hand.").arg(m_name)
                                                       : tr("The stored schedule does not read: %1").arg(entry.scheduleError));
        m_set->setText(tr("Set Schedule…"));
    }
    m_zone->setVisible(entry.schedule.has_value());
    m_strip->setVisible(entry.schedule.has_value());
    m_weekWords->setVisible(entry.schedule.has_value());
    m_next->setVisible(entry.schedule.has_value());
    m_remove->setEnabled(entry.schedule.has_value());

    m_hold->setVisible(entry.hold.has_value());
    if (entry.hold) {
        m_hold->setText(tr("🔒 Held by %1 until %2: %3")
                            .arg(entry.hold->owner, localAndUtc(entry.hold->until),
                                 entry.hold->reason.isEmpty() ? tr("no reason given") : entry.hold->reason));
        m_hold->setAccessibleName(tr("Hold"));
    }
    m_holdButton->setText(entry.hold ? tr("Release") : tr("Hold…"));
    m_wake->setVisible(entry.wakeUp.has_value());
    if (entry.wakeUp)
        m_wake->setText(tr("Awake until %1 (woken by %2), then paused again.")
                            .arg(QLocale().toString(entry.wakeUp->until.toLocalTime(), QStringLiteral("HH:mm")), entry.wakeUp->owner));
    m_failure->setVisible(entry.failure.has_value());
    if (entry.failure)
        m_failure->setText(tr("⚠ The scheduled %1 at %2 %3: %4")
                               .arg(entry.failure->action, localAndUtc(entry.failure->transitionAt), entry.failure->outcome,
                                    entry.failure->message));
}

void ScheduleTab::openScheduleDialog()
{
    ScheduleRecord current;
    current.kind = ResourceKinds::toString(m_kind);
    current.name = m_name;
    if (const std::optional<Schedule> schedule = m_board->entry(m_kind, m_name).schedule)
        current = schedule->toRecord();
    auto *dialog = new ScheduleDialog(current, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_board->setSchedule(dialog->record(), [this](const QString &error) { report(error); });
    });
    dialog->open();
}

void ScheduleTab::openHoldDialog()
{
    auto *dialog = new HoldDialog(m_name, m_board->now(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_board->hold(m_kind, m_name, dialog->until(), dialog->reason(), [this](const QString &error) { report(error); });
    });
    dialog->open();
}

void ScheduleTab::openWakeDialog()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("wakeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Wake %1").arg(m_name));
    dialog->setLabelText(tr("Resume %1 now and pause it again after:").arg(m_name));
    const QList<int> minutes {30, 60, 120, 240, 480};
    QStringList items;
    for (int m : minutes)
        items << (m < 60 ? tr("%1 min").arg(m) : tr("%1 h").arg(m / 60));
    dialog->setComboBoxItems(items);
    dialog->setTextValue(items.at(2));
    connect(dialog, &QInputDialog::textValueSelected, this, [this, items, minutes](const QString &text) {
        const int m = minutes.value(int(items.indexOf(text)), 120);
        const QString name = m_name;
        m_board->wake(m_kind, name, m_board->now().addSecs(qint64(m) * 60), [this, name](const QString &error) {
            report(error);
            if (error.isEmpty())
                Q_EMIT resumeRequested(name);
        });
    });
    dialog->open();
}
