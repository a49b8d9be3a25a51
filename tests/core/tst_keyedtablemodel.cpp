// KeyedTableModel, the diff-by-key engine under the dev pod and Ray cluster tables: a refresh
// is a diff, so a view's selection survives it and an unchanged refresh announces nothing.
#include "app/deployments/keyedtablemodel.h"

#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QtTest>

namespace {

struct Item
{
    QString name;
    int value = 0;
};

class ItemTable : public KeyedTableModel<Item>
{
public:
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : 2; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || role != Qt::DisplayRole)
            return {};
        const Item &item = rowAt(index.row());
        return index.column() == 0 ? QVariant(item.name) : QVariant(item.value);
    }

protected:
    QString keyOf(const Item &item) const override { return item.name; }
    bool same(const Item &a, const Item &b) const override { return a.value == b.value; }
};

QList<Item> items(std::initializer_list<std::pair<const char *, int>> list)
{
    QList<Item> out;
    for (const auto &[name, value] : list)
        out.append({QString::fromLatin1(name), value});
    return out;
}

QString selectedName(const QItemSelectionModel &selection)
{
    const QModelIndexList rows = selection.selectedRows(0);
    return rows.size() == 1 ? rows.first().data().toString() : QString();
}

} // namespace

class TestKeyedTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unchangedRefreshEmitsNothingAndKeepsSelection()
    {
        ItemTable table;
        QItemSelectionModel selection(&table);
        table.apply(items({{"a", 1}, {"b", 2}, {"c", 3}}));
        QCOMPARE(table.rowCount(), 3);
        selection.setCurrentIndex(table.index(1, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(selectedName(selection), QStringLiteral("b"));

        QSignalSpy reset(&table, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&table, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&table, &QAbstractItemModel::rowsRemoved);
        const auto stats = table.apply(items({{"a", 1}, {"b", 2}, {"c", 3}}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QVERIFY(!stats.any());
        QCOMPARE(selectedName(selection), QStringLiteral("b"));
        QCOMPARE(selection.currentIndex().row(), 1);
    }

    void changesAreAnnouncedOnlyWhereTheyAre()
    {
        ItemTable table;
        QItemSelectionModel selection(&table);
        table.apply(items({{"a", 1}, {"b", 2}, {"c", 3}, {"d", 4}}));
        selection.select(table.index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        QSignalSpy reset(&table, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
        const auto stats = table.apply(items({{"a", 1}, {"b", 20}, {"c", 30}, {"d", 4}}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(stats.changed, 2);
        // One run: rows 1 and 2, nothing else.
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 1);
        QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 2);
        QCOMPARE(table.index(2, 1).data().toInt(), 30);
        QCOMPARE(selectedName(selection), QStringLiteral("c"));
    }

    void insertAndRemoveKeepTheSelectionOnItsKey()
    {
        ItemTable table;
        QItemSelectionModel selection(&table);
        table.apply(items({{"a", 1}, {"b", 2}, {"c", 3}}));
        selection.setCurrentIndex(table.index(2, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

        QSignalSpy reset(&table, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy inserted(&table, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&table, &QAbstractItemModel::rowsRemoved);
        // "a" and "b" gone, "e" and "d" new (in the server's order), "c" unchanged.
        const auto stats = table.apply(items({{"e", 5}, {"c", 3}, {"d", 4}}));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(stats.removed, 2);
        QCOMPARE(stats.inserted, 2);
        QCOMPARE(removed.count(), 1); // one contiguous run
        QCOMPARE(inserted.count(), 1); // one insertion at the end
        QCOMPARE(table.rowCount(), 3);
        QCOMPARE(table.rowOf("c"), 0);
        QCOMPARE(table.rowOf("e"), 1);
        QCOMPARE(table.rowOf("d"), 2);
        QCOMPARE(selectedName(selection), QStringLiteral("c"));
        QCOMPARE(selection.currentIndex().data().toString(), QStringLiteral("c"));
    }

    void aKeyListedTwiceGivesOneRowAndTheLastWins()
    {
        ItemTable table;
        table.apply(items({{"a", 1}, {"b", 2}, {"a", 9}}));
        QCOMPARE(table.rowCount(), 2);
        QCOMPARE(table.find("a")->value, 9);
        QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
        table.apply(items({{"a", 1}, {"b", 2}, {"a", 9}}));
        QCOMPARE(changed.count(), 0);
    }

    void keysChangedAnnouncesOnlyThoseRows()
    {
        ItemTable table;
        table.apply(items({{"a", 1}, {"b", 2}, {"c", 3}}));
        QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
        table.keysChanged({QStringLiteral("c"), QStringLiteral("gone")});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 2);
    }
};

QTEST_GUILESS_MAIN(TestKeyedTableModel)
#include "tst_keyedtablemodel.moc"
