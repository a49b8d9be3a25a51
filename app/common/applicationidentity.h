#pragma once

#include <QString>

// One name for both programs, so the window and lepton-console-cli share their settings and
// data, and both live in proper places:
//   settings  ~/.config/lepton-console/lepton-console.conf   (XDG_CONFIG_HOME), 0600 in a 0700 folder
//   data      ~/.local/share/lepton-console/                 (XDG_DATA_HOME), see LocalDatabase
// Before this, no organization name was set and Qt put the settings under
// ~/.config/Unknown Organization/; apply() moves such a file to the new place once, so no
// saved workspace is lost.
class ApplicationIdentity
{
public:
    static constexpr const char *Name = "lepton-console";
    // What Qt uses when the organization name is empty (QSettings).
    static constexpr const char *LegacyOrganization = "Unknown Organization";

    // Sets the organization and application names, moves the settings file from the legacy
    // place when there is no settings file yet, and makes the settings file and its folder
    // private (PrivateFiles): created 0600/0700 when missing, tightened when they exist.
    // Call it once, right after the QCoreApplication is made.
    static void apply();

    // The file QSettings() uses once apply() ran.
    static QString settingsFilePath();
    // Where an older version kept it.
    static QString legacySettingsFilePath();
    // The data folder (database, exports by default): <XDG data home>/lepton-console. It does
    // not depend on the organization name, so it is the folder older versions used.
    static QString dataFolder();

    // Moves `legacyPath` to `path` when `legacyPath` exists and `path` is missing or empty.
    // False, with *error set, when that move failed (the legacy file is then left as it was).
    static bool migrateSettings(const QString &legacyPath, const QString &path, QString *error = nullptr);
};
