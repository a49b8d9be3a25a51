#include "ui/schedule/schedulesview.h"

#include "ui/schedule/scheduleboard.h"
#include "ui/schedule/schedulesplanmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace std::chrono_literals;

namespace {

constexpr std::chrono::hours PlanSpan {24 * 7};

} // namespace

SchedulesView::SchedulesView(ScheduleBoard *board, QWidget *parent)
    : QWidget(parent)
    , m_board(board)
    , m_model(new SchedulesPlanModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_failures(new QLabel(this))
{
    setObjectName(QStringLiteral("schedulesView"));
    setWindowTitle(tr("Schedules — Lepton Console"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SchedulesPlanModel::SortRole);
    m_table->setObjectName(QStringLiteral("schedulesTable"));
    m_table->setAccessibleName(tr("Planned pauses and resumes"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SchedulesPlanModel::LocalTimeColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_summary->setObjectName(QStringLiteral("schedulesSummary"));
    m_summary->setWordWrap(true);
    m_failures->setObjectName(QStringLiteral("schedulesFailures"));
    m_failures->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_failures);
    layout->addWidget(m_table, 1);
    connect(m_board, &ScheduleBoard::changed, this, &SchedulesView::refresh);
    refresh();
}

void SchedulesView::refresh()
{
    const QList<ScheduleBoard::Planned> plan = m_board->plan(PlanSpan);
    m_model->apply(plan);
    m_table->resizeColumnsToContents();
    if (!m_board->store())
        m_summary->setText(m_board->loadError().isEmpty() ? tr("No workspace is open.") : m_board->loadError());
    else if (plan.isEmpty())
        m_summary->setText(tr("Nothing is planned for the next 7 days. Set a schedule on the Schedule tab of a resource's details, or with lepton-console-cli schedule set."));
    else
        m_summary->setText(tr("%n transition(s) planned for the next 7 days, as the runner will carry them out (times local and UTC).", nullptr, int(plan.size())));
    QStringList failures;
    for (const ScheduleBoard::Entry &entry : m_board->entries()) {
        if (entry.failure)
            failures << tr("⚠ %1/%2: the scheduled %3 %4: %5")
                            .arg(ResourceKinds::toString(entry.kind), entry.name, entry.failure->action, entry.failure->outcome,
                                 entry.failure->message);
    }
    m_failures->setText(failures.join(QLatin1Char('\n')));
    m_failures->setVisible(!failures.isEmpty());
}
