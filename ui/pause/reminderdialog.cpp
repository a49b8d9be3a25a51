#include "ui/pause/reminderdialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int kDefaultReminderDays = 7;
}

ReminderDialog::ReminderDialog(const QString &deploymentName, const QDate &current, QWidget *parent)
    : QDialog(parent)
    , m_remind(new QCheckBox(tr("&Remind me to look again on"), this))
    , m_date(new QDateEdit(this))
{
    setObjectName(QStringLiteral("reminderDialog"));
    setWindowTitle(tr("Reminder for %1").arg(deploymentName));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("When the day comes, the Paused services view and the deployments table "
                                "show <b>Review due</b> for <b>%1</b>.")
                                 .arg(deploymentName.toHtmlEscaped()),
                             this);
    intro->setObjectName(QStringLiteral("reminderIntro"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_remind->setObjectName(QStringLiteral("reminderEnabled"));
    m_remind->setAccessibleName(tr("Remind me to look again"));
    m_date->setObjectName(QStringLiteral("reminderDate"));
    m_date->setAccessibleName(tr("Reminder date"));
    m_date->setCalendarPopup(true);
    const QDate today = QDate::currentDate();
    // A reminder already past stays as it is until the user moves it.
    m_date->setMinimumDate(current.isValid() ? qMin(current, today) : today);
    m_date->setDate(current.isValid() ? current : today.addDays(kDefaultReminderDays));
    m_remind->setChecked(true);
    connect(m_remind, &QCheckBox::toggled, m_date, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(m_remind, m_date);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("reminderButtons"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("reminderOk"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Save the reminder"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("reminderCancel"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_date->setFocus();
}

QDate ReminderDialog::remindOn() const
{
    return m_remind->isChecked() ? m_date->date() : QDate();
}

void ReminderDialog::setRemindOn(const QDate &date)
{
    m_remind->setChecked(date.isValid());
    if (date.isValid()) {
        if (date < m_date->minimumDate())
            m_date->setMinimumDate(date);
        m_date->setDate(date);
    }
}
