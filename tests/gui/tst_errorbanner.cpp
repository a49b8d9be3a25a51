// The message banner: error text with a word prefix, Retry emitting, Undo calling its
// action once, auto-hide for info only, palette-derived legible colours, and an accessible
// name and Alert event so a screen reader announces the message.
#include "tests/support/child.h"
#include "ui/widgets/errorbanner.h"
#include "ui/widgets/tonecolors.h"

#include <dlfcn.h>

#include <QAccessible>
#include <QAccessibleEvent>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

namespace {

QList<QAccessible::Event> g_events;
QList<QObject *> g_eventObjects;

} // namespace

// A link seam for the screen-reader announcement. Qt 6.4 hands accessibility events (to an
// update handler too) only to an active platform bridge, and offscreen has none, so
// QAccessible::installUpdateHandler sees nothing here. ErrorBanner lives in the static leptonui
// library, so its call to QAccessible::updateAccessibility binds to this definition first: it
// records the event and passes it on to QtGui's own.
void QAccessible::updateAccessibility(QAccessibleEvent *event)
{
    g_events.append(event->type());
    g_eventObjects.append(event->object());
    using Update = void (*)(QAccessibleEvent *);
    static const auto qtGui = reinterpret_cast<Update>(
        dlsym(RTLD_NEXT, "_ZN11QAccessible19updateAccessibilityEP16QAccessibleEvent"));
    if (qtGui)
        qtGui(event);
}

namespace {

QPalette palette(bool dark)
{
    QPalette p;
    p.setColor(QPalette::Window, dark ? QColor(0x2d, 0x2d, 0x2d) : QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, dark ? QColor(0xe0, 0xe0, 0xe0) : Qt::black);
    p.setColor(QPalette::Base, dark ? QColor(0x1e, 0x1e, 0x1e) : Qt::white);
    p.setColor(QPalette::Text, dark ? QColor(0xe0, 0xe0, 0xe0) : Qt::black);
    return p;
}

} // namespace

class TestErrorBanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsHidden()
    {
        ErrorBanner banner;
        QVERIFY(banner.isHidden());
    }

    void errorShowsTextAndRetryEmits()
    {
        QWidget window;
        auto *banner = new ErrorBanner(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy retry(banner, &ErrorBanner::retryRequested);

        const QString message = QStringLiteral("Could not reach the Lepton server. (<b>connection refused</b>)");
        banner->showError(message, true);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->kind(), ErrorBanner::Kind::Error);
        QCOMPARE(child<QLabel>(*banner, "errorBannerPrefix")->text(), QStringLiteral("Error:"));
        auto *text = child<QLabel>(*banner, "errorBannerText");
        QCOMPARE(text->text(), message);
        QCOMPARE(text->textFormat(), Qt::PlainText);   // markup from a server stays text
        QVERIFY(text->wordWrap());
        QVERIFY(text->textInteractionFlags() & Qt::TextSelectableByMouse);
        QVERIFY(child<QPushButton>(*banner, "errorBannerRetry")->isVisible());
        QVERIFY(!child<QPushButton>(*banner, "errorBannerUndo")->isVisible());

        QTest::mouseClick(child<QPushButton>(*banner, "errorBannerRetry"), Qt::LeftButton);
        QCOMPARE(retry.size(), 1);

        // Errors stay until closed.
        banner->setAutoHideInterval(std::chrono::milliseconds(30));
        banner->showError(message, false);
        QVERIFY(!child<QPushButton>(*banner, "errorBannerRetry")->isVisible());
        QTest::qWait(120);
        QVERIFY(banner->isVisible());

        QSignalSpy dismissed(banner, &ErrorBanner::dismissed);
        QTest::mouseClick(child<QToolButton>(*banner, "errorBannerClose"), Qt::LeftButton);
        QVERIFY(!banner->isVisible());
        QCOMPARE(dismissed.size(), 1);
    }

    void undoCallsActionOnce()
    {
        QWidget window;
        auto *banner = new ErrorBanner(&window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int undone = 0;
        QSignalSpy undoSpy(banner, &ErrorBanner::undoTriggered);
        banner->showInfo(QStringLiteral("Paused chat-ready"), [&undone] { ++undone; });
        QCOMPARE(banner->kind(), ErrorBanner::Kind::Info);
        auto *undo = child<QPushButton>(*banner, "errorBannerUndo");
        QVERIFY(undo->isVisible());
        QVERIFY(!child<QPushButton>(*banner, "errorBannerRetry")->isVisible());
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(undone, 1);
        QCOMPARE(undoSpy.size(), 1);
        QVERIFY(!banner->isVisible());

        // A message without an action offers no Undo.
        banner->showInfo(QStringLiteral("Saved"));
        QVERIFY(!undo->isVisible());
        QCOMPARE(undone, 1);
    }

    void undoActionMayShowAnotherMessage()
    {
        ErrorBanner banner;
        banner.show();
        banner.showSuccess(QStringLiteral("Paused x"), [&banner] {
            banner.showError(QStringLiteral("Could not resume x"), true);
        });
        QTest::mouseClick(child<QPushButton>(banner, "errorBannerUndo"), Qt::LeftButton);
        QVERIFY(banner.isVisible());
        QCOMPARE(banner.kind(), ErrorBanner::Kind::Error);
        QCOMPARE(banner.message(), QStringLiteral("Could not resume x"));
    }

    void infoHidesByItself()
    {
        // The pointer away from the banner: hovering it holds the message.
        QCursor::setPos(QPoint(5000, 5000));
        ErrorBanner banner;
        banner.setAutoHideInterval(std::chrono::milliseconds(50));
        QSignalSpy dismissed(&banner, &ErrorBanner::dismissed);
        banner.showInfo(QStringLiteral("Workspace refreshed"));
        QVERIFY(banner.isVisible());
        QVERIFY(banner.isAutoHidePending());
        QTRY_VERIFY(!banner.isVisible());
        QCOMPARE(dismissed.size(), 1);

        banner.setAutoHideInterval(std::chrono::milliseconds(0));
        banner.showInfo(QStringLiteral("Stays"));
        QVERIFY(!banner.isAutoHidePending());
    }

    void escapeCloses()
    {
        ErrorBanner banner;
        banner.showWarning(QStringLiteral("Token expires soon"));
        QCOMPARE(child<QLabel>(banner, "errorBannerPrefix")->text(), QStringLiteral("Warning:"));
        QTest::keyClick(&banner, Qt::Key_Escape);
        QVERIFY(!banner.isVisible());
    }

    void accessibleNameAndAlert()
    {
        g_events.clear();
        g_eventObjects.clear();
        ErrorBanner banner;
        banner.showOffline(QStringLiteral("No connection to the workspace."));

        int alerts = 0;
        for (int i = 0; i < g_events.size(); ++i)
            alerts += g_events.at(i) == QAccessible::Alert && g_eventObjects.at(i) == &banner ? 1 : 0;
        QCOMPARE(alerts, 1); // one announcement per message

        QCOMPARE(banner.accessibleDescription(), QStringLiteral("No connection to the workspace."));
        QVERIFY(banner.accessibleName().contains(QStringLiteral("No connection to the workspace.")));
        QVERIFY(banner.accessibleName().startsWith(QStringLiteral("Offline:")));
        // What an assistive technology reads through the accessibility interface.
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&banner);
        QVERIFY(iface);
        QVERIFY(iface->text(QAccessible::Name).contains(QStringLiteral("No connection to the workspace.")));
        QCOMPARE(iface->text(QAccessible::Description), QStringLiteral("No connection to the workspace."));
        for (QAbstractButton *button : banner.findChildren<QAbstractButton *>())
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
    }

    void coloursAreLegible_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("dark");
        for (const bool dark : {false, true}) {
            for (const auto kind : {ErrorBanner::Kind::Error, ErrorBanner::Kind::Offline, ErrorBanner::Kind::Warning,
                                    ErrorBanner::Kind::Info, ErrorBanner::Kind::Success}) {
                QTest::addRow("%s/%s", QMetaEnum::fromType<ErrorBanner::Kind>().valueToKey(int(kind)),
                              dark ? "dark" : "light")
                    << int(kind) << dark;
            }
        }
    }

    void coloursAreLegible()
    {
        QFETCH(int, kind);
        QFETCH(bool, dark);
        ErrorBanner banner;
        banner.setPalette(palette(dark));
        banner.resize(600, 60);
        banner.showMessage(ErrorBanner::Kind(kind), QStringLiteral("Something to read"), true);
        QVERIFY(QTest::qWaitForWindowExposed(&banner));
        const QImage image = banner.grab().toImage();
        // The fill, in the left margin beside the prefix.
        const QColor fill = image.pixelColor(4, image.height() / 2);
        QVERIFY2(fill != palette(dark).color(QPalette::Window), qPrintable(fill.name()));
        QCOMPARE(ToneColors::isDark(banner.palette()), dark);
        for (const char *name : {"errorBannerPrefix", "errorBannerText"}) {
            const QColor text = child<QLabel>(banner, name)->palette().color(QPalette::WindowText);
            const double contrast = ToneColors::contrastRatio(text, fill);
            QVERIFY2(contrast >= ToneColors::MinimumTextContrast,
                     qPrintable(QStringLiteral("%1 on %2: %3").arg(text.name(), fill.name()).arg(contrast)));
        }
        // Switching the palette (dark mode toggled) recomputes them.
        banner.setPalette(palette(!dark));
        const QImage again = banner.grab().toImage();
        const QColor newFill = again.pixelColor(4, again.height() / 2);
        QVERIFY(newFill != fill);
        const QColor newText = child<QLabel>(banner, "errorBannerText")->palette().color(QPalette::WindowText);
        QVERIFY(ToneColors::contrastRatio(newText, newFill) >= ToneColors::MinimumTextContrast);
    }
};

QTEST_MAIN(TestErrorBanner)
#include "tst_errorbanner.moc"
