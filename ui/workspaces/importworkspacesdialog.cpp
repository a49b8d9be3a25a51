#include "ui/workspaces/importworkspacesdialog.h"

#include "app/credentials/sessiontokens.h"
#include "app/credentials/tokenstore.h"
#include "app/workspaces/workspaceregistry.h"
#include "app/workspaces/workspacesaver.h"
#include "app/credentials/workspaceurl.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace std::chrono_literals;

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kListChars = 90;
constexpr int kListRows = 8;

bool isExpired(const LepCliImporter::Workspace &workspace)
{
    return workspace.tokenExpiresAt
        && *workspace.tokenExpiresAt <= QDateTime::currentDateTimeUtc().toMSecsSinceEpoch();
}

} // namespace

ImportWorkspacesDialog::ImportWorkspacesDialog(const LepCliImporter::Result &found, TokenStore *tokenStore,
                                               SessionTokens *sessionTokens, WorkspaceRegistry *registry,
                                               QWidget *parent)
    : QDialog(parent)
    , m_found(found)
    , m_registry(registry)
    , m_saver(new WorkspaceSaver(tokenStore, sessionTokens, registry, this))
{
    Q_ASSERT(m_registry);
    setObjectName(QStringLiteral("importWorkspacesDialog"));
    setWindowTitle(tr("Import Workspaces from the lep CLI"));

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("importIntro"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    // It names the lep CLI's file: selectable with the keyboard too, and reached with Tab.
    m_intro->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_intro->setFocusPolicy(Qt::StrongFocus);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("importList"));
    m_list->setAccessibleName(tr("Workspaces found"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Workspace"), tr("ID"), tr("Address"), tr("Token")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * kListChars);
    m_list->setMinimumHeight(fontMetrics().height() * kListRows);
    auto *listLabel = new QLabel(tr("&Workspaces found:"), this);
    listLabel->setObjectName(QStringLiteral("importListLabel"));
    listLabel->setBuddy(m_list);

    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("importWarnings"));
    m_warnings->setTextFormat(Qt::PlainText);
    m_warnings->setWordWrap(true);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_warnings->setFocusPolicy(Qt::StrongFocus);
    m_warnings->hide();

    m_status = new ErrorBanner(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setAccessibleName(tr("Import status"));
    m_status->setAutoHideInterval(0ms);

    m_buttons = new QDialogButtonBox(this);
    m_importButton = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setAccessibleName(tr("Import the chosen workspaces"));
    m_importButton->setDefault(true);
    m_sessionOnlyButton = m_buttons->addButton(tr("Use for This Session O&nly"), QDialogButtonBox::ActionRole);
    m_sessionOnlyButton->setObjectName(QStringLiteral("importSessionOnlyButton"));
    m_sessionOnlyButton->setAccessibleName(tr("Use the tokens for this session only"));
    m_sessionOnlyButton->setAutoDefault(false);
    m_sessionOnlyButton->hide();
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("importCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_warnings);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_importButton, &QPushButton::clicked, this, &ImportWorkspacesDialog::import);
    connect(m_sessionOnlyButton, &QPushButton::clicked, this, &ImportWorkspacesDialog::useForThisSessionOnly);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemChanged, this, [this] { updateButtons(); });

    populate();
    updateButtons();
    m_list->setFocus(Qt::OtherFocusReason);
}

ImportWorkspacesDialog::~ImportWorkspacesDialog() = default;

void ImportWorkspacesDialog::populate()
{
    QString file = m_found.filePath;
    const QString home = QDir::homePath();
    if (file.startsWith(home + QLatin1Char('/')))
        file = QLatin1Char('~') + file.mid(home.size());
    file = QDir::toNativeSeparators(file);
    if (!m_found.isOk()) {
        m_intro->setText(m_found.errorMessage);
        m_list->hide();
        return;
    }
    if (m_found.workspaces.isEmpty()) {
        m_intro->setText(tr("%1 lists no workspaces. Log in with `lep login` first, or connect to a workspace "
                            "here.").arg(file));
    } else {
        m_intro->setText(tr("The lep CLI keeps these workspaces, tokens in plain text, in %1. The chosen tokens "
                            "are copied into the system keychain; the CLI's file is left as it is (`lep logout` "
                            "removes a token from it).").arg(file));
    }
    m_intro->setAccessibleName(m_intro->text());

    const QSignalBlocker blocker(m_list);
    const QLocale locale;
    for (const LepCliImporter::Workspace &found : std::as_const(m_found.workspaces)) {
        const WorkspaceCredentials &credentials = found.credentials;
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, kIdRole, credentials.workspaceId);
        item->setText(NameColumn, found.isCurrent ? tr("%1 (current in lep)").arg(credentials.displayNameOrId())
                                                  : credentials.displayNameOrId());
        item->setText(IdColumn, credentials.workspaceId);
        item->setText(AddressColumn, credentials.baseUrl.isEmpty() ? tr("Lepton cloud")
                                                                   : credentials.baseUrl.toDisplayString());
        item->setToolTip(AddressColumn, credentials.effectiveBaseUrl().toDisplayString());
        QString tokenText;
        bool checked = true;
        if (!credentials.hasToken()) {
            tokenText = tr("not in the file");
            item->setToolTip(TokenColumn, tr("The console asks for the token when the workspace is opened"));
            checked = false;
        } else if (isExpired(found)) {
            tokenText = tr("expired %1").arg(locale.toString(
                QDateTime::fromMSecsSinceEpoch(*found.tokenExpiresAt, Qt::UTC).toLocalTime().date(),
                QLocale::ShortFormat));
            checked = false;
        } else {
            tokenText = tr("found");
        }
        if (m_registry->contains(credentials.workspaceId))
            tokenText += QLatin1String("; ") + tr("already saved here, will be replaced");
        item->setText(TokenColumn, tokenText);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked);
        item->setData(NameColumn, Qt::AccessibleTextRole,
                      tr("%1, token %2").arg(item->text(NameColumn), tokenText));
    }
    for (int column = 0; column < ColumnCount - 1; ++column)
        m_list->resizeColumnToContents(column);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    if (!m_found.warnings.isEmpty()) {
        m_warnings->setText(tr("Left out:") + QLatin1Char('\n') + m_found.warnings.join(QLatin1Char('\n')));
        m_warnings->setAccessibleName(m_warnings->text());
        m_warnings->show();
    }
}

const LepCliImporter::Workspace *ImportWorkspacesDialog::workspace(const QString &workspaceId) const
{
    for (const LepCliImporter::Workspace &found : m_found.workspaces) {
        if (found.credentials.workspaceId == workspaceId)
            return &found;
    }
    return nullptr;
}

QTreeWidgetItem *ImportWorkspacesDialog::itemFor(const QString &workspaceId) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(NameColumn, kIdRole).toString() == workspaceId)
            return item;
    }
    return nullptr;
}

QStringList ImportWorkspacesDialog::checkedWorkspaceIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->checkState(NameColumn) == Qt::Checked && (item->flags() & Qt::ItemIsUserCheckable))
            ids << item->data(NameColumn, kIdRole).toString();
    }
    return ids;
}

void ImportWorkspacesDialog::setChecked(const QString &workspaceId, bool checked)
{
    if (QTreeWidgetItem *item = itemFor(workspaceId))
        item->setCheckState(NameColumn, checked ? Qt::Checked : Qt::Unchecked);
}

void ImportWorkspacesDialog::updateButtons()
{
    m_importButton->setEnabled(m_found.isOk() && m_pending == 0 && !checkedWorkspaceIds().isEmpty());
    m_sessionOnlyButton->setVisible(!m_noKeychain.isEmpty());
    m_sessionOnlyButton->setEnabled(m_pending == 0);
}

void ImportWorkspacesDialog::showStatus(ErrorBanner::Kind kind, const QString &message)
{
    m_status->showMessage(kind, message);
}

void ImportWorkspacesDialog::import()
{
    if (m_pending > 0)
        return;
    const QStringList ids = checkedWorkspaceIds();
    if (ids.isEmpty())
        return;
    m_noKeychain.clear();
    m_failures.clear();
    m_keychainMessage.clear();
    m_list->setEnabled(false);
    showStatus(ErrorBanner::Kind::Info, tr("Copying the tokens into the system keychain…"));

    QStringList withToken;
    for (const QString &id : ids) {
        const LepCliImporter::Workspace *found = workspace(id);
        if (!found)
            continue;
        if (!found->credentials.hasToken()) {
            // Known without a token: the connect dialog asks for it when the workspace is opened.
            m_saver->save(found->credentials, this, [this, id](const WorkspaceSaver::Outcome &outcome) {
                if (outcome.ok())
                    m_imported << id;
            });
            continue;
        }
        withToken << id;
    }
    m_pending = int(withToken.size());
    updateButtons();
    if (m_pending == 0) {
        finishImport();
        return;
    }
    for (const QString &id : std::as_const(withToken)) {
        const LepCliImporter::Workspace *found = workspace(id);
        m_saver->save(found->credentials, this, [this, id](const WorkspaceSaver::Outcome &outcome) {
            using Kind = WorkspaceSaver::Outcome::Kind;
            switch (outcome.kind) {
            case Kind::Saved:
            case Kind::KeptForSession:
                m_imported << id;
                break;
            case Kind::NoKeychain:
                m_noKeychain << id;
                m_keychainMessage = outcome.message;
                break;
            case Kind::KeychainFailed:
            case Kind::RegistryFailed:
                m_failures.insert(id, outcome.message);
                break;
            }
            if (--m_pending == 0)
                finishImport();
        });
    }
}

void ImportWorkspacesDialog::finishImport()
{
    m_list->setEnabled(true);
    // What is done is done: those rows are no longer offered.
    for (const QString &id : std::as_const(m_imported)) {
        if (QTreeWidgetItem *item = itemFor(id)) {
            const QSignalBlocker blocker(m_list);
            item->setCheckState(NameColumn, Qt::Unchecked);
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
            item->setText(TokenColumn, tr("imported"));
        }
    }
    updateButtons();
    if (m_noKeychain.isEmpty() && m_failures.isEmpty()) {
        QString preferred = m_imported.contains(m_found.currentWorkspaceId) ? m_found.currentWorkspaceId
                                                                            : m_imported.value(0);
        Q_EMIT workspacesImported(m_imported, preferred);
        accept();
        return;
    }
    QStringList lines;
    if (!m_noKeychain.isEmpty()) {
        lines << m_keychainMessage
              << tr("The tokens of %1 were not stored. You can use them for this session only: they stay in "
                    "memory until the console quits.")
                     .arg(m_noKeychain.join(QStringLiteral(", ")));
    }
    for (auto it = m_failures.constBegin(); it != m_failures.constEnd(); ++it)
        lines << tr("%1 was not imported: %2").arg(it.key(), it.value());
    if (!m_imported.isEmpty())
        lines << tr("Imported: %1.").arg(m_imported.join(QStringLiteral(", ")));
    showStatus(m_failures.isEmpty() ? ErrorBanner::Kind::Warning : ErrorBanner::Kind::Error,
               lines.join(QLatin1Char('\n')));
    if (!m_noKeychain.isEmpty())
        m_sessionOnlyButton->setFocus(Qt::OtherFocusReason);
}

void ImportWorkspacesDialog::useForThisSessionOnly()
{
    if (m_pending > 0 || m_noKeychain.isEmpty())
        return;
    for (const QString &id : std::as_const(m_noKeychain)) {
        const LepCliImporter::Workspace *found = workspace(id);
        if (found && m_saver->keepForSession(found->credentials).ok())
            m_imported << id;
    }
    m_noKeychain.clear();
    const QString preferred = m_imported.contains(m_found.currentWorkspaceId) ? m_found.currentWorkspaceId
                                                                              : m_imported.value(0);
    Q_EMIT workspacesImported(m_imported, preferred);
    accept();
}
