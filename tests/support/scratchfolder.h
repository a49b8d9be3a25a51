#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A temporary folder that a test case starts empty and that is deleted with everything in it:
// renew() in init() (or initTestCase()), remove() in cleanup().
class ScratchFolder
{
public:
    // Replaces the folder with a new, empty one. False, with errorString() saying why, when
    // it cannot be made.
    bool renew();
    // Deletes the folder and what is in it.
    void remove();

    QString path() const;
    QString filePath(const QString &name) const;
    QString errorString() const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};
