#pragma once

#include <QDialog>

class QTreeWidget;

// Help > Keyboard Shortcuts (Ctrl+?): every shortcut of a window, read from its real actions
// (menus, toolbars and the window's own actions), grouped by menu. Nothing is kept by hand,
// so the list cannot drift from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    // (group, action text, shortcuts) for every action of `window` with a shortcut.
    struct Entry
    {
        QString group;
        QString action;
        QString keys;
    };
    static QList<Entry> entries(QWidget *window);

private:
    QTreeWidget *m_list;
};
