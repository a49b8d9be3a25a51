#include "ui/workspaces/workspaceswitcher.h"

#include "app/workspaces/workspaceregistry.h"
#include "app/credentials/workspaceurl.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace {

constexpr int kMinimumChars = 18;

} // namespace

WorkspaceSwitcher::WorkspaceSwitcher(WorkspaceRegistry *registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_label(new QLabel(tr("&Workspace:"), this))
    , m_combo(new QComboBox(this))
{
    setObjectName(QStringLiteral("workspaceSwitcher"));
    m_label->setObjectName(QStringLiteral("workspaceSwitcherLabel"));
    m_label->setBuddy(m_combo);
    m_combo->setObjectName(QStringLiteral("workspaceCombo"));
    m_combo->setAccessibleName(tr("Workspace"));
    m_combo->setToolTip(tr("The workspace shown; choose another to switch"));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_combo->setMinimumContentsLength(kMinimumChars);
    m_combo->view()->setAccessibleName(tr("Workspaces")); // the list, open

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);

    connect(m_registry, &WorkspaceRegistry::changed, this, &WorkspaceSwitcher::rebuild);
    connect(m_combo, &QComboBox::activated, this, [this](int index) { choose(index); });
    m_baseToolTip = m_combo->toolTip();
    rebuild();
}

WorkspaceSwitcher::~WorkspaceSwitcher() = default;

void WorkspaceSwitcher::setDemoAvailable(bool available)
{
    if (m_demoAvailable == available)
        return;
    m_demoAvailable = available;
    rebuild();
}

void WorkspaceSwitcher::setUnsavedWorkspace(const QString &workspaceId, const QString &displayName)
{
    m_unsavedId = workspaceId;
    m_unsavedName = displayName;
    rebuild();
}

void WorkspaceSwitcher::setCurrent(Kind kind, const QString &workspaceId)
{
    m_currentKind = kind;
    m_currentId = workspaceId;
    const QSignalBlocker blocker(m_combo);
    int found = -1;
    for (int i = 0; i < m_combo->count(); ++i) {
        if (m_combo->itemData(i, KindRole).value<Kind>() == kind
            && m_combo->itemData(i, WorkspaceIdRole).toString() == workspaceId) {
            found = i;
            break;
        }
    }
    m_combo->setCurrentIndex(found);
}

WorkspaceSwitcher::Kind WorkspaceSwitcher::currentKind() const
{
    return m_currentKind;
}

QString WorkspaceSwitcher::currentWorkspaceId() const
{
    return m_currentId;
}

QStringList WorkspaceSwitcher::itemTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_combo->count(); ++i)
        texts << m_combo->itemText(i);
    return texts;
}

void WorkspaceSwitcher::choose(int index)
{
    if (index < 0 || index >= m_combo->count())
        return;
    const auto kind = m_combo->itemData(index, KindRole).value<Kind>();
    const QString id = m_combo->itemData(index, WorkspaceIdRole).toString();
    // The combo shows the workspace that is open until the controller says otherwise.
    setCurrent(m_currentKind, m_currentId);
    Q_EMIT workspaceChosen(id, kind);
}

void WorkspaceSwitcher::rebuild()
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    const QList<WorkspaceRegistry::Entry> entries = m_registry->workspaces();
    for (const WorkspaceRegistry::Entry &entry : entries) {
        const QString text = entry.displayName.isEmpty() || entry.displayName == entry.workspaceId
            ? entry.workspaceId
            : tr("%1 (%2)").arg(entry.displayName, entry.workspaceId);
        m_combo->addItem(text);
        const int row = m_combo->count() - 1;
        m_combo->setItemData(row, entry.workspaceId, WorkspaceIdRole);
        m_combo->setItemData(row, QVariant::fromValue(Kind::Saved), KindRole);
        m_combo->setItemData(row, WorkspaceUrl::effectiveBaseUrl(entry.workspaceId, entry.baseUrl).toDisplayString(),
                             Qt::ToolTipRole);
    }
    if (!m_unsavedId.isEmpty() && !m_registry->contains(m_unsavedId)) {
        const QString name = m_unsavedName.isEmpty() ? m_unsavedId : m_unsavedName;
        m_combo->addItem(tr("%1 (not saved)").arg(name));
        const int row = m_combo->count() - 1;
        m_combo->setItemData(row, m_unsavedId, WorkspaceIdRole);
        m_combo->setItemData(row, QVariant::fromValue(Kind::Unsaved), KindRole);
        m_combo->setItemData(row, tr("Open for this session only; its token is not stored"), Qt::ToolTipRole);
    }
    if (m_demoAvailable) {
        m_combo->addItem(tr("Demo workspace"));
        const int row = m_combo->count() - 1;
        m_combo->setItemData(row, QString(), WorkspaceIdRole);
        m_combo->setItemData(row, QVariant::fromValue(Kind::Demo), KindRole);
        m_combo->setItemData(row, tr("A simulated workspace on this computer"), Qt::ToolTipRole);
    }
    m_combo->setEnabled(m_combo->count() > 0);
    setCurrent(m_currentKind, m_currentId);
}

void WorkspaceSwitcher::setNote(const QString &note)
{
    m_combo->setToolTip(note.isEmpty() ? m_baseToolTip : m_baseToolTip + QLatin1Char('\n') + note);
}
