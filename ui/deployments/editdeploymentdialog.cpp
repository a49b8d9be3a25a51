#include "ui/deployments/editdeploymentdialog.h"

#include <QPointer>

#include "app/api/apierror.h"
#include "ui/widgets/clearbutton.h"
#include "app/api/leptonclient.h"
#include "ui/widgets/valuelabel.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace {

using Mode = DeploymentSettings::AutoscalingMode;
using Part = DeploymentSettings::Part;

constexpr int kMaxReplicas = 100000;
constexpr int kQpmDecimals = 2;
constexpr double kMaxQpm = 1e9;

QString trd(const char *text)
{
    return QCoreApplication::translate("EditDeploymentDialog", text);
}

QString formatTime(qint64 ms)
{
    if (ms <= 0)
        return trd("an unknown time");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat);
}

QString whenAndWho(qint64 ms, const QString &who)
{
    if (who.isEmpty())
        return formatTime(ms);
    return trd("%1 by %2").arg(formatTime(ms), who);
}

// What QDoubleSpinBox::setValue keeps of `value` (it rounds through the same conversion).
double roundedForSpin(double value)
{
    return QString::number(value, 'f', kQpmDecimals).toDouble();
}

// A row label with a mnemonic, tied to its field so the mnemonic focuses the field.
QLabel *buddyLabel(const QString &text, QWidget *buddy, const char *objectName)
{
    auto *label = new QLabel(text);
    label->setObjectName(QLatin1String(objectName));
    label->setBuddy(buddy);
    return label;
}

} // namespace

EditDeploymentDialog::EditDeploymentDialog(LeptonClient *client, const Deployment &deployment,
                                           const WorkspaceInfo &info, QWidget *parent)
    : QDialog(parent)
    , m_editor(new DeploymentEditor(client, info, this))
    , m_deployment(deployment)
    , m_info(info)
{
    connect(m_editor, &DeploymentEditor::stepStarted, this, &EditDeploymentDialog::showStep);
    connect(m_editor, &DeploymentEditor::finished, this, &EditDeploymentDialog::showOutcome);
    setObjectName(QStringLiteral("editDeploymentDialog"));
    setWindowTitle(tr("Edit %1").arg(deployment.name));
    setAccessibleName(tr("Edit deployment %1").arg(deployment.name));

    buildUi();
    rebuildOriginal();
    loadSettings(m_original);
    updateFacts();
    updatePausedUi();
    updateChanges();
}

EditDeploymentDialog::~EditDeploymentDialog() = default;

void EditDeploymentDialog::buildUi()
{
    auto *mainLayout = new QVBoxLayout(this);

    // Inline message area: errors from the server, "nothing to change", the conflict warning.
    m_messageArea = new QFrame(this);
    m_messageArea->setObjectName(QStringLiteral("messageArea"));
    m_messageArea->setFrameShape(QFrame::StyledPanel);
    m_messageArea->setAccessibleName(tr("Message"));
    auto *messageLayout = new QHBoxLayout(m_messageArea);
    m_messageIcon = new QLabel(m_messageArea);
    m_messageIcon->setObjectName(QStringLiteral("messageIcon"));
    m_messageIcon->setAlignment(Qt::AlignTop);
    m_messageLabel = new QLabel(m_messageArea);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    // The server's words: selectable with the keyboard too, and reached with Tab.
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_messageLabel->setFocusPolicy(Qt::StrongFocus);
    m_messageLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_reloadButton = new QPushButton(tr("Re&load"), m_messageArea);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    m_reloadButton->setAccessibleName(tr("Reload the server's values"));
    m_reloadButton->setAccessibleDescription(tr("Shows the values the server has now; your edits are dropped."));
    m_reloadButton->setAutoDefault(false);
    m_applyAnywayButton = new QPushButton(tr("Apply an&yway"), m_messageArea);
    m_applyAnywayButton->setObjectName(QStringLiteral("applyAnywayButton"));
    m_applyAnywayButton->setAccessibleName(tr("Apply anyway"));
    m_applyAnywayButton->setAccessibleDescription(tr("Sends only your changes, on top of the server's new values."));
    m_applyAnywayButton->setAutoDefault(false);
    messageLayout->addWidget(m_messageIcon);
    messageLayout->addWidget(m_messageLabel, 1);
    auto *conflictButtons = new QVBoxLayout;
    conflictButtons->addWidget(m_reloadButton);
    conflictButtons->addWidget(m_applyAnywayButton);
    conflictButtons->addStretch();
    messageLayout->addLayout(conflictButtons);
    m_messageArea->hide();
    mainLayout->addWidget(m_messageArea);
    connect(m_reloadButton, &QPushButton::clicked, this, &EditDeploymentDialog::reloadFromServer);
    connect(m_applyAnywayButton, &QPushButton::clicked, this, &EditDeploymentDialog::applyAnyway);

    // The form.
    m_formArea = new QWidget(this);
    m_formArea->setObjectName(QStringLiteral("formArea"));
    auto *form = new QFormLayout(m_formArea);
    form->setContentsMargins(0, 0, 0, 0);

    m_minSpin = new QSpinBox(m_formArea);
    m_minSpin->setObjectName(QStringLiteral("minReplicasSpin"));
    m_minSpin->setAccessibleName(tr("Minimum replicas"));
    m_minSpin->setRange(0, kMaxReplicas);
    form->addRow(buddyLabel(tr("&Minimum replicas:"), m_minSpin, "minReplicasLabel"), m_minSpin);

    m_maxSpin = new QSpinBox(m_formArea);
    m_maxSpin->setObjectName(QStringLiteral("maxReplicasSpin"));
    m_maxSpin->setAccessibleName(tr("Maximum replicas"));
    m_maxSpin->setAccessibleDescription(tr("Cannot be less than the minimum."));
    m_maxSpin->setRange(0, kMaxReplicas);
    form->addRow(buddyLabel(tr("Ma&ximum replicas:"), m_maxSpin, "maxReplicasLabel"), m_maxSpin);
    // A minimum above the maximum is said here, in words; neither value is moved for the user.
    m_replicaProblem = new QLabel(m_formArea);
    m_replicaProblem->setObjectName(QStringLiteral("replicaProblemLabel"));
    m_replicaProblem->setWordWrap(true);
    m_replicaProblem->setTextFormat(Qt::PlainText);
    m_replicaProblem->hide();
    form->addRow(QString(), m_replicaProblem);

    m_shapeCombo = new QComboBox(m_formArea);
    m_shapeCombo->setObjectName(QStringLiteral("shapeCombo"));
    m_shapeCombo->setAccessibleName(tr("Resource shape"));
    m_shapeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    form->addRow(buddyLabel(tr("Resource s&hape:"), m_shapeCombo, "shapeLabel"), m_shapeCombo);

    m_imageEdit = new QLineEdit(m_formArea);
    m_imageEdit->setObjectName(QStringLiteral("imageEdit"));
    m_imageEdit->setAccessibleName(tr("Container image"));
    ClearButton::enable(m_imageEdit, tr("Clear the image"));
    form->addRow(buddyLabel(tr("Container &image:"), m_imageEdit, "imageLabel"), m_imageEdit);

    m_modeCombo = new QComboBox(m_formArea);
    m_modeCombo->setObjectName(QStringLiteral("autoscalingModeCombo"));
    m_modeCombo->setAccessibleName(tr("Autoscaling"));
    for (Mode mode : {Mode::FixedReplicas, Mode::ScaleDownOnNoTraffic, Mode::GpuUtilization, Mode::Qpm})
        m_modeCombo->addItem(DeploymentSettings::modeName(mode), static_cast<int>(mode));
    form->addRow(buddyLabel(tr("Auto&scaling:"), m_modeCombo, "autoscalingLabel"), m_modeCombo);

    // The mode's own field: one page per mode, in the order of the mode combo, with its
    // label in a parallel stack so it lines up with the rest of the form.
    auto *modeLabels = new QStackedWidget(m_formArea);
    modeLabels->setObjectName(QStringLiteral("autoscalingLabelStack"));
    m_modeStack = new QStackedWidget(m_formArea);
    m_modeStack->setObjectName(QStringLiteral("autoscalingStack"));
    const auto page = [modeLabels, this](QLabel *label, QWidget *field) {
        modeLabels->addWidget(label);
        m_modeStack->addWidget(field);
    };
    m_fixedNote = new QLabel(tr("Autoscaling is off."));
    m_fixedNote->setObjectName(QStringLiteral("fixedReplicasNote"));
    m_fixedNote->setWordWrap(true);
    page(new QLabel, m_fixedNote);

    m_timeoutSpin = new QSpinBox;
    m_timeoutSpin->setObjectName(QStringLiteral("noTrafficTimeoutSpin"));
    m_timeoutSpin->setAccessibleName(tr("Scale down after seconds without traffic"));
    m_timeoutSpin->setRange(0, std::numeric_limits<int>::max());
    m_timeoutSpin->setSuffix(tr(" s"));
    page(buddyLabel(tr("Idle &timeout:"), m_timeoutSpin, "noTrafficTimeoutLabel"), m_timeoutSpin);

    m_gpuSpin = new QSpinBox;
    m_gpuSpin->setObjectName(QStringLiteral("gpuUtilizationSpin"));
    m_gpuSpin->setAccessibleName(tr("Target GPU utilization percent"));
    m_gpuSpin->setRange(0, 100);
    m_gpuSpin->setSuffix(tr(" %"));
    page(buddyLabel(tr("Target &GPU utilization:"), m_gpuSpin, "gpuUtilizationLabel"), m_gpuSpin);

    m_qpmSpin = new QDoubleSpinBox;
    m_qpmSpin->setObjectName(QStringLiteral("qpmSpin"));
    m_qpmSpin->setAccessibleName(tr("Target requests per minute"));
    m_qpmSpin->setDecimals(kQpmDecimals);
    m_qpmSpin->setRange(0, kMaxQpm);
    page(buddyLabel(tr("Target re&quests per minute:"), m_qpmSpin, "qpmLabel"), m_qpmSpin);
    form->addRow(modeLabels, m_modeStack);
    connect(m_modeCombo, &QComboBox::currentIndexChanged, modeLabels, &QStackedWidget::setCurrentIndex);
    connect(m_modeCombo, &QComboBox::currentIndexChanged, m_modeStack, &QStackedWidget::setCurrentIndex);

    m_pausedNote = new QLabel(tr("Paused: replica changes change what Resume brings back."), m_formArea);
    m_pausedNote->setObjectName(QStringLiteral("pausedNote"));
    m_pausedNote->setWordWrap(true);
    form->addRow(m_pausedNote);

    // Read-only facts.
    auto *facts = new QGroupBox(tr("Details"), m_formArea);
    facts->setObjectName(QStringLiteral("detailsGroup"));
    auto *factsLayout = new QFormLayout(facts);
    const auto fact = [facts, factsLayout](const QString &label, const char *objectName, const QString &caption) {
        auto *value = new ValueLabel(caption, facts);
        value->setObjectName(QLatin1String(objectName));
        value->setWordWrap(true);
        factsLayout->addRow(label, value);
        return value;
    };
    m_createdValue = fact(tr("Created:"), "createdValue", tr("Created"));
    m_modifiedValue = fact(tr("Last modified:"), "lastModifiedValue", tr("Last modified"));
    m_endpointValue = fact(tr("Endpoint:"), "endpointValue", tr("Endpoint"));
    form->addRow(facts);

    m_changesList = new QListWidget(m_formArea);
    m_changesList->setObjectName(QStringLiteral("changesList"));
    m_changesList->setAccessibleName(tr("Pending changes"));
    m_changesList->setSelectionMode(QAbstractItemView::NoSelection);
    m_changesList->setWordWrap(true);
    auto *changesLabel = buddyLabel(tr("Pending &changes:"), m_changesList, "changesLabel");
    form->addRow(changesLabel);
    form->addRow(m_changesList);
    mainLayout->addWidget(m_formArea, 1);

    // Progress.
    auto *busyRow = new QHBoxLayout;
    m_busyIndicator = new QProgressBar(this);
    m_busyIndicator->setObjectName(QStringLiteral("busyIndicator"));
    m_busyIndicator->setAccessibleName(tr("Working"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setTextVisible(false);
    m_busyIndicator->hide();
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("busyLabel"));
    m_busyLabel->hide();
    busyRow->addWidget(m_busyIndicator);
    busyRow->addWidget(m_busyLabel, 1);
    mainLayout->addLayout(busyRow);

    // Buttons.
    auto *bottomRow = new QHBoxLayout;
    m_pauseWhileApplyingCheck = new QCheckBox(tr("Pause &while applying"), this);
    m_pauseWhileApplyingCheck->setObjectName(QStringLiteral("pauseWhileApplyingCheck"));
    m_pauseWhileApplyingCheck->setAccessibleName(tr("Pause while applying"));
    const QString pauseWhileApplyingHelp =
        tr("First pauses the deployment (its replicas saved in the pause ledger), applies the change while "
           "nothing runs, then resumes it with the saved replicas: for a change that must not meet live "
           "traffic, such as a new image.");
    m_pauseWhileApplyingCheck->setToolTip(pauseWhileApplyingHelp);
    m_pauseWhileApplyingCheck->setAccessibleDescription(pauseWhileApplyingHelp);
    bottomRow->addWidget(m_pauseWhileApplyingCheck);
    bottomRow->addStretch();
    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_pauseButton = buttons->addButton(tr("&Pause"), QDialogButtonBox::ActionRole);
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_pauseButton->setAutoDefault(false);
    m_applyButton = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_applyButton->setAccessibleName(tr("Apply"));
    m_applyButton->setDefault(true);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_cancelButton->setAutoDefault(false);
    bottomRow->addWidget(buttons);
    mainLayout->addLayout(bottomRow);

    // Apply is handled here, not through accepted(): the dialog closes only once the server agreed.
    connect(m_applyButton, &QPushButton::clicked, this, &EditDeploymentDialog::startApply);
    connect(buttons, &QDialogButtonBox::rejected, this, &EditDeploymentDialog::reject);
    connect(m_pauseButton, &QPushButton::clicked, this, [this] {
        if (m_paused)
            Q_EMIT resumeRequested(m_deployment.name);
        else
            Q_EMIT pauseRequested(m_deployment.name);
    });

    // The live diff.
    connect(m_minSpin, &QSpinBox::valueChanged, this, &EditDeploymentDialog::updateChanges);
    connect(m_maxSpin, &QSpinBox::valueChanged, this, &EditDeploymentDialog::updateChanges);
    connect(m_shapeCombo, &QComboBox::currentIndexChanged, this, &EditDeploymentDialog::updateChanges);
    connect(m_imageEdit, &QLineEdit::textChanged, this, &EditDeploymentDialog::updateChanges);
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, &EditDeploymentDialog::updateChanges);
    connect(m_timeoutSpin, &QSpinBox::valueChanged, this, &EditDeploymentDialog::updateChanges);
    connect(m_gpuSpin, &QSpinBox::valueChanged, this, &EditDeploymentDialog::updateChanges);
    connect(m_qpmSpin, &QDoubleSpinBox::valueChanged, this, &EditDeploymentDialog::updateChanges);

    setTabOrderChain();
}

void EditDeploymentDialog::setTabOrderChain()
{
    const QList<QWidget *> chain {m_messageLabel, m_reloadButton, m_applyAnywayButton, m_minSpin, m_maxSpin,
                                  m_shapeCombo, m_imageEdit, m_modeCombo, m_timeoutSpin, m_gpuSpin, m_qpmSpin,
                                  m_createdValue, m_modifiedValue, m_endpointValue, m_changesList,
                                  m_pauseWhileApplyingCheck, m_pauseButton, m_applyButton, m_cancelButton};
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void EditDeploymentDialog::populateShapes(const QString &current)
{
    const QSignalBlocker blocker(m_shapeCombo);
    m_shapeCombo->clear();
    if (current.isEmpty())
        m_shapeCombo->addItem(tr("(not set)"), QString());
    for (const QString &shape : m_info.supportedShapes) {
        const QString description = m_info.shapeDescription(shape);
        m_shapeCombo->addItem(description.isEmpty() ? shape : tr("%1 — %2").arg(shape, description), shape);
    }
    // Keep the deployment's shape even when the workspace does not list it (any more).
    if (!current.isEmpty() && m_shapeCombo->findData(current) < 0) {
        m_shapeCombo->addItem(m_info.supportedShapes.isEmpty()
                                  ? current
                                  : tr("%1 (not offered by this workspace)").arg(current),
                              current);
    }
    m_shapeCombo->setCurrentIndex(m_shapeCombo->findData(current));
}

void EditDeploymentDialog::loadSettings(const DeploymentSettings &settings)
{
    populateShapes(settings.resourceShape);
    m_imageEdit->setText(settings.image);
    loadReplicaAndAutoscaling(settings);
    updateChanges();
}

void EditDeploymentDialog::loadReplicaAndAutoscaling(const DeploymentSettings &settings)
{
    m_minSpin->setValue(settings.minReplicas);
    m_maxSpin->setValue(settings.maxReplicas);
    m_modeCombo->setCurrentIndex(m_modeCombo->findData(static_cast<int>(settings.mode)));
    m_timeoutSpin->setValue(static_cast<int>(std::clamp<qint64>(settings.noTrafficTimeoutSeconds, 0, m_timeoutSpin->maximum())));
    m_gpuSpin->setValue(settings.targetGpuUtilization);
    m_qpmSpin->setValue(settings.targetQpm);
}

DeploymentSettings EditDeploymentDialog::settings() const
{
    DeploymentSettings s = m_original;
    s.minReplicas = m_minSpin->value();
    s.maxReplicas = m_maxSpin->value();
    s.resourceShape = m_shapeCombo->currentData().toString();
    s.image = m_imageEdit->text().trimmed();
    s.mode = static_cast<Mode>(m_modeCombo->currentData().toInt());
    // A value the spin boxes cannot show exactly stays as the server has it unless edited.
    const qint64 shownTimeout = std::clamp<qint64>(m_original.noTrafficTimeoutSeconds, 0, m_timeoutSpin->maximum());
    s.noTrafficTimeoutSeconds = m_timeoutSpin->value() == shownTimeout ? m_original.noTrafficTimeoutSeconds
                                                                       : m_timeoutSpin->value();
    s.targetGpuUtilization = m_gpuSpin->value();
    s.targetQpm = m_qpmSpin->value() == roundedForSpin(m_original.targetQpm) ? m_original.targetQpm : m_qpmSpin->value();
    return s;
}

QJsonObject EditDeploymentDialog::pendingPatch() const
{
    return settings().mergePatchFrom(m_deployment, DeploymentEditor::serverParts(m_paused));
}

void EditDeploymentDialog::rebuildOriginal()
{
    m_original = DeploymentSettings::fromDeployment(m_deployment);
    if (m_paused && m_resumeValues)
        m_original.copyParts(*m_resumeValues, DeploymentEditor::ResumeParts);
}

void EditDeploymentDialog::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    rebuildOriginal();
    if (m_paused && m_resumeValues)
        loadReplicaAndAutoscaling(m_original);
    updatePausedUi();
    updateChanges();
}

void EditDeploymentDialog::setResumeValues(const DeploymentSettings &values)
{
    m_resumeValues = values;
    rebuildOriginal();
    if (m_paused)
        loadReplicaAndAutoscaling(m_original);
    updateChanges();
}

void EditDeploymentDialog::clearResumeValues()
{
    m_resumeValues.reset();
    rebuildOriginal();
    updateChanges();
}

bool EditDeploymentDialog::pauseWhileApplying() const
{
    return !m_paused && m_pauseWhileApplyingCheck->isChecked();
}

QString EditDeploymentDialog::messageText() const
{
    return m_messageArea->isHidden() ? QString() : m_messageLabel->text();
}

bool EditDeploymentDialog::isConflictShown() const
{
    return !m_messageArea->isHidden() && !m_reloadButton->isHidden();
}

void EditDeploymentDialog::updatePausedUi()
{
    m_pauseButton->setText(m_paused ? tr("&Resume") : tr("&Pause"));
    m_pauseButton->setAccessibleName(m_paused ? tr("Resume deployment") : tr("Pause deployment"));
    m_pausedNote->setVisible(m_paused);
    m_pauseWhileApplyingCheck->setVisible(!m_paused);
}

void EditDeploymentDialog::updateFacts()
{
    m_createdValue->setValue(whenAndWho(m_deployment.createdAtMs, m_deployment.createdBy));
    QString modified = whenAndWho(m_deployment.lastModifiedAtMs, m_deployment.lastModifiedBy);
    if (m_deployment.version > 0)
        modified = tr("%1 (version %2)").arg(modified).arg(m_deployment.version);
    m_modifiedValue->setValue(modified);
    const QString endpoint = m_deployment.endpointUrl();
    m_endpointValue->setValue(endpoint.isEmpty() ? tr("none") : endpoint);
}

void EditDeploymentDialog::updateChanges()
{
    if (!m_changesList)
        return;
    m_changesList->clear();
    const QList<DeploymentSettings::Change> changes = settings().describeChanges(m_original);
    for (const DeploymentSettings::Change &change : changes) {
        QString text = change.text();
        if (m_paused && (change.part == Part::Replicas || change.part == Part::AutoScaler))
            text = tr("%1 (kept for Resume)").arg(text);
        m_changesList->addItem(text);
    }
    if (changes.isEmpty())
        m_changesList->addItem(tr("No changes"));

    const int min = m_minSpin->value();
    const int max = m_maxSpin->value();
    // The rule and its words are DeploymentSettings' (validate() says the same).
    m_replicaProblem->setText(settings().replicaProblem());
    m_replicaProblem->setVisible(replicasInverted());
    m_replicaProblem->setAccessibleName(m_replicaProblem->text());
    if (min == max)
        m_fixedNote->setText(min == 1 ? tr("Autoscaling is off: always 1 replica.")
                                      : tr("Autoscaling is off: always %1 replicas.").arg(min));
    else if (min < max)
        m_fixedNote->setText(tr("Autoscaling is off, so the deployment runs %1 replicas, the minimum; the maximum of %2 "
                                "is used only by an autoscaling mode. Set both to the same number, or choose an "
                                "autoscaling mode.").arg(min).arg(max));
    else
        m_fixedNote->setText(tr("Autoscaling is off."));
    updateApplyEnabled();
    m_changesList->setAccessibleDescription(changes.isEmpty() ? tr("No changes")
                                                              : tr("%n change(s)", nullptr, int(changes.size())));
}

bool EditDeploymentDialog::replicasInverted() const
{
    return !settings().replicaProblem().isEmpty();
}

void EditDeploymentDialog::updateApplyEnabled()
{
    m_applyButton->setEnabled(!m_busy && !m_applied && !replicasInverted());
    m_applyButton->setToolTip(replicasInverted() ? m_replicaProblem->text() : QString());
}

DeploymentEditor::Request EditDeploymentDialog::request() const
{
    DeploymentEditor::Request request;
    request.opened = m_deployment;
    request.original = m_original;
    request.edited = settings();
    request.paused = m_paused;
    return request;
}

void EditDeploymentDialog::startApply()
{
    if (m_busy || m_applied || replicasInverted())
        return;
    const DeploymentEditor::Request edit = request();
    if (const std::optional<DeploymentEditor::Outcome> early = m_editor->check(edit))
        return showOutcome(*early);
    if (pauseWhileApplying()) {
        // The window orchestrates pause, apply-while-paused and resume, with the ledger's
        // safety; the dialog's part is done.
        Q_EMIT applyWhilePausedRequested(m_deployment.name, edit.edited);
        accept();
        return;
    }
    hideMessage();
    m_conflictServer.reset();
    m_editor->apply(edit); // ends in showOutcome
}

void EditDeploymentDialog::showStep(DeploymentEditor::Step step)
{
    using Step = DeploymentEditor::Step;
    switch (step) {
    case Step::CheckingServer: return setBusy(true, tr("Checking for changes made on the server…"));
    case Step::SavingForResume: return setBusy(true, tr("Saving what Resume will bring back…"));
    case Step::DryRun: return setBusy(true, tr("Checking the change with the server…"));
    case Step::Applying: return setBusy(true, tr("Applying the change…"));
    }
}

void EditDeploymentDialog::showOutcome(const DeploymentEditor::Outcome &outcome)
{
    using Kind = DeploymentEditor::Outcome::Kind;
    if (m_busy)
        setBusy(false);
    switch (outcome.kind) {
    case Kind::Applied:
    case Kind::SavedForResume: {
        // Said in the dialog, in words, naming what was done; the form is finished with.
        QStringList done;
        for (const DeploymentSettings::Change &change : settings().describeChanges(m_original))
            done << change.text();
        QString text = outcome.kind == Kind::Applied ? tr("Applied: %1").arg(done.join(QStringLiteral("; ")))
                                                     : tr("Saved for Resume: %1").arg(done.join(QStringLiteral("; ")));
        if (!outcome.message.isEmpty())
            text += QLatin1Char('\n') + outcome.message;
        m_applied = true;
        setResult(QDialog::Accepted);
        m_formArea->setEnabled(false);
        m_pauseButton->setEnabled(false);
        m_pauseWhileApplyingCheck->setEnabled(false);
        updateApplyEnabled();
        m_cancelButton->setText(tr("&Close"));
        m_cancelButton->setAccessibleName(tr("Close"));
        m_cancelButton->setFocus(Qt::OtherFocusReason);
        showMessage(MessageKind::Information, text);
        // showMessage says "Note:"; this one is a confirmation.
        m_messageLabel->setText(text);
        m_messageArea->setAccessibleDescription(text);
        if (outcome.valuesForResume)
            Q_EMIT savedValuesEdited(outcome.deploymentName, *outcome.valuesForResume);
        Q_EMIT applied(outcome.deploymentName);
        return;
    }
    case Kind::NothingToChange:
        return showMessage(MessageKind::Information, outcome.editedNothing
                                                         ? tr("Nothing to change.")
                                                         : tr("Nothing to change: the server already has these values."));
    case Kind::Conflict:
        return showConflict(outcome.server);
    case Kind::Invalid:
        return showMessage(MessageKind::Error, outcome.problems.join(QLatin1Char('\n')));
    case Kind::Refused:
        if (!outcome.message.isEmpty())
            return showMessage(MessageKind::Error, outcome.message);
        if (outcome.error.kind() == ApiError::Kind::Cancelled)
            return showMessage(MessageKind::Error, tr("Not connected to the workspace."));
        return showMessage(MessageKind::Error, outcome.error.userMessage());
    }
}

void EditDeploymentDialog::showConflict(const Deployment &server)
{
    m_conflictServer = server;
    const QString who = server.lastModifiedBy.isEmpty() ? tr("someone") : server.lastModifiedBy;
    QString text = tr("Changed on the server by %1 at %2 since you opened this.").arg(who, formatTime(server.lastModifiedAtMs));
    QStringList theirs;
    const DeploymentSettings serverSettings = DeploymentSettings::fromDeployment(server);
    for (const DeploymentSettings::Change &change : serverSettings.describeChanges(m_deployment))
        theirs << change.text();
    if (!theirs.isEmpty())
        text += QLatin1Char('\n') + tr("Their changes: %1").arg(theirs.join(QStringLiteral("; ")));
    text += QLatin1Char('\n')
            + tr("Reload shows the server's values and drops your edits; Apply anyway sends only your changes on top of theirs.");
    showMessage(MessageKind::Warning, text, true);
}

void EditDeploymentDialog::reloadFromServer()
{
    if (!m_conflictServer || m_busy)
        return;
    m_deployment = *m_conflictServer;
    m_conflictServer.reset();
    rebuildOriginal();
    loadSettings(m_original);
    updateFacts();
    showMessage(MessageKind::Information, tr("Reloaded: the form shows the values the server has now."));
    m_minSpin->setFocus(Qt::OtherFocusReason);
}

void EditDeploymentDialog::applyAnyway()
{
    if (!m_conflictServer || m_busy)
        return;
    const Deployment server = *m_conflictServer;
    m_conflictServer.reset();
    const DeploymentSettings edited = settings();
    DeploymentSettings merged = edited.rebased(m_original, DeploymentSettings::fromDeployment(server));
    if (m_paused) // the replica and autoscaling fields hold what Resume brings back: keep them as typed
        merged.copyParts(edited, DeploymentEditor::ResumeParts);
    // From now on the form compares with the new server object and shows the user's edits
    // on top of it; Apply computes the patch from there.
    m_deployment = server;
    rebuildOriginal();
    loadSettings(merged);
    updateFacts();
    hideMessage();
    startApply();
}

void EditDeploymentDialog::reject()
{
    m_editor->cancel(); // late answers are ignored
    setBusy(false);
    if (m_applied) // Close after Apply: the edit was made
        return QDialog::done(QDialog::Accepted);
    QDialog::reject();
}

void EditDeploymentDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_formArea->setEnabled(!busy && !m_applied);
    updateApplyEnabled();
    m_pauseButton->setEnabled(!busy && !m_applied);
    m_pauseWhileApplyingCheck->setEnabled(!busy && !m_applied);
    m_reloadButton->setEnabled(!busy);
    m_applyAnywayButton->setEnabled(!busy);
    m_busyIndicator->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_busyLabel->setText(busy ? what : QString());
    m_busyIndicator->setAccessibleDescription(busy ? what : QString());
    if (!busy && !m_applyButton->hasFocus() && !focusWidget())
        m_applyButton->setFocus(Qt::OtherFocusReason);
}

void EditDeploymentDialog::showMessage(MessageKind kind, const QString &text, bool conflictButtons)
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString prefix = tr("Note:");
    switch (kind) {
    case MessageKind::Information: break;
    case MessageKind::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        prefix = tr("Warning:");
        break;
    case MessageKind::Error:
        icon = QStyle::SP_MessageBoxCritical;
        prefix = tr("Error:");
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_messageIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_messageIcon->setAccessibleName(prefix);
    m_messageLabel->setText(prefix + QLatin1Char(' ') + text);
    m_messageArea->setAccessibleDescription(m_messageLabel->text());
    m_reloadButton->setVisible(conflictButtons);
    m_applyAnywayButton->setVisible(conflictButtons);
    m_messageArea->show();
    QAccessibleEvent alert(m_messageArea, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void EditDeploymentDialog::hideMessage()
{
    m_messageArea->hide();
    m_messageLabel->clear();
    m_reloadButton->hide();
    m_applyAnywayButton->hide();
}
