#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QStackedWidget;
class SettingsPage;

// Edit > Preferences: a list of pages on the left, the chosen page on the right, and
// OK / Apply / Cancel. OK and Apply ask every page to apply; OK closes once all of them
// have, and stays open (with the page's own message) when one could not.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // The dialog takes the page (as a child).
    void addPage(SettingsPage *page);
    QListWidget *pageList() const { return m_list; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // Shows the page with this object name; false when there is none.
    bool showPage(const QString &objectName);

Q_SIGNALS:
    // Every page applied (OK or Apply).
    void applied();

private:
    void applyAll(bool closeWhenDone);

    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QList<SettingsPage *> m_pages;
    int m_pending = 0;
    bool m_failed = false;
    bool m_closeWhenDone = false;
};
