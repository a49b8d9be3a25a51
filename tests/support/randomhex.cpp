#include "tests/support/randomhex.h"

#include <QRandomGenerator>

QString randomHex()
{
    return QString::number(QRandomGenerator::global()->generate64(), 16);
}
