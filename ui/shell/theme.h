#pragma once

#include <QCoreApplication>
#include <QPalette>

class QSettings;

// The console's colour theme: the desktop's (System), Light or Dark, applied to the whole
// application through its palette, so every widget, badge and banner (which derive their
// colours from the palette) follows. Dark is a real dark palette, not a hint: Qt 6.4 on
// GNOME reports no dark scheme to Qt, so the System palette there stays light.
// The choice is saved in the settings ("appearance/theme").
class Theme
{
    Q_DECLARE_TR_FUNCTIONS(Theme)

public:
    enum class Choice { System, Light, Dark };

    static QPalette lightPalette();
    static QPalette darkPalette();
    // Applies `choice` to the application.
    static void apply(Choice choice);
    static Choice saved(const QSettings &settings);
    static void save(QSettings &settings, Choice choice);
    // "System", "Light", "Dark", for the menu.
    static QString displayName(Choice choice);
};
