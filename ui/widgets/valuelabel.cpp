#include "ui/widgets/valuelabel.h"

ValueLabel::ValueLabel(const QString &caption, QWidget *parent)
    : QLabel(parent)
    , m_caption(caption)
{
    setTextFormat(Qt::PlainText); // server data is never markup
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Selectable by keyboard gives a label click focus only; Tab must reach it too.
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(caption);
}

void ValueLabel::setValue(const QString &value)
{
    setText(value);
    setAccessibleName(value.isEmpty() ? m_caption : tr("%1: %2").arg(m_caption, value));
}
