#pragma once

#include "app/watch/alert.h"
#include "app/watch/alertrules.h"
#include "ui/settings/settingspage.h"

#include <QHash>

class QCheckBox;
class QLabel;
class QSettings;
class QSpinBox;

// Edit > Preferences > Alert Rules: every AlertRules switch and threshold of one workspace
// (the one shown when the dialog opened), read with AlertRules::load and written with
// AlertRules::save when the dialog applies. A threshold is off while its rule is.
class AlertRulesPage : public SettingsPage
{
    Q_OBJECT

public:
    // `settings` must outlive the page; `workspaceId` empty: the rules of no workspace ("default").
    AlertRulesPage(QSettings *settings, const QString &workspaceId, QWidget *parent = nullptr);

    QString title() const override;
    void apply() override;

    // What the page shows now (not yet saved).
    AlertRules rules() const;
    void setRules(const AlertRules &rules);
    QCheckBox *ruleSwitch(Alert::Rule rule) const { return m_switches.value(int(rule)); }
    QSpinBox *stuckMinutes() const { return m_stuckMinutes; }
    QSpinBox *crashRestarts() const { return m_crashRestarts; }
    QSpinBox *crashWindowMinutes() const { return m_crashWindowMinutes; }
    QSpinBox *resumeMinutes() const { return m_resumeMinutes; }
    QSpinBox *apiUnreachableMinutes() const { return m_apiMinutes; }

Q_SIGNALS:
    // The rules of `workspaceId` were saved (the alert engine reads them again).
    void rulesChanged(const QString &workspaceId);

private:
    QSpinBox *addSpin(const QString &objectName, const QString &accessibleName, int maximum, const QString &suffix);
    void updateEnabled();

    QSettings *m_settings;
    QString m_workspaceId;
    QHash<int, QCheckBox *> m_switches;
    QSpinBox *m_stuckMinutes = nullptr;
    QSpinBox *m_crashRestarts = nullptr;
    QSpinBox *m_crashWindowMinutes = nullptr;
    QSpinBox *m_resumeMinutes = nullptr;
    QSpinBox *m_apiMinutes = nullptr;
};
