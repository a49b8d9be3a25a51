#pragma once

#include "app/api/apierror.h"
#include "ui/widgets/errorbanner.h"
#include "app/credentials/workspacecredentials.h"
#include "app/api/workspaceinfo.h"
#include "app/workspaces/workspacesaver.h"

#include <QDialog>

class LeptonClient;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class SessionTokens;
class TokenStore;
class WorkspaceRegistry;

// Connects the console to a workspace: a workspace id and a token (or the credential string
// "<id>:<token>" from the Lepton dashboard, parsed as it is typed or pasted), and an optional
// base URL. "Check" asks the workspace (GET /workspace) whether it takes the token and shows
// its name, tier and state, or the server's refusal. "Save" checks first when needed, then
// keeps the token in the system keychain (TokenStore) and the workspace in the registry; when
// no keychain is available it says so and offers "Use for This Session Only" (SessionTokens).
// The token never goes into the registry, a message or the window title.
//
// Everything is asynchronous; open the dialog with open(). workspaceConnected() comes just
// before the dialog is accepted.
// About 530 lines in one class: one form with its check of the token against the server and
// the save (WorkspaceSaver); most lines build and explain the form.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode {
        Connect,        // a new (or any) workspace
        Reauthenticate, // the workspace refused its token: enter a new one for this id
    };
    Q_ENUM(Mode)

    // None of the pointers is owned; they must outlive the dialog.
    ConnectDialog(TokenStore *tokenStore, SessionTokens *sessionTokens, WorkspaceRegistry *registry,
                  QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // Prefills the id and the base URL override (empty: the default for the id).
    void setWorkspace(const QString &workspaceId, const QUrl &baseUrl = QUrl());
    // Reauthenticate fixes the id and puts the focus on the token; `reason` (plain text, never a
    // token) is shown at the top, e.g. why the token is needed.
    void setMode(Mode mode, const QString &reason = QString());
    Mode mode() const { return m_mode; }
    // A message shown at the top in Connect mode too (e.g. "no token stored for this workspace").
    void setReason(const QString &reason);

    // What is entered now (the token only in memory). displayName is the checked workspace's
    // name once a check succeeded.
    WorkspaceCredentials credentials() const;
    // The answer of the last successful check for what is entered now.
    bool isChecked() const { return m_checked; }
    const WorkspaceInfo &checkedInfo() const { return m_info; }
    ApiError lastCheckError() const { return m_checkError; }
    // The keychain's message after a failed save, empty otherwise.
    QString keychainProblem() const { return m_keychainProblem; }

    // For the tests and the wiring: the client used for Check (timeouts, certificate errors).
    LeptonClient *client() const { return m_client; }

public Q_SLOTS:
    void check();
    void save();
    void useForThisSessionOnly();

Q_SIGNALS:
    // A check ended (ok: the workspace took the token).
    void checkFinished(bool ok);
    // Saved (or, with sessionOnly, kept in memory for this session); the dialog accepts next.
    void workspaceConnected(const WorkspaceCredentials &credentials, bool sessionOnly);
    // Saving failed because no keychain could be used; "Use for This Session Only" is offered.
    void keychainUnavailable(const QString &message);

private:
    void buildUi();
    void onCredentialStringEdited(const QString &text);
    void onInputChanged();
    void updateButtons();
    void updateUrlHint();
    void showStatus(ErrorBanner::Kind kind, const QString &message);
    // Save: the WorkspaceSaver's keychain → registry flow; its outcome shows here.
    void storeToken();
    void showSaved(const WorkspaceSaver::Outcome &outcome);
    bool inputsValid(QString *why = nullptr) const;
    QUrl overrideUrl() const;

    WorkspaceRegistry *m_registry;
    WorkspaceSaver *m_saver;
    LeptonClient *m_client;

    QLabel *m_intro = nullptr;
    QLabel *m_reason = nullptr;
    QLineEdit *m_credentialString = nullptr;
    QLabel *m_credentialStringError = nullptr;
    QLineEdit *m_workspaceId = nullptr;
    QLineEdit *m_token = nullptr;
    QCheckBox *m_showToken = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_urlHint = nullptr;
    QPushButton *m_checkButton = nullptr;
    ErrorBanner *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_sessionOnlyButton = nullptr;

    Mode m_mode = Mode::Connect;
    WorkspaceInfo m_info;
    ApiError m_checkError;
    QString m_keychainProblem;
    int m_generation = 0;       // bumps on every edit: late answers for older input are dropped
    bool m_checked = false;
    bool m_checking = false;
    bool m_saving = false;
    bool m_saveAfterCheck = false;
    bool m_fillingFromString = false;
};
