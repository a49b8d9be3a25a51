// Help > Show log: the window shows what LogCapture kept, follows new lines, never shows a
// token, switches debug logging, and copies and saves what it shows.
#include "app/diagnostics/logcapture.h"
#include "app/diagnostics/loggingcategories.h"
#include "ui/diagnostics/logwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFileDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

class TestLogWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { LogCapture::install(); }
    void cleanupTestCase() { LogCapture::uninstall(); }
    void init() { LogCapture::instance()->clear(); }
    void cleanup() { LogCapture::setDebugLogging(false); }

    void showsKeptAndNewLinesWithoutTokens()
    {
        QTest::ignoreMessage(QtWarningMsg, "before the window: Authorization: [redacted]");
        qWarning() << "before the window:" << "Authorization: Bearer abc123";
        LogWindow window;
        QVERIFY(window.view()->isReadOnly());
        QVERIFY(window.view()->toPlainText().contains(QLatin1String("before the window: Authorization: [redacted]")));

        QTest::ignoreMessage(QtWarningMsg, "after: token=[redacted]");
        qCWarning(lcUi) << "after: token=s3cr3t";
        QTRY_VERIFY(window.view()->toPlainText().contains(QLatin1String("warning lepton.ui: after: token=[redacted]")));
        QVERIFY(!window.view()->toPlainText().contains(QLatin1String("abc123")));
        QVERIFY(!window.view()->toPlainText().contains(QLatin1String("s3cr3t")));
    }

    void debugCheckBoxSwitchesDebugLogging()
    {
        LogWindow window;
        QVERIFY(!window.debugCheckBox()->isChecked());
        QVERIFY(!lcApi().isDebugEnabled());
        window.debugCheckBox()->click();
        QVERIFY(LogCapture::debugLogging());
        QVERIFY(lcApi().isDebugEnabled());
        QTest::ignoreMessage(QtDebugMsg, "GET /deployments 200");
        qCDebug(lcApi) << "GET /deployments 200";
        QTRY_VERIFY(window.view()->toPlainText().contains(QLatin1String("debug lepton.api: GET /deployments 200")));

        // Switched elsewhere (another window, a command-line flag): the box follows.
        LogCapture::setDebugLogging(false);
        QVERIFY(!window.debugCheckBox()->isChecked());
        QVERIFY(!lcApi().isDebugEnabled());
    }

    // Save… opens a file dialog without blocking the window; picking a file writes the log.
    void saveButtonAsksForAFile()
    {
        LogCapture::instance()->record(QtInfoMsg, QStringLiteral("lepton.ui"), QStringLiteral("line to save"));
        LogWindow window;
        window.show();
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("saveLogButton")), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QFileDialog *>(QStringLiteral("logSaveDialog"))) && dialog->isVisible());
        QVERIFY(dialog->selectedFiles().value(0).endsWith(QLatin1String(".log")));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("picked.log"));
        dialog->selectFile(path);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept(), as the Save button does
        QTRY_VERIFY(QFile::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("line to save"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("logStatus"))->text().contains(QLatin1String("Saved to")));
    }

    void copySaveAndClear()
    {
        LogCapture::instance()->record(QtInfoMsg, QStringLiteral("lepton.ui"), QStringLiteral("line one"));
        LogCapture::instance()->record(QtInfoMsg, QStringLiteral("lepton.ui"), QStringLiteral("line two"));
        LogWindow window;
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("copyLogButton")), Qt::LeftButton);
        QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("line two")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("saved.log"));
        QVERIFY(window.saveTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // two lines and the final newline
        QVERIFY(lines.at(0).endsWith("info lepton.ui: line one"));
        QString error;
        QVERIFY(!window.saveTo(dir.filePath(QStringLiteral("no/such/dir/x.log")), &error));
        QVERIFY(!error.isEmpty());

        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("clearLogButton")), Qt::LeftButton);
        QVERIFY(window.view()->toPlainText().isEmpty());
        QVERIFY(LogCapture::instance()->entries().isEmpty());
    }
};

QTEST_MAIN(TestLogWindow)
#include "tst_logwindow.moc"
