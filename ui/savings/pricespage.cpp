#include "ui/savings/pricespage.h"

#include "app/storage/pricelist.h"
#include "app/storage/storage.h"
#include "ui/savings/priceseditor.h"

#include <QLabel>
#include <QVBoxLayout>

PricesPage::PricesPage(Storage *storage, const QStringList &shapes, QWidget *parent)
    : SettingsPage(parent)
    , m_storage(storage)
    , m_prices(storage ? PriceList::open(*storage) : nullptr)
    , m_editor(new PricesEditor(m_prices.get(), shapes, this))
{
    setObjectName(QStringLiteral("pricesPage"));
    auto *intro = new QLabel(tr("What one replica of each shape costs per hour, for the Cost/hour column, the "
                                "running total in the status bar and the savings figures. Lepton's API has no "
                                "prices. Leave a price empty for \"no price set\". Prices are kept in the store "
                                "with the pause ledger, so a team store shares them."), this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor, 1);
    connect(m_editor, &PricesEditor::saveFinished, this, &SettingsPage::applyFinished);
}

PricesPage::~PricesPage() = default;

QString PricesPage::title() const
{
    return tr("Prices");
}

void PricesPage::apply()
{
    if (!m_storage) {
        // The store was switched while the page was open: its prices are not this page's.
        m_editor->setEnabled(false);
        QMetaObject::invokeMethod(this, [this] { Q_EMIT applyFinished(false); }, Qt::QueuedConnection);
        return;
    }
    m_editor->save(); // ends in saveFinished -> applyFinished
}
