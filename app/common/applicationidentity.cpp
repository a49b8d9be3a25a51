#include "app/common/applicationidentity.h"

#include "app/common/privatefiles.h"

#include <QCoreApplication>
#include <QDebug>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <cstdio>

namespace {

QString settingsFileFor(const QString &organization)
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, organization,
                     QString::fromLatin1(ApplicationIdentity::Name))
        .fileName();
}

} // namespace

void ApplicationIdentity::apply()
{
    QCoreApplication::setOrganizationName(QString::fromLatin1(Name));
    QCoreApplication::setApplicationName(QString::fromLatin1(Name));

    const QString path = settingsFilePath();
    QString error;
    if (!migrateSettings(legacySettingsFilePath(), path, &error))
        qWarning().noquote() << "The settings of an older version were left where they were:" << error;
    // The folder is the console's own: tightened as well as created private.
    const QString folder = QFileInfo(path).absolutePath();
    PrivateFiles::makeFolder(folder);
    PrivateFiles::restrict(folder);
    // Created empty now, so that QSettings, which keeps a file's permissions when it rewrites
    // it, never creates it with the umask's 0644.
    PrivateFiles::createFile(path);
    PrivateFiles::restrict(path);
}

QString ApplicationIdentity::settingsFilePath()
{
    return settingsFileFor(QString::fromLatin1(Name));
}

QString ApplicationIdentity::legacySettingsFilePath()
{
    return settingsFileFor(QString::fromLatin1(LegacyOrganization));
}

QString ApplicationIdentity::dataFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(QString::fromLatin1(Name));
}

bool ApplicationIdentity::migrateSettings(const QString &legacyPath, const QString &path, QString *error)
{
    const QFileInfo legacy(legacyPath);
    if (!legacy.isFile())
        return true;
    const QFileInfo target(path);
    if (target.exists() && (!target.isFile() || target.size() > 0))
        return true; // settings of their own already: the legacy file is not ours to merge
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!PrivateFiles::makeFolder(target.absolutePath()))
        return fail(QCoreApplication::translate("ApplicationIdentity", "Could not create the folder %1.")
                        .arg(QDir::toNativeSeparators(target.absolutePath())));
    // Private before it moves, so it never sits world-readable in the new place. rename()
    // replaces an empty file made by an earlier start.
    PrivateFiles::restrict(legacyPath);
    if (std::rename(QFile::encodeName(legacyPath).constData(), QFile::encodeName(path).constData()) == 0)
        return true;
    // Another file system: copy, then remove the old one only once the copy is complete.
    QFile::remove(path);
    if (!QFile::copy(legacyPath, path))
        return fail(QCoreApplication::translate("ApplicationIdentity", "Could not copy %1 to %2.")
                        .arg(QDir::toNativeSeparators(legacyPath), QDir::toNativeSeparators(path)));
    PrivateFiles::restrict(path);
    QFile::remove(legacyPath);
    return true;
}
