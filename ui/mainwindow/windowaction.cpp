#include "ui/mainwindow/windowaction.h"

#include <QAction>
#include <QCoreApplication>
#include <QStringList>
#include <QWidget>

namespace WindowAction {

QAction *create(QObject *parent, QWidget *window, const QString &objectName, const QString &text,
                const QList<QKeySequence> &shortcuts, const QString &tip)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(objectName);
    action->setStatusTip(tip);
    setShortcuts(action, shortcuts);
    window->addAction(action);
    return action;
}

QString toolTip(const QAction *action, const QString &tip)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts()) {
        if (!key.isEmpty())
            keys << key.toString(QKeySequence::NativeText);
    }
    if (keys.isEmpty())
        return tip;
    return QCoreApplication::translate("WindowAction", "%1 (%2)")
        .arg(tip, keys.join(QCoreApplication::translate("WindowAction", ", ")));
}

void setShortcuts(QAction *action, const QList<QKeySequence> &shortcuts)
{
    action->setShortcuts(shortcuts);
    action->setToolTip(toolTip(action, action->statusTip()));
}

} // namespace WindowAction
