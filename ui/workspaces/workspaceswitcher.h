#pragma once

#include <QString>
#include <QUrl>
#include <QWidget>

class QComboBox;
class QLabel;
class WorkspaceRegistry;

// The workspace switcher for the main toolbar: a labelled combo box listing the saved
// workspaces (WorkspaceRegistry, most recently used first), the demo workspace while it runs,
// and a workspace open for this session that is not saved (from the environment). It follows
// the registry by itself. Choosing an entry emits workspaceChosen() or demoChosen(); the
// controller then opens it and calls setCurrent(). Setting the current entry from code emits
// nothing.
class WorkspaceSwitcher : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Saved, Demo, Unsaved };
    Q_ENUM(Kind)
    enum Role { WorkspaceIdRole = Qt::UserRole + 1, KindRole };

    explicit WorkspaceSwitcher(WorkspaceRegistry *registry, QWidget *parent = nullptr);
    ~WorkspaceSwitcher() override;

    void setDemoAvailable(bool available);
    bool isDemoAvailable() const { return m_demoAvailable; }
    // A workspace open now that is not in the registry (empty id: none).
    void setUnsavedWorkspace(const QString &workspaceId, const QString &displayName);

    // Selects the entry; an empty id selects nothing.
    void setCurrent(Kind kind, const QString &workspaceId);
    Kind currentKind() const;
    QString currentWorkspaceId() const;

    // A line added to the workspace's tooltip (the token's expiry); empty removes it.
    void setNote(const QString &note);

    QComboBox *comboBox() const { return m_combo; }
    // The entries as shown, for tests.
    QStringList itemTexts() const;
    // Selects the entry at `index` as the user would (emits).
    void choose(int index);

Q_SIGNALS:
    void workspaceChosen(const QString &workspaceId, WorkspaceSwitcher::Kind kind);

private:
    void rebuild();

    WorkspaceRegistry *m_registry;
    QLabel *m_label;
    QComboBox *m_combo;
    bool m_demoAvailable = false;
    QString m_unsavedId;
    QString m_unsavedName;
    Kind m_currentKind = Kind::Saved;
    QString m_currentId;
    QString m_baseToolTip;
};
