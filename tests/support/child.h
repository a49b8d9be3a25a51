#pragma once

#include <QObject>
#include <QString>

// child<T>(parent, "name"): the descendant of `parent` with that object name and type, found
// the way QObject::findChild finds it. A test that asks for a control expects it to be there,
// so a missing one stops the run with the name it looked for (qFatal), not with a null pointer
// dereferenced later.
void failMissingChild(const char *name);

template <typename T>
T *child(const QObject &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        failMissingChild(name);
    return found;
}

template <typename T>
T *child(const QObject *parent, const char *name)
{
    return child<T>(*parent, name);
}
