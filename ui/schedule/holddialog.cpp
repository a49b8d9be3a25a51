#include "ui/schedule/holddialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

HoldDialog::HoldDialog(const QString &resource, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_now(now)
    , m_until(new QDateTimeEdit(this))
    , m_reason(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("holdDialog"));
    setWindowTitle(tr("Hold %1").arg(resource));
    const QDateTime local = now.toLocalTime();
    QDateTime until(local.date(), QTime(18, 0));
    if (until <= local.addSecs(30 * 60))
        until = local.addSecs(2 * 3600);
    m_until->setObjectName(QStringLiteral("holdUntil"));
    m_until->setAccessibleName(tr("Hold until"));
    m_until->setCalendarPopup(true);
    m_until->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_until->setDateTime(until);
    m_reason->setObjectName(QStringLiteral("holdReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(tr("debugging the tokenizer"));
    m_message->setObjectName(QStringLiteral("holdMessage"));
    m_message->setWordWrap(true);

    auto *intro = new QLabel(tr("Schedules leave %1 as it is until then, and say so.").arg(resource), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Until:"), m_until);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Hold"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_until, &QDateTimeEdit::dateTimeChanged, this, [this, buttons] {
        validate();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_message->text().isEmpty());
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    validate();
}

QDateTime HoldDialog::until() const
{
    return m_until->dateTime().toUTC();
}

QString HoldDialog::reason() const
{
    return m_reason->text().trimmed();
}

void HoldDialog::validate()
{
    m_message->setText(until() <= m_now ? tr("The hold must end in the future.") : QString());
}
