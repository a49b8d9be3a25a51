#pragma once

#include "app/deployments/costrates.h"
#include "app/deployments/runningcost.h"
#include "app/storage/note.h"
#include "app/storage/pauseentry.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

class PauseLedger;

// Every paused resource of one workspace (endpoints, dev pods, Ray clusters, with a Kind
// column), as a table: the open entries of the pause ledger
// with the reason (the pause-reason note, which may have been edited since, else the reason
// the ledger kept), who paused it, since when, what Resume brings back and the reminder.
//
// reload() re-reads the ledger and the notes and applies them as a diff by deployment name:
// rows are inserted, removed, or updated with dataChanged, never reset, so the selection and
// scroll position of a view survive a reload. No widgets here: the view adds those.
//
// One class of about 540 lines: a table model whose roles (display, tooltip, sort, stale,
// review due, cost if resumed) all read the same Item, so splitting them would only pass the
// Item around; the diff itself is setItems().
class PausedServicesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,         // endpoint, dev pod or Ray cluster
        ReasonColumn,
        PausedByColumn,
        SinceColumn,
        SavedReplicasColumn,
        AutoscalingColumn,
        ReminderColumn,
        ResumeCostColumn,   // what it would cost per hour if resumed (RunningCost of the saved replicas)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        NameRole = Qt::UserRole + 1, // QString: the deployment name, whatever the column
        SortRole,                    // a raw value to sort on (times in ms, dates as days...)
        EntryRole,                   // QVariant<PauseEntry>
        EntryIdRole,                 // qint64
        ReasonRole,                  // QString: the full reason, line breaks kept
        PausedAtRole,                // QDateTime (UTC)
        RemindOnRole,                // QDate; null when there is no reminder
        ReviewDueRole,               // bool: a reminder on or before today
        ConfirmedRole,               // bool: the server accepted the pause (Active, not Pending)
        KindRole,                    // QString: "endpoint", "pod" or "raycluster" (ResourceKinds)
        StaleRole,                   // bool: paused longer than staleAfter() (the "stale" badge)
        ResumeCostRole,              // qint64: millionths per hour at the saved min replicas; -1 without a price
    };
    Q_ENUM(Role)

    // One row: an open pause and what the notes say about it.
    struct Item
    {
        PauseEntry entry;
        QString reason;          // the pause-reason note's text, else entry.reason
        QString reasonAuthor;    // that note's author; empty when it comes from the ledger
        QString latestNote;      // the newest note of the deployment, when it is not the reason
        QString latestNoteAuthor;
        QDateTime latestNoteAt;
        int noteCount = 0;

        QString name() const { return entry.deploymentName; }
        bool operator==(const Item &other) const = default;
    };

    explicit PausedServicesModel(QObject *parent = nullptr);

    // Where reload() reads from; both must outlive the model (or be replaced first). Null
    // ledger or empty workspace: the model is empty.
    void setSources(PauseLedger *ledger, const QString &workspaceId);
    QString workspaceId() const { return m_workspaceId; }

    // Re-reads the ledger and the notes and applies them as a diff. False when the ledger could
    // not be read (rows are left as they were; lastError() says why). A note that cannot be
    // read is not fatal: the row falls back to the reason in the ledger.
    // Asynchronous: one call to the ledger (the open pauses with their notes), then the diff;
    // ends in reloaded() (ok false: lastError() says why, the rows stay as they were).
    void reload();
    QString lastError() const { return m_lastError; }

    // Applies rows as a diff by deployment name (reload() uses it; tests may call it directly).
    void setItems(QList<Item> items);
    // Builds the row of one entry from the deployment's notes, newest first.
    static Item itemFor(const PauseEntry &entry, const QList<Note> &historyNewestFirst);

    // The clock behind "since" and "review due". Invalid (the default) follows the real clock.
    void setNow(const QDateTime &now);
    QDateTime now() const;
    QDate today() const;
    // Time passes: "since" and "review due" are recomputed for every row (dataChanged only).
    void refreshTimes();

    // A pause older than this is stale: its "Paused for" cell says so ("21 days · stale") and
    // StaleRole is true. Default DefaultStaleDays.
    static constexpr int DefaultStaleDays = 14;
    void setStaleAfterDays(int days);
    int staleAfterDays() const { return m_staleDays; }
    bool isStale(int row) const;
    int staleCount() const;

    // The prices and shapes behind "Cost if resumed" (the window's RunningCostFeed).
    void setCostRates(const CostRates &rates);
    // What Resume of `entry` would bring back, costed: its shape from the paused snapshot, the
    // saved min–max replicas (a dev pod: one; a Ray cluster: the head and the saved groups).
    static RunningCost resumeCostOf(const PauseEntry &entry, const CostRates &rates);
    RunningCost resumeCost(int row) const { return resumeCostOf(m_items.at(row).entry, m_costRates); }
    // What every listed pause would cost per hour if resumed, per currency (the summary line).
    RunningCostTotal resumeTotal() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Item &itemAt(int row) const { return m_items.at(row); }
    int rowOf(const QString &deploymentName) const;
    bool isReviewDue(int row) const;
    int dueCount() const;

    // Text as shown, exposed for the view, the CLI and the tests.
    static QString sinceText(const QDateTime &since, const QDateTime &now);
    // What Resume brings back: "1–3" replicas; for a dev pod stopped by a flag "running"; for a
    // Ray cluster its worker groups ("gpu-workers 2–4 · cpu-workers 1–8").
    static QString savedReplicasText(const PauseEntry &entry);
    // "Endpoint", "Dev pod", "Ray cluster".
    static QString kindText(const PauseEntry &entry);
    static QString autoscalingText(const PauseEntry &entry);
    static QString columnName(int column);

Q_SIGNALS:
    void reloaded(bool ok);

private:
    QVariant displayText(const Item &item, int column, const QDateTime &now, const QDate &today) const;
    QVariant toolTip(const Item &item, int column, const QDate &today) const;
    QVariant sortValue(const Item &item, int column) const;

    PauseLedger *m_ledger = nullptr;
    QString m_workspaceId;
    QList<Item> m_items; // by deployment name
    QDateTime m_now;     // invalid: the real clock
    int m_staleDays = DefaultStaleDays;
    CostRates m_costRates;
    QString m_lastError;
};
