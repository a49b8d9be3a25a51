#pragma once

#include <QLoggingCategory>

// The console's logging categories, one per area, all under "lepton.". Debug output is off
// by default and switched on for every area at once by LogCapture::setDebugLogging() (the
// "Debug logging" box of Help > Show log), or from outside with
// QT_LOGGING_RULES="lepton.*.debug=true".
//
// Defined in loggingcategories.cpp:
Q_DECLARE_LOGGING_CATEGORY(lcUi)      // "lepton.ui": windows, dialogs, tray
Q_DECLARE_LOGGING_CATEGORY(lcStore)   // "lepton.store": the local database, ledger and notes
Q_DECLARE_LOGGING_CATEGORY(lcApp)     // "lepton.app": start-up, settings, translations

// Defined next to their only users for now (to be moved here):
Q_DECLARE_LOGGING_CATEGORY(lcApi)     // "lepton.api": requests to the Lepton API (never the token)
Q_DECLARE_LOGGING_CATEGORY(lcPause)   // "lepton.pause": pause, resume and the ledger's reconciliation
Q_DECLARE_LOGGING_CATEGORY(lcTokenStore) // "lepton.tokenstore": the system keychain
