#include "app/common/translationloader.h"

#include "app/diagnostics/loggingcategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace {

const char *const translatorName = "leptonTranslator";

// Loads the first file matching the locale's UI languages from `dirs` into `translator`.
bool loadFrom(QTranslator *translator, const QLocale &locale, const QString &catalog, const QStringList &dirs)
{
    for (const QString &dir : dirs) {
        if (translator->load(locale, catalog, QStringLiteral("_"), dir))
            return true;
    }
    return false;
}

} // namespace

QStringList TranslationLoader::searchPaths()
{
    QStringList paths{QStringLiteral(":/i18n")};
    if (QCoreApplication::instance()) {
        paths.append(QDir::cleanPath(QCoreApplication::applicationDirPath()
                                     + QStringLiteral("/../share/lepton-console/translations")));
    }
    return paths;
}

QString TranslationLoader::findTranslation(const QLocale &locale)
{
    QTranslator translator;
    return loadFrom(&translator, locale, catalogName(), searchPaths()) ? translator.filePath() : QString();
}

TranslationLoader::Result TranslationLoader::install(QCoreApplication *app, const QLocale &locale)
{
    Q_ASSERT(app);
    const auto old = app->findChildren<QTranslator *>(QLatin1String(translatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : old) {
        QCoreApplication::removeTranslator(translator);
        std::unique_ptr<QTranslator> gone(translator);
    }
    auto adopt = [app](std::unique_ptr<QTranslator> translator) {
        translator->setObjectName(QLatin1String(translatorName));
        translator->setParent(app);
        QCoreApplication::installTranslator(translator.release());
    };

    Result result;
    auto own = std::make_unique<QTranslator>();
    result.matched = loadFrom(own.get(), locale, catalogName(), searchPaths());
    if (result.matched
        || loadFrom(own.get(), QLocale(QLocale::English, QLocale::UnitedStates), catalogName(), searchPaths())) {
        result.appFile = own->filePath();
        adopt(std::move(own));
    }

    // Qt's own strings (standard buttons, file dialogs), when Debian's qt6-translations-l10n is installed.
    auto qt = std::make_unique<QTranslator>();
    if (loadFrom(qt.get(), locale, QStringLiteral("qtbase"), {QLibraryInfo::path(QLibraryInfo::TranslationsPath)})) {
        result.qtFile = qt->filePath();
        adopt(std::move(qt));
    }

    qCDebug(lcApp) << "locale" << locale.name() << "ui languages" << locale.uiLanguages() << "translation"
                   << (result.appFile.isEmpty() ? QStringLiteral("none") : result.appFile)
                   << "qt" << (result.qtFile.isEmpty() ? QStringLiteral("none") : result.qtFile);
    return result;
}
