#include "ui/settings/settingsdialog.h"

#include "ui/settings/settingspage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("settingsPageList"));
    m_list->setAccessibleName(tr("Settings pages"));
    m_list->setMaximumWidth(180);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("settingsPages"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("settingsButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Apply the settings and close"));
    m_buttons->button(QDialogButtonBox::Apply)->setAccessibleName(tr("Apply the settings"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without applying"));

    auto *pages = new QHBoxLayout;
    pages->addWidget(m_list);
    pages->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pages, 1);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { applyAll(true); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] { applyAll(false); });
    resize(720, 480);
}

void SettingsDialog::addPage(SettingsPage *page)
{
    page->setParent(this);
    m_pages << page;
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(page->title(), m_list);
    item->setData(Qt::AccessibleTextRole, page->title());
    connect(page, &SettingsPage::applyFinished, this, [this](bool ok) {
        if (m_pending == 0)
            return;
        m_failed = m_failed || !ok;
        if (--m_pending > 0)
            return;
        m_buttons->setEnabled(true);
        if (m_failed)
            return;
        Q_EMIT applied();
        if (m_closeWhenDone)
            accept();
    });
    if (m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
}

bool SettingsDialog::showPage(const QString &objectName)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->objectName() == objectName) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void SettingsDialog::applyAll(bool closeWhenDone)
{
    if (m_pending > 0)
        return;
    m_closeWhenDone = closeWhenDone;
    m_failed = false;
    m_pending = int(m_pages.size());
    if (m_pending == 0) {
        if (closeWhenDone)
            accept();
        return;
    }
    m_buttons->setEnabled(false); // until every page has answered
    const QList<SettingsPage *> pages = m_pages;
    for (SettingsPage *page : pages)
        page->apply();
}
