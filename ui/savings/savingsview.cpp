#include "ui/savings/savingsview.h"

#include "app/api/leptonclient.h"
#include "app/savings/savingsloader.h"
#include "app/savings/savingstablemodel.h"
#include "app/storage/storage.h"
#include "ui/savings/pricesdialog.h"
#include "ui/widgets/errorbanner.h"
#include "ui/widgets/tonecolors.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLegend>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

// The Monday, 00:00 UTC, `weeks - 1` weeks before this week's: the chart's first week.
QDateTime firstWeekStart(const QDateTime &now, int weeks)
{
    const QDate today = now.toUTC().date();
    return QDateTime(today.addDays(1 - today.dayOfWeek()).addDays(-7 * (weeks - 1)), QTime(0, 0), Qt::UTC);
}

// Distinct hues on the golden angle from the palette's highlight, each at least 3:1 against
// the chart's background (WCAG's minimum for graphics), light themes and dark alike.
QColor seriesColor(int index, const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Base);
    const int baseHue = std::max(0, palette.color(QPalette::Highlight).hslHue());
    const int hue = (baseHue + index * 137) % 360;
    const bool dark = ToneColors::isDark(palette, QPalette::Base);
    const QColor color = QColor::fromHsl(hue, 150, dark ? 150 : 110);
    return ToneColors::withContrast(color, background, 3.0);
}

} // namespace

SavingsView::SavingsView(QWidget *parent)
    : QWidget(parent)
    , m_banner(new ErrorBanner(this))
    , m_summary(new QLabel(this))
    , m_topSavers(new QLabel(this))
    , m_rule(new QLabel(this))
    , m_reload(new QPushButton(tr("&Reload"), this))
    , m_asTable(new QPushButton(tr("Show as &table"), this))
    , m_pricesButton(new QPushButton(tr("&Prices…"), this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
    , m_chartStack(new QStackedWidget(this))
    , m_chartView(new QChartView(this))
    , m_chartTable(new QTableWidget(this))
    , m_model(new SavingsTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("savingsView"));
    setAccessibleName(tr("Savings"));
    m_summary->setObjectName(QStringLiteral("savingsSummary"));
    m_summary->setWordWrap(true);
    m_topSavers->setObjectName(QStringLiteral("topSavers"));
    m_topSavers->setWordWrap(true);
    m_rule->setWordWrap(true);
    m_rule->setText(tr("Counted at the minimum replicas each resource had before its pause (what Resume gives back): "
                       "a floor, not what autoscaling might have run. Money only for shapes with a price."));
    m_reload->setObjectName(QStringLiteral("savingsReload"));
    m_asTable->setObjectName(QStringLiteral("savingsShowAsTable"));
    m_asTable->setCheckable(true);
    m_asTable->setToolTip(tr("Show the chart's figures as a table"));
    m_pricesButton->setObjectName(QStringLiteral("savingsPrices"));
    m_pricesButton->setToolTip(tr("Set what one replica of each shape costs per hour"));
    m_export->setObjectName(QStringLiteral("savingsExportCsv"));

    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(tr("GPU-hours saved per week"));
    m_chartView->setChart(chart); // the view owns it
    m_chartView->setObjectName(QStringLiteral("savingsChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
    m_chartView->setFocusPolicy(Qt::StrongFocus);
    m_chartView->setAccessibleName(tr("Chart: GPU-hours saved per week, by deployment"));
    m_chartView->viewport()->setAccessibleName(m_chartView->accessibleName());
    m_chartTable->setObjectName(QStringLiteral("savingsChartTable"));
    m_chartTable->setAccessibleName(tr("GPU-hours saved per week, by deployment (table)"));
    m_chartTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_chartTable->verticalHeader()->hide();
    m_chartStack->addWidget(m_chartView);
    m_chartStack->addWidget(m_chartTable);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SavingsTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("savingsTable"));
    m_table->setAccessibleName(tr("Savings per resource"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SavingsTableModel::GpuHoursColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SavingsTableModel::ResourceColumn, QHeaderView::Stretch);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_asTable);
    buttons->addWidget(m_pricesButton);
    buttons->addWidget(m_export);
    buttons->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_chartStack, 3);
    layout->addWidget(m_topSavers);
    layout->addWidget(m_table, 2);
    layout->addWidget(m_rule);

    connect(m_reload, &QPushButton::clicked, this, &SavingsView::reload);
    connect(m_pricesButton, &QPushButton::clicked, this, &SavingsView::editPrices);
    connect(m_export, &QPushButton::clicked, this, &SavingsView::exportCsv);
    connect(m_asTable, &QPushButton::toggled, this, [this](bool on) {
        m_chartStack->setCurrentIndex(on ? 1 : 0);
        m_asTable->setText(on ? tr("Show as &chart") : tr("Show as &table"));
    });
    clear();
}

SavingsView::~SavingsView() = default;

QChart *SavingsView::chart() const
{
    return m_chartView->chart();
}

void SavingsView::setSources(Storage *storage, LeptonClient *client, const QString &workspaceId)
{
    if (m_storage)
        disconnect(m_storage, nullptr, this, nullptr);
    m_storage = storage;
    m_client = client;
    m_workspaceId = workspaceId;
    m_loader = storage ? std::make_unique<SavingsLoader>(storage, client) : nullptr;
    if (storage) {
        // A pause, a resume or a price written anywhere (the CLI, another console): re-read.
        connect(storage, &Storage::changed, this, [this] {
            QTimer::singleShot(300, this, &SavingsView::reload);
        });
    }
    reload();
}

void SavingsView::clear()
{
    ++m_generation;
    m_report = SavingsReport();
    m_model->setReport(m_report);
    m_summary->setText(tr("No workspace."));
    m_topSavers->clear();
    buildChart();
    fillChartTable();
    m_pricesButton->setEnabled(false);
    m_export->setEnabled(false);
}

void SavingsView::reload()
{
    if (!m_loader) {
        clear();
        return;
    }
    const int generation = ++m_generation;
    m_pricesButton->setEnabled(m_loader->prices() != nullptr);
    if (m_report.resources.isEmpty())
        m_summary->setText(tr("Reading the pause ledger…"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_loader->load(m_workspaceId, firstWeekStart(now, Weeks), now, [this, generation](const SavingsLoader::Outcome &outcome) {
        if (generation != m_generation)
            return; // a newer load is under way
        if (!outcome.ok()) {
            m_banner->showError(outcome.message, false);
            Q_EMIT reloaded(false);
            return;
        }
        const QString problem = !outcome.shapesProblem.isEmpty() ? outcome.shapesProblem : outcome.pricesProblem;
        if (problem.isEmpty())
            m_banner->hideBanner();
        else
            m_banner->showWarning(problem);
        showReport(outcome.report);
        Q_EMIT reloaded(true);
    });
}

void SavingsView::showReport(const SavingsReport &report)
{
    m_report = report;
    m_model->setReport(report);
    m_export->setEnabled(!report.resources.isEmpty());
    QString summary = tr("Last %n week(s): %1 GPU-hours and %2 replica-hours not spent over %3 hours paused", nullptr, Weeks)
                          .arg(SavingsTableModel::formatHours(report.gpuHours),
                               SavingsTableModel::formatHours(report.replicaHours),
                               SavingsTableModel::formatHours(report.pausedHours()));
    if (report.cost)
        summary += tr("; %1 %2 saved").arg(SavingsTableModel::formatHours(*report.cost), report.currency);
    else
        summary += tr("; no money figure (no price set for these shapes)");
    m_summary->setText(summary + QLatin1Char('.'));

    QStringList top;
    for (const SavingsReport::Resource &r : report.resources) {
        if (top.size() == 3 || !r.gpuHours || *r.gpuHours <= 0)
            break;
        top << tr("%1 (%2 GPU-hours)").arg(r.key(), SavingsTableModel::formatHours(*r.gpuHours));
    }
    m_topSavers->setText(top.isEmpty() ? tr("No GPU-hours saved in these weeks.")
                                       : tr("Top savers: %1.").arg(top.join(QStringLiteral(", "))));
    buildChart();
    fillChartTable();
}

QStringList SavingsView::chartedKeys() const
{
    QStringList keys;
    for (const SavingsReport::Resource &r : m_report.resources) {
        if (r.gpuHours && *r.gpuHours > 0)
            keys << r.key();
    }
    return keys; // resources are sorted by GPU-hours already
}

void SavingsView::buildChart()
{
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries(); // deletes them
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        axis->deleteLater();
    }
    const QPalette pal = palette();
    chart->setBackgroundBrush(pal.brush(QPalette::Base));
    chart->setTitleBrush(pal.brush(QPalette::Text));
    chart->legend()->setLabelColor(pal.color(QPalette::Text));

    const QStringList keys = chartedKeys();
    const QStringList shown = keys.mid(0, ChartedResources);
    auto *series = new QStackedBarSeries;
    for (int i = 0; i < shown.size(); ++i) {
        auto *set = new QBarSet(shown.at(i));
        set->setColor(seriesColor(i, pal));
        set->setBorderColor(pal.color(QPalette::Base));
        for (const SavingsReport::Week &week : m_report.weeks)
            *set << week.gpuHoursByResource.value(shown.at(i));
        series->append(set);
    }
    if (keys.size() > shown.size()) {
        auto *other = new QBarSet(tr("Other"));
        other->setColor(ToneColors::withContrast(pal.color(QPalette::Mid), pal.color(QPalette::Base), 3.0));
        for (const SavingsReport::Week &week : m_report.weeks) {
            double rest = 0;
            for (auto it = week.gpuHoursByResource.cbegin(); it != week.gpuHoursByResource.cend(); ++it) {
                if (!shown.contains(it.key()))
                    rest += it.value();
            }
            *other << rest;
        }
        series->append(other);
    }
    chart->addSeries(series);
    chart->legend()->setVisible(!shown.isEmpty());

    // Each week by its Monday ("30 Nov"): short enough for twelve under the bars; the table
    // behind the chart gives the ISO week.
    auto *weeksAxis = new QBarCategoryAxis;
    weeksAxis->setTitleText(tr("Week of"));
    for (const SavingsReport::Week &week : m_report.weeks)
        weeksAxis->append(QLocale().toString(week.start, tr("d MMM", "a week's Monday under the savings chart")));
    auto *hoursAxis = new QValueAxis;
    hoursAxis->setTitleText(tr("GPU-hours"));
    hoursAxis->setLabelFormat(QStringLiteral("%.0f"));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(weeksAxis), static_cast<QAbstractAxis *>(hoursAxis)}) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.brush(QPalette::Text));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
        axis->setLinePenColor(pal.color(QPalette::Mid));
    }
    chart->addAxis(weeksAxis, Qt::AlignBottom);
    chart->addAxis(hoursAxis, Qt::AlignLeft);
    series->attachAxis(weeksAxis);
    series->attachAxis(hoursAxis);
    double highest = 0;
    for (const SavingsReport::Week &week : m_report.weeks)
        highest = std::max(highest, week.gpuHours);
    hoursAxis->setRange(0, highest > 0 ? highest * 1.1 : 1);
    hoursAxis->applyNiceNumbers();

    // What the chart says, in words, for a screen reader that lands on it.
    const auto best = std::max_element(m_report.weeks.cbegin(), m_report.weeks.cend(),
                                       [](const SavingsReport::Week &l, const SavingsReport::Week &r) {
                                           return l.gpuHours < r.gpuHours;
                                       });
    m_chartView->setAccessibleDescription(
        best == m_report.weeks.cend() || best->gpuHours <= 0
            ? tr("No GPU-hours saved in these weeks.")
            : tr("%1 weeks; the most GPU-hours saved in %2: %3. The same figures: Show as table.")
                  .arg(m_report.weeks.size())
                  .arg(best->label(), SavingsTableModel::formatHours(best->gpuHours)));
}

void SavingsView::fillChartTable()
{
    const QStringList keys = chartedKeys();
    m_chartTable->clear();
    m_chartTable->setColumnCount(int(keys.size()) + 2);
    QStringList headers {tr("Week"), tr("GPU-hours, all")};
    headers << keys;
    m_chartTable->setHorizontalHeaderLabels(headers);
    m_chartTable->setRowCount(int(m_report.weeks.size()));
    for (int row = 0; row < m_report.weeks.size(); ++row) {
        const SavingsReport::Week &week = m_report.weeks.at(row);
        m_chartTable->setItem(row, 0, new QTableWidgetItem(
                                          tr("%1 (from %2)").arg(week.label(), week.start.toString(Qt::ISODate))));
        m_chartTable->setItem(row, 1, new QTableWidgetItem(SavingsTableModel::formatHours(week.gpuHours)));
        for (int k = 0; k < keys.size(); ++k)
            m_chartTable->setItem(row, k + 2, new QTableWidgetItem(SavingsTableModel::formatHours(
                                                  week.gpuHoursByResource.value(keys.at(k)))));
    }
}

void SavingsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A theme switch (light / dark): the chart's colours follow the palette.
    if (event->type() == QEvent::PaletteChange)
        buildChart();
}

void SavingsView::editPrices()
{
    if (!m_loader || !m_loader->prices())
        return;
    QStringList shapes;
    if (m_loader->workspaceInfo())
        shapes = m_loader->workspaceInfo()->supportedShapes;
    auto *dialog = new PricesDialog(m_loader->prices(), shapes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PricesDialog::saved, this, &SavingsView::reload);
    dialog->open();
}

void SavingsView::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Savings"), QStringLiteral("savings.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsvTo(path);
}

void SavingsView::exportCsvTo(const QString &path)
{
    const QByteArray csv = m_report.toCsv();
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (error.isEmpty())
            m_banner->showSuccess(tr("Exported to %1.").arg(path));
        else
            m_banner->showError(tr("The CSV file could not be written: %1").arg(error), false);
        Q_EMIT csvExported(path, error);
    });
    watcher->setFuture(QtConcurrent::run([path, csv]() -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
            return file.errorString();
        return QString();
    }));
}
