#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <utility>

// The diff-by-key table engine: rows of `Row` keyed by a string (a resource's name), and a
// refresh applied as a diff, never as a reset. Rows gone from the fresh list are removed (in
// contiguous runs, from the bottom), rows whose content changed get dataChanged (in contiguous
// runs, only where something changed), new rows are appended in the server's order in one
// insertion (a sorting proxy puts them in place). An unchanged refresh emits nothing at all,
// so a view's selection, current row, scroll position and sort survive every refresh.
//
// A table of a new resource kind derives from it, says what a row's key is and when two rows
// look the same, and adds its columns and roles (see ResourceTableModel). Of a key listed
// twice in one refresh, the last entry wins.
//
// A template (the row type is the table's own): the class itself has no signals or slots of
// its own, so it needs no Q_OBJECT; a subclass may have one.
template <typename Row>
class KeyedTableModel : public QAbstractTableModel
{
public:
    struct ApplyStats
    {
        int inserted = 0;
        int removed = 0;
        int changed = 0;
        bool any() const { return inserted + removed + changed > 0; }
    };

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }

    // Applies a fresh list as a diff (see the class comment).
    ApplyStats apply(const QList<Row> &incoming)
    {
        ApplyStats stats;
        // The fresh rows by key (the last of a key wins), and the keys in the order they came.
        QHash<QString, qsizetype> fresh;
        QList<qsizetype> order;
        fresh.reserve(incoming.size());
        for (qsizetype i = 0; i < incoming.size(); ++i) {
            if (!accepts(incoming.at(i)))
                continue;
            const QString key = keyOf(incoming.at(i));
            const auto it = fresh.find(key);
            if (it == fresh.end()) {
                fresh.insert(key, i);
                order.append(i);
            } else {
                it.value() = i;
            }
        }

        // 1. Removals, from the bottom, in contiguous runs.
        bool removed = false;
        for (int r = int(m_rows.size()) - 1; r >= 0;) {
            if (fresh.contains(keyOf(m_rows.at(r)))) {
                --r;
                continue;
            }
            int first = r;
            while (first > 0 && !fresh.contains(keyOf(m_rows.at(first - 1))))
                --first;
            beginRemoveRows(QModelIndex(), first, r);
            m_rows.remove(first, r - first + 1);
            endRemoveRows();
            stats.removed += r - first + 1;
            removed = true;
            r = first - 1;
        }
        if (removed)
            reindex();

        // 2. Changes in place, announced in contiguous runs.
        int runStart = -1;
        const auto flush = [&](int lastRow) {
            if (runStart >= 0)
                Q_EMIT dataChanged(index(runStart, 0), index(lastRow, columnCount() - 1));
            runStart = -1;
        };
        for (int r = 0; r < m_rows.size(); ++r) {
            const Row &now = incoming.at(fresh.value(keyOf(m_rows.at(r))));
            if (same(m_rows.at(r), now)) {
                flush(r - 1);
                continue;
            }
            m_rows[r] = now;
            ++stats.changed;
            if (runStart < 0)
                runStart = r;
        }
        flush(int(m_rows.size()) - 1);

        // 3. New keys at the end, in one insertion.
        QList<qsizetype> added;
        for (const qsizetype i : std::as_const(order)) {
            if (!m_index.contains(keyOf(incoming.at(i))))
                added.append(fresh.value(keyOf(incoming.at(i))));
        }
        if (!added.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows(QModelIndex(), first, first + int(added.size()) - 1);
            for (const qsizetype i : std::as_const(added)) {
                m_index.insert(keyOf(incoming.at(i)), int(m_rows.size()));
                m_rows.append(incoming.at(i));
            }
            endInsertRows();
            stats.inserted = int(added.size());
        }
        if (stats.any())
            rowsApplied();
        return stats;
    }

    // Drops every row (another workspace): the one case where a reset is right.
    void clear()
    {
        beginResetModel();
        m_rows.clear();
        m_index.clear();
        endResetModel();
        rowsApplied();
    }

    int rowOf(const QString &key) const { return m_index.value(key, -1); }
    const Row *find(const QString &key) const
    {
        const int row = rowOf(key);
        return row >= 0 ? &m_rows.at(row) : nullptr;
    }
    const Row &rowAt(int row) const { return m_rows.at(row); }
    const QList<Row> &rows() const { return m_rows; }

    // What the rows of these keys show changed without their data changing (an overlay such
    // as a pause marker): dataChanged for those rows only.
    void keysChanged(const QSet<QString> &keys)
    {
        for (const QString &key : keys) {
            const int row = rowOf(key);
            if (row >= 0)
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    }
    // Every row shows something different in `roles` (a clock, staleness).
    void allRowsChanged(const QList<int> &roles = {})
    {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columnCount() - 1), roles);
    }

protected:
    explicit KeyedTableModel(QObject *parent = nullptr)
        : QAbstractTableModel(parent)
    {
    }

    // The row's key: unique in the table.
    virtual QString keyOf(const Row &row) const = 0;
    // False when anything the table shows of the row differs.
    virtual bool same(const Row &a, const Row &b) const = 0;
    // Whether a fresh row belongs in this table at all (default: every row).
    virtual bool accepts(const Row &) const { return true; }
    // After a refresh that changed something, and after clear(): counts kept by a subclass.
    virtual void rowsApplied() {}

private:
    void reindex()
    {
        m_index.clear();
        m_index.reserve(m_rows.size());
        for (int r = 0; r < m_rows.size(); ++r)
            m_index.insert(keyOf(m_rows.at(r)), r);
    }

    QList<Row> m_rows;
    QHash<QString, int> m_index; // key -> row
};
