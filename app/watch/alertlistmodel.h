#pragma once

#include "app/deployments/keyedtablemodel.h"
#include "app/watch/alert.h"

#include <QPointer>

class AlertBook;

// The AlertBook as a table: open and recent alerts with time, rule, resource, message and state,
// one row per alert in the order they were raised (a sorting proxy shows the newest first).
// Every change of the book is applied as a diff by alert id (KeyedTableModel): a raise inserts
// one row, a close or an acknowledgement changes one row, a trim removes the dropped rows; the
// model is never reset, so the view's selection and scroll survive.
class AlertListModel : public KeyedTableModel<Alert>
{
    Q_OBJECT

public:
    enum Column { TimeColumn, RuleColumn, ResourceColumn, MessageColumn, StateColumn, ColumnCount };
    enum Role {
        AlertIdRole = Qt::UserRole + 1, // quint64
        KindRole,                       // ResourceKind
        NameRole,                       // the resource's name (empty: the workspace)
        OpenRole,                       // bool
        AcknowledgedRole,               // bool
        SortRole,                       // what the column sorts by
    };

    explicit AlertListModel(QObject *parent = nullptr);

    void setAlertBook(AlertBook *book);
    AlertBook *alertBook() const { return m_book; }
    // The alert of a row (of this model, not of a proxy).
    const Alert &alertAt(int row) const { return rowAt(row); }
    int rowOfAlert(quint64 id) const { return rowOf(QString::number(id)); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Open", "Acknowledged", "Closed 14:02".
    static QString stateText(const Alert &alert);
    // "Endpoint llama3-8b", "Workspace".
    static QString resourceText(const Alert &alert);

protected:
    QString keyOf(const Alert &alert) const override { return QString::number(alert.id); }
    bool same(const Alert &a, const Alert &b) const override;

private:
    void sync();

    QPointer<AlertBook> m_book;
};
