#include "ui/shell/theme.h"

#include <QApplication>
#include <QSettings>

namespace {

const QString kKey = QStringLiteral("appearance/theme");

void setGroup(QPalette &palette, QPalette::ColorGroup group, const QColor &window, const QColor &windowText,
              const QColor &base, const QColor &alternateBase, const QColor &text, const QColor &button,
              const QColor &buttonText, const QColor &highlight, const QColor &highlightedText, const QColor &placeholder)
{
    palette.setColor(group, QPalette::Window, window);
    palette.setColor(group, QPalette::WindowText, windowText);
    palette.setColor(group, QPalette::Base, base);
    palette.setColor(group, QPalette::AlternateBase, alternateBase);
    palette.setColor(group, QPalette::Text, text);
    palette.setColor(group, QPalette::Button, button);
    palette.setColor(group, QPalette::ButtonText, buttonText);
    palette.setColor(group, QPalette::Highlight, highlight);
    palette.setColor(group, QPalette::HighlightedText, highlightedText);
    palette.setColor(group, QPalette::PlaceholderText, placeholder);
    palette.setColor(group, QPalette::ToolTipBase, base);
    palette.setColor(group, QPalette::ToolTipText, text);
    palette.setColor(group, QPalette::BrightText, Qt::white);
}

} // namespace

QPalette Theme::lightPalette()
{
    QPalette p;
    // Breeze's light colours; text at least 4.5:1 on every background it is drawn on.
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
        setGroup(p, group, QColor(0xef, 0xf0, 0xf1), QColor(0x23, 0x26, 0x29), Qt::white, QColor(0xf7, 0xf7, 0xf7),
                 QColor(0x23, 0x26, 0x29), QColor(0xfc, 0xfc, 0xfc), QColor(0x23, 0x26, 0x29), QColor(0x2a, 0x6f, 0xb8),
                 Qt::white, QColor(0x6b, 0x6f, 0x73));
    setGroup(p, QPalette::Disabled, QColor(0xe3, 0xe5, 0xe7), QColor(0x70, 0x73, 0x77), QColor(0xf3, 0xf3, 0xf3),
             QColor(0xef, 0xef, 0xef), QColor(0x70, 0x73, 0x77), QColor(0xe3, 0xe5, 0xe7), QColor(0x70, 0x73, 0x77),
             QColor(0xa0, 0xa4, 0xa8), Qt::white, QColor(0x90, 0x93, 0x97));
    p.setColor(QPalette::Link, QColor(0x1d, 0x64, 0xb0));
    p.setColor(QPalette::LinkVisited, QColor(0x7b, 0x3f, 0x9e));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    // Breeze Dark's colours.
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive})
        setGroup(p, group, QColor(0x2a, 0x2e, 0x32), QColor(0xfc, 0xfc, 0xfc), QColor(0x1b, 0x1e, 0x20),
                 QColor(0x23, 0x26, 0x29), QColor(0xfc, 0xfc, 0xfc), QColor(0x31, 0x36, 0x3b), QColor(0xfc, 0xfc, 0xfc),
                 QColor(0x3d, 0xae, 0xe9), QColor(0x10, 0x12, 0x14), QColor(0xa1, 0xa9, 0xb1));
    setGroup(p, QPalette::Disabled, QColor(0x2a, 0x2e, 0x32), QColor(0x8a, 0x8e, 0x92), QColor(0x1f, 0x22, 0x25),
             QColor(0x23, 0x26, 0x29), QColor(0x8a, 0x8e, 0x92), QColor(0x2d, 0x31, 0x35), QColor(0x8a, 0x8e, 0x92),
             QColor(0x4d, 0x55, 0x5c), QColor(0xc0, 0xc0, 0xc0), QColor(0x70, 0x76, 0x7c));
    p.setColor(QPalette::Link, QColor(0x5c, 0xb8, 0xf5));
    p.setColor(QPalette::LinkVisited, QColor(0xc0, 0x8a, 0xe0));
    p.setColor(QPalette::Light, QColor(0x40, 0x46, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x36, 0x3b, 0x40));
    p.setColor(QPalette::Mid, QColor(0x26, 0x29, 0x2c));
    p.setColor(QPalette::Dark, QColor(0x18, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0c, 0x0d, 0x0e));
    return p;
}

void Theme::apply(Choice choice)
{
    switch (choice) {
    case Choice::System:
        // An empty palette hands every role back to the platform theme and the style.
        QApplication::setPalette(QPalette());
        break;
    case Choice::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Choice::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

Theme::Choice Theme::saved(const QSettings &settings)
{
    const QString value = settings.value(kKey).toString();
    if (value == QLatin1String("light"))
        return Choice::Light;
    if (value == QLatin1String("dark"))
        return Choice::Dark;
    return Choice::System;
}

void Theme::save(QSettings &settings, Choice choice)
{
    settings.setValue(kKey, choice == Choice::Light ? QStringLiteral("light")
                            : choice == Choice::Dark ? QStringLiteral("dark")
                                                     : QStringLiteral("system"));
}

QString Theme::displayName(Choice choice)
{
    switch (choice) {
    case Choice::System: return tr("&System");
    case Choice::Light: return tr("&Light");
    case Choice::Dark: return tr("&Dark");
    }
    return QString();
}
