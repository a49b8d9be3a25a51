#include "ui/deployments/detailspanel.h"

#include "app/deployments/deploymenttablemodel.h"
#include "app/api/leptonclient.h"
#include "app/deployments/actionavailability.h"
#include "app/pause/pausemarkers.h"
#include "app/resources/rayclustertablemodel.h"
#include "app/deployments/statusreason.h"
#include "app/timeline/timelinemodel.h"
#include "ui/timeline/timelineview.h"
#include "ui/widgets/tonecolors.h"
#include "ui/widgets/valuelabel.h"

#include "ui/deployments/statusbadgedelegate.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QCoreApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QCheckBox>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

// How many events the panel lists; the API returns recent ones, this bounds a noisy list.

// A value of the panel, named "caption: value" for a screen reader and reached with Tab.
ValueLabel *makeValueLabel(const QString &objectName, const QString &caption, QWidget *parent)
{
    auto *label = new ValueLabel(caption, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

QTreeWidget *makeList(const QString &objectName, const QString &accessibleName, const QStringList &headers,
                      QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->header()->setAccessibleName(QCoreApplication::translate("DetailsPanel", "%1 columns").arg(accessibleName));
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(true);
    list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    return list;
}

QString durationText(qint64 seconds)
{
    if (seconds % 3600 == 0 && seconds >= 3600)
        return DetailsPanel::tr("%n h", nullptr, int(seconds / 3600));
    if (seconds % 60 == 0 && seconds >= 60)
        return DetailsPanel::tr("%n min", nullptr, int(seconds / 60));
    return DetailsPanel::tr("%n s", nullptr, int(seconds));
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("–") : text;
}

} // namespace

DetailsPanel::DetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_loader(new DeploymentDetailsLoader(this))
{
    setObjectName(QStringLiteral("detailsPanel"));
    // The loader drops answers for anything but its latest load, so these are for what is shown.
    connect(m_loader, &DeploymentDetailsLoader::replicasLoaded, this, [this](const QString &, const auto &result) { showReplicas(result); });
    connect(m_loader, &DeploymentDetailsLoader::readinessLoaded, this, [this](const QString &name, const auto &result) {
        showReadiness(result);
        m_timeline->model()->takeReadiness(name, result.ok() ? ApiResult<QList<ReadinessIssue>>::success(result.value.issues)
                                                             : ApiResult<QList<ReadinessIssue>>::failure(result.error));
    });
    connect(m_loader, &DeploymentDetailsLoader::eventsLoaded, this, [this](const QString &name, const auto &result) {
        showEvents(result);
        m_timeline->model()->takeEvents(name, result); // one events call serves both sections
    });
    setAccessibleName(tr("Deployment details"));
    buildUi();
    clear();
}

DetailsPanel::~DetailsPanel() = default;

int DetailsPanel::addPage(QWidget *page, const QString &title)
{
    return m_pages->addTab(page, title);
}

void DetailsPanel::buildUi()
{
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("detailsStack"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_placeholder = new QLabel(tr("Select a deployment"), m_stack);
    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setAccessibleName(m_placeholder->text());
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_stack->addWidget(m_placeholder);

    m_scroll = new QScrollArea(m_stack);
    m_scroll->setObjectName(QStringLiteral("detailsScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus); // the values and controls inside take the focus
    auto *content = new QWidget(m_scroll);
    content->setObjectName(QStringLiteral("detailsContent"));
    m_scroll->setWidget(content);
    // The details are the first page; other views of the shown resource (its Schedule) are
    // added as pages beside them (addPage).
    m_pages = new QTabWidget(m_stack);
    m_pages->setObjectName(QStringLiteral("detailsPages"));
    m_pages->setAccessibleName(tr("Pages about the resource"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_scroll, tr("Details"));
    m_stack->addWidget(m_pages);

    auto *layout = new QVBoxLayout(content);

    // Heading: the name and the status word.
    m_name = makeValueLabel(QStringLiteral("detailsName"), tr("Deployment"), content);
    QFont heading = m_name->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    m_name->setFont(heading);

    m_statusBadge = new QLabel(content);
    m_statusBadge->setObjectName(QStringLiteral("detailsStatus"));
    m_statusBadge->setAccessibleName(tr("Status"));
    m_statusBadge->setTextFormat(Qt::PlainText);
    m_statusBadge->setAutoFillBackground(true);
    m_statusBadge->setMargin(std::max(2, fontMetrics().height() / 6));
    m_statusBadge->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Maximum);
    layout->addWidget(m_name);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusBadge);
    statusRow->addStretch(1);
    layout->addLayout(statusRow);
    // Under the badge: why it is in this state, in full and wrapped (an Error's reason).
    m_statusNote = makeValueLabel(QStringLiteral("detailsStatusNote"), tr("Status details"), content);
    m_statusNote->setVisible(false);
    layout->addWidget(m_statusNote);

    // Actions.
    m_pauseResume = new QPushButton(tr("&Pause"), content);
    m_pauseResume->setObjectName(QStringLiteral("detailsPauseResume"));
    m_pauseResume->setAccessibleName(tr("Pause"));
    connect(m_pauseResume, &QPushButton::clicked, this, [this] {
        if (!m_hasDeployment)
            return;
        if (!m_action.enabled)
            return;
        if (m_action.action == ActionAvailability::Action::Resume)
            Q_EMIT resumeRequested(m_deployment.name);
        else
            Q_EMIT pauseRequested(m_deployment.name);
    });
    m_edit = new QPushButton(tr("Ed&it…"), content);
    m_edit->setObjectName(QStringLiteral("detailsEdit"));
    m_edit->setAccessibleName(tr("Edit deployment"));
    m_edit->setToolTip(tr("Change replicas, autoscaling and other settings"));
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (m_hasDeployment)
            Q_EMIT editRequested(m_deployment.name);
    });
    m_restart = new QPushButton(tr("Restar&t"), content);
    m_restart->setObjectName(QStringLiteral("detailsRestart"));
    m_restart->setAccessibleName(tr("Restart deployment"));
    m_restart->setToolTip(tr("Restart every replica of this deployment"));
    connect(m_restart, &QPushButton::clicked, this, [this] {
        if (m_hasDeployment)
            Q_EMIT restartRequested(m_deployment.name);
    });
    m_reload = new QPushButton(tr("Re&load"), content);
    m_reload->setObjectName(QStringLiteral("detailsReload"));
    m_reload->setAccessibleName(tr("Reload details"));
    m_reload->setToolTip(tr("Fetch replicas, readiness and events again"));
    connect(m_reload, &QPushButton::clicked, this, &DetailsPanel::refreshDetails);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_pauseResume);
    actions->addWidget(m_edit);
    actions->addWidget(m_restart);
    actions->addStretch(1);
    actions->addWidget(m_reload);
    layout->addLayout(actions);

    // Endpoint.
    m_endpoint = new QLineEdit(content);
    m_endpoint->setObjectName(QStringLiteral("detailsEndpoint"));
    m_endpoint->setAccessibleName(tr("Endpoint URL"));
    m_endpoint->setReadOnly(true);
    m_endpoint->setPlaceholderText(tr("No endpoint yet"));
    m_copyEndpoint = new QPushButton(tr("&Copy"), content);
    m_copyEndpoint->setObjectName(QStringLiteral("detailsCopyEndpoint"));
    m_copyEndpoint->setAccessibleName(tr("Copy endpoint URL"));
    m_copyEndpoint->setToolTip(tr("Copy the endpoint URL to the clipboard"));
    connect(m_copyEndpoint, &QPushButton::clicked, this, [this] {
        const QString url = m_endpoint->text();
        if (url.isEmpty())
            return;
        QGuiApplication::clipboard()->setText(url);
        Q_EMIT endpointCopied(url);
    });
    m_openEndpoint = new QPushButton(tr("&Open"), content);
    m_openEndpoint->setObjectName(QStringLiteral("detailsOpenEndpoint"));
    m_openEndpoint->setAccessibleName(tr("Open endpoint in browser"));
    m_openEndpoint->setToolTip(tr("Open the endpoint URL in the web browser"));
    connect(m_openEndpoint, &QPushButton::clicked, this, [this] {
        const QUrl url = QUrl::fromUserInput(m_endpoint->text());
        if (url.isValid() && !url.isEmpty())
            QDesktopServices::openUrl(url);
    });
    auto *endpointRow = m_endpointRow = new QHBoxLayout;
    endpointRow->addWidget(m_endpoint, 1);
    endpointRow->addWidget(m_copyEndpoint);
    endpointRow->addWidget(m_openEndpoint);

    // Summary.
    auto *form = m_form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *endpointLabel = new QLabel(tr("E&ndpoint:"), content);
    endpointLabel->setBuddy(m_endpoint);
    form->addRow(endpointLabel, endpointRow);
    m_image = makeValueLabel(QStringLiteral("detailsImage"), tr("Image"), content);
    m_shape = makeValueLabel(QStringLiteral("detailsShape"), tr("Resource shape"), content);
    m_replicasSummary = makeValueLabel(QStringLiteral("detailsReplicaRange"), tr("Replicas"), content);
    m_autoscaling = makeValueLabel(QStringLiteral("detailsAutoscaling"), tr("Autoscaling"), content);
    m_created = makeValueLabel(QStringLiteral("detailsCreated"), tr("Created"), content);
    m_modified = makeValueLabel(QStringLiteral("detailsModified"), tr("Last modified"), content);
    m_owner = makeValueLabel(QStringLiteral("detailsOwner"), tr("Owner"), content);
    m_pauseMarker = makeValueLabel(QStringLiteral("detailsPauseMarker"), tr("Console pause"), content);
    form->addRow(tr("Paused:"), m_pauseMarker);
    form->addRow(tr("Image:"), m_image);
    form->addRow(tr("Shape:"), m_shape);
    m_replicasCaption = new QLabel(tr("Replicas:"), content);
    form->addRow(m_replicasCaption, m_replicasSummary);
    form->addRow(tr("Autoscaling:"), m_autoscaling);
    form->addRow(tr("Created:"), m_created);
    form->addRow(tr("Last modified:"), m_modified);
    form->addRow(tr("Owner:"), m_owner);
    layout->addLayout(form);

    // The three fetched sections: a message line (loading, empty, error) over a list.
    auto makeSection = [&](const QString &title, const QString &key, QGroupBox **box, ValueLabel **message,
                           QTreeWidget **list, const QStringList &headers) {
        *box = new QGroupBox(title, content);
        (*box)->setObjectName(QStringLiteral("details%1Box").arg(key));
        (*box)->setAccessibleName(title);
        *message = makeValueLabel(QStringLiteral("details%1Message").arg(key), title, *box);
        *list = makeList(QStringLiteral("details%1").arg(key), title, headers, *box);
        auto *sectionLayout = new QVBoxLayout(*box);
        sectionLayout->addWidget(*message);
        sectionLayout->addWidget(*list);
        layout->addWidget(*box);
    };
    makeSection(tr("Replicas"), QStringLiteral("Replicas"), &m_replicasBox, &m_replicasMessage, &m_replicas,
                {tr("Replica"), tr("Node"), tr("Public IP")});
    makeSection(tr("Readiness"), QStringLiteral("Readiness"), &m_readinessBox, &m_readinessMessage, &m_readiness,
                {tr("Replica"), tr("Reason"), tr("Message"), tr("Since")});
    makeSection(tr("Recent events"), QStringLiteral("Events"), &m_eventsBox, &m_eventsMessage, &m_events,
                {tr("When"), tr("Type"), tr("Reason"), tr("Count"), tr("Message")});

    // The timeline: the server's events and the console's own history, merged (any kind).
    m_timelineBox = new QGroupBox(tr("Timeline"), content);
    m_timelineBox->setObjectName(QStringLiteral("detailsTimelineBox"));
    m_timelineBox->setAccessibleName(tr("Timeline"));
    m_timeline = new TimelineView(m_timelineBox);
    m_timeline->model()->setEventsFromLoader(true); // the details loader reads events and readiness once for both
    (new QVBoxLayout(m_timelineBox))->addWidget(m_timeline);
    layout->addWidget(m_timelineBox);

    // Raw JSON, for power users.
    m_rawToggle = new QToolButton(content);
    m_rawToggle->setObjectName(QStringLiteral("detailsRawToggle"));
    m_rawToggle->setText(tr("Raw &JSON"));
    m_rawToggle->setAccessibleName(tr("Show raw JSON"));
    m_rawToggle->setCheckable(true);
    m_rawToggle->setChecked(false);
    m_rawToggle->setAutoRaise(true);
    m_rawToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_rawToggle->setArrowType(Qt::RightArrow);
    m_rawJson = new QPlainTextEdit(content);
    m_rawJson->setObjectName(QStringLiteral("detailsRawJson"));
    m_rawJson->setAccessibleName(tr("Raw JSON"));
    m_rawJson->setReadOnly(true);
    m_rawJson->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rawJson->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rawJson->setVisible(false);
    connect(m_rawToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_rawToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        m_rawToggle->setAccessibleName(shown ? tr("Hide raw JSON") : tr("Show raw JSON"));
        m_rawJson->setVisible(shown);
    });
    layout->addWidget(m_rawToggle, 0, Qt::AlignLeading);
    layout->addWidget(m_rawJson, 1);
    layout->addStretch(0);

    // Keyboard path in reading order: the name, the actions, the endpoint, the summary, the
    // sections (each message before its list) and the raw JSON.
    QWidget *order[] = {m_name, m_statusNote, m_pauseResume, m_edit, m_restart, m_reload, m_endpoint, m_copyEndpoint,
                        m_openEndpoint, m_pauseMarker, m_image, m_shape, m_replicasSummary, m_autoscaling, m_created,
                        m_modified, m_owner, m_replicasMessage, m_replicas, m_readinessMessage, m_readiness,
                        m_eventsMessage, m_events, m_rawToggle, m_rawJson};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    // The timeline's controls (in their own order) between the events and the raw JSON.
    setTabOrder(m_events, m_timeline->sourceToggle(TimelineRecord::Source::Server));
    setTabOrder(m_timeline->view(), m_rawToggle);
}

void DetailsPanel::setClient(LeptonClient *client)
{
    if (m_loader->client() == client)
        return;
    m_loader->setClient(client);
    m_timeline->model()->setClient(client);
    if (m_hasDeployment)
        fetchDetails();
}

void DetailsPanel::setTimelineSources(Storage *storage, const QString &workspaceId, AlertBook *alerts)
{
    m_timeline->model()->setStore(storage, workspaceId);
    m_timeline->model()->setAlertBook(alerts);
}

void DetailsPanel::showDeployment(const Deployment &deployment, const StatusPresentation &status,
                                  const std::optional<ActionAvailability> &action)
{
    const bool rawChanged = !m_hasDeployment || (m_deployment.name != deployment.name || m_deployment.kind != deployment.kind) || m_deployment.raw != deployment.raw;
    const bool shownChanged = !m_hasDeployment || m_deployment.name != deployment.name || m_deployment.kind != deployment.kind;
    if (shownChanged) {
        m_readinessIssues.clear();   // another deployment's answers say nothing about this one
        m_recentEvents.clear();
    }
    m_deployment = deployment;
    m_status = status.text.isEmpty() ? StatusPresentation::of(deployment) : status;
    setActionAvailability(action);
    m_hasDeployment = true;
    fillText(rawChanged);
    m_stack->setCurrentWidget(m_pages);
    m_timeline->model()->setResource(deployment);
    if (shownChanged)
        Q_EMIT resourceShown();
    fetchDetails();
}

void DetailsPanel::showIndex(const QModelIndex &index)
{
    if (!index.isValid()) {
        clear();
        return;
    }
    const QModelIndex status = index.siblingAtColumn(DeploymentTableModel::StatusColumn);
    const Deployment deployment = index.data(DeploymentTableModel::DeploymentRole).value<Deployment>();
    StatusPresentation presentation;
    presentation.text = status.data(DeploymentTableModel::BadgeLabelRole).toString(); // shown as it is painted
    presentation.tone = StatusPresentation::Tone(status.data(DeploymentTableModel::BadgeToneRole).toInt());
    presentation.animated = status.data(DeploymentTableModel::AnimatedRole).toBool();
    presentation.paused = status.data(DeploymentTableModel::PausedRole).toBool();
    presentation.tooltip = status.data(Qt::ToolTipRole).toString();
    presentation.explanation = status.data(DeploymentTableModel::StatusExplanationRole).toString();
    ActionAvailability action;
    action.action = ActionAvailability::Action(index.siblingAtColumn(0).data(DeploymentTableModel::ActionRole).toInt());
    action.enabled = index.siblingAtColumn(0).data(DeploymentTableModel::ActionEnabledRole).toBool();
    action.why = index.siblingAtColumn(0).data(DeploymentTableModel::ActionWhyRole).toString();
    if (m_hasDeployment && m_deployment.name == deployment.name && m_deployment.kind == deployment.kind)
        updateDeployment(deployment, presentation, action);
    else
        showDeployment(deployment, presentation, action);
}

void DetailsPanel::updateDeployment(const Deployment &deployment, const StatusPresentation &status,
                                    const std::optional<ActionAvailability> &action)
{
    if (!m_hasDeployment || (m_deployment.name != deployment.name || m_deployment.kind != deployment.kind)) {
        showDeployment(deployment, status, action);
        return;
    }
    const bool refetch = m_deployment.version != deployment.version || m_deployment.state != deployment.state
        || m_sectionFailed;
    const bool rawChanged = m_deployment.raw != deployment.raw;
    m_deployment = deployment;
    m_status = status.text.isEmpty() ? StatusPresentation::of(deployment) : status;
    setActionAvailability(action);
    fillText(rawChanged);
    m_timeline->model()->setResource(deployment); // the same one: reads again only when it moved
    if (refetch)
        fetchDetails();
}

void DetailsPanel::clear()
{
    m_loader->cancel(); // answers still under way are for nobody now
    m_timeline->model()->clearResource();
    m_hasDeployment = false;
    m_deployment = Deployment();
    m_status = StatusPresentation();
    m_action = ActionAvailability();
    m_readinessIssues.clear();
    m_recentEvents.clear();
    m_replicas->clear();
    m_readiness->clear();
    m_events->clear();
    m_rawJson->clear();
    m_marker = PauseMarker();
    m_stack->setCurrentWidget(m_placeholder);
    Q_EMIT resourceShown();
}

void DetailsPanel::setPauseMarker(const PauseMarker &marker)
{
    m_marker = marker;
    updatePauseMarker();
}

void DetailsPanel::updatePauseMarker()
{
    const QString text = PauseMarkers::describe(m_marker, QDateTime::currentDateTimeUtc());
    m_pauseMarker->setValue(text);
    m_form->setRowVisible(m_pauseMarker, !text.isEmpty());
}

void DetailsPanel::applyKind()
{
    // A dev pod or Ray cluster has no URL, editor, restart or replica / readiness / event routes.
    const bool endpoint = m_deployment.kind == ResourceKind::Endpoint;
    m_form->setRowVisible(m_endpointRow, endpoint);
    m_form->setRowVisible(m_autoscaling, endpoint);
    for (QWidget *part : std::initializer_list<QWidget *> {m_edit, m_restart, m_reload, m_replicasBox, m_readinessBox,
                                                           m_eventsBox})
        part->setVisible(endpoint);
    m_replicasCaption->setText(m_deployment.kind == ResourceKind::RayCluster ? tr("Workers:") : tr("Replicas:"));
    switch (m_deployment.kind) {
    case ResourceKind::Endpoint: m_name->setAccessibleDescription(tr("Endpoint")); break;
    case ResourceKind::Pod: m_name->setAccessibleDescription(tr("Dev pod")); break;
    case ResourceKind::RayCluster: m_name->setAccessibleDescription(tr("Ray cluster")); break;
    }
}

void DetailsPanel::setActionAvailability(const std::optional<ActionAvailability> &action)
{
    m_action = action ? *action : ActionAvailability::of(m_deployment, m_status.paused);
    updatePauseButton();
}

void DetailsPanel::updatePauseButton()
{
    if (m_action.action == ActionAvailability::Action::Resume) {
        m_pauseResume->setText(tr("Res&ume"));
        m_pauseResume->setAccessibleName(tr("Resume"));
        m_pauseResume->setToolTip(m_deployment.kind == ResourceKind::Endpoint
                                      ? tr("Bring back the replicas this deployment had before it was paused")
                                      : tr("Bring back what the console's pause saved"));
    } else {
        m_pauseResume->setText(tr("&Pause"));
        m_pauseResume->setAccessibleName(tr("Pause"));
        switch (m_deployment.kind) {
        case ResourceKind::Endpoint:
            m_pauseResume->setToolTip(tr("Scale this deployment to zero replicas, remembering how to resume it"));
            break;
        case ResourceKind::Pod:
            m_pauseResume->setToolTip(tr("Stop this dev pod; Resume brings it back as it was"));
            break;
        case ResourceKind::RayCluster:
            m_pauseResume->setToolTip(tr("Suspend this Ray cluster; Resume brings its workers back"));
            break;
        }
    }
    // Off with the same reason the toolbar gives (ActionAvailability::why).
    m_pauseResume->setEnabled(m_action.enabled);
    if (!m_action.enabled && !m_action.why.isEmpty())
        m_pauseResume->setToolTip(m_action.why);
}

QString DetailsPanel::whenAndWho(qint64 msSinceEpoch, const QString &who)
{
    if (msSinceEpoch <= 0)
        return who.isEmpty() ? QStringLiteral("–") : tr("by %1").arg(who);
    const QString when = QLocale().toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch), QLocale::ShortFormat);
    return who.isEmpty() ? when : tr("%1 by %2").arg(when, who);
}

QString DetailsPanel::replicasSummary() const
{
    const Deployment &d = m_deployment;
    if (d.kind == ResourceKind::RayCluster)
        return d.components.isEmpty() ? tr("No worker groups") : RayClusterTableModel::workersText(d, true);
    if (d.kind == ResourceKind::Pod && d.generation == ApiGeneration::New)
        return d.suspended ? tr("Stopped (0)") : tr("Running (1)");
    QString range;
    if (d.minReplicas && d.maxReplicas && *d.maxReplicas != *d.minReplicas)
        range = tr("%1 to %2").arg(*d.minReplicas).arg(*d.maxReplicas);
    else if (d.minReplicas)
        range = QString::number(*d.minReplicas);
    if (d.desiredReplicas)
        return range.isEmpty() ? tr("%1 wanted now").arg(*d.desiredReplicas)
                               : tr("%1 (%2 wanted now)").arg(range).arg(*d.desiredReplicas);
    return orDash(range);
}

QString DetailsPanel::autoscalingSummary() const
{
    const Deployment &d = m_deployment;
    if (!d.hasAutoScaler)
        return tr("Fixed replicas (autoscaling off)");
    QStringList parts;
    if (d.targetGpuUtilization && *d.targetGpuUtilization > 0)
        parts << tr("scales to keep GPU utilization near %1%").arg(*d.targetGpuUtilization);
    if (d.targetQpm && *d.targetQpm > 0)
        parts << tr("scales to keep %1 requests per minute per replica").arg(*d.targetQpm);
    if (d.noTrafficTimeoutSeconds && *d.noTrafficTimeoutSeconds > 0)
        parts << tr("scales to zero after %1 without traffic").arg(durationText(*d.noTrafficTimeoutSeconds));
    if (parts.isEmpty())
        return tr("Fixed replicas (autoscaling off)");
    QString text = parts.join(QStringLiteral("; "));
    text[0] = text.at(0).toUpper();
    return text;
}

void DetailsPanel::fillText(bool rawChanged)
{
    const Deployment &d = m_deployment;
    m_name->setValue(d.name);
    m_statusBadge->setText(m_status.label());
    m_statusBadge->setAccessibleName(tr("Status: %1").arg(m_status.label()));
    applyStatusColors();
    updateStatusNote();

    const QString url = d.endpointUrl();
    if (m_endpoint->text() != url) {
        m_endpoint->setText(url);
        m_endpoint->setCursorPosition(0);   // show the scheme and host, not the tail
    }
    m_endpoint->setToolTip(d.externalEndpoint.isEmpty() && !url.isEmpty() ? tr("Internal endpoint") : QString());
    m_copyEndpoint->setEnabled(!url.isEmpty());
    m_openEndpoint->setEnabled(!url.isEmpty());

    m_image->setValue(orDash(d.image));
    m_shape->setValue(orDash(d.resourceShape));
    m_replicasSummary->setValue(replicasSummary());
    m_autoscaling->setValue(autoscalingSummary());
    m_created->setValue(whenAndWho(d.createdAtMs, d.createdBy));
    m_modified->setValue(whenAndWho(d.lastModifiedAtMs, d.lastModifiedBy));
    m_owner->setValue(orDash(d.owner));

    // Rewriting the text would drop the reader's scroll position and selection.
    if (rawChanged)
        m_rawJson->setPlainText(QString::fromUtf8(QJsonDocument(d.raw).toJson(QJsonDocument::Indented)));

    m_edit->setEnabled(true);
    m_restart->setEnabled(true);
    m_pauseResume->setEnabled(true);
    updatePauseButton();
    applyKind();
    updatePauseMarker();
}

void DetailsPanel::updateStatusNote()
{
    const QString reason = StatusReason::pick(m_deployment, m_readinessIssues, m_recentEvents);
    const QString tooltip = reason.isEmpty() ? m_status.tooltip : reason;
    m_statusBadge->setToolTip(tooltip);
    m_statusBadge->setAccessibleDescription(tooltip);
    QStringList lines;
    if (!m_status.explanation.isEmpty())
        lines << m_status.explanation;
    if (!reason.isEmpty())
        lines << reason;
    m_statusNote->setValue(lines.join(QLatin1Char('\n')));
    m_statusNote->setVisible(!lines.isEmpty());
}

void DetailsPanel::applyStatusColors()
{
    const ToneColors::Swatch colors = StatusBadgeDelegate::colorsFor(m_status.tone, palette());
    QPalette badge = m_statusBadge->palette();
    badge.setColor(QPalette::Window, colors.fill);
    badge.setColor(QPalette::WindowText, colors.text);
    m_statusBadge->setPalette(badge);
}

void DetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_statusBadge)
        applyStatusColors();
    QWidget::changeEvent(event);
}

void DetailsPanel::setSectionMessage(ValueLabel *label, const QString &text, bool isError)
{
    label->setValue(text);
    label->setVisible(!text.isEmpty());
    label->setProperty("error", isError);
    const QPalette base = palette();
    QPalette own = label->palette();
    if (isError) {
        const ToneColors::Swatch colors = ToneColors::swatch(0, 0.75, base, QPalette::Window);
        own.setColor(QPalette::WindowText, ToneColors::withContrast(colors.border, base.color(QPalette::Window)));
    } else {
        own.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    }
    label->setPalette(own);
}

QString DetailsPanel::sectionError(const QString &what, const ApiError &error)
{
    // "Error:" in words, so the colour is not the only sign.
    return tr("Error: could not load %1. %2").arg(what, error.userMessage());
}

void DetailsPanel::refreshDetails()
{
    if (m_hasDeployment) {
        fetchDetails();
        m_timeline->model()->refresh();
    }
}

void DetailsPanel::fetchDetails()
{
    m_loader->cancel();
    m_sectionFailed = false;
    m_readinessIssues.clear();
    m_recentEvents.clear();
    m_replicas->clear();
    m_readiness->clear();
    m_events->clear();
    if (m_deployment.kind != ResourceKind::Endpoint)
        return; // the replica, readiness and event routes are the endpoints' (their sections are hidden)
    if (!m_loader->client()) {
        const QString offline = tr("Not connected to a workspace.");
        setSectionMessage(m_replicasMessage, offline, false);
        setSectionMessage(m_readinessMessage, offline, false);
        setSectionMessage(m_eventsMessage, offline, false);
        return;
    }
    setSectionMessage(m_replicasMessage, tr("Loading…"), false);
    setSectionMessage(m_readinessMessage, tr("Loading…"), false);
    setSectionMessage(m_eventsMessage, tr("Loading…"), false);
    m_loader->load(m_deployment.name);
}

void DetailsPanel::showReplicas(const DeploymentDetailsLoader::ReplicasResult &result)
{
    m_replicas->clear();
    if (!result.ok()) {
        m_sectionFailed = true;
        setSectionMessage(m_replicasMessage, sectionError(tr("replicas"), result.error), true);
        return;
    }
    setSectionMessage(m_replicasMessage, result.value.isEmpty() ? tr("No replicas are running.") : QString(), false);
    for (const Replica &replica : result.value) {
        auto *item = new QTreeWidgetItem(m_replicas, {replica.id, orDash(replica.nodeName), orDash(replica.publicIp)});
        item->setToolTip(1, replica.nodeId.isEmpty() ? QString() : tr("Node ID: %1").arg(replica.nodeId));
    }
}

void DetailsPanel::showReadiness(const DeploymentDetailsLoader::ReadinessResult &result)
{
    m_readiness->clear();
    if (!result.ok()) {
        m_sectionFailed = true;
        setSectionMessage(m_readinessMessage, sectionError(tr("readiness"), result.error), true);
        return;
    }
    const DeploymentDetailsLoader::Readiness &readiness = result.value;
    m_readinessIssues = readiness.issues;
    updateStatusNote();
    QString summary;
    if (readiness.issues.isEmpty())
        summary = readiness.ready > 0 ? tr("All %n replica(s) ready.", nullptr, readiness.ready)
                                      : tr("No readiness issues reported.");
    setSectionMessage(m_readinessMessage, summary, false);
    for (const ReadinessIssue &issue : readiness.issues) {
        auto *item = new QTreeWidgetItem(m_readiness, {issue.replicaId, issue.reason, issue.message, issue.since});
        item->setToolTip(2, issue.message);
    }
}

void DetailsPanel::showEvents(const DeploymentDetailsLoader::EventsResult &result)
{
    m_events->clear();
    if (!result.ok()) {
        m_sectionFailed = true;
        setSectionMessage(m_eventsMessage, sectionError(tr("events"), result.error), true);
        return;
    }
    m_recentEvents = result.value;
    updateStatusNote();
    setSectionMessage(m_eventsMessage, result.value.isEmpty() ? tr("No recent events.") : QString(), false);
    for (const DeploymentEvent &event : result.value) { // newest first, at most MaxEvents
        const QString when = event.lastObserved.isValid()
            ? QLocale().toString(event.lastObserved.toLocalTime(), QLocale::ShortFormat)
            : QStringLiteral("–");
        auto *item = new QTreeWidgetItem(m_events, {when, event.type, event.reason, QString::number(event.count),
                                                    event.message});
        item->setToolTip(4, event.message);
    }
}
