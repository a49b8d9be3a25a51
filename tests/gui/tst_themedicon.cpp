// ThemedIcon: the monochrome action icons take the palette's text colour (dark mode gets light
// icons), the disabled colour when disabled, and render sharp at any device pixel ratio.
#include "ui/widgets/themedicon.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QtTest>

namespace {

const QStringList actionIcons{"pause", "resume", "edit", "refresh", "notes"};

QPalette paletteWithText(const QColor &window, const QColor &text)
{
    QPalette palette = QApplication::palette();
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::Active, QPalette::WindowText, text);
    palette.setColor(QPalette::Inactive, QPalette::WindowText, text);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return palette;
}

// The most opaque pixel's colour: the colour the glyph is drawn in.
QColor inkOf(const QImage &image)
{
    QColor best(Qt::transparent);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (const QColor c = image.pixelColor(x, y); c.alpha() > best.alpha())
                best = c;
    return best;
}

} // namespace

class TestThemedIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QApplication::setPalette(QPalette()); }

    void everyActionIconExists()
    {
        for (const QString &name : actionIcons) {
            QVERIFY2(QFile::exists(ThemedIcon::resourcePath(name)), qPrintable(name));
            const QIcon icon = ThemedIcon::icon(name);
            QVERIFY(!icon.isNull());
            QVERIFY2(!icon.pixmap(QSize(24, 24)).toImage().isNull(), qPrintable(name));
        }
        QVERIFY(QFile::exists(QStringLiteral(":/icons/lepton-console.svg")));
    }

    void followsThePalette_data()
    {
        QTest::addColumn<QColor>("window");
        QTest::addColumn<QColor>("text");
        QTest::newRow("light") << QColor(0xf5, 0xf5, 0xf5) << QColor(0x20, 0x20, 0x20);
        QTest::newRow("dark") << QColor(0x20, 0x21, 0x24) << QColor(0xe8, 0xea, 0xed);
    }

    void followsThePalette()
    {
        QFETCH(QColor, window);
        QFETCH(QColor, text);
        const QIcon icon = ThemedIcon::icon(QStringLiteral("pause"));
        QApplication::setPalette(paletteWithText(window, text));
        const QColor ink = inkOf(icon.pixmap(QSize(32, 32), 1.0).toImage());
        QCOMPARE(ink.rgb(), text.rgb());
        const QColor disabled = inkOf(icon.pixmap(QSize(32, 32), 1.0, QIcon::Disabled).toImage());
        QCOMPARE(disabled.rgb(), QColor(0x80, 0x80, 0x80).rgb());
    }

    void highDpiRendersAtDevicePixels()
    {
        const QIcon icon = ThemedIcon::icon(QStringLiteral("refresh"));
        const QPixmap pixmap = icon.pixmap(QSize(24, 24), 2.0);
        QCOMPARE(pixmap.size(), QSize(48, 48));
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
    }

    void themeIconWhenThereIsOne()
    {
        QIcon::setThemeName(QString());
        const QIcon fallback = ThemedIcon::fromTheme(QStringLiteral("no-such-icon-anywhere"), QStringLiteral("edit"));
        QVERIFY(!fallback.isNull());
        QCOMPARE(fallback.name(), ThemedIcon::resourcePath(QStringLiteral("edit"))); // ours, not the theme's
    }

    void colorizedReplacesCurrentColor()
    {
        const QByteArray svg = "<path fill=\"currentColor\" stroke=\"currentColor\"/>";
        QCOMPARE(ThemedIcon::colorized(svg, QColor(0x12, 0x34, 0x56)),
                 QByteArray("<path fill=\"#123456\" stroke=\"#123456\"/>"));
    }
};

QTEST_MAIN(TestThemedIcon)
#include "tst_themedicon.moc"
