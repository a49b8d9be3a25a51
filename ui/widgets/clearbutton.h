#pragma once

#include <QString>

class QLineEdit;

// The clear button Qt puts at the end of a line edit (QLineEdit::setClearButtonEnabled) has no
// name and no tooltip, so a screen reader announces it as "button" and nothing else.
// enable() switches it on and names it.
class ClearButton
{
public:
    // `name` says what it clears, e.g. "Clear the filter".
    static void enable(QLineEdit *edit, const QString &name);
};
