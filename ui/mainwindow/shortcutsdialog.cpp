#include "ui/mainwindow/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace {

QString plain(QString text)
{
    // "&Pause with &Note…" reads "Pause with Note…"; a literal "&&" stays one "&".
    text.replace(QLatin1String("&&"), QStringLiteral("\u0001"));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(1), QLatin1Char('&'));
    return text;
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(ShortcutsDialog::tr(" or "));
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(QWidget *window)
{
    QList<Entry> result;
    QSet<const QAction *> seen;
    const auto add = [&](const QString &group, QAction *action) {
        if (seen.contains(action) || action->isSeparator() || action->menu() || action->shortcuts().isEmpty())
            return;
        seen.insert(action);
        result.append({group, plain(action->text()), keysOf(action)});
    };
    // The menus first, in the menu bar's order, each under its own title.
    if (auto *mainWindow = qobject_cast<QMainWindow *>(window)) {
        const std::function<void(QMenu *, const QString &)> walk = [&](QMenu *menu, const QString &group) {
            for (QAction *action : menu->actions()) {
                if (action->menu())
                    walk(action->menu(), group);
                else
                    add(group, action);
            }
        };
        for (QAction *top : mainWindow->menuBar()->actions()) {
            if (top->menu())
                walk(top->menu(), plain(top->text()));
        }
    }
    // Then every other action with a shortcut: the window's, its toolbars', its widgets'.
    for (QAction *action : window->findChildren<QAction *>())
        add(tr("Other"), action);
    return result;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    setAccessibleName(tr("Keyboard shortcuts"));

    auto *intro = new QLabel(tr("Every key the window knows. Pause and Resume ask first unless this workspace was told "
                                "not to; Edit > Undo takes the last one back."), this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("shortcutsList"));
    m_list->setAccessibleName(tr("Shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    QTreeWidgetItem *groupItem = nullptr;
    QString group;
    for (const Entry &entry : entries(window)) {
        if (!groupItem || entry.group != group) {
            group = entry.group;
            groupItem = new QTreeWidgetItem(m_list, {group});
            QFont bold = groupItem->font(0);
            bold.setBold(true);
            groupItem->setFont(0, bold);
            groupItem->setFirstColumnSpanned(true);
            groupItem->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(m_list, {entry.action, entry.keys});
        item->setData(0, Qt::AccessibleTextRole, tr("%1: %2").arg(entry.action, entry.keys));
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 70, fontMetrics().height() * 34);
}
