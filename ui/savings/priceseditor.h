#pragma once

#include "app/storage/shapeprice.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class ErrorBanner;
class PriceList;
class QTableWidget;

// The price of one replica of each shape per hour, as an editable table: one row per shape the
// workspace offers and per shape with a price; an empty price means "no price set" (never 0).
// save() checks every row first (nothing is written while one is wrong, the banner says which
// and the cell is focused), then writes the changed ones through the PriceList
// (asynchronously) and ends in saveFinished(). The Prices dialog (Savings window) and the
// Prices page of Edit ▸ Preferences both are this widget.
class PricesEditor : public QWidget
{
    Q_OBJECT

public:
    enum Column { ShapeColumn, PriceColumn, CurrencyColumn, ColumnCount };

    // `prices` (may be null: "this store keeps no prices") must outlive the editor. `shapes`:
    // the workspace's shapes (may be empty). Reads the prices at once.
    PricesEditor(PriceList *prices, const QStringList &shapes, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    ErrorBanner *banner() const { return m_banner; }
    // The prices were read and the table can be edited.
    bool isLoaded() const { return m_loaded; }
    // A save is on its way.
    bool isSaving() const { return m_pending > 0; }

public Q_SLOTS:
    void save();

Q_SIGNALS:
    void loaded();
    // ok: every change was stored (or there was none); false: a row was wrong or the store
    // refused (the banner says which; the rows stay as typed, so saving again retries).
    void saveFinished(bool ok);

private:
    void load();
    void fill(const QList<ShapePrice> &prices);
    void writeDone(const QString &error);

    PriceList *m_prices;
    QStringList m_shapes;
    QList<ShapePrice> m_stored;
    QTableWidget *m_table;
    ErrorBanner *m_banner;
    bool m_loaded = false;
    int m_pending = 0;
    QStringList m_failures;
};
