#include "app/diagnostics/loggingcategories.h"

// Info and above by default, as lepton.api and lepton.pause; LogCapture switches debug on.
Q_LOGGING_CATEGORY(lcUi, "lepton.ui", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "lepton.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "lepton.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "lepton.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPause, "lepton.pause", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTokenStore, "lepton.tokenstore", QtWarningMsg)
