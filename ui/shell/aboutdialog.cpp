#include "ui/shell/aboutdialog.h"

#include "leptonbuildinfo.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStyle>
#include <QSysInfo>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace {

struct Component
{
    const char *name;
    QString version;
    const char *homepage;
    const char *licence;
    const char *licenceUrl;
};

// The SQLite library Qt's driver uses, asked at run time (it is the system's).
QString sqliteVersion()
{
    const QString connection = QStringLiteral("lepton-about-sqlite-version");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(QStringLiteral("SELECT sqlite_version()"), db);
            if (query.next())
                version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return version;
}

QList<Component> components()
{
    return {
        {"Qt", QString::fromLatin1(qVersion()), "https://www.qt.io/", "LGPL-3.0-only",
         "https://www.gnu.org/licenses/lgpl-3.0.html"},
        {"QtKeychain", QStringLiteral(LEPTON_BUILD_QTKEYCHAIN_VERSION), "https://github.com/frankosterfeld/qtkeychain",
         "BSD-3-Clause", "https://opensource.org/license/bsd-3-clause"},
        {"yaml-cpp", QStringLiteral(LEPTON_BUILD_YAMLCPP_VERSION), "https://github.com/jbeder/yaml-cpp", "MIT",
         "https://opensource.org/license/mit"},
        {"SQLite", sqliteVersion(), "https://www.sqlite.org/", "Public domain", "https://www.sqlite.org/copyright.html"},
    };
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_version(new QLabel(this))
    , m_licences(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Lepton Console"));

    const int iconSize = style()->pixelMetric(QStyle::PM_LargeIconSize) * 2;
    auto *icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIcon"));
    icon->setPixmap(QIcon(QStringLiteral(":/icons/lepton-console.svg")).pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    icon->setAccessibleName(tr("Lepton Console icon"));
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(tr("Lepton Console"), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAccessibleName(title->text());
    title->setAccessibleDescription(tr("Application name"));

    m_version->setObjectName(QStringLiteral("aboutVersion"));
    m_version->setText(tr("Version %1").arg(QStringLiteral(LEPTON_CONSOLE_VERSION)) + QLatin1Char('\n')
                       + tr("Built with Qt %1, running on Qt %2")
                             .arg(QStringLiteral(LEPTON_BUILD_QT_VERSION), QString::fromLatin1(qVersion())));
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_version->setFocusPolicy(Qt::StrongFocus); // for copying a part of it with the keyboard
    m_version->setAccessibleName(m_version->text());

    auto *summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("aboutSummary"));
    summary->setWordWrap(true);
    summary->setOpenExternalLinks(true);
    summary->setTextFormat(Qt::RichText);
    summary->setText(tr("<p>A native desktop console for Lepton AI deployments: watch them, pause them to zero "
                        "replicas and resume them as they were.</p>"
                        "<p>Lepton Console is free software under the MIT licence.<br>"
                        "<a href=\"%1\">Lepton AI documentation</a></p>")
                         .arg(QStringLiteral("https://www.lepton.ai/docs")));
    summary->setAccessibleName(QTextDocumentFragment::fromHtml(summary->text()).toPlainText());

    auto *heading = new QVBoxLayout;
    heading->addWidget(title);
    heading->addWidget(m_version);
    heading->addWidget(summary);
    heading->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(heading, 1);

    auto *licencesTitle = new QLabel(tr("Licences"), this);
    QFont bold = licencesTitle->font();
    bold.setBold(true);
    licencesTitle->setFont(bold);
    licencesTitle->setBuddy(m_licences);

    m_licences->setObjectName(QStringLiteral("aboutLicences"));
    m_licences->setOpenExternalLinks(true);
    m_licences->setHtml(licencesHtml());
    m_licences->setAccessibleName(tr("Licences"));
    m_licences->setAccessibleDescription(tr("The licence of Lepton Console and of the libraries it uses"));
    // Room for the component table without scrolling, in lines of text rather than pixels.
    m_licences->setMinimumHeight(m_licences->fontMetrics().lineSpacing() * 18);
    m_licences->setMinimumWidth(m_licences->fontMetrics().averageCharWidth() * 72);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Version Info"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersionButton"));
    copy->setAccessibleName(tr("Copy version information"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(copy, &QPushButton::clicked, this, [] { QGuiApplication::clipboard()->setText(versionInfo()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(licencesTitle);
    layout->addWidget(m_licences, 1);
    layout->addWidget(buttons);

    // The version text is on the Tab path (to select and copy it), but the dialog opens on
    // Close: the first text in the focus chain would otherwise take the focus and show a caret.
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setFocus();
}

QString AboutDialog::versionInfo()
{
    return QStringLiteral("Lepton Console %1\nQt %2 (built with %3)\nQtKeychain %4, yaml-cpp %5\n%6 (%7)\n")
        .arg(QStringLiteral(LEPTON_CONSOLE_VERSION), QString::fromLatin1(qVersion()),
             QStringLiteral(LEPTON_BUILD_QT_VERSION), QStringLiteral(LEPTON_BUILD_QTKEYCHAIN_VERSION),
             QStringLiteral(LEPTON_BUILD_YAMLCPP_VERSION), QSysInfo::prettyProductName(),
             QGuiApplication::platformName());
}

QString AboutDialog::licencesHtml()
{
    QString html = tr("<p><b>Lepton Console</b> is released under the <a href=\"%1\">MIT licence</a>. "
                      "You may use, copy, modify and distribute it freely; it comes without any warranty.</p>")
                       .arg(QStringLiteral("https://opensource.org/license/mit"));
    html += tr("<p>It is built on these libraries:</p>");
    html += QStringLiteral("<table cellpadding=\"3\"><tr><th align=\"left\">%1</th><th align=\"left\">%2</th>"
                           "<th align=\"left\">%3</th></tr>")
                .arg(tr("Component"), tr("Version"), tr("Licence"));
    for (const Component &c : components()) {
        html += QStringLiteral("<tr><td><a href=\"%1\">%2</a></td><td>%3</td><td><a href=\"%4\">%5</a></td></tr>")
                    .arg(QLatin1String(c.homepage), QLatin1String(c.name), c.version.toHtmlEscaped(),
                         QLatin1String(c.licenceUrl), QLatin1String(c.licence));
    }
    html += QStringLiteral("</table>");
    html += tr("<p>Qt is used under the GNU Lesser General Public License version 3: you may replace the Qt "
               "libraries this program uses with your own build.</p>");
    return html;
}
