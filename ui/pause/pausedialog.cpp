#include "ui/pause/pausedialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

PauseDialog::PauseDialog(const QStringList &names, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_remind(new QCheckBox(tr("Re&mind me to look again on"), this))
    , m_remindDate(new QDateEdit(QDate::currentDate().addDays(7), this))
{
    setObjectName(QStringLiteral("pauseDialog"));
    setWindowTitle(names.size() == 1 ? tr("Pause %1").arg(names.first()) : tr("Pause %n deployments", nullptr, int(names.size())));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(names.size() == 1
                                 ? tr("<b>%1</b> will be scaled to zero replicas. The console remembers its replicas "
                                      "and autoscaling so that Resume gives back exactly what it has now.")
                                       .arg(names.first().toHtmlEscaped())
                                 : tr("These %n deployments will be scaled to zero replicas. The console remembers "
                                      "each one's replicas and autoscaling so that Resume gives them back.",
                                      nullptr, int(names.size())),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (names.size() > 1) {
        auto *list = new QListWidget(this);
        list->setObjectName(QStringLiteral("pauseList"));
        list->setAccessibleName(tr("Deployments to pause"));
        list->addItems(names);
        list->setMaximumHeight(list->sizeHintForRow(0) * qMin<int>(int(names.size()), 8) + 2 * list->frameWidth() + 4);
        layout->addWidget(list);
    }

    auto *form = new QFormLayout;
    m_reason->setObjectName(QStringLiteral("pauseReason"));
    m_reason->setAccessibleName(tr("Reason for the pause"));
    m_reason->setPlaceholderText(tr("Optional: why is it paused? (kept as a note)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 5);
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);

    m_remind->setObjectName(QStringLiteral("pauseRemind"));
    m_remind->setAccessibleName(tr("Remind me to look again"));
    m_remindDate->setObjectName(QStringLiteral("pauseRemindDate"));
    m_remindDate->setAccessibleName(tr("Reminder date"));
    m_remindDate->setCalendarPopup(true);
    m_remindDate->setMinimumDate(QDate::currentDate());
    m_remindDate->setEnabled(false);
    connect(m_remind, &QCheckBox::toggled, m_remindDate, &QWidget::setEnabled);
    form->addRow(m_remind, m_remindDate);
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *pause = buttons->addButton(names.size() == 1 ? tr("&Pause") : tr("&Pause %n", nullptr, int(names.size())),
                                            QDialogButtonBox::AcceptRole);
    pause->setObjectName(QStringLiteral("pauseConfirm"));
    pause->setDefault(true);
    pause->setAccessibleName(tr("Pause"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

QString PauseDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QDate PauseDialog::remindOn() const
{
    return m_remind->isChecked() ? m_remindDate->date() : QDate();
}

void PauseDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}
