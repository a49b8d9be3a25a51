// Help and theme on the real window: the Keyboard Shortcuts window lists every shortcut of
// the window's real actions (so a new action cannot be missing from it), and a theme
// choice (System, Light, Dark) changes the application's palette, is saved, and keeps the
// badge and banner words readable: WCAG contrast of at least 4.5:1 in Light and in Dark.
#include "app/deployments/statuspresentation.h"
#include "ui/deployments/statusbadgedelegate.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/shortcutsdialog.h"
#include "ui/shell/theme.h"
#include "ui/widgets/errorbanner.h"
#include "ui/widgets/tonecolors.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Theme::apply(Theme::Choice::System); }

    void theShortcutsWindowListsEveryShortcutOfTheWindow()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MainWindow window(&settings);
        window.show();
        QAction *open = window.findChild<QAction *>(QStringLiteral("shortcutsAction"));
        QVERIFY(open);
        QVERIFY(open->shortcuts().contains(QKeySequence(QStringLiteral("Ctrl+?"))));
        open->trigger();
        QTreeWidget *list = nullptr;
        QTRY_VERIFY((list = window.findChild<QTreeWidget *>(QStringLiteral("shortcutsList"))) && list->isVisible());
        QStringList shown;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            shown << list->topLevelItem(i)->text(1);
        // Every action in the window with a shortcut is there, with its keys.
        int checked = 0;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut().isEmpty())
                continue;
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(std::any_of(shown.cbegin(), shown.cend(), [&](const QString &s) { return s.contains(keys); }),
                     qPrintable(QStringLiteral("%1 (%2) is missing").arg(action->text(), keys)));
            ++checked;
        }
        QVERIFY(checked >= 15);
        // The ones a user asks for first.
        for (const char *keys : {"Ctrl+Alt+P", "Ctrl+Alt+R", "Ctrl+Z", "F5", "Ctrl+F"})
            QVERIFY2(shown.join(QLatin1Char('|')).contains(QLatin1String(keys)), keys);
    }

    void theThemeIsAppliedAndSaved()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        {
            MainWindow window(&settings);
            QAction *dark = window.findChild<QAction *>(QStringLiteral("theme%1Action").arg(int(Theme::Choice::Dark)));
            QVERIFY(dark);
            dark->trigger();
            QVERIFY(ToneColors::isDark(QApplication::palette()));
            QTRY_VERIFY(ToneColors::isDark(window.palette()));
            QAction *light = window.findChild<QAction *>(QStringLiteral("theme%1Action").arg(int(Theme::Choice::Light)));
            light->trigger();
            QVERIFY(!ToneColors::isDark(QApplication::palette()));
            dark->trigger();
        }
        Theme::apply(Theme::Choice::System);
        QCOMPARE(Theme::saved(settings), Theme::Choice::Dark);
        MainWindow again(&settings); // the next start
        QVERIFY(ToneColors::isDark(QApplication::palette()));
    }

    void wordsAreReadableInBothThemes_data()
    {
        QTest::addColumn<int>("choice");
        QTest::newRow("Light") << int(Theme::Choice::Light);
        QTest::newRow("Dark") << int(Theme::Choice::Dark);
    }

    void wordsAreReadableInBothThemes()
    {
        QFETCH(int, choice);
        Theme::apply(Theme::Choice(choice));
        const QPalette palette = QApplication::palette();
        QCOMPARE(ToneColors::isDark(palette), Theme::Choice(choice) == Theme::Choice::Dark);
        QVERIFY(ToneColors::contrastRatio(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 4.5);
        QVERIFY(ToneColors::contrastRatio(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 4.5);
        QVERIFY(ToneColors::contrastRatio(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)) >= 4.5);
        using Tone = StatusPresentation::Tone;
        for (Tone tone : {Tone::Good, Tone::Busy, Tone::Paused, Tone::Stopped, Tone::Bad, Tone::Unknown}) {
            const ToneColors::Swatch badge = StatusBadgeDelegate::colorsFor(tone, palette);
            const double ratio = ToneColors::contrastRatio(badge.text, badge.fill);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("badge tone %1: %2").arg(int(tone)).arg(ratio)));
        }
        // The banner as painted: its fill (read from the picture) against its words' colour.
        QWidget host;
        host.resize(700, 120);
        ErrorBanner banner(&host);
        banner.setAutoHideInterval(std::chrono::milliseconds(0));
        for (ErrorBanner::Kind kind : {ErrorBanner::Kind::Error, ErrorBanner::Kind::Offline, ErrorBanner::Kind::Warning,
                                       ErrorBanner::Kind::Info, ErrorBanner::Kind::Success}) {
            banner.showMessage(kind, QStringLiteral("Could not pause llama3-8b-chat. Nothing was changed."));
            banner.resize(680, banner.sizeHint().height());
            const QImage picture = banner.grab().toImage();
            const QColor fill = picture.pixelColor(picture.width() / 2, 3);
            const QColor text = banner.findChild<QLabel *>(QStringLiteral("errorBannerText"))->palette().color(QPalette::WindowText);
            const double ratio = ToneColors::contrastRatio(text, fill);
            QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("banner %1: %2 on %3 is %4")
                                                  .arg(ErrorBanner::prefixFor(kind), text.name(), fill.name()).arg(ratio)));
        }
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
