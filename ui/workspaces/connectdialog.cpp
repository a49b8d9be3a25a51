#include "ui/workspaces/connectdialog.h"

#include "app/credentials/credentialstring.h"
#include "app/api/leptonclient.h"
#include "app/credentials/sessiontokens.h"
#include "app/credentials/tokenstore.h"
#include "app/workspaces/workspaceregistry.h"
#include "app/workspaces/workspacesaver.h"
#include "app/credentials/workspaceurl.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace std::chrono_literals;

namespace {

// Typing room for the fields, in average characters (layouts, not fixed geometry).
constexpr int kFieldChars = 72;
constexpr int kLabelChars = 20;
constexpr auto kCheckTimeout = 20s;

QLabel *makeLabel(const QString &text, const QString &objectName, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setBuddy(buddy);
    return label;
}

// Words of the dialog's own: instructions and hints, read in the accessibility tree.
QLabel *makeNote(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// A message about what was entered (why the dialog asks, what is wrong): selectable with the
// mouse and the keyboard, so it can be copied, and reached with Tab.
QLabel *makeMessage(const QString &objectName, QWidget *parent)
{
    QLabel *label = makeNote(objectName, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::StrongFocus);
    return label;
}

void setSecretField(QLineEdit *edit)
{
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText
                              | Qt::ImhNoAutoUppercase);
}

} // namespace

ConnectDialog::ConnectDialog(TokenStore *tokenStore, SessionTokens *sessionTokens, WorkspaceRegistry *registry,
                             QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_saver(new WorkspaceSaver(tokenStore, sessionTokens, registry, this))
    , m_client(new LeptonClient(this))
{
    Q_ASSERT(m_registry);
    setObjectName(QStringLiteral("connectDialog"));
    m_client->setTimeout(kCheckTimeout);
    buildUi();
    setMode(Mode::Connect);
    onInputChanged();
}

ConnectDialog::~ConnectDialog()
{
    ++m_generation; // a check cancelled now reports nothing
    m_client->abortAll();
}

void ConnectDialog::buildUi()
{
    m_intro = makeNote(QStringLiteral("connectIntro"), this);
    m_intro->setMinimumWidth(fontMetrics().averageCharWidth() * (kFieldChars + kLabelChars));
    m_reason = makeMessage(QStringLiteral("connectReason"), this);
    QFont bold = m_reason->font();
    bold.setBold(true);
    m_reason->setFont(bold);
    m_reason->hide();

    const int fieldWidth = fontMetrics().averageCharWidth() * kFieldChars;

    m_credentialString = new QLineEdit(this);
    m_credentialString->setObjectName(QStringLiteral("credentialStringEdit"));
    m_credentialString->setAccessibleName(tr("Credential string"));
    m_credentialString->setAccessibleDescription(tr("Paste workspace-id:token here to fill both fields"));
    m_credentialString->setPlaceholderText(tr("workspace-id:token"));
    m_credentialString->setToolTip(tr("The credential string from the Lepton dashboard, as `lep login -c` takes it. "
                                      "Pasting it fills the workspace ID and the token."));
    m_credentialString->setMinimumWidth(fieldWidth);
    setSecretField(m_credentialString);
    m_credentialStringError = makeMessage(QStringLiteral("credentialStringError"), this);
    m_credentialStringError->hide();

    m_workspaceId = new QLineEdit(this);
    m_workspaceId->setObjectName(QStringLiteral("workspaceIdEdit"));
    m_workspaceId->setAccessibleName(tr("Workspace ID"));
    m_workspaceId->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);

    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setAccessibleName(tr("Token"));
    setSecretField(m_token);

    m_showToken = new QCheckBox(tr("Sh&ow token"), this);
    m_showToken->setObjectName(QStringLiteral("showTokenCheck"));
    m_showToken->setAccessibleName(tr("Show token"));
    m_showToken->setToolTip(tr("Show the token and the credential string as plain text"));

    m_baseUrl = new QLineEdit(this);
    m_baseUrl->setObjectName(QStringLiteral("baseUrlEdit"));
    m_baseUrl->setAccessibleName(tr("Base URL (optional)"));
    m_baseUrl->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_baseUrl->setToolTip(tr("Only for another region or a local simulator; leave empty for the Lepton cloud. "
                             "https:// is required unless the host is this computer."));

    m_urlHint = makeNote(QStringLiteral("connectHint"), this);
    m_urlHint->setForegroundRole(QPalette::PlaceholderText);
    m_urlHint->setMinimumWidth(fieldWidth);
    m_credentialStringError->setMinimumWidth(fieldWidth);

    m_checkButton = new QPushButton(tr("&Check"), this);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_checkButton->setAccessibleName(tr("Check the token"));
    m_checkButton->setToolTip(tr("Ask the workspace whether it accepts this token, without saving anything"));
    m_checkButton->setAutoDefault(false);

    m_status = new ErrorBanner(this);
    m_status->setObjectName(QStringLiteral("connectStatus"));
    m_status->setAccessibleName(tr("Connection status"));
    m_status->setAutoHideInterval(0ms);

    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("connectButtons"));
    m_saveButton = m_buttons->addButton(tr("&Save and Connect"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAccessibleName(tr("Save and connect"));
    m_saveButton->setDefault(true);
    m_sessionOnlyButton = m_buttons->addButton(tr("Use for This Session O&nly"), QDialogButtonBox::ActionRole);
    m_sessionOnlyButton->setObjectName(QStringLiteral("sessionOnlyButton"));
    m_sessionOnlyButton->setAccessibleName(tr("Use the token for this session only"));
    m_sessionOnlyButton->setToolTip(tr("Keep the token in memory until the console quits; it is not stored anywhere"));
    m_sessionOnlyButton->setAutoDefault(false);
    m_sessionOnlyButton->hide();
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(makeLabel(tr("C&redential string:"), QStringLiteral("credentialStringLabel"), m_credentialString, this),
                 m_credentialString);
    form->addRow(QString(), m_credentialStringError);
    auto *separate = makeNote(QStringLiteral("separateFieldsNote"), this);
    separate->setWordWrap(false);
    separate->setText(tr("or enter the workspace ID and the token one by one:"));
    separate->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), separate);
    form->addRow(makeLabel(tr("Workspace &ID:"), QStringLiteral("workspaceIdLabel"), m_workspaceId, this),
                 m_workspaceId);
    form->addRow(makeLabel(tr("&Token:"), QStringLiteral("tokenLabel"), m_token, this), m_token);
    form->addRow(QString(), m_showToken);
    form->addRow(makeLabel(tr("Base &URL (optional):"), QStringLiteral("baseUrlLabel"), m_baseUrl, this), m_baseUrl);
    form->addRow(QString(), m_urlHint);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_checkButton);
    checkRow->addStretch(1);
    form->addRow(QString(), checkRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_reason, m_credentialString);
    setTabOrder(m_credentialString, m_credentialStringError);
    setTabOrder(m_credentialStringError, m_workspaceId);
    setTabOrder(m_workspaceId, m_token);
    setTabOrder(m_token, m_showToken);
    setTabOrder(m_showToken, m_baseUrl);
    setTabOrder(m_baseUrl, m_checkButton);

    connect(m_credentialString, &QLineEdit::textChanged, this, &ConnectDialog::onCredentialStringEdited);
    connect(m_workspaceId, &QLineEdit::textChanged, this, [this](const QString &text) {
        // A whole credential string pasted into the id field: an id never holds a colon.
        if (!m_fillingFromString && text.contains(QLatin1Char(':')) && !m_workspaceId->isReadOnly()) {
            m_credentialString->setText(text); // parses and fills both fields
            return;
        }
        onInputChanged();
    });
    connect(m_token, &QLineEdit::textChanged, this, &ConnectDialog::onInputChanged);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &ConnectDialog::onInputChanged);
    connect(m_showToken, &QCheckBox::toggled, this, [this](bool show) {
        const auto mode = show ? QLineEdit::Normal : QLineEdit::Password;
        m_token->setEchoMode(mode);
        m_credentialString->setEchoMode(mode);
    });
    connect(m_checkButton, &QPushButton::clicked, this, &ConnectDialog::check);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectDialog::save);
    connect(m_sessionOnlyButton, &QPushButton::clicked, this, &ConnectDialog::useForThisSessionOnly);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
}

void ConnectDialog::setWorkspace(const QString &workspaceId, const QUrl &baseUrl)
{
    m_workspaceId->setText(workspaceId);
    m_baseUrl->setText(baseUrl.isEmpty() ? QString() : baseUrl.toString());
    if (!workspaceId.isEmpty())
        m_token->setFocus(Qt::OtherFocusReason);
}

void ConnectDialog::setMode(Mode mode, const QString &reason)
{
    m_mode = mode;
    const QString id = CredentialString::trimmedPaste(m_workspaceId->text());
    if (mode == Mode::Reauthenticate) {
        setWindowTitle(tr("Enter a New Token"));
        m_intro->setText(tr("Enter a new token for workspace %1, or paste its credential string. The table, "
                            "the notes and the pause records stay as they are; the console carries on once "
                            "the new token is saved.")
                             .arg(id));
        m_workspaceId->setReadOnly(true);
        m_saveButton->setText(tr("&Save and Continue"));
        m_saveButton->setAccessibleName(tr("Save and continue"));
        m_token->setFocus(Qt::OtherFocusReason);
    } else {
        setWindowTitle(tr("Connect to a Workspace"));
        m_intro->setText(tr("Paste the credential string from the Lepton dashboard (what `lep login -c` takes), "
                            "or enter the workspace ID and its token. The token is kept in the system keychain, "
                            "never in a file."));
        m_workspaceId->setReadOnly(false);
        m_saveButton->setText(tr("&Save and Connect"));
        m_saveButton->setAccessibleName(tr("Save and connect"));
        // The first field, not the message above it (which Shift+Tab reaches).
        if (id.isEmpty())
            m_credentialString->setFocus(Qt::OtherFocusReason);
    }
    setReason(reason);
}

void ConnectDialog::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setAccessibleName(reason);
    m_reason->setVisible(!reason.isEmpty());
}

QUrl ConnectDialog::overrideUrl() const
{
    const QString text = m_baseUrl->text().trimmed();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

WorkspaceCredentials ConnectDialog::credentials() const
{
    WorkspaceCredentials credentials;
    credentials.workspaceId = CredentialString::trimmedPaste(m_workspaceId->text());
    credentials.token = CredentialString::trimmedPaste(m_token->text());
    credentials.baseUrl = overrideUrl();
    if (m_checked)
        credentials.displayName = m_info.name;
    if (credentials.displayName.isEmpty()) {
        if (const auto entry = m_registry->workspace(credentials.workspaceId))
            credentials.displayName = entry->displayName;
    }
    return credentials;
}

bool ConnectDialog::inputsValid(QString *why) const
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    const QString id = CredentialString::trimmedPaste(m_workspaceId->text());
    const QString token = CredentialString::trimmedPaste(m_token->text());
    // Messages never quote what was typed: a token pasted into the wrong field stays hidden.
    if (id.isEmpty())
        return refuse(tr("Enter the workspace ID, or paste the credential string."));
    if (!CredentialString::isValidWorkspaceId(id))
        return refuse(tr("This is not a workspace ID: it may hold only letters, digits, '-', '_' and '.'."));
    if (token.isEmpty())
        return refuse(tr("Enter the workspace's token."));
    if (!CredentialString::isValidToken(token))
        return refuse(tr("The token holds characters a token cannot have (spaces, line breaks, control or "
                         "non-ASCII characters)."));
    const QUrl url = overrideUrl();
    if (!m_baseUrl->text().trimmed().isEmpty()) {
        QString reason;
        if (!WorkspaceUrl::isAllowedBaseUrl(url, &reason))
            return refuse(reason);
    }
    if (why)
        why->clear();
    return true;
}

void ConnectDialog::onCredentialStringEdited(const QString &text)
{
    if (CredentialString::trimmedPaste(text).isEmpty()) {
        m_credentialStringError->clear();
        m_credentialStringError->hide();
        return;
    }
    const CredentialString::Result parsed = CredentialString::parse(text);
    QString error = parsed.errorMessage; // never holds the token
    if (parsed.isValid() && m_mode == Mode::Reauthenticate
        && parsed.workspaceId != CredentialString::trimmedPaste(m_workspaceId->text()))
        error = tr("This credential string is for another workspace, not %1.")
                    .arg(CredentialString::trimmedPaste(m_workspaceId->text()));
    if (!error.isEmpty()) {
        m_credentialStringError->setText(error);
        m_credentialStringError->setAccessibleName(error);
        m_credentialStringError->show();
        return;
    }
    m_credentialStringError->clear();
    m_credentialStringError->hide();
    m_fillingFromString = true;
    m_workspaceId->setText(parsed.workspaceId);
    m_token->setText(parsed.token);
    m_fillingFromString = false;
    onInputChanged();
}

void ConnectDialog::onInputChanged()
{
    if (m_fillingFromString)
        return;
    // What was checked is no longer what is entered.
    ++m_generation;
    if (m_checking)
        m_client->abortAll();
    m_checking = false;
    m_saveAfterCheck = false;
    m_checked = false;
    m_info = WorkspaceInfo();
    m_checkError = ApiError();
    m_keychainProblem.clear();
    m_sessionOnlyButton->hide();
    if (m_status->isVisible())
        m_status->hideBanner();
    updateUrlHint();
    updateButtons();
}

void ConnectDialog::updateUrlHint()
{
    QString why;
    const QString id = CredentialString::trimmedPaste(m_workspaceId->text());
    if (!m_baseUrl->text().trimmed().isEmpty() && !WorkspaceUrl::isAllowedBaseUrl(overrideUrl(), &why)) {
        m_urlHint->setText(why);
        m_urlHint->setForegroundRole(QPalette::WindowText);
    } else if (CredentialString::isValidWorkspaceId(id)) {
        m_urlHint->setText(tr("Connects to %1").arg(WorkspaceUrl::effectiveBaseUrl(id, overrideUrl()).toDisplayString()));
        m_urlHint->setForegroundRole(QPalette::PlaceholderText);
    } else {
        m_urlHint->setText(tr("Leave the base URL empty for the Lepton cloud. It must use https:// unless the "
                              "host is this computer."));
        m_urlHint->setForegroundRole(QPalette::PlaceholderText);
    }
    m_urlHint->setAccessibleName(m_urlHint->text());
    // Said with the field when it gets the focus.
    m_baseUrl->setAccessibleDescription(m_urlHint->text());
    m_baseUrl->setPlaceholderText(
        WorkspaceUrl::defaultWorkspaceUrl(CredentialString::isValidWorkspaceId(id) ? id : QStringLiteral("ID"))
            .toDisplayString());
}

void ConnectDialog::updateButtons()
{
    const bool valid = inputsValid();
    const bool busy = m_checking || m_saving;
    m_checkButton->setEnabled(valid && !busy);
    m_saveButton->setEnabled(valid && !busy);
    m_sessionOnlyButton->setEnabled(!busy);
    const bool editable = !m_saving;
    m_credentialString->setEnabled(editable);
    m_workspaceId->setEnabled(editable);
    m_token->setEnabled(editable);
    m_baseUrl->setEnabled(editable);
}

void ConnectDialog::showStatus(ErrorBanner::Kind kind, const QString &message)
{
    m_status->showMessage(kind, message);
}

void ConnectDialog::check()
{
    QString why;
    if (!inputsValid(&why)) {
        m_saveAfterCheck = false;
        showStatus(ErrorBanner::Kind::Error, why);
        return;
    }
    const WorkspaceCredentials entered = credentials();
    const int generation = ++m_generation;
    m_client->abortAll();
    m_client->setBaseUrl(entered.effectiveBaseUrl());
    m_client->setToken(entered.token);
    m_checking = true;
    m_checked = false;
    updateButtons();
    showStatus(ErrorBanner::Kind::Info, tr("Checking the token with %1…").arg(entered.effectiveBaseUrl().host()));
    m_client->getWorkspaceInfo(this, [this, generation, entered](const ApiResult<WorkspaceInfo> &result) {
        if (generation != m_generation)
            return; // the input changed meanwhile
        m_checking = false;
        if (result.ok()) {
            m_checked = true;
            m_info = result.value;
            m_checkError = ApiError();
            const QString name = m_info.name.isEmpty() ? entered.workspaceId : m_info.name;
            const QString unknown = tr("unknown");
            showStatus(ErrorBanner::Kind::Success,
                       tr("The workspace accepts this token.\nName: %1\nTier: %2\nState: %3")
                           .arg(name, m_info.tier.isEmpty() ? unknown : m_info.tier,
                                m_info.state.isEmpty() ? unknown : m_info.state));
        } else {
            m_checked = false;
            m_checkError = result.error;
            QString message = result.error.userMessage();
            if (result.error.kind() == ApiError::Kind::NotFound)
                message += QLatin1Char('\n') + tr("Check the workspace ID and the base URL.");
            else if (result.error.kind() == ApiError::Kind::Unauthorized
                     || result.error.kind() == ApiError::Kind::Forbidden)
                message += QLatin1Char('\n') + tr("Copy a current token (or credential string) from the Lepton dashboard.");
            showStatus(ErrorBanner::Kind::Error, message);
            m_saveAfterCheck = false;
        }
        updateButtons();
        Q_EMIT checkFinished(m_checked);
        if (m_checked && m_saveAfterCheck) {
            m_saveAfterCheck = false;
            storeToken();
        }
    });
}

void ConnectDialog::save()
{
    if (m_saving || m_saveAfterCheck)
        return;
    QString why;
    if (!inputsValid(&why)) {
        showStatus(ErrorBanner::Kind::Error, why);
        return;
    }
    if (m_checked) {
        storeToken();
        return;
    }
    // Never save a token the workspace has not accepted.
    const bool alreadyChecking = m_checking;
    m_saveAfterCheck = true;
    if (!alreadyChecking)
        check();
}

void ConnectDialog::storeToken()
{
    m_saving = true;
    updateButtons();
    showStatus(ErrorBanner::Kind::Info, tr("Saving the token in the system keychain…"));
    m_saver->save(credentials(), this, [this](const WorkspaceSaver::Outcome &outcome) {
        m_saving = false;
        updateButtons();
        showSaved(outcome);
    });
}

void ConnectDialog::showSaved(const WorkspaceSaver::Outcome &outcome)
{
    using Kind = WorkspaceSaver::Outcome::Kind;
    switch (outcome.kind) {
    case Kind::Saved:
    case Kind::KeptForSession:
        Q_EMIT workspaceConnected(credentials(), outcome.kind == Kind::KeptForSession);
        accept();
        return;
    case Kind::NoKeychain:
        m_keychainProblem = outcome.message;
        showStatus(ErrorBanner::Kind::Warning,
                   tr("%1\nThe token was not saved. You can use it for this session only: it stays in memory "
                      "until the console quits, and you will be asked for it again next time.")
                       .arg(outcome.message));
        m_sessionOnlyButton->show();
        m_sessionOnlyButton->setEnabled(true);
        m_sessionOnlyButton->setFocus(Qt::OtherFocusReason);
        Q_EMIT keychainUnavailable(outcome.message);
        return;
    case Kind::KeychainFailed:
        showStatus(ErrorBanner::Kind::Error, tr("The token could not be saved in the system keychain. %1").arg(outcome.message));
        return;
    case Kind::RegistryFailed:
        showStatus(ErrorBanner::Kind::Error, tr("The workspace could not be added to the list: %1").arg(outcome.message));
        return;
    }
}

void ConnectDialog::useForThisSessionOnly()
{
    if (!m_checked || m_saving)
        return;
    showSaved(m_saver->keepForSession(credentials()));
}
