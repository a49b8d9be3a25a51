#pragma once

#include <QString>

// Who is at the keyboard, for "paused by" and note authors: the OS account name
// (the token does not say whose it is).
namespace LocalUser {
QString name();
}
