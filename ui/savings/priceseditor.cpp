#include "ui/savings/priceseditor.h"

#include "app/common/localuser.h"
#include "app/storage/pricelist.h"
#include "ui/widgets/errorbanner.h"

#include <QHeaderView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

PricesEditor::PricesEditor(PriceList *prices, const QStringList &shapes, QWidget *parent)
    : QWidget(parent)
    , m_prices(prices)
    , m_shapes(shapes)
    , m_table(new QTableWidget(this))
    , m_banner(new ErrorBanner(this))
{
    setObjectName(QStringLiteral("pricesEditor"));
    m_table->setObjectName(QStringLiteral("pricesTable"));
    m_table->setAccessibleName(tr("Prices per shape"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Shape"), tr("Price per replica-hour"), tr("Currency")});
    m_table->horizontalHeader()->setSectionResizeMode(ShapeColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEnabled(false);
    m_banner->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    load();
}

void PricesEditor::load()
{
    if (!m_prices) {
        m_banner->showError(tr("This store keeps no prices."), false);
        return;
    }
    m_prices->all(this, [this](const StoreResult<QList<ShapePrice>> &result) {
        if (!result.ok()) {
            m_banner->showError(tr("The prices could not be read: %1").arg(result.error.message), false);
            return;
        }
        fill(result.value);
    });
}

void PricesEditor::fill(const QList<ShapePrice> &prices)
{
    m_stored = prices;
    QStringList names = m_shapes;
    for (const ShapePrice &p : prices) {
        if (!names.contains(p.shape))
            names << p.shape;
    }
    std::sort(names.begin(), names.end());
    m_table->setRowCount(int(names.size()));
    for (int row = 0; row < names.size(); ++row) {
        auto *shape = new QTableWidgetItem(names.at(row));
        shape->setFlags(shape->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, ShapeColumn, shape);
        const auto found = std::find_if(prices.cbegin(), prices.cend(),
                                        [&](const ShapePrice &p) { return p.shape == names.at(row); });
        m_table->setItem(row, PriceColumn,
                         new QTableWidgetItem(found != prices.cend() ? ShapePrice::formatMicros(found->micros) : QString()));
        m_table->setItem(row, CurrencyColumn,
                         new QTableWidgetItem(found != prices.cend() ? found->currency
                                                                    : QString::fromLatin1(ShapePrice::DefaultCurrency)));
    }
    m_table->setEnabled(true);
    m_loaded = true;
    Q_EMIT loaded();
}

void PricesEditor::save()
{
    if (isSaving())
        return;
    if (!m_loaded) {
        // Nothing was read, so nothing was edited: nothing to write, nothing lost (the banner
        // says why when the read failed). The settings dialog's other pages apply as usual.
        QTimer::singleShot(0, this, [this] { Q_EMIT saveFinished(true); });
        return;
    }
    // Every row is checked before anything is written.
    QList<ShapePrice> toSet;
    QStringList toRemove;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString shape = m_table->item(row, ShapeColumn)->text();
        const QString priceText = m_table->item(row, PriceColumn)->text().trimmed();
        const QString currencyText = m_table->item(row, CurrencyColumn)->text().trimmed();
        const auto stored = std::find_if(m_stored.cbegin(), m_stored.cend(), [&](const ShapePrice &p) { return p.shape == shape; });
        if (priceText.isEmpty()) {
            if (stored != m_stored.cend())
                toRemove << shape;
            continue;
        }
        const std::optional<qint64> micros = ShapePrice::parseMicros(priceText);
        const std::optional<QString> currency = ShapePrice::normalizeCurrency(currencyText);
        if (!micros || !currency) {
            m_banner->showError(!micros ? tr("The price of %1, \"%2\", is not a number such as 1.25 (a point, at most six "
                                             "decimals, not negative).").arg(shape, priceText)
                                        : tr("The currency of %1, \"%2\", is not a three-letter code such as USD.")
                                              .arg(shape, currencyText),
                                false);
            m_table->setCurrentCell(row, !micros ? PriceColumn : CurrencyColumn);
            m_table->setFocus();
            QTimer::singleShot(0, this, [this] { Q_EMIT saveFinished(false); });
            return;
        }
        if (stored != m_stored.cend() && stored->micros == *micros && stored->currency == *currency)
            continue;
        ShapePrice price;
        price.shape = shape;
        price.micros = *micros;
        price.currency = *currency;
        price.setBy = LocalUser::name();
        toSet << price;
    }
    if (toSet.isEmpty() && toRemove.isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT saveFinished(true); });
        return;
    }
    m_banner->hideBanner();
    m_failures.clear();
    m_pending = int(toSet.size() + toRemove.size());
    for (const ShapePrice &price : std::as_const(toSet)) {
        m_prices->set(price, this, [this, shape = price.shape](const StoreResult<ShapePrice> &r) {
            if (r.ok()) {
                m_stored.removeIf([&](const ShapePrice &p) { return p.shape == shape; });
                m_stored << r.value;
            }
            writeDone(r.ok() ? QString() : QStringLiteral("%1: %2").arg(shape, r.error.message));
        });
    }
    for (const QString &shape : std::as_const(toRemove)) {
        m_prices->remove(shape, this, [this, shape](const StoreResult<bool> &r) {
            if (r.ok())
                m_stored.removeIf([&](const ShapePrice &p) { return p.shape == shape; });
            writeDone(r.ok() ? QString() : QStringLiteral("%1: %2").arg(shape, r.error.message));
        });
    }
}

void PricesEditor::writeDone(const QString &error)
{
    if (!error.isEmpty())
        m_failures << error;
    if (--m_pending > 0)
        return;
    if (!m_failures.isEmpty()) {
        // The rows stay as typed: saving again retries (setting a price again changes nothing).
        m_banner->showError(tr("Not every price was saved: %1").arg(m_failures.join(QStringLiteral("; "))), false);
        Q_EMIT saveFinished(false);
        return;
    }
    Q_EMIT saveFinished(true);
}
