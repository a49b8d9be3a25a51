#include "tests/support/child.h"

#include <QtGlobal>

void failMissingChild(const char *name)
{
    qFatal("no child %s", name);
}
