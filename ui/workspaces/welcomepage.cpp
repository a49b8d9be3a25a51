#include "ui/workspaces/welcomepage.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace {

// Room for the text, in average characters; the layout does the rest.
constexpr int kTextChars = 72;

} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_connect(new QCommandLinkButton(this))
    , m_demo(new QCommandLinkButton(this))
    , m_import(new QCommandLinkButton(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    setWindowTitle(tr("Welcome — Lepton Console"));
    setAccessibleName(tr("Welcome to Lepton Console"));

    auto *title = new QLabel(tr("Welcome to Lepton Console"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    title->setAccessibleName(title->text());
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto *intro = new QLabel(tr("See and manage the deployments of your Lepton AI workspaces: pause what is idle, "
                                "resume it with the replicas it had, and keep notes on why. To begin, connect to "
                                "a workspace with its ID and token, or look around in the demo workspace."),
                             this);
    intro->setObjectName(QStringLiteral("welcomeIntro"));
    intro->setWordWrap(true);
    intro->setAccessibleName(intro->text());
    intro->setMinimumWidth(intro->fontMetrics().averageCharWidth() * kTextChars);

    m_connect->setObjectName(QStringLiteral("welcomeConnectButton"));
    m_connect->setText(tr("&Connect to a workspace…"));
    m_connect->setDescription(tr("Enter the workspace ID and token, or paste the credential string from the Lepton "
                                 "dashboard. The token is kept in the system keychain."));
    m_connect->setAccessibleName(tr("Connect to a workspace"));
    m_connect->setAccessibleDescription(m_connect->description());

    m_demo->setObjectName(QStringLiteral("welcomeDemoButton"));
    m_demo->setText(tr("Open the &demo workspace"));
    m_demo->setDescription(tr("A simulated workspace on this computer, to try everything without touching real "
                              "deployments."));
    m_demo->setAccessibleName(tr("Open the demo workspace"));
    m_demo->setAccessibleDescription(m_demo->description());

    m_import->setObjectName(QStringLiteral("welcomeImportButton"));
    m_import->setText(tr("&Import from the lep CLI…"));
    m_import->setAccessibleName(tr("Import from the lep CLI"));
    m_import->hide();

    auto *tip = new QLabel(tr("The console also reads LEPTON_WORKSPACE_ID, LEPTON_WORKSPACE_TOKEN and "
                              "LEPTON_WORKSPACE_URL from the environment, as the lep CLI and the SDK do."),
                           this);
    tip->setObjectName(QStringLiteral("welcomeTip"));
    tip->setWordWrap(true);
    tip->setForegroundRole(QPalette::PlaceholderText);
    tip->setAccessibleName(tip->text());

    m_message->setObjectName(QStringLiteral("welcomeMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setFocusPolicy(Qt::StrongFocus); // after the buttons, with Tab
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(intro->fontMetrics().height());
    layout->addWidget(m_connect);
    layout->addWidget(m_import);
    layout->addWidget(m_demo);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(tip);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    const int margin = intro->fontMetrics().height() * 2;
    layout->setContentsMargins(margin, margin, margin, margin);

    setTabOrder(m_connect, m_import);
    setTabOrder(m_import, m_demo);
    setTabOrder(m_demo, m_message);

    connect(m_connect, &QAbstractButton::clicked, this, &WelcomePage::connectRequested);
    connect(m_demo, &QAbstractButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_import, &QAbstractButton::clicked, this, &WelcomePage::importRequested);
    m_connect->setFocus(Qt::OtherFocusReason);
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setLepCliFile(const QString &lepFilePath)
{
    m_import->setVisible(!lepFilePath.isEmpty());
    if (lepFilePath.isEmpty())
        return;
    QString shown = lepFilePath;
    const QString home = QDir::homePath();
    if (shown.startsWith(home + QLatin1Char('/')))
        shown = QLatin1Char('~') + shown.mid(home.size());
    m_import->setDescription(tr("Use the workspaces you logged in to with `lep login` (%1). Their tokens are "
                                "copied into the system keychain.")
                                 .arg(QDir::toNativeSeparators(shown)));
    m_import->setAccessibleDescription(m_import->description());
}

void WelcomePage::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setAccessibleName(message);
    m_message->setVisible(!message.isEmpty());
}
