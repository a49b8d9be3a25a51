#pragma once

#include "ui/widgets/errorbanner.h"
#include "app/credentials/lepcliimporter.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;
class SessionTokens;
class TokenStore;
class WorkspaceRegistry;
class WorkspaceSaver;

// Imports the workspaces the `lep` CLI is logged in to (LepCliImporter): lists what the file
// holds with a check box each, and on "Import" copies the chosen tokens into the system
// keychain and the workspaces into the registry (WorkspaceSaver). The CLI's file is never written.
// When no keychain is available it says so and offers "Use for This Session Only" for the
// tokens that could not be stored. Open it with open().
class ImportWorkspacesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { NameColumn, IdColumn, AddressColumn, TokenColumn, ColumnCount };

    // None of the pointers is owned; they must outlive the dialog.
    ImportWorkspacesDialog(const LepCliImporter::Result &found, TokenStore *tokenStore, SessionTokens *sessionTokens,
                           WorkspaceRegistry *registry, QWidget *parent = nullptr);
    ~ImportWorkspacesDialog() override;

    QTreeWidget *list() const { return m_list; }
    QStringList checkedWorkspaceIds() const;
    void setChecked(const QString &workspaceId, bool checked);

public Q_SLOTS:
    void import();
    void useForThisSessionOnly();

Q_SIGNALS:
    // The workspaces now in the registry (tokens in the keychain or, with the session-only
    // choice, in memory), and the one to open first (the CLI's current one when imported).
    void workspacesImported(const QStringList &workspaceIds, const QString &preferredWorkspaceId);

private:
    void populate();
    void updateButtons();
    void finishImport();
    void showStatus(ErrorBanner::Kind kind, const QString &message);
    const LepCliImporter::Workspace *workspace(const QString &workspaceId) const;
    QTreeWidgetItem *itemFor(const QString &workspaceId) const;

    LepCliImporter::Result m_found;
    WorkspaceRegistry *m_registry;
    WorkspaceSaver *m_saver; // keychain → registry, or session-only

    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_warnings = nullptr;
    ErrorBanner *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_sessionOnlyButton = nullptr;

    int m_pending = 0;
    QStringList m_imported;             // in the registry now
    QStringList m_noKeychain;           // token not stored: no keychain
    QHash<QString, QString> m_failures; // id -> keychain message (other errors)
    QString m_keychainMessage;
};
