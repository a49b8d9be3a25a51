#include "ui/schedule/scheduledialog.h"

#include "ui_scheduledialog.h"

#include "app/schedule/schedule.h"

#include <QPushButton>
#include <QTimeZone>

ScheduleDialog::ScheduleDialog(const ScheduleRecord &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ScheduleDialog>())
    , m_current(current)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("scheduleDialog"));
    setWindowTitle(current.pause.isEmpty() ? tr("Set Schedule for %1").arg(current.name)
                                           : tr("Edit Schedule of %1").arg(current.name));
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_ui->zoneCombo->addItem(QString::fromUtf8(id));
    const QString zone = current.timeZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : current.timeZone;
    m_ui->zoneCombo->setCurrentText(zone);
    m_ui->pauseEdit->setText(current.pause);
    m_ui->resumeEdit->setText(current.resume);
    m_ui->exceptionsEdit->setText(current.exceptions.join(QStringLiteral(", ")));
    m_ui->forceCheck->setChecked(current.force);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_ui->pauseEdit, m_ui->resumeEdit, m_ui->exceptionsEdit})
        connect(edit, &QLineEdit::textChanged, this, &ScheduleDialog::validate);
    connect(m_ui->zoneCombo, &QComboBox::currentTextChanged, this, &ScheduleDialog::validate);
    validate();
}

ScheduleDialog::~ScheduleDialog() = default;

ScheduleRecord ScheduleDialog::record() const
{
    ScheduleRecord record = m_current;
    record.pause = m_ui->pauseEdit->text().trimmed();
    record.resume = m_ui->resumeEdit->text().trimmed();
    record.timeZone = m_ui->zoneCombo->currentText().trimmed();
    record.exceptions.clear();
    for (const QString &part : m_ui->exceptionsEdit->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            record.exceptions << part.trimmed();
    }
    record.force = m_ui->forceCheck->isChecked();
    record.setAt = QDateTime();
    return record;
}

QString ScheduleDialog::problem() const
{
    const ScheduleRecord r = record();
    if (r.pause.isEmpty())
        return tr("Say when to pause, e.g. \"Mon-Fri 20:00\".");
    if (r.resume.isEmpty())
        return tr("Say when to resume, e.g. \"Mon-Fri 07:30\".");
    QString error;
    if (!WeekdayWindow::parse(r.pause, &error))
        return tr("Pause: %1").arg(error);
    if (!WeekdayWindow::parse(r.resume, &error))
        return tr("Resume: %1").arg(error);
    if (!Schedule::zoneFromName(r.timeZone, &error))
        return tr("Time zone: %1").arg(error);
    for (const QString &text : r.exceptions) {
        if (!DateRange::parse(text, &error))
            return tr("Except: %1").arg(error);
    }
    const std::optional<Schedule> schedule = Schedule::fromRecord(r, &error);
    if (!schedule)
        return error;
    return schedule->problem();
}

void ScheduleDialog::validate()
{
    const QString text = problem();
    m_ui->message->setText(text);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
}
