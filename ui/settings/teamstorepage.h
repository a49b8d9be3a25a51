#pragma once

#include "app/storage/storesettings.h"
#include "ui/settings/settingspage.h"

#include <QString>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSettings;
class QSpinBox;
class StoreConnectionTest;
class TokenStore;

// The Team Store page of the settings: where the pause ledger and the notes live, this
// computer's file (SQLite) or a team store (PostgreSQL: host, port, database, user, SSL mode,
// password). The password goes into the system keychain (`passwords`, a TokenStore on the
// service StoreSettings::KeychainService), never into the settings file or a message.
//
// Test Connection opens the store off the GUI thread (StoreConnectionTest) and says in words
// what happened, with the server's message. Apply writes the keychain, then the settings,
// then emits storeChanged() for the composition root to switch the running window over.
// When --store or LEPTON_CONSOLE_STORE is set, the page says that it wins.
class TeamStorePage : public SettingsPage
{
    Q_OBJECT

public:
    // `settings` and `passwords` must outlive the page.
    TeamStorePage(QSettings *settings, TokenStore *passwords, QWidget *parent = nullptr);

    QString title() const override;
    void apply() override;

    // Non-empty: the store named on the command line or in the environment, which wins
    // over what this page saves (the page says so).
    void setOverride(const QString &description);

    // What the controls say now (the password is not part of it).
    StoreSettings enteredSettings() const;
    QString enteredPassword() const;
    void testConnection();

    QRadioButton *localButton() const { return m_local; }
    QRadioButton *teamButton() const { return m_team; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QComboBox *sslModeBox() const { return m_sslMode; }
    QPushButton *testButton() const { return m_testButton; }
    QLabel *resultLabel() const { return m_result; }
    QLabel *overrideLabel() const { return m_override; }

Q_SIGNALS:
    // Applied: the settings are saved (the password in the keychain); switch to this store.
    // `password` is for the connection only.
    void storeChanged(const StoreSettings &settings, const QString &password);
    // Test Connection ended (for tests and screen readers: the result label says the same).
    void testFinished(bool ok, const QString &message);
    // The saved password has been read from the keychain into the field (or there was none).
    void passwordLoaded();

private:
    void load();
    void updateEnabled();
    void showResult(const QString &message);
    void finishApply(const StoreSettings &entered, const QString &password);

    QSettings *m_settings;
    TokenStore *m_passwords;
    StoreConnectionTest *m_test;
    StoreSettings m_saved;
    QString m_savedPassword;
    bool m_overridden = false;

    QRadioButton *m_local = nullptr;
    QRadioButton *m_team = nullptr;
    QGroupBox *m_server = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QComboBox *m_sslMode = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_result = nullptr;
    QLabel *m_override = nullptr;
};
