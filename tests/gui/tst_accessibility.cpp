// The console as a screen reader meets it. Every window and dialog a user sees is walked
// through its accessibility tree (QAccessible::queryAccessibleInterface on the window, then
// child(i) all the way down), with the demo workspace on the in-process simulator over real
// HTTP. For every interactive element (buttons, tool buttons, check boxes, radio buttons,
// combo boxes, spin boxes, text fields, sliders, tables, lists, trees, tabs, menus and menu
// items, and anything else that takes the focus) it asserts:
//  1. an accessible name with at least one letter or digit in it (not "✕", not "…");
//  2. a way there from the keyboard, whatever its focus policy (a button that never takes the
//     focus is as unreachable as one that takes it only on a click): Tab, a mnemonic (its own
//     or its label's), a shortcut, Enter or Escape in a dialog, or a menu. A toolbar button
//     never takes the focus (Qt's design), so its action needs a shortcut or a place in a
//     menu. The few parts Qt draws inside its own widgets and serves from the keyboard of
//     their owner (a line edit's clear button, a tab bar's scroll arrows, a dock's title
//     buttons) are named below;
//  3. no sibling control with the same name (rows, cells and list items are repeated items:
//     they are checked for text, not compared).
// Beyond the controls: a label exposes the text it shows (a caption set as its name would
// hide the value), every row of a list, tree or table exposes some text, and the cells of
// the deployments table expose what they show: the status badge cell says its word
// ("Ready"), never nothing. A failure names the element's objectName, class and role, and
// the path to it. Each window must yield a minimum number of interactive elements, and the
// controls it is known to hold, so a walk that sees nothing fails.
//
// LEPTON_A11Y_INVENTORY=1 prints every interactive element found, with its way from the
// keyboard. Offscreen has no accessibility bridge (QAccessible::isActive() stays false, so no
// update handler ever sees an event); the tree itself is complete without one.
#include "app/api/apierror.h"
#include "app/credentials/sessiontokens.h"
#include "app/credentials/workspacecredentials.h"
#include "app/workspaces/workspacesession.h"
#include "ui/shell/consoleapplication.h"
#include "ui/shell/workspaceflow.h"
#include "ui/workspaces/connectdialog.h"
#include "app/deployments/deploymentfiltermodel.h"
#include "app/deployments/deploymentpoller.h"
#include "app/deployments/deploymenttablemodel.h"
#include "ui/deployments/detailspanel.h"
#include "ui/deployments/editdeploymentdialog.h"
#include "ui/widgets/errorbanner.h"
#include "ui/workspaces/importworkspacesdialog.h"
#include "app/storage/sqlite/localdatabase.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/notes/notespanel.h"
#include "ui/pause/pausedservicesview.h"
#include "ui/workspaces/welcomepage.h"
#include "app/workspaces/workspaceregistry.h"
#include "app/workspaces/workspacesession.h"
#include "app/simulator/workspacesimulator.h"
#include "ui/workspaces/workspaceswitcher.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLinkButton>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPointer>
#include <QPushButton>
#include <QJsonObject>
#include <QTimer>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace std::chrono_literals;

namespace {

const QString kService = QStringLiteral("lepton-console-tests-accessibility");

// Deeper than any real window; a guard against a cycle in a broken tree.
constexpr int kMaxDepth = 60;
// Rows of one list or table whose text is checked (the demo has a dozen).
constexpr int kMaxRowsChecked = 500;

// Every word a status badge can carry (DeploymentStates::displayName, StatusPresentation).
const QStringList &badgeWords()
{
    static const QStringList words {
        QStringLiteral("Ready"),    QStringLiteral("Not Ready"),  QStringLiteral("Starting"),
        QStringLiteral("Updating"), QStringLiteral("Scaling"),    QStringLiteral("Migrating"),
        QStringLiteral("Stopping"), QStringLiteral("Stopped"),    QStringLiteral("Deleting"),
        QStringLiteral("Restarting"), QStringLiteral("Error"),    QStringLiteral("Unknown"),
        QStringLiteral("Paused"),   QStringLiteral("Pausing"),    QStringLiteral("Resuming"),
        QStringLiteral("Idle")};
    return words;
}

QString roleName(QAccessible::Role role)
{
    const char *key = QMetaEnum::fromType<QAccessible::Role>().valueToKey(int(role));
    return key ? QString::fromLatin1(key) : QStringLiteral("0x%1").arg(int(role), 0, 16);
}

// The roles a user operates: every one of them needs a name.
bool isInteractiveRole(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::HotkeyField:
    case QAccessible::Table:
    case QAccessible::List:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::MenuItem:
    case QAccessible::PopupMenu:
    case QAccessible::Link:
        return true;
    default:
        return false;
    }
}

// A name a listener can use: "✕", "…" or "&" alone say nothing.
bool saysSomething(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isLetterOrNumber(); });
}

bool hasMnemonic(const QString &text)
{
    return !QKeySequence::mnemonic(text).isEmpty();
}

// For comparing what is shown with what is said: no mnemonic ampersands, whitespace folded.
QString normalized(QString text)
{
    return text.remove(QLatin1Char('&')).simplified();
}

// What a label shows, as plain text.
QString shownText(const QLabel *label)
{
    QString text = label->text();
    if (label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text))) {
        QTextDocument document;
        document.setHtml(text);
        text = document.toPlainText();
    }
    return normalized(text);
}

bool isColumnHidden(const QAbstractItemView *view, int column)
{
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return table->isColumnHidden(column);
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->isColumnHidden(column);
    return false;
}

const QHeaderView *columnHeader(const QAbstractItemView *view)
{
    if (const auto *table = qobject_cast<const QTableView *>(view))
        return table->horizontalHeader();
    if (const auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->header();
    return nullptr;
}

// The widget behind an element; a tab has none of its own, so its tab bar.
QWidget *widgetOf(QAccessibleInterface *iface)
{
    if (auto *widget = qobject_cast<QWidget *>(iface->object()))
        return widget;
    if (!iface->object() && iface->parent())
        return qobject_cast<QWidget *>(iface->parent()->object());
    return nullptr;
}

// "objectName "x", class QPushButton, role PushButton, name "Pause"".
QString identify(QAccessibleInterface *iface)
{
    QObject *object = iface->object();
    QString objectName = object ? object->objectName() : QString();
    QString className = object ? QString::fromLatin1(object->metaObject()->className()) : QString();
    if (!object) {
        QWidget *owner = widgetOf(iface);
        objectName = owner ? owner->objectName() : QString();
        className = owner ? QStringLiteral("part of %1").arg(QString::fromLatin1(owner->metaObject()->className()))
                          : QStringLiteral("(no object)");
    }
    return QStringLiteral("objectName \"%1\", class %2, role %3, name \"%4\"")
        .arg(objectName, className, roleName(iface->role()), iface->text(QAccessible::Name));
}

// One step of a path: the object name, else the class, else the role.
QString pathStep(QAccessibleInterface *iface)
{
    QObject *object = iface->object();
    if (object && !object->objectName().isEmpty())
        return object->objectName();
    const QString name = iface->text(QAccessible::Name).left(24);
    if (object)
        return QStringLiteral("%1[%2]").arg(QString::fromLatin1(object->metaObject()->className()), name);
    return QStringLiteral("%1[%2]").arg(roleName(iface->role()), name);
}

// Walks one window (or a popup of it) as a screen reader does, and keeps what it found.
class AccessibilityAudit
{
public:
    explicit AccessibilityAudit(QString title)
        : m_title(std::move(title))
    {
    }

    enum class Root {
        Window, // a window or dialog: it needs a title
        Popup,  // a popup (a combo box's list): named by what it holds
        Part,   // a part of a window, walked on its own
    };

    void walk(QWidget *widget, Root kind = Root::Window)
    {
        // Without an accessibility bridge (offscreen) Qt never tells a view's cached
        // interface that its rows changed, as it does while a screen reader listens
        // (QAccessibleTableModelChangeEvent): a fresh interface reads the rows as they are.
        QList<QAbstractItemView *> views = widget->findChildren<QAbstractItemView *>();
        if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            views << view;
        for (QAbstractItemView *view : std::as_const(views)) {
            if (QAccessibleInterface *cached = QAccessible::queryAccessibleInterface(view))
                QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(cached));
        }
        QAccessibleInterface *root = QAccessible::queryAccessibleInterface(widget);
        if (!root) {
            m_problems << QStringLiteral("%1 (%2) has no accessible interface")
                              .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()));
            return;
        }
        if (kind == Root::Window && !saysSomething(root->text(QAccessible::Name)))
            problem(root, QString(), QStringLiteral("the window has no name (title)"));
        visit(root, QString(), kind == Root::Part ? 1 : 0, false);
    }

    int visitedCount() const { return m_visited; }
    int interactiveCount() const { return m_interactive; }
    const QStringList &problems() const { return m_problems; }
    const QSet<QString> &interactiveObjectNames() const { return m_objectNames; }
    // Every interactive element with its path and its way from the keyboard.
    const QStringList &inventory() const { return m_inventory; }

    QString summary() const
    {
        return QStringLiteral("%1: %2 accessible elements visited, %3 of them interactive")
            .arg(m_title)
            .arg(m_visited)
            .arg(m_interactive);
    }

    QString report() const
    {
        return summary() + QStringLiteral("; %1 problem(s):\n  ").arg(m_problems.size())
            + m_problems.join(QStringLiteral("\n  "));
    }

private:
    struct Seen
    {
        bool control = false; // an interactive element, compared with its siblings
        QString name;
        QString where;
    };

    void problem(QAccessibleInterface *iface, const QString &where, const QString &what)
    {
        m_problems << QStringLiteral("%1 at %2: %3").arg(identify(iface), where.isEmpty() ? m_title : where, what);
    }

    // How the keyboard gets to this element; empty when it cannot.
    static QString keyboardWay(QAccessibleInterface *iface, QWidget *widget, bool menuItem)
    {
        if (menuItem)
            return QStringLiteral("menu");
        if (!widget)
            return QString();
        if (widget->focusPolicy() & Qt::TabFocus)
            return QStringLiteral("Tab");
        if (QWidget *proxy = widget->focusProxy(); proxy && (proxy->focusPolicy() & Qt::TabFocus))
            return QStringLiteral("Tab (focus proxy)");
        if (iface->role() == QAccessible::PageTab)
            return QString(); // only its tab bar's focus leads to a tab
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (hasMnemonic(button->text()))
                return QStringLiteral("mnemonic");
            if (!button->shortcut().isEmpty())
                return QStringLiteral("shortcut");
        }
        if (auto *push = qobject_cast<QPushButton *>(widget); push && qobject_cast<QDialog *>(push->window())) {
            if (push->isDefault())
                return QStringLiteral("Enter (default button)");
            // QDialog::keyPressEvent: Escape rejects, which is what a reject-role button does.
            auto *box = qobject_cast<QDialogButtonBox *>(push->parentWidget());
            if (box && box->buttonRole(push) == QDialogButtonBox::RejectRole)
                return QStringLiteral("Escape");
        }
        // Parts Qt draws inside its own widgets, served by the owner's keyboard: a line
        // edit's clear button (select all, Delete), a tab bar's scroll arrows (the arrow keys).
        if (qobject_cast<QToolButton *>(widget)
            && (qobject_cast<QLineEdit *>(widget->parentWidget()) || qobject_cast<QTabBar *>(widget->parentWidget())))
            return QStringLiteral("its owner's keys");
        // A dock's own title buttons (Qt's, never focusable): Close does what the dock's toggle
        // action does, so they count as reached when that action is in a menu or has a
        // shortcut. Float has no key in Qt at all; the dock stays reachable whole through the
        // same action, and that is all this asks of it.
        if (auto *dock = qobject_cast<QDockWidget *>(widget->parentWidget());
            dock && widget->objectName().startsWith(QLatin1String("qt_dockwidget_"))) {
            const QAction *toggle = dock->toggleViewAction();
            const QList<QObject *> places = toggle->associatedObjects();
            if (!toggle->shortcut().isEmpty()
                || std::any_of(places.cbegin(), places.cend(), [](QObject *o) { return qobject_cast<QMenu *>(o) != nullptr; }))
                return QStringLiteral("its dock's menu action");
        }
        if (auto *tool = qobject_cast<QToolButton *>(widget); tool && tool->defaultAction()) {
            const QAction *action = tool->defaultAction();
            if (!action->shortcut().isEmpty())
                return QStringLiteral("shortcut");
            const QList<QObject *> places = action->associatedObjects();
            if (std::any_of(places.cbegin(), places.cend(),
                            [](QObject *o) { return qobject_cast<QMenu *>(o) || qobject_cast<QMenuBar *>(o); }))
                return QStringLiteral("menu");
        }
        const QList<QLabel *> labels = widget->window()->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->buddy() == widget && hasMnemonic(label->text()))
                return QStringLiteral("label mnemonic");
        }
        // QMessageBox's own labels take click focus for mouse selection (Qt's choice, out of
        // the console's hands); they are no control: the box itself carries their text (the
        // text as its value, the informative text as its help).
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->objectName().startsWith(QLatin1String("qt_msgbox_"))) {
            QAccessibleInterface *box = QAccessible::queryAccessibleInterface(label->window());
            if (qobject_cast<QMessageBox *>(label->window()) && box) {
                const QString said = normalized(box->text(QAccessible::Name) + QLatin1Char(' ')
                                                + box->text(QAccessible::Description) + QLatin1Char(' ')
                                                + box->text(QAccessible::Value) + QLatin1Char(' ')
                                                + box->text(QAccessible::Help));
                if (said.contains(shownText(label)))
                    return QStringLiteral("said by its message box");
            }
        }
        return QString();
    }

    void checkControl(QAccessibleInterface *iface, const QString &where, QWidget *widget, bool menuItem)
    {
        ++m_interactive;
        if (widget && !widget->objectName().isEmpty())
            m_objectNames.insert(widget->objectName());
        if (auto *action = qobject_cast<QAction *>(iface->object()); action && !action->objectName().isEmpty())
            m_objectNames.insert(action->objectName());

        // 1. A name.
        const QString name = iface->text(QAccessible::Name);
        if (!saysSomething(name))
            problem(iface, where, name.trimmed().isEmpty() ? QStringLiteral("no accessible name")
                                                           : QStringLiteral("an accessible name of punctuation only"));

        // 2. The keyboard gets there.
        // Every control, whatever its focus policy: Qt::NoFocus is no excuse.
        const QAccessible::Role role = iface->role();
        const QString way = keyboardWay(iface, widget, menuItem);
        m_inventory << QStringLiteral("%1 | %2 | keyboard: %3")
                           .arg(where, identify(iface), way.isEmpty() ? QStringLiteral("-") : way);
        if (way.isEmpty()) {
            problem(iface, where,
                    QStringLiteral("the keyboard cannot reach it (focus policy %1): no Tab focus, mnemonic, "
                                   "shortcut or menu")
                        .arg(widget ? int(widget->focusPolicy()) : -1));
        }

        // On Linux a combo box's name is its current text: what it is for comes from its label.
        if (role == QAccessible::ComboBox && iface->relations(QAccessible::Label).isEmpty())
            problem(iface, where, QStringLiteral("a combo box without a label (a QLabel whose buddy it is)"));

        // The menu bar's menus open with Alt and their letter.
        if (role == QAccessible::MenuItem && iface->parent() && iface->parent()->role() == QAccessible::MenuBar) {
            auto *action = qobject_cast<QAction *>(iface->object());
            if (action && !hasMnemonic(action->text()))
                problem(iface, where, QStringLiteral("a menu of the menu bar without a mnemonic (Alt+letter)"));
        }
    }

    // A label says what it shows: its name (or description) holds the text.
    void checkLabel(QAccessibleInterface *iface, const QString &where)
    {
        const auto *label = qobject_cast<const QLabel *>(iface->object());
        if (!label)
            return;
        const QString shown = shownText(label);
        if (shown.isEmpty() || !saysSomething(shown))
            return;
        const QString name = normalized(iface->text(QAccessible::Name));
        const QString description = normalized(iface->text(QAccessible::Description));
        if (!name.contains(shown) && !description.contains(shown))
            problem(iface, where,
                    QStringLiteral("shows \"%1\" but a screen reader hears \"%2\" (description \"%3\")")
                        .arg(shown.left(80), name.left(80), description.left(80)));
    }

    // Rows and cells: the column headers have names, and every row says something.
    void checkView(QAccessibleInterface *iface, const QString &where, QAbstractItemView *view)
    {
        QAccessibleTableInterface *table = iface->tableInterface();
        if (!table) {
            problem(iface, where, QStringLiteral("its rows cannot be read (no table interface)"));
            return;
        }
        const QHeaderView *header = columnHeader(view);
        const bool headerShown = header && header->isVisible() && table->columnCount() > 1;
        for (int column = 0; headerShown && column < table->columnCount(); ++column) {
            if (!isColumnHidden(view, column) && !saysSomething(table->columnDescription(column)))
                problem(iface, where, QStringLiteral("column %1 has no header text").arg(column));
        }
        const int rows = std::min(table->rowCount(), kMaxRowsChecked);
        for (int row = 0; row < rows; ++row) {
            bool says = false;
            for (int column = 0; column < table->columnCount() && !says; ++column) {
                if (isColumnHidden(view, column))
                    continue;
                QAccessibleInterface *cell = table->cellAt(row, column);
                says = cell && saysSomething(cell->text(QAccessible::Name));
            }
            if (!says)
                problem(iface, where, QStringLiteral("row %1 exposes no text").arg(row));
        }
    }

    Seen visit(QAccessibleInterface *iface, const QString &parentPath, int depth, bool inMenu)
    {
        Seen seen;
        if (!iface || !iface->isValid() || depth > kMaxDepth || m_walked.contains(iface))
            return seen;
        m_walked.insert(iface);
        const QAccessible::Role role = iface->role();
        if (role == QAccessible::Separator)
            return seen;
        auto *action = qobject_cast<QAction *>(iface->object());
        // A menu is hidden until it opens, which is when a screen reader meets it: its items
        // count when their actions are visible.
        const bool menuPart = inMenu || role == QAccessible::PopupMenu || role == QAccessible::MenuItem;
        if (menuPart ? (action && !action->isVisible()) : iface->state().invisible)
            return seen;

        ++m_visited;
        const QString where = parentPath.isEmpty() ? pathStep(iface) : parentPath + QStringLiteral(" > ") + pathStep(iface);
        QWidget *widget = qobject_cast<QWidget *>(iface->object());
        // A menu item, or a menu: reached through the menu bar, its button or the context key.
        const bool menuItem = role == QAccessible::MenuItem || role == QAccessible::PopupMenu;
        const bool takesFocus = widget && widget->focusPolicy() != Qt::NoFocus;
        const bool root = depth == 0;
        if (!root && (isInteractiveRole(role) || takesFocus)) {
            checkControl(iface, where, role == QAccessible::PageTab ? widgetOf(iface) : widget, menuItem);
            seen.control = true;
            seen.name = normalized(iface->text(QAccessible::Name)).toCaseFolded();
            seen.where = where;
        }
        if (role == QAccessible::StaticText)
            checkLabel(iface, where);

        // Rows and cells are repeated items: their text is checked, not their names compared.
        if (auto *view = qobject_cast<QAbstractItemView *>(widget);
            view && (role == QAccessible::Table || role == QAccessible::Tree || role == QAccessible::List)) {
            checkView(iface, where, view);
            return seen;
        }

        QHash<QString, QString> names; // a sibling control's name -> where it is
        const auto compare = [&](const Seen &child, QAccessibleInterface *childIface) {
            if (!child.control || child.name.isEmpty())
                return;
            if (names.contains(child.name))
                problem(childIface, child.where,
                        QStringLiteral("has the same name as its sibling at %1").arg(names.value(child.name)));
            else
                names.insert(child.name, child.where);
        };
        const int children = iface->childCount();
        for (int i = 0; i < children; ++i) {
            QAccessibleInterface *child = iface->child(i);
            compare(visit(child, where, depth + 1, menuPart), child);
        }
        // A button's menu is no child in the tree; a screen reader meets it when it opens.
        QMenu *buttonMenu = nullptr;
        if (auto *button = qobject_cast<QPushButton *>(widget))
            buttonMenu = button->menu();
        else if (auto *tool = qobject_cast<QToolButton *>(widget))
            buttonMenu = tool->menu();
        if (buttonMenu)
            visit(QAccessible::queryAccessibleInterface(buttonMenu), where, depth + 1, true);
        return seen;
    }

    QString m_title;
    int m_visited = 0;
    int m_interactive = 0;
    QStringList m_problems;
    QSet<QString> m_objectNames;
    QStringList m_inventory;
    QSet<QAccessibleInterface *> m_walked;
};

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ConsoleApplication> m_controller;

    QString settingsPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }
    QString lepDir() const { return m_dir->filePath(QStringLiteral("lep")); }
    MainWindow *window() const { return m_controller->window(); }

    // Walks `window` and fails on any problem, or when fewer than `minimum` interactive
    // elements (or not the `expected` object names) were seen.
    void expectAccessible(QWidget *window, const QString &title, int minimum, const QStringList &expected = {},
                          AccessibilityAudit::Root kind = AccessibilityAudit::Root::Window)
    {
        QVERIFY2(window && window->isVisible(), qPrintable(title + QStringLiteral(" is not shown")));
        AccessibilityAudit audit(title);
        audit.walk(window, kind);
        qInfo("%s", qPrintable(audit.summary()));
        if (qEnvironmentVariableIsSet("LEPTON_A11Y_INVENTORY")) {
            for (const QString &line : audit.inventory())
                qInfo("  %s", qPrintable(line));
        }
        for (const QString &problem : audit.problems())
            qWarning("%s", qPrintable(problem)); // QVERIFY2 cuts long messages short
        QVERIFY2(audit.problems().isEmpty(), qPrintable(audit.report()));
        QVERIFY2(audit.interactiveCount() >= minimum,
                 qPrintable(audit.summary() + QStringLiteral("; expected at least %1 interactive").arg(minimum)));
        for (const QString &name : expected)
            QVERIFY2(audit.interactiveObjectNames().contains(name),
                     qPrintable(QStringLiteral("%1: the walk did not reach %2").arg(title, name)));
    }

    // The demo workspace in the real window, as `lepton-console --demo` opens it, with two
    // saved workspaces in the switcher besides.
    void startDemo()
    {
        m_controller = std::make_unique<ConsoleApplication>(settingsPath());
        for (const QString &id : {QStringLiteral("acme-prod"), QStringLiteral("acme-staging")}) {
            WorkspaceRegistry::Entry entry;
            entry.workspaceId = id;
            entry.displayName = id == QLatin1String("acme-prod") ? QStringLiteral("Acme Production") : QString();
            QString error;
            QVERIFY2(m_controller->registry()->addOrUpdate(entry, &error), qPrintable(error));
        }
        ConsoleApplication::Options options;
        options.demo = true;
        options.keychainService = kService;
        QVERIFY(m_controller->start(options));
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        window()->banner()->setAutoHideInterval(0ms); // stays while it is walked
        QTRY_VERIFY_WITH_TIMEOUT(window()->proxy()->rowCount() > 0, 10000);
    }

    // The first deployment shown whose badge says `word`.
    QString shownWith(const QString &word) const
    {
        const QAbstractItemModel *model = window()->proxy();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, DeploymentTableModel::StatusColumn).data().toString() == word)
                return model->index(row, DeploymentTableModel::NameColumn).data(DeploymentTableModel::NameRole).toString();
        }
        return QString();
    }

    // Pauses a Ready deployment with a reason (a note, a ledger entry, the banner) and selects it.
    QString pauseOneWithReason()
    {
        QString name;
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!(name = shownWith(QStringLiteral("Ready"))).isEmpty(), 10000); }();
        if (name.isEmpty())
            return name;
        QSignalSpy finished(window(), &MainWindow::pauseFinished);
        window()->pauseDeployments({name}, QStringLiteral("Waiting for the customer; see https://example.com/T-42"),
                                   QDate::currentDate().addDays(3));
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000); }();
        // "Done" with its Undo comes once the row shows Paused.
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(window()->banner()->findChild<QPushButton *>(QStringLiteral("errorBannerUndo"))->isVisible(),
                                     10000);
        }();
        window()->selectDeployment(name);
        return name;
    }

    void writeLepFile()
    {
        QVERIFY(QDir().mkpath(lepDir()));
        QFile file(QDir(lepDir()).filePath(QStringLiteral("workspace_info.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QString yaml = QStringLiteral("current_workspace: lep-alpha\nworkspaces:\n");
        for (const QString &id : {QStringLiteral("lep-alpha"), QStringLiteral("lep-beta")}) {
            yaml += QStringLiteral("  %1:\n    id: %1\n    url: http://127.0.0.1:9/api/v2\n    display_name: %1 team\n"
                                   "    auth_token: tok-%1\n    workspace_origin_url: null\n    token_expires_at: null\n")
                        .arg(id);
        }
        QVERIFY(file.write(yaml.toUtf8()) > 0);
    }

    template <typename T>
    T *shownChild(QObject *parent, const QString &objectName)
    {
        const QList<T *> found = parent->findChildren<T *>(objectName);
        for (T *candidate : found) {
            if (candidate->isVisible())
                return candidate;
        }
        return nullptr;
    }

    // No saved workspace, a lep CLI login file: the console opens on its welcome page.
    void startWithLepFile()
    {
        writeLepFile();
        m_controller = std::make_unique<ConsoleApplication>(settingsPath());
        ConsoleApplication::Options options;
        options.keychainService = kService;
        QVERIFY(m_controller->start(options));
    }

    // The demo workspace, then the dialog that the window's action `actionName` opens.
    void auditDialogOfAction(const QString &actionName, const QString &dialogName, const QString &label, int minimum,
                             const QStringList &names)
    {
        startDemo();
        if (QTest::currentTestFailed())
            return;
        window()->findChild<QAction *>(actionName)->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = shownChild<QDialog>(window(), dialogName)));
        expectAccessible(dialog, label, minimum, names);
        dialog->reject();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The tree's root, as a screen reader asks for it.
        QAccessibleInterface *application = QAccessible::queryAccessibleInterface(qApp);
        QVERIFY(application);
        QCOMPARE(application->role(), QAccessible::Application);
    }

    // The audit itself: a dialog with one fault of each kind, each found and named.
    void auditFindsEachKindOfProblem()
    {
        QDialog dialog;
        dialog.setObjectName(QStringLiteral("selfCheck"));
        dialog.setWindowTitle(QStringLiteral("Audit self-check"));
        auto *layout = new QVBoxLayout(&dialog);
        const auto add = [&](QWidget *widget, const char *objectName) {
            widget->setObjectName(QLatin1String(objectName));
            layout->addWidget(widget);
        };
        add(new QPushButton(&dialog), "unnamedButton");
        add(new QPushButton(QStringLiteral("…"), &dialog), "punctuationButton");
        add(new QPushButton(QStringLiteral("&Apply"), &dialog), "applyButton");
        add(new QPushButton(QStringLiteral("Apply"), &dialog), "duplicateButton");
        auto *clickOnly = new QPushButton(QStringLiteral("Click me"), &dialog);
        clickOnly->setFocusPolicy(Qt::ClickFocus);
        add(clickOnly, "clickOnlyButton");
        // The blind spot this audit once had: no focus at all, and nothing else either.
        auto *noFocus = new QPushButton(QStringLiteral("Never reached"), &dialog);
        noFocus->setFocusPolicy(Qt::NoFocus);
        add(noFocus, "noFocusButton");
        // No focus, but its Alt+letter reaches it.
        auto *noFocusMnemonic = new QPushButton(QStringLiteral("&Letter only"), &dialog);
        noFocusMnemonic->setFocusPolicy(Qt::NoFocus);
        add(noFocusMnemonic, "noFocusMnemonicButton");
        auto *caption = new QLabel(QStringLiteral("42 replicas"), &dialog);
        caption->setAccessibleName(QStringLiteral("Replicas"));
        add(caption, "captionOnlyLabel");
        auto *combo = new QComboBox(&dialog);
        combo->addItem(QStringLiteral("first"));
        add(combo, "unlabelledCombo");
        auto *labelled = new QComboBox(&dialog);
        labelled->addItem(QStringLiteral("second"));
        auto *label = new QLabel(QStringLiteral("&Kind:"), &dialog);
        label->setBuddy(labelled);
        layout->addWidget(label);
        add(labelled, "labelledCombo");
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        AccessibilityAudit audit(QStringLiteral("self-check"));
        audit.walk(&dialog);
        const QStringList expected {
            QStringLiteral("objectName \"unnamedButton\", class QPushButton, role Button, name \"\" at "
                           "selfCheck > unnamedButton: no accessible name"),
            QStringLiteral("objectName \"punctuationButton\", class QPushButton, role Button, name \"…\" at "
                           "selfCheck > punctuationButton: an accessible name of punctuation only"),
            QStringLiteral("objectName \"duplicateButton\", class QPushButton, role Button, name \"Apply\" at "
                           "selfCheck > duplicateButton: has the same name as its sibling at selfCheck > applyButton"),
            QStringLiteral("objectName \"clickOnlyButton\", class QPushButton, role Button, name \"Click me\" at "
                           "selfCheck > clickOnlyButton: the keyboard cannot reach it (focus policy 2): no Tab "
                           "focus, mnemonic, shortcut or menu"),
            QStringLiteral("objectName \"noFocusButton\", class QPushButton, role Button, name \"Never reached\" at "
                           "selfCheck > noFocusButton: the keyboard cannot reach it (focus policy 0): no Tab "
                           "focus, mnemonic, shortcut or menu"),
            QStringLiteral("objectName \"captionOnlyLabel\", class QLabel, role StaticText, name \"Replicas\" at "
                           "selfCheck > captionOnlyLabel: shows \"42 replicas\" but a screen reader hears "
                           "\"Replicas\" (description \"\")"),
            QStringLiteral("objectName \"unlabelledCombo\", class QComboBox, role ComboBox, name \"first\" at "
                           "selfCheck > unlabelledCombo: a combo box without a label (a QLabel whose buddy it is)"),
        };
        QCOMPARE(audit.problems(), expected);
        QCOMPARE(audit.interactiveCount(), 9); // seven buttons, two combo boxes; the label takes no focus
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        qputenv(LocalDatabase::DataDirEnvVar, m_dir->filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("LEPTON_CACHE_DIR", lepDir().toLocal8Bit());
        for (const char *name : {"LEPTON_WORKSPACE_ID", "LEPTON_WORKSPACE_TOKEN", "LEPTON_WORKSPACE_URL",
                                 "LEPTON_WORKSPACE_ORIGIN_URL"})
            qunsetenv(name);
    }

    void cleanup()
    {
        m_controller.reset();
        m_dir.reset();
    }

    void mainWindowWithNotes()
    {
        startDemo();
        if (QTest::currentTestFailed())
            return;
        const QString paused = pauseOneWithReason();
        QVERIFY(!paused.isEmpty());
        // The banner says what happened, with Undo.
        QVERIFY(window()->banner()->isVisible());
        // The details with the raw JSON open, the note of the pause, a search in the notes.
        QTRY_COMPARE(window()->detailsPanel()->deploymentName(), paused);
        window()->detailsPanel()->findChild<QToolButton *>(QStringLiteral("detailsRawToggle"))->setChecked(true);
        QTRY_COMPARE(window()->notesPanel()->shownNoteIds().size(), 1);
        QTest::keyClicks(window()->notesPanel()->findChild<QLineEdit *>(QStringLiteral("notesSearch")),
                         QStringLiteral("customer"));
        QTRY_VERIFY(window()->notesPanel()->findChild<QWidget *>(QStringLiteral("notesSearchResults"))->isVisible());
        QTest::keyClicks(window()->findChild<QLineEdit *>(QStringLiteral("filterEdit")), paused);
        QVERIFY(window()->proxy()->rowCount() >= 1);
        expectAccessible(window(), QStringLiteral("main window (notes dock)"), 80,
                         {QStringLiteral("deploymentTable"), QStringLiteral("filterEdit"), QStringLiteral("workspaceCombo"),
                          QStringLiteral("errorBannerUndo"), QStringLiteral("errorBannerClose"),
                          QStringLiteral("detailsPauseResume"), QStringLiteral("detailsEndpoint"),
                          QStringLiteral("detailsRawJson"), QStringLiteral("notesSearch"),
                          QStringLiteral("notesSearchResults"), QStringLiteral("noteEditButton"),
                          QStringLiteral("notesEditor"), QStringLiteral("notesSubmit"), QStringLiteral("pauseAction"),
                          QStringLiteral("quickFilterProblems"), QStringLiteral("aboutAction"),
                          QStringLiteral("notesExportCsvAction")});
        if (QTest::currentTestFailed())
            return;

        // Editing a note: Save and Cancel.
        QTest::mouseClick(window()->notesPanel()->findChild<QToolButton *>(QStringLiteral("noteEditButton")), Qt::LeftButton);
        QTRY_VERIFY(window()->notesPanel()->isEditing());
        expectAccessible(window(), QStringLiteral("main window (editing a note)"), 80,
                         {QStringLiteral("notesCancelEdit"), QStringLiteral("notesSubmit")});
    }

    void mainWindowWithPausedServices()
    {
        startDemo();
        if (QTest::currentTestFailed())
            return;
        const QString paused = pauseOneWithReason();
        QVERIFY(!paused.isEmpty());
        auto *dock = window()->findChild<QDockWidget *>(QStringLiteral("pausedServicesDock"));
        QVERIFY(dock);
        dock->raise();
        PausedServicesView *view = window()->pausedServicesView();
        QTRY_VERIFY(view->isVisible());
        QTRY_VERIFY(view->selectDeployment(paused));
        expectAccessible(window(), QStringLiteral("main window (paused services dock)"), 80,
                         {QStringLiteral("pausedTable"), QStringLiteral("pausedDueOnly"), QStringLiteral("pausedResume"),
                          QStringLiteral("pausedSetReminder"), QStringLiteral("deploymentTable")});
    }

    void deploymentCellsExposeTheirText()
    {
        startDemo();
        if (QTest::currentTestFailed())
            return;
        const QString paused = pauseOneWithReason();
        QVERIFY(!paused.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(window()->proxy()->index(window()->table()->currentIndex().row(),
                                                           DeploymentTableModel::StatusColumn).data().toString(),
                                  QStringLiteral("Paused"), 10000);
        QTableView *table = window()->table();
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(table);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::Table);
        QAccessibleTableInterface *cells = iface->tableInterface();
        QVERIFY(cells);
        const QAbstractItemModel *model = table->model();
        QCOMPARE(cells->rowCount(), model->rowCount());
        QCOMPARE(cells->columnCount(), int(DeploymentTableModel::ColumnCount));
        QVERIFY(cells->rowCount() >= 5);
        for (int column = 0; column < cells->columnCount(); ++column)
            QCOMPARE(cells->columnDescription(column), DeploymentTableModel::columnName(column));
        QSet<QString> words;
        for (int row = 0; row < cells->rowCount(); ++row) {
            for (int column = 0; column < cells->columnCount(); ++column) {
                QAccessibleInterface *cell = cells->cellAt(row, column);
                QVERIFY2(cell, qPrintable(QStringLiteral("no cell at %1, %2").arg(row).arg(column)));
                QCOMPARE(cell->role(), QAccessible::Cell);
                const QString said = cell->text(QAccessible::Name);
                const QString shown = model->index(row, column).data(Qt::DisplayRole).toString();
                QVERIFY2(said == shown, qPrintable(QStringLiteral("row %1, column %2 shows \"%3\" but says \"%4\"")
                                                       .arg(row).arg(DeploymentTableModel::columnName(column), shown, said)));
            }
            const QString name = cells->cellAt(row, DeploymentTableModel::NameColumn)->text(QAccessible::Name);
            const QString badge = cells->cellAt(row, DeploymentTableModel::StatusColumn)->text(QAccessible::Name);
            const QString replicas = cells->cellAt(row, DeploymentTableModel::ReplicasColumn)->text(QAccessible::Name);
            QVERIFY2(saysSomething(name), qPrintable(QStringLiteral("row %1 has no name").arg(row)));
            QVERIFY2(badgeWords().contains(badge),
                     qPrintable(QStringLiteral("the status badge of %1 says \"%2\", not a state's word").arg(name, badge)));
            QVERIFY2(saysSomething(replicas), qPrintable(QStringLiteral("the replicas of %1 say nothing").arg(name)));
            words.insert(badge);
        }
        QVERIFY2(words.contains(QStringLiteral("Paused")), qPrintable(QStringList(words.cbegin(), words.cend()).join(", ")));
        QVERIFY2(words.size() >= 4, "the demo shows deployments in several states");
    }

    void editDeploymentDialog()
    {
        startDemo();
        if (QTest::currentTestFailed())
            return;
        QString name;
        QTRY_VERIFY_WITH_TIMEOUT(!(name = shownWith(QStringLiteral("Ready"))).isEmpty(), 10000);
        QVERIFY(window()->selectDeployment(name));
        window()->editAction()->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = shownChild<QDialog>(window(), QStringLiteral("editDeploymentDialog"))));
        auto *max = dialog->findChild<QSpinBox *>(QStringLiteral("maxReplicasSpin"));
        QVERIFY(max);
        max->setValue(max->value() + 2); // a pending change in the list
        expectAccessible(dialog, QStringLiteral("edit deployment dialog"), 12,
                         {QStringLiteral("minReplicasSpin"), QStringLiteral("maxReplicasSpin"), QStringLiteral("shapeCombo"),
                          QStringLiteral("imageEdit"), QStringLiteral("autoscalingModeCombo"), QStringLiteral("changesList"),
                          QStringLiteral("pauseWhileApplyingCheck"), QStringLiteral("pauseButton"),
                          QStringLiteral("applyButton"), QStringLiteral("cancelButton")});
        // Each autoscaling mode shows a field of its own.
        auto *mode = dialog->findChild<QComboBox *>(QStringLiteral("autoscalingModeCombo"));
        for (int i = 1; i < mode->count() && !QTest::currentTestFailed(); ++i) {
            mode->setCurrentIndex(i);
            expectAccessible(dialog, QStringLiteral("edit deployment dialog, autoscaling \"%1\"").arg(mode->currentText()), 12);
        }
        dialog->reject();
    }

    void pauseDialog()
    {
        startDemo();
        if (QTest::currentTestFailed())
            return;
        QStringList names;
        QTRY_VERIFY_WITH_TIMEOUT(!shownWith(QStringLiteral("Ready")).isEmpty(), 10000);
        const QAbstractItemModel *model = window()->proxy();
        auto *selection = window()->table()->selectionModel();
        selection->clear();
        for (int row = 0; row < model->rowCount() && names.size() < 3; ++row) {
            if (model->index(row, DeploymentTableModel::StatusColumn).data().toString() == QLatin1String("Ready")) {
                names << model->index(row, 0).data(DeploymentTableModel::NameRole).toString();
                selection->select(model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
            }
        }
        QVERIFY(names.size() >= 2);
        window()->pauseWithNoteAction()->trigger();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = shownChild<QDialog>(window(), QStringLiteral("pauseDialog"))));
        dialog->findChild<QCheckBox *>(QStringLiteral("pauseRemind"))->setChecked(true);
        expectAccessible(dialog, QStringLiteral("pause dialog"), 5,
                         {QStringLiteral("pauseList"), QStringLiteral("pauseReason"), QStringLiteral("pauseRemind"),
                          QStringLiteral("pauseRemindDate"), QStringLiteral("pauseConfirm")});
        dialog->reject();
    }

    void smallerDialogsOfTheMainWindow()
    {
        startDemo();
        if (QTest::currentTestFailed())
            return;
        const QString paused = pauseOneWithReason();
        QVERIFY(!paused.isEmpty());

        // Paused services > Set reminder…
        auto *dock = window()->findChild<QDockWidget *>(QStringLiteral("pausedServicesDock"));
        dock->raise();
        PausedServicesView *view = window()->pausedServicesView();
        QTRY_VERIFY(view->selectDeployment(paused));
        view->editReminder();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = shownChild<QDialog>(view, QStringLiteral("reminderDialog"))));
        expectAccessible(dialog, QStringLiteral("reminder dialog"), 4,
                         {QStringLiteral("reminderEnabled"), QStringLiteral("reminderDate"), QStringLiteral("reminderOk")});
        dialog->reject();
        if (QTest::currentTestFailed())
            return;

        // Notes > Delete: the confirmation.
        window()->findChild<QDockWidget *>(QStringLiteral("notesDock"))->raise();
        QTRY_COMPARE(window()->notesPanel()->shownNoteIds().size(), 1);
        window()->notesPanel()->confirmDelete(window()->notesPanel()->shownNoteIds().constFirst());
        QTRY_VERIFY((dialog = shownChild<QDialog>(window()->notesPanel(), QStringLiteral("noteDeleteConfirmation"))));
        expectAccessible(dialog, QStringLiteral("delete note confirmation"), 2,
                         {QStringLiteral("noteDeleteConfirm"), QStringLiteral("noteDeleteCancel")});
        dialog->reject();
        if (QTest::currentTestFailed())
            return;

        // Deployment > Restart…: the confirmation.
        QString ready;
        QTRY_VERIFY_WITH_TIMEOUT(!(ready = shownWith(QStringLiteral("Ready"))).isEmpty(), 10000);
        QVERIFY(window()->selectDeployment(ready));
        window()->findChild<QAction *>(QStringLiteral("restartAction"))->trigger();
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = shownChild<QMessageBox>(window(), QString())));
        expectAccessible(box, QStringLiteral("restart confirmation"), 2);
        box->reject();
        if (QTest::currentTestFailed())
            return;

        // Deployment > Pause: the question it asks first, with its "do not ask again" box.
        QVERIFY(window()->selectDeployment(ready));
        window()->pauseAction()->trigger();
        QTRY_VERIFY((box = shownChild<QMessageBox>(window(), QStringLiteral("confirmActionDialog"))));
        expectAccessible(box, QStringLiteral("pause confirmation"), 3,
                         {QStringLiteral("confirmActionButton"), QStringLiteral("confirmSkipCheck")});
        box->reject();
        if (QTest::currentTestFailed())
            return;

        // Help > Keyboard Shortcuts.
        window()->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
        QTRY_VERIFY((dialog = shownChild<QDialog>(window(), QStringLiteral("shortcutsDialog"))));
        expectAccessible(dialog, QStringLiteral("keyboard shortcuts"), 2, {QStringLiteral("shortcutsList")});
        dialog->reject();
        if (QTest::currentTestFailed())
            return;

        // Resume of a deployment stopped outside the console: how many replicas?
        QString stopped;
        QTRY_VERIFY_WITH_TIMEOUT(!(stopped = shownWith(QStringLiteral("Stopped"))).isEmpty(), 10000);
        QVERIFY(window()->selectDeployment(stopped));
        window()->resumeAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT((dialog = shownChild<QDialog>(window(), QStringLiteral("replicaCountDialog"))), 10000);
        expectAccessible(dialog, QStringLiteral("replica count dialog"), 3);
        dialog->reject();
    }

    void connectDialog()
    {
        startDemo();
        if (QTest::currentTestFailed())
            return;
        ConnectDialog *dialog =
            m_controller->flow()->showConnectDialog(QString(), QUrl(), QStringLiteral("No token is stored for this workspace."));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // The message above the fields is on the Tab path, yet the first field has the focus.
        QCOMPARE(dialog->focusWidget(), dialog->findChild<QWidget *>(QStringLiteral("credentialStringEdit")));
        expectAccessible(dialog, QStringLiteral("connect dialog"), 8,
                         {QStringLiteral("credentialStringEdit"), QStringLiteral("workspaceIdEdit"),
                          QStringLiteral("tokenEdit"), QStringLiteral("showTokenCheck"), QStringLiteral("baseUrlEdit"),
                          QStringLiteral("checkButton"), QStringLiteral("saveButton"), QStringLiteral("cancelButton")});
        if (QTest::currentTestFailed())
            return;
        // A credential string that is not one: the message under it.
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("credentialStringEdit")),
                         QStringLiteral("no colon here"));
        QTRY_VERIFY(dialog->findChild<QLabel *>(QStringLiteral("credentialStringError"))->isVisible());
        expectAccessible(dialog, QStringLiteral("connect dialog with an error"), 8);
        dialog->reject();
    }

    void welcomePage()
    {
        startWithLepFile();
        if (QTest::currentTestFailed())
            return;
        WelcomePage *welcome = m_controller->flow()->welcomePage();
        QVERIFY(welcome);
        QVERIFY(QTest::qWaitForWindowExposed(welcome));
        QVERIFY(welcome->importButton()->isVisible());
        expectAccessible(welcome, QStringLiteral("welcome page"), 3,
                         {QStringLiteral("welcomeConnectButton"), QStringLiteral("welcomeDemoButton"),
                          QStringLiteral("welcomeImportButton")});
    }

    void importWorkspacesDialog()
    {
        startWithLepFile();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(QTest::qWaitForWindowExposed(m_controller->flow()->welcomePage()));
        QTest::mouseClick(m_controller->flow()->welcomePage()->importButton(), Qt::LeftButton);
        ImportWorkspacesDialog *dialog = m_controller->flow()->importDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->list()->topLevelItemCount(), 2);
        expectAccessible(dialog, QStringLiteral("import workspaces dialog"), 4,
                         {QStringLiteral("importList"), QStringLiteral("importButton"), QStringLiteral("importCancelButton")});
        dialog->reject();
    }

    void workspaceSwitcher()
    {
        startDemo();
        if (QTest::currentTestFailed())
            return;
        WorkspaceSwitcher *switcher = m_controller->flow()->switcher();
        QComboBox *combo = switcher->comboBox();
        QCOMPARE(combo->count(), 3); // two saved workspaces and the demo

        expectAccessible(switcher, QStringLiteral("workspace switcher"), 1, {QStringLiteral("workspaceCombo")},
                         AccessibilityAudit::Root::Part);
        if (QTest::currentTestFailed())
            return;

        // Its list, open.
        combo->setFocus();
        combo->showPopup();
        QWidget *popup = combo->view()->window();
        QTRY_VERIFY(popup->isVisible());
        expectAccessible(popup, QStringLiteral("workspace switcher list"), 1, {}, AccessibilityAudit::Root::Popup);
        combo->hidePopup();
    }

    // A workspace without deployments: the sentence in place of the table, the rest as usual.
    void emptyWorkspace()
    {
        startDemo();
        if (QTest::currentTestFailed())
            return;
        m_controller->simulator()->setDeployments({});
        m_controller->flow()->session()->poller()->refreshNow();
        auto *placeholder = window()->findChild<QLabel *>(QStringLiteral("tablePlaceholder"));
        QVERIFY(placeholder);
        QTRY_VERIFY_WITH_TIMEOUT(placeholder->isVisible(), 10000);
        expectAccessible(window(), QStringLiteral("main window (empty workspace)"), 20,
                         {QStringLiteral("tablePlaceholder"), QStringLiteral("filterEdit"),
                          QStringLiteral("workspaceCombo"), QStringLiteral("pauseAction")});
    }

    // The banner in each of its kinds, with the buttons each shows, over the real window;
    // the error one from a real 503 of the server.
    void errorBannerStates_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retry");
        QTest::addColumn<bool>("undo");
        QTest::newRow("error from the server, Retry") << -1 << true << false;
        QTest::newRow("offline, Retry") << int(ErrorBanner::Kind::Offline) << true << false;
        QTest::newRow("warning") << int(ErrorBanner::Kind::Warning) << false << false;
        QTest::newRow("info, Undo") << int(ErrorBanner::Kind::Info) << false << true;
        QTest::newRow("success, Undo") << int(ErrorBanner::Kind::Success) << false << true;
    }

    void errorBannerStates()
    {
        QFETCH(int, kind);
        QFETCH(bool, retry);
        QFETCH(bool, undo);
        startDemo();
        if (QTest::currentTestFailed())
            return;
        ErrorBanner *banner = window()->banner();
        if (kind < 0) {
            m_controller->simulator()->injectFault(
                WorkspaceSimulator::Fault::httpStatus(503, R"({"code":"Unavailable","message":"try later"})")
                    .on("GET", QStringLiteral("/deployments$"))
                    .times(-1));
            m_controller->flow()->session()->poller()->refreshNow();
            QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible() && banner->kind() == ErrorBanner::Kind::Error, 15000);
        } else {
            banner->showMessage(ErrorBanner::Kind(kind), QStringLiteral("Something happened to chat-llama"), retry,
                                undo ? std::function<void()>([] {}) : std::function<void()>());
        }
        QStringList expected {QStringLiteral("errorBannerClose")};
        if (retry)
            expected << QStringLiteral("errorBannerRetry");
        if (undo)
            expected << QStringLiteral("errorBannerUndo");
        expectAccessible(window(), QStringLiteral("main window (banner %1)").arg(QString::fromLatin1(QTest::currentDataTag())),
                         40, expected);
    }

    // Resume of a deployment changed on the server while paused: what changed, and asks.
    void changedWhilePausedDialog()
    {
        startDemo();
        if (QTest::currentTestFailed())
            return;
        const QString paused = pauseOneWithReason();
        QVERIFY(!paused.isEmpty());
        QVERIFY(m_controller->simulator()->applyOutsideChange(
            paused, QJsonObject {{QStringLiteral("spec"), QJsonObject {{QStringLiteral("container"),
                                                                        QJsonObject {{QStringLiteral("image"), QStringLiteral("example/changed:2")}}}}}},
            QStringLiteral("bob@example.com")));
        window()->resumeDeployment(paused);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = shownChild<QMessageBox>(window(), QStringLiteral("changedWhilePausedDialog"))), 10000);
        expectAccessible(box, QStringLiteral("changed while paused dialog"), 2, {QStringLiteral("resumeAnywayButton")});
        box->reject();
    }

    // The edit dialog when someone else changed the deployment meanwhile: Reload or apply
    // only your change over theirs.
    void editConflict()
    {
        startDemo();
        if (QTest::currentTestFailed())
            return;
        QString name;
        QTRY_VERIFY_WITH_TIMEOUT(!(name = shownWith(QStringLiteral("Ready"))).isEmpty(), 10000);
        QVERIFY(window()->selectDeployment(name));
        window()->editAction()->trigger();
        EditDeploymentDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = shownChild<EditDeploymentDialog>(window(), QStringLiteral("editDeploymentDialog"))));
        auto *max = dialog->findChild<QSpinBox *>(QStringLiteral("maxReplicasSpin"));
        max->setValue(max->value() + 2);
        QVERIFY(m_controller->simulator()->applyOutsideChange(
            name, QJsonObject {{QStringLiteral("spec"), QJsonObject {{QStringLiteral("container"),
                                                                      QJsonObject {{QStringLiteral("image"), QStringLiteral("example/theirs:3")}}}}}},
            QStringLiteral("bob@example.com")));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("applyButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isConflictShown(), 10000);
        expectAccessible(dialog, QStringLiteral("edit dialog (conflict)"), 12,
                         {QStringLiteral("reloadButton"), QStringLiteral("applyAnywayButton"), QStringLiteral("cancelButton")});
        dialog->reject();
    }

    // The connect dialog after a check: the workspace's name, tier and state; a refused token;
    // and the token asked for again (Reauthenticate).
    void connectDialogStates()
    {
        startDemo();
        if (QTest::currentTestFailed())
            return;
        WorkspaceSimulator *sim = m_controller->simulator();
        ConnectDialog *dialog = m_controller->flow()->showConnectDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const auto fill = [dialog, sim](const QString &token) {
            for (const char *name : {"credentialStringEdit", "workspaceIdEdit", "tokenEdit", "baseUrlEdit"})
                dialog->findChild<QLineEdit *>(QLatin1String(name))->clear();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("workspaceIdEdit")), sim->workspaceId());
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("tokenEdit")), token);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit")), sim->baseUrl().toString());
        };
        QSignalSpy checked(dialog, &ConnectDialog::checkFinished);
        fill(sim->token());
        dialog->check();
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 10000);
        QVERIFY(dialog->isChecked());
        expectAccessible(dialog, QStringLiteral("connect dialog (checked)"), 8,
                         {QStringLiteral("checkButton"), QStringLiteral("saveButton"), QStringLiteral("cancelButton")});
        if (QTest::currentTestFailed())
            return;

        fill(QStringLiteral("not-the-token"));
        dialog->check();
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 2, 10000);
        QVERIFY(!dialog->isChecked());
        expectAccessible(dialog, QStringLiteral("connect dialog (token refused)"), 8,
                         {QStringLiteral("checkButton"), QStringLiteral("tokenEdit")});
        if (QTest::currentTestFailed())
            return;

        dialog->setMode(ConnectDialog::Mode::Reauthenticate,
                        QStringLiteral("The workspace refused the saved token (403). Enter a new one."));
        expectAccessible(dialog, QStringLiteral("connect dialog (token asked again)"), 5,
                         {QStringLiteral("tokenEdit"), QStringLiteral("saveButton")});
        dialog->reject();
    }

    // File > Remove Workspace: the question, with the notes' check box.
    void removeWorkspaceDialog()
    {
        startDemo();
        if (QTest::currentTestFailed())
            return;
        m_controller->flow()->removeWorkspace(QStringLiteral("acme-prod"));
        QMessageBox *box = nullptr;
        const auto shownBox = [] {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (top->isVisible() && top->objectName() == QLatin1String("removeWorkspaceDialog"))
                    return qobject_cast<QMessageBox *>(top);
            }
            return static_cast<QMessageBox *>(nullptr);
        };
        QTRY_VERIFY((box = shownBox()));
        expectAccessible(box, QStringLiteral("remove workspace dialog"), 2, {QStringLiteral("confirmRemoveButton")});
        box->reject();
    }

    // The table's header menu (columns) and row menu, open, as the context key opens them.
    void headerAndRowMenus()
    {
        startDemo();
        if (QTest::currentTestFailed())
            return;
        QString name;
        QTRY_VERIFY_WITH_TIMEOUT(!(name = shownWith(QStringLiteral("Ready"))).isEmpty(), 10000);
        QVERIFY(window()->selectDeployment(name));
        QTableView *table = window()->table();
        const QRect cell = table->visualRect(table->currentIndex());
        struct Menu {
            QString title;
            QWidget *owner;
            QPoint at;
            int minimum;
        };
        const Menu menus[] = {
            {QStringLiteral("header menu"), table->horizontalHeader(), QPoint(10, 5), DeploymentTableModel::ColumnCount},
            {QStringLiteral("row menu"), table, cell.center(), 5},
        };
        for (const Menu &menu : menus) {
            // The menu runs its own event loop: walk it from inside, then close it.
            std::optional<AccessibilityAudit> audit;
            QTimer::singleShot(0, this, [&] {
                QTRY_VERIFY(QApplication::activePopupWidget());
                QWidget *popup = QApplication::activePopupWidget();
                audit.emplace(menu.title);
                audit->walk(popup, AccessibilityAudit::Root::Popup);
                popup->close();
            });
            Q_EMIT menu.owner->customContextMenuRequested(menu.at);
            QVERIFY2(audit, qPrintable(menu.title + QStringLiteral(" did not open")));
            for (const QString &problem : audit->problems())
                qWarning("%s", qPrintable(problem));
            QVERIFY2(audit->problems().isEmpty(), qPrintable(audit->report()));
            QVERIFY2(audit->interactiveCount() >= menu.minimum, qPrintable(audit->summary()));
        }
    }

    void aboutDialog()
    {
        auditDialogOfAction(QStringLiteral("aboutAction"), QStringLiteral("aboutDialog"), QStringLiteral("about dialog"), 4,
                            {QStringLiteral("aboutLicences"), QStringLiteral("copyVersionButton")});
    }

    // View > Savings… (#22): the Savings window (its chart, the chart's table, the table per
    // resource, its buttons), then its Prices dialog.
    void savingsWindowAndPrices()
    {
        startDemo();
        if (QTest::currentTestFailed())
            return;
        window()->findChild<QAction *>(QStringLiteral("savingsAction"))->trigger();
        QWidget *savings = nullptr;
        QTRY_VERIFY((savings = shownChild<QWidget>(window(), QStringLiteral("savingsView"))));
        QTRY_VERIFY(savings->findChild<QPushButton *>(QStringLiteral("savingsPrices"))->isEnabled());
        QTRY_VERIFY(savings->findChild<QLabel *>(QStringLiteral("savingsSummary"))->text().startsWith(QLatin1String("Last ")));
        expectAccessible(savings, QStringLiteral("savings window"), 5,
                         {QStringLiteral("savingsTable"), QStringLiteral("savingsShowAsTable"),
                          QStringLiteral("savingsPrices"), QStringLiteral("savingsReload")});
        if (QTest::currentTestFailed())
            return;
        savings->findChild<QPushButton *>(QStringLiteral("savingsPrices"))->click();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = shownChild<QDialog>(savings, QStringLiteral("pricesDialog"))));
        QTRY_VERIFY(dialog->findChild<QWidget *>(QStringLiteral("pricesTable"))->isEnabled());
        expectAccessible(dialog, QStringLiteral("prices dialog"), 2, {QStringLiteral("pricesTable")});
        dialog->reject();
        savings->close();
    }

    void logWindow()
    {
        auditDialogOfAction(QStringLiteral("showLogAction"), QStringLiteral("logWindow"), QStringLiteral("log window"), 5,
                            {QStringLiteral("logView"), QStringLiteral("debugLoggingCheckBox"), QStringLiteral("copyLogButton"),
                             QStringLiteral("saveLogButton"), QStringLiteral("clearLogButton")});
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
