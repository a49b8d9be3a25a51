#pragma once

#include <QFileDevice>
#include <QString>

// Files and folders that hold the user's notes, pause ledger, settings and exports are the
// owner's alone: files 0600, folders 0700, whatever the umask. New ones are created that way;
// existing ones are tightened when the console opens them (group and other bits removed, the
// owner's kept). Nothing here ever widens a permission.
class PrivateFiles
{
public:
    static constexpr QFileDevice::Permissions FilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    static constexpr int FileMode = 0600;
    static constexpr int FolderMode = 0700;

    // Creates `folder` and every missing parent with mode 0700 (as the XDG base directory
    // specification asks for its folders). Folders that exist are left as they are. True when
    // the folder exists afterwards.
    static bool makeFolder(const QString &folder);
    // Creates `path` as an empty file with mode 0600 (its folder with makeFolder()) if it does
    // not exist. True when the file exists afterwards.
    static bool createFile(const QString &path);
    // Removes the group and other permissions of the file or folder at `path`. True when it
    // does not exist or is private afterwards.
    static bool restrict(const QString &path);
    // Makes an open file 0600 (a QSaveFile's temporary file before commit(), so the file that
    // appears under the final name is private from its first byte).
    static bool restrict(QFileDevice &file);
    // True when `path` exists and neither group nor others may read, write or enter it.
    static bool isPrivate(const QString &path);
};
