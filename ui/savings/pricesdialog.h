#pragma once

#include "app/storage/shapeprice.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class ErrorBanner;
class PriceList;
class QDialogButtonBox;
class QTableWidget;

// Prices…: the price of one replica of each shape per hour, for the savings figures. One row
// per shape the workspace offers and per shape with a price; an empty price means "no price
// set" (never 0). Save checks every row first (nothing is written while one is wrong), then
// writes the changed ones through the PriceList (asynchronously) and closes when all are
// stored; a store that refuses keeps the dialog open with the store's words.
class PricesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { ShapeColumn, PriceColumn, CurrencyColumn, ColumnCount };

    // `prices` must outlive the dialog. `shapes`: the workspace's shapes (may be empty).
    PricesDialog(PriceList *prices, const QStringList &shapes, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    ErrorBanner *banner() const { return m_banner; }

public Q_SLOTS:
    void save();

Q_SIGNALS:
    // Every change was stored.
    void saved();

private:
    void load();
    void fill(const QList<ShapePrice> &prices);
    void writeDone(const QString &error);

    PriceList *m_prices;
    QStringList m_shapes;
    QList<ShapePrice> m_stored;
    QTableWidget *m_table;
    ErrorBanner *m_banner;
    QDialogButtonBox *m_buttons;
    int m_pending = 0;
    QStringList m_failures;
};
