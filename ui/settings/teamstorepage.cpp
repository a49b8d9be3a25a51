#include "ui/settings/teamstorepage.h"

#include "app/credentials/tokenstore.h"
#include "app/storage/storeconnectiontest.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

TeamStorePage::TeamStorePage(QSettings *settings, TokenStore *passwords, QWidget *parent)
    : SettingsPage(parent)
    , m_settings(settings)
    , m_passwords(passwords)
    , m_test(new StoreConnectionTest(this))
{
    setObjectName(QStringLiteral("teamStorePage"));

    auto *intro = new QLabel(tr("Where this console keeps the pause ledger (what Resume gives back) and the notes. "
                                "A team store on PostgreSQL is shared, live, by every console and script that "
                                "uses it."),
                             this);
    intro->setWordWrap(true);

    m_override = new QLabel(this);
    m_override->setObjectName(QStringLiteral("storeOverrideLabel"));
    m_override->setWordWrap(true);
    m_override->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_override->setAccessibleName(tr("Store chosen outside the settings"));
    m_override->hide();

    m_local = new QRadioButton(tr("This computer only (&SQLite)"), this);
    m_local->setObjectName(QStringLiteral("localStoreButton"));
    m_local->setAccessibleName(tr("This computer only (SQLite)"));
    m_team = new QRadioButton(tr("&Team store (PostgreSQL)"), this);
    m_team->setObjectName(QStringLiteral("teamStoreButton"));
    m_team->setAccessibleName(tr("Team store (PostgreSQL)"));
    auto *choice = new QButtonGroup(this);
    choice->addButton(m_local);
    choice->addButton(m_team);

    m_server = new QGroupBox(tr("PostgreSQL server"), this);
    m_host = new QLineEdit(m_server);
    m_host->setObjectName(QStringLiteral("storeHostEdit"));
    m_host->setAccessibleName(tr("Host"));
    m_host->setPlaceholderText(tr("db.example.com, or a socket folder"));
    m_port = new QSpinBox(m_server);
    m_port->setObjectName(QStringLiteral("storePortEdit"));
    m_port->setAccessibleName(tr("Port"));
    m_port->setRange(1, 65535);
    m_port->setValue(StoreSettings::DefaultPort);
    m_database = new QLineEdit(m_server);
    m_database->setObjectName(QStringLiteral("storeDatabaseEdit"));
    m_database->setAccessibleName(tr("Database"));
    m_user = new QLineEdit(m_server);
    m_user->setObjectName(QStringLiteral("storeUserEdit"));
    m_user->setAccessibleName(tr("User"));
    m_password = new QLineEdit(m_server);
    m_password->setObjectName(QStringLiteral("storePasswordEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("kept in the system keychain; empty: ~/.pgpass or none"));
    m_sslMode = new QComboBox(m_server);
    m_sslMode->setObjectName(QStringLiteral("storeSslModeBox"));
    m_sslMode->setAccessibleName(tr("SSL mode"));
    m_sslMode->addItem(tr("disable: no encryption"), int(StoreSettings::SslMode::Disable));
    m_sslMode->addItem(tr("prefer: encrypt when the server offers it"), int(StoreSettings::SslMode::Prefer));
    m_sslMode->addItem(tr("require: always encrypt, any certificate"), int(StoreSettings::SslMode::Require));
    m_sslMode->addItem(tr("verify-full: encrypt and check the server's certificate and name (recommended)"),
                       int(StoreSettings::SslMode::VerifyFull));

    auto *form = new QFormLayout(m_server);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("SS&L mode:"), m_sslMode);

    m_testButton = new QPushButton(tr("Test Co&nnection"), this);
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setAccessibleName(tr("Test Connection"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("storeResultLabel"));
    m_result->setAccessibleName(tr("Team store result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setTextFormat(Qt::PlainText);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_override);
    layout->addWidget(m_local);
    layout->addWidget(m_team);
    layout->addWidget(m_server);
    layout->addLayout(testRow);
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(m_team, &QRadioButton::toggled, this, [this] { updateEnabled(); });
    connect(m_testButton, &QPushButton::clicked, this, &TeamStorePage::testConnection);
    connect(m_test, &StoreConnectionTest::finished, this, [this](bool ok, const QString &message) {
        m_testButton->setEnabled(true);
        showResult(message);
        Q_EMIT testFinished(ok, message);
    });
    load();
}

QString TeamStorePage::title() const
{
    return tr("Team Store");
}

void TeamStorePage::setOverride(const QString &description)
{
    m_overridden = !description.isEmpty();
    m_override->setVisible(m_overridden);
    m_override->setText(tr("This console uses %1, named by --store or LEPTON_CONSOLE_STORE: it wins over the "
                           "choice below, which applies once neither is set.")
                            .arg(description));
}

void TeamStorePage::load()
{
    m_saved = StoreSettings::load(*m_settings);
    (m_saved.kind == StoreSettings::Kind::Team ? m_team : m_local)->setChecked(true);
    m_host->setText(m_saved.host);
    m_port->setValue(m_saved.port);
    m_database->setText(m_saved.database);
    m_user->setText(m_saved.user);
    m_sslMode->setCurrentIndex(m_sslMode->findData(int(m_saved.sslMode)));
    updateEnabled();
    if (m_saved.kind != StoreSettings::Kind::Team || !m_saved.problem().isEmpty()) {
        QMetaObject::invokeMethod(this, &TeamStorePage::passwordLoaded, Qt::QueuedConnection);
        return;
    }
    m_passwords->readToken(m_saved.keychainKey(), this, [this](const TokenStore::Result &result) {
        if (result.isOk() && m_password->text().isEmpty()) {
            m_savedPassword = result.token;
            m_password->setText(result.token);
        } else if (!result.isOk() && result.error != TokenStore::Error::NotFound) {
            showResult(tr("The saved password could not be read from the keychain: %1").arg(result.message));
        }
        Q_EMIT passwordLoaded();
    });
}

void TeamStorePage::updateEnabled()
{
    m_server->setEnabled(m_team->isChecked());
    m_testButton->setEnabled(m_team->isChecked() && !m_test->isRunning());
}

void TeamStorePage::showResult(const QString &message)
{
    m_result->setText(message);
    m_result->setAccessibleDescription(message);
}

StoreSettings TeamStorePage::enteredSettings() const
{
    StoreSettings s;
    s.kind = m_team->isChecked() ? StoreSettings::Kind::Team : StoreSettings::Kind::Local;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.sslMode = StoreSettings::SslMode(m_sslMode->currentData().toInt());
    return s;
}

QString TeamStorePage::enteredPassword() const
{
    return m_password->text();
}

void TeamStorePage::testConnection()
{
    StoreSettings entered = enteredSettings();
    entered.kind = StoreSettings::Kind::Team;
    const QString problem = entered.problem();
    if (!problem.isEmpty()) {
        showResult(problem);
        Q_EMIT testFinished(false, problem);
        return;
    }
    m_testButton->setEnabled(false);
    showResult(tr("Connecting to %1…").arg(entered.shortName()));
    m_test->start(entered.uri(enteredPassword()));
}

void TeamStorePage::apply()
{
    const StoreSettings entered = enteredSettings();
    const QString password = enteredPassword();
    const QString problem = entered.problem();
    if (!problem.isEmpty()) {
        showResult(problem);
        QMetaObject::invokeMethod(this, [this] { Q_EMIT applyFinished(false); }, Qt::QueuedConnection);
        return;
    }
    if (entered == m_saved && (entered.kind == StoreSettings::Kind::Local || password == m_savedPassword)) {
        QMetaObject::invokeMethod(this, [this] { Q_EMIT applyFinished(true); }, Qt::QueuedConnection);
        return;
    }
    if (entered.kind == StoreSettings::Kind::Local) {
        finishApply(entered, QString());
        return;
    }
    const auto written = [this, entered, password](const TokenStore::Result &result) {
        if (!result.isOk()) {
            showResult(tr("The password could not be saved in the keychain, so nothing was changed: %1")
                           .arg(result.message));
            Q_EMIT applyFinished(false);
            return;
        }
        finishApply(entered, password);
    };
    // Off the GUI thread (QtKeychain's jobs); an empty password leaves no entry behind.
    if (password.isEmpty())
        m_passwords->deleteToken(entered.keychainKey(), this, written);
    else
        m_passwords->writeToken(entered.keychainKey(), password, this, written);
}

void TeamStorePage::finishApply(const StoreSettings &entered, const QString &password)
{
    entered.save(*m_settings);
    m_saved = entered;
    m_savedPassword = password;
    if (m_overridden)
        showResult(tr("Saved. --store or LEPTON_CONSOLE_STORE still wins while it is set."));
    else if (entered.kind == StoreSettings::Kind::Team)
        showResult(tr("Saved: this console now uses the team store %1.").arg(entered.shortName()));
    else
        showResult(tr("Saved: this console now keeps its pauses and notes on this computer."));
    Q_EMIT storeChanged(entered, password);
    Q_EMIT applyFinished(true);
}
