#pragma once

#include "ui/settings/settingspage.h"

#include <QPointer>
#include <QStringList>

#include <memory>

class PriceList;
class PricesEditor;
class Storage;

// Edit ▸ Preferences ▸ Prices: the same editor as the Savings window's Prices dialog
// (PricesEditor), for the store in use. Apply writes the changed prices; a wrong row or a
// store that refuses keeps the page's entries with the reason.
class PricesPage : public SettingsPage
{
    Q_OBJECT

public:
    // `storage`: the store in use (null: none, the page says so). `shapes`: the open
    // workspace's shapes (may be empty: then the priced shapes alone are listed).
    PricesPage(Storage *storage, const QStringList &shapes, QWidget *parent = nullptr);
    ~PricesPage() override;

    QString title() const override;
    void apply() override;

    PricesEditor *editor() const { return m_editor; }

private:
    QPointer<Storage> m_storage;
    std::unique_ptr<PriceList> m_prices;
    PricesEditor *m_editor;
};
