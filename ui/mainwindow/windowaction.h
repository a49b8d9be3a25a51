#pragma once

#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QObject;
class QWidget;

// The window's actions made one way (the main window's and DeploymentActions'): object name,
// text, shortcuts that work anywhere in the window, and a tooltip that names every shortcut
// the action has ("Fetch the deployments now (F5, Ctrl+R)"), derived from the action itself so
// it never forgets one.
namespace WindowAction {

// A new action owned by `parent`, its shortcuts active in `window`; `tip` is the status tip
// and, with the shortcuts, the tooltip.
QAction *create(QObject *parent, QWidget *window, const QString &objectName, const QString &text,
                const QList<QKeySequence> &shortcuts, const QString &tip);
// `tip` followed by the action's shortcuts, as the tooltip shows it.
QString toolTip(const QAction *action, const QString &tip);
// Sets the shortcuts and the tooltip again from them (the status tip stays the plain tip).
void setShortcuts(QAction *action, const QList<QKeySequence> &shortcuts);

} // namespace WindowAction
