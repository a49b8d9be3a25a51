#pragma once

#include "app/savings/savingsreport.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <memory>

class ErrorBanner;
class LeptonClient;
class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTableWidget;
class SavingsLoader;
class SavingsTableModel;
class Storage;

// Savings: what the workspace's pauses saved over the last 12 weeks (SavingsLoader over the
// ledger, the prices and the workspace's shapes). A chart of GPU-hours saved per ISO week,
// stacked by deployment (the six biggest savers, the rest as "Other"), with the same figures
// as a table for screen readers and keyboards ("Show as table"); the top savers in words; a
// sortable table of every paused resource that exports to CSV; the conservative rule in words;
// and Prices… to set what a shape costs. Colours come from the palette (readable in dark
// themes), and every bar set is named in the legend, so colour never carries meaning alone.
class SavingsView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Weeks = 12;
    static constexpr int ChartedResources = 6;

    explicit SavingsView(QWidget *parent = nullptr);
    ~SavingsView() override;

    // The workspace to show; `client` may be null (accelerators then come from the paused
    // specs). Both must outlive the view or be replaced first. Reloads.
    void setSources(Storage *storage, LeptonClient *client, const QString &workspaceId);
    void clear();

    SavingsTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    QChartView *chartView() const { return m_chartView; }
    QChart *chart() const;
    QTableWidget *chartTable() const { return m_chartTable; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *topSaversLabel() const { return m_topSavers; }
    QPushButton *showAsTableButton() const { return m_asTable; }
    QPushButton *pricesButton() const { return m_pricesButton; }

public Q_SLOTS:
    void reload();
    // Opens the Prices dialog (non-blocking); the figures reload once it saved.
    void editPrices();
    // Asks for a file, then exportCsvTo().
    void exportCsv();
    // Writes the table as CSV to `path` off the GUI thread; csvExported() says how it went.
    void exportCsvTo(const QString &path);

Q_SIGNALS:
    void reloaded(bool ok);
    // `error` empty: written.
    void csvExported(const QString &path, const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showReport(const SavingsReport &report);
    void buildChart();
    void fillChartTable();
    // The resources the chart stacks, biggest first; the rest go to "Other".
    QStringList chartedKeys() const;

    QPointer<Storage> m_storage;
    QPointer<LeptonClient> m_client;
    QString m_workspaceId;
    std::unique_ptr<SavingsLoader> m_loader;
    int m_generation = 0;
    SavingsReport m_report;

    ErrorBanner *m_banner;
    QLabel *m_summary;
    QLabel *m_topSavers;
    QLabel *m_rule;
    QPushButton *m_reload;
    QPushButton *m_asTable;
    QPushButton *m_pricesButton;
    QPushButton *m_export;
    QStackedWidget *m_chartStack;
    QChartView *m_chartView;
    QTableWidget *m_chartTable;
    SavingsTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
};
