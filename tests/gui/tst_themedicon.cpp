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

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("LEPTON_SHOTS_DIR");
        if (dir.isEmpty())
            QSKIP("LEPTON_SHOTS_DIR not set");
        // The action icons at 16, 24 and 48 px (and 24 px disabled), on a light and a dark palette.
        const int sizes[] = {16, 24, 48};
        const int cell = 64;
        QImage sheet(cell * int(actionIcons.size()), cell * 8, QImage::Format_ARGB32);
        QPainter p(&sheet);
        const QColor backgrounds[] = {QColor(0xf5, 0xf5, 0xf5), QColor(0x20, 0x21, 0x24)};
        const QColor texts[] = {QColor(0x20, 0x20, 0x20), QColor(0xe8, 0xea, 0xed)};
        for (int theme = 0; theme < 2; ++theme) {
            QApplication::setPalette(paletteWithText(backgrounds[theme], texts[theme]));
            p.fillRect(0, theme * cell * 4, sheet.width(), cell * 4, backgrounds[theme]);
            for (int i = 0; i < int(actionIcons.size()); ++i) {
                const QIcon icon = ThemedIcon::icon(actionIcons.at(i));
                for (int row = 0; row < 4; ++row) {
                    const int size = row < 3 ? sizes[row] : 24;
                    const QIcon::Mode mode = row < 3 ? QIcon::Normal : QIcon::Disabled;
                    const QPoint at(i * cell + (cell - size) / 2, (theme * 4 + row) * cell + (cell - size) / 2);
                    p.drawPixmap(at, icon.pixmap(QSize(size, size), 1.0, mode));
                }
            }
        }
        p.end();
        QDir().mkpath(dir);
        QVERIFY(sheet.save(QDir(dir).filePath(QStringLiteral("icons.png"))));
    }
};

QTEST_MAIN(TestThemedIcon)
#include "tst_themedicon.moc"
