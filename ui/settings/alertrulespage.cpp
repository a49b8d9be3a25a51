#include "ui/settings/alertrulespage.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

AlertRulesPage::AlertRulesPage(QSettings *settings, const QString &workspaceId, QWidget *parent)
    : SettingsPage(parent)
    , m_settings(settings)
    , m_workspaceId(workspaceId)
{
    setObjectName(QStringLiteral("alertRulesPage"));
    setAccessibleName(title());

    auto *intro = new QLabel(workspaceId.isEmpty()
                                 ? tr("When the console raises an alert (Alerts dock, tray, desktop notification).")
                                 : tr("When the console raises an alert for workspace %1 (Alerts dock, tray, "
                                      "desktop notification).").arg(workspaceId),
                             this);
    intro->setObjectName(QStringLiteral("alertRulesIntro"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(0, 1);
    int row = 0;
    const auto addRule = [&](Alert::Rule rule, const QString &text, QList<QSpinBox *> spins, const QString &between) {
        auto *box = new QCheckBox(text, this);
        box->setObjectName(QStringLiteral("alertRule-%1").arg(Alert::ruleKey(rule)));
        box->setAccessibleName(text);
        connect(box, &QCheckBox::toggled, this, &AlertRulesPage::updateEnabled);
        m_switches.insert(int(rule), box);
        grid->addWidget(box, row, 0);
        int column = 1;
        for (int i = 0; i < spins.size(); ++i) {
            if (i > 0) {
                auto *label = new QLabel(between, this);
                grid->addWidget(label, row, column++);
            }
            grid->addWidget(spins.at(i), row, column++);
        }
        ++row;
    };

    m_stuckMinutes = addSpin(QStringLiteral("alertStuckMinutes"), tr("Minutes not ready before an alert"), 24 * 60, tr(" min"));
    m_crashRestarts = addSpin(QStringLiteral("alertCrashRestarts"), tr("Restarts that make a crash loop"), 100, tr(" restarts"));
    m_crashWindowMinutes = addSpin(QStringLiteral("alertCrashWindowMinutes"), tr("Minutes in which the restarts count"), 24 * 60, tr(" min"));
    m_resumeMinutes = addSpin(QStringLiteral("alertResumeMinutes"), tr("Minutes a resume has to become ready"), 24 * 60, tr(" min"));
    m_apiMinutes = addSpin(QStringLiteral("alertApiMinutes"), tr("Minutes unreachable before an alert"), 24 * 60, tr(" min"));

    addRule(Alert::Rule::EnteredError, tr("A deployment, pod or Ray cluster enters &Error"), {}, {});
    addRule(Alert::Rule::StuckNotReady, tr("It stays Not Ready or Starting &longer than"), {m_stuckMinutes}, {});
    addRule(Alert::Rule::CrashLoop, tr("It &crash-loops: restarts or terminations within"), {m_crashRestarts, m_crashWindowMinutes},
            tr("in"));
    addRule(Alert::Rule::ResumeNotReady, tr("A resume does &not become Ready within"), {m_resumeMinutes}, {});
    addRule(Alert::Rule::ResumeReady, tr("A resume finished and is &Ready (good news)"), {}, {});
    addRule(Alert::Rule::ScheduleFailed, tr("A &scheduled pause or resume fails"), {}, {});
    addRule(Alert::Rule::ResumedOutside, tr("Something the console paused is &found running"), {}, {});
    addRule(Alert::Rule::StoppedOutside, tr("Something running is found at &zero that nobody paused here"), {}, {});
    addRule(Alert::Rule::ReviewDue, tr("A pause's re&view date is due"), {}, {});
    addRule(Alert::Rule::TokenExpiring, tr("The workspace &token is about to expire"), {}, {});
    addRule(Alert::Rule::ApiUnreachable, tr("The workspace API is &unreachable for"), {m_apiMinutes}, {});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addStretch(1);

    setRules(AlertRules::load(*m_settings, m_workspaceId));
}

QString AlertRulesPage::title() const
{
    return tr("Alert Rules");
}

QSpinBox *AlertRulesPage::addSpin(const QString &objectName, const QString &accessibleName, int maximum, const QString &suffix)
{
    auto *spin = new QSpinBox(this);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setToolTip(accessibleName);
    spin->setRange(1, maximum); // 0 would fire on every poll
    spin->setSuffix(suffix);
    return spin;
}

AlertRules AlertRulesPage::rules() const
{
    AlertRules rules;
    for (auto it = m_switches.constBegin(); it != m_switches.constEnd(); ++it)
        rules.setOn(Alert::Rule(it.key()), it.value()->isChecked());
    rules.stuckMinutes = m_stuckMinutes->value();
    rules.crashRestarts = m_crashRestarts->value();
    rules.crashWindowMinutes = m_crashWindowMinutes->value();
    rules.resumeMinutes = m_resumeMinutes->value();
    rules.apiUnreachableMinutes = m_apiMinutes->value();
    return rules;
}

void AlertRulesPage::setRules(const AlertRules &rules)
{
    for (auto it = m_switches.constBegin(); it != m_switches.constEnd(); ++it)
        it.value()->setChecked(rules.isOn(Alert::Rule(it.key())));
    m_stuckMinutes->setValue(rules.stuckMinutes);
    m_crashRestarts->setValue(rules.crashRestarts);
    m_crashWindowMinutes->setValue(rules.crashWindowMinutes);
    m_resumeMinutes->setValue(rules.resumeMinutes);
    m_apiMinutes->setValue(rules.apiUnreachableMinutes);
    updateEnabled();
}

void AlertRulesPage::updateEnabled()
{
    const auto on = [this](Alert::Rule rule) { return m_switches.value(int(rule)) && m_switches.value(int(rule))->isChecked(); };
    m_stuckMinutes->setEnabled(on(Alert::Rule::StuckNotReady));
    m_crashRestarts->setEnabled(on(Alert::Rule::CrashLoop));
    m_crashWindowMinutes->setEnabled(on(Alert::Rule::CrashLoop));
    m_resumeMinutes->setEnabled(on(Alert::Rule::ResumeNotReady));
    m_apiMinutes->setEnabled(on(Alert::Rule::ApiUnreachable));
}

void AlertRulesPage::apply()
{
    const AlertRules now = rules();
    const bool changed = !(now == AlertRules::load(*m_settings, m_workspaceId));
    if (changed) {
        now.save(*m_settings, m_workspaceId);
        m_settings->sync();
    }
    const bool ok = m_settings->status() == QSettings::NoError;
    // The dialog expects the answer from the event loop.
    QTimer::singleShot(0, this, [this, ok, changed] {
        if (ok && changed)
            Q_EMIT rulesChanged(m_workspaceId);
        Q_EMIT applyFinished(ok);
    });
}
