// The About dialog: version, Qt versions, the console's MIT licence and the libraries'
// licences with links, names for screen readers, and "Copy Version Info".
#include "ui/shell/aboutdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QtTest>

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsVersionsAndLicences()
    {
        AboutDialog dialog;
        QVERIFY(dialog.versionLabel()->text().contains(QStringLiteral(LEPTON_CONSOLE_VERSION)));
        QVERIFY(dialog.versionLabel()->text().contains(QString::fromLatin1(qVersion())));

        const QString licences = dialog.licencesView()->toPlainText();
        QVERIFY2(licences.contains(QLatin1String("MIT licence")), qPrintable(licences));
        for (const char *expected : {"Qt", "LGPL-3.0", "QtKeychain", "BSD-3-Clause", "yaml-cpp", "MIT", "SQLite",
                                     "Public domain"})
            QVERIFY2(licences.contains(QLatin1String(expected)), expected);

        const QString html = dialog.licencesView()->toHtml();
        QVERIFY(html.contains(QLatin1String("https://www.gnu.org/licenses/lgpl-3.0.html")));
        QVERIFY(html.contains(QLatin1String("https://www.sqlite.org/copyright.html")));
        QVERIFY(dialog.licencesView()->openExternalLinks());
    }

    void everyControlHasAnAccessibleName()
    {
        AboutDialog dialog;
        const auto widgets = dialog.findChildren<QWidget *>();
        for (QWidget *w : widgets) {
            if (qobject_cast<QPushButton *>(w) || qobject_cast<QTextBrowser *>(w)
                || (qobject_cast<QLabel *>(w) && !w->objectName().isEmpty())) {
                QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName() + QLatin1Char(' ')
                                                                     + w->metaObject()->className()));
            }
        }
    }

    void copiesVersionInfo()
    {
        AboutDialog dialog;
        auto *copy = dialog.findChild<QPushButton *>(QStringLiteral("copyVersionButton"));
        QVERIFY(copy);
        QApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        const QString text = QApplication::clipboard()->text();
        QVERIFY2(text.startsWith(QStringLiteral("Lepton Console " LEPTON_CONSOLE_VERSION)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Qt %1").arg(QString::fromLatin1(qVersion()))));
        QCOMPARE(text, AboutDialog::versionInfo());
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
