#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

// Loads the console's translation for a locale (the system's by default) and Qt's own
// translation of its standard dialogs and buttons.
//
// The console's .qm files are compiled into the program under ":/i18n" (resources/
// CMakeLists.txt); a directory share/lepton-console/translations next to the installed
// program is looked at too, so a packager may ship more languages as plain files.
// QLocale::uiLanguages() decides the order: LANGUAGE=fr:de uses German when there is no
// French, de_AT uses de. When no translation matches, the English one is loaded: it only
// holds plural forms ("1 replica" / "3 replicas"), the rest of the English text is in the source.
class TranslationLoader
{
public:
    struct Result
    {
        QString appFile; // the console's .qm that was loaded ("" when none)
        QString qtFile;  // Qt's own ("" when Qt's translations are not installed)
        // Whether the console speaks the locale's language (not only the English fallback).
        bool matched = false;
    };

    static QString catalogName() { return QStringLiteral("lepton-console"); }
    // Where the console's .qm files are looked for, in order.
    static QStringList searchPaths();
    // The console's .qm file for `locale`, or "" when there is none (no English fallback).
    static QString findTranslation(const QLocale &locale);

    // Installs the translators into `app` (as its children), replacing those of an earlier call.
    static Result install(QCoreApplication *app, const QLocale &locale = QLocale::system());
};
