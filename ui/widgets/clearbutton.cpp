#include "ui/widgets/clearbutton.h"

#include <QAction>
#include <QLineEdit>
#include <QToolButton>

void ClearButton::enable(QLineEdit *edit, const QString &name)
{
    edit->setClearButtonEnabled(true);
    // The button is the line edit's own child tool button, made by the call above, showing
    // its clear action; the action's text and tooltip are the button's.
    const QList<QToolButton *> buttons = edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    for (QToolButton *button : buttons) {
        if (QAction *action = button->defaultAction()) {
            action->setText(name);
            action->setToolTip(name);
        }
        button->setAccessibleName(name);
        if (button->objectName().isEmpty())
            button->setObjectName(edit->objectName() + QStringLiteral("ClearButton"));
    }
}
