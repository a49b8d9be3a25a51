#pragma once

#include "ui/savings/priceseditor.h"

#include <QDialog>
#include <QStringList>

class ErrorBanner;
class PriceList;
class QDialogButtonBox;
class QTableWidget;

// Prices…: the price of one replica of each shape per hour, for the savings and cost figures
// (the table is PricesEditor, which the Prices page of Edit ▸ Preferences shows too). Save
// checks every row first, writes the changed ones, and closes when all are stored; a wrong row
// or a store that refuses keeps the dialog open with the reason.
class PricesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { ShapeColumn = PricesEditor::ShapeColumn, PriceColumn = PricesEditor::PriceColumn,
                  CurrencyColumn = PricesEditor::CurrencyColumn, ColumnCount = PricesEditor::ColumnCount };

    // `prices` must outlive the dialog. `shapes`: the workspace's shapes (may be empty).
    PricesDialog(PriceList *prices, const QStringList &shapes, QWidget *parent = nullptr);

    PricesEditor *editor() const { return m_editor; }
    QTableWidget *table() const { return m_editor->table(); }
    ErrorBanner *banner() const { return m_editor->banner(); }

public Q_SLOTS:
    void save();

Q_SIGNALS:
    // Every change was stored.
    void saved();

private:
    PricesEditor *m_editor;
    QDialogButtonBox *m_buttons;
};
