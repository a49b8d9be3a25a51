#include "ui/diagnostics/logwindow.h"

#include "app/diagnostics/logcapture.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QStandardPaths>
#include <QVBoxLayout>

LogWindow::LogWindow(QWidget *parent)
    : QDialog(parent)
    , m_view(new QPlainTextEdit(this))
    , m_debug(new QCheckBox(tr("&Debug logging"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("logWindow"));
    setWindowTitle(tr("Lepton Console Log"));

    LogCapture *capture = LogCapture::instance();

    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setReadOnly(true);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setMaximumBlockCount(capture->capacity());
    m_view->setAccessibleName(tr("Log"));
    m_view->setAccessibleDescription(tr("Recent messages of Lepton Console, newest last; tokens are never shown"));
    // About 100 columns by 30 lines of log text.
    const QFontMetrics metrics(m_view->font());
    m_view->setMinimumSize(metrics.horizontalAdvance(QLatin1Char('x')) * 100, metrics.lineSpacing() * 30);

    m_debug->setObjectName(QStringLiteral("debugLoggingCheckBox"));
    m_debug->setChecked(LogCapture::debugLogging());
    m_debug->setToolTip(tr("Also log the details of every request and change (lepton.* debug messages)"));
    m_debug->setAccessibleName(tr("Debug logging"));
    connect(m_debug, &QCheckBox::toggled, this, [](bool on) { LogCapture::setDebugLogging(on); });
    connect(capture, &LogCapture::debugLoggingChanged, m_debug, &QCheckBox::setChecked);

    m_status->setObjectName(QStringLiteral("logStatus"));
    m_status->setText(LogCapture::isInstalled() ? QString() : tr("Log capture is off in this process."));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyLogButton"));
    copy->setAccessibleName(tr("Copy the log"));
    QPushButton *saveButton = buttons->addButton(tr("&Save…"), QDialogButtonBox::ActionRole);
    saveButton->setObjectName(QStringLiteral("saveLogButton"));
    saveButton->setAccessibleName(tr("Save the log to a file"));
    QPushButton *clearButton = buttons->addButton(tr("C&lear"), QDialogButtonBox::ResetRole);
    clearButton->setObjectName(QStringLiteral("clearLogButton"));
    clearButton->setAccessibleName(tr("Clear the log"));
    connect(copy, &QPushButton::clicked, this, &LogWindow::copyToClipboard);
    connect(saveButton, &QPushButton::clicked, this, &LogWindow::save);
    connect(clearButton, &QPushButton::clicked, this, &LogWindow::clear);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *options = new QHBoxLayout;
    options->addWidget(m_debug);
    options->addStretch();
    options->addWidget(m_status);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    reload();
    connect(capture, &LogCapture::entryAdded, this, [this](const LogCapture::Entry &entry) {
        // Follow the end only when the user is there, not while they read further up.
        QScrollBar *bar = m_view->verticalScrollBar();
        const bool atEnd = bar->value() == bar->maximum();
        m_view->appendPlainText(entry.toString());
        if (atEnd)
            bar->setValue(bar->maximum());
    });
}

void LogWindow::reload()
{
    QString text = LogCapture::instance()->text();
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    m_view->setPlainText(text);
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
}

void LogWindow::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(m_view->toPlainText());
}

bool LogWindow::saveTo(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QString text = m_view->toPlainText();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
        text += QLatin1Char('\n');
    file.write(text.toUtf8());
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void LogWindow::save()
{
    // open(), not getSaveFileName(): the log keeps growing in this window while the user
    // picks a file, and no nested event loop runs under the caller.
    auto *dialog = new QFileDialog(this, tr("Save Log"));
    dialog->setObjectName(QStringLiteral("logSaveDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(tr("Log files (*.log *.txt)"));
    dialog->setDefaultSuffix(QStringLiteral("log"));
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    dialog->selectFile(QStringLiteral("lepton-console-%1.log")
                           .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (saveTo(path, &error))
            m_status->setText(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
        else
            m_status->setText(tr("Could not save: %1").arg(error));
    });
    dialog->open();
}

void LogWindow::clear()
{
    LogCapture::instance()->clear();
    m_view->clear();
}
