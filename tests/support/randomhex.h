#pragma once

#include <QString>

// A random 64-bit number in hexadecimal: workspace ids, tokens and keychain entries that no
// other run (or parallel test) uses.
QString randomHex();
