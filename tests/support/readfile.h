#pragma once

#include <QByteArray>
#include <QString>

// The bytes of the file at `path`, or nothing when it cannot be read.
QByteArray readFile(const QString &path);
