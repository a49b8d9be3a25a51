#include "ui/timeline/timelineview.h"

#include "app/timeline/timelinefiltermodel.h"
#include "app/timeline/timelinemodel.h"
#include "ui/widgets/clearbutton.h"
#include "ui/widgets/valuelabel.h"

#include <QCheckBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTreeView>
#include <QVBoxLayout>

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TimelineModel(this))
    , m_filter(new TimelineFilterModel(this))
{
    setObjectName(QStringLiteral("timelineView"));
    setAccessibleName(tr("Timeline"));
    m_filter->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // Which sources to show: words, so the choice never rests on a colour.
    auto *toggles = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("Show:"), this);
    toggles->addWidget(showLabel);
    const struct {
        TimelineRecord::Source source;
        QString text;
        QString name;
        QString tip;
        const char *objectName;
    } kinds[] = {
        {TimelineRecord::Source::Server, tr("Se&rver"), tr("Show the server's events"),
         tr("Events, readiness issues, replica terminations and the last change, as the Lepton API tells them"),
         "timelineShowServer"},
        {TimelineRecord::Source::Console, tr("Con&sole"), tr("Show the console's history"),
         tr("Pauses, resumes and notes made with this console or lepton-console-cli"), "timelineShowConsole"},
        {TimelineRecord::Source::Alert, tr("&Alerts"), tr("Show alerts"), tr("Alerts raised about this resource"),
         "timelineShowAlerts"},
    };
    for (const auto &kind : kinds) {
        auto *toggle = new QCheckBox(kind.text, this);
        toggle->setObjectName(QLatin1String(kind.objectName));
        toggle->setAccessibleName(kind.name);
        toggle->setToolTip(kind.tip);
        toggle->setChecked(true);
        const TimelineRecord::Source source = kind.source;
        connect(toggle, &QCheckBox::toggled, this, [this, source](bool shown) { m_filter->setSourceShown(source, shown); });
        m_toggles[int(source)] = toggle;
        toggles->addWidget(toggle);
    }
    toggles->addStretch(1);
    layout->addLayout(toggles);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("timelineSearch"));
    m_search->setAccessibleName(tr("Search the timeline"));
    m_search->setPlaceholderText(tr("Search the timeline (reason, message, who…)"));
    m_search->setToolTip(tr("Shows only the lines that contain every word typed here; Escape clears it"));
    ClearButton::enable(m_search, tr("Clear the timeline search"));
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, m_filter, &TimelineFilterModel::setSearchText);
    layout->addWidget(m_search);

    m_status = new ValueLabel(tr("Timeline"), this);
    m_status->setObjectName(QStringLiteral("timelineStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("timelineList"));
    m_view->setAccessibleName(tr("Timeline, newest first"));
    m_view->setModel(m_filter);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(false); // always newest first (TimelineFilterModel)
    m_view->header()->setAccessibleName(tr("Timeline columns"));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    // Wide enough for the locale's longest short date and time.
    const QString longestWhen = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59, 59)), QLocale::ShortFormat);
    m_view->header()->resizeSection(TimelineModel::WhenColumn,
                                    fontMetrics().horizontalAdvance(longestWhen) + fontMetrics().averageCharWidth() * 3);
    m_view->header()->resizeSection(TimelineModel::SourceColumn, fontMetrics().horizontalAdvance(QStringLiteral("Console__")));
    m_view->header()->resizeSection(TimelineModel::EventColumn, fontMetrics().horizontalAdvance(QLatin1Char('m')) * 26);
    m_view->setMinimumHeight(fontMetrics().height() * 10);
    layout->addWidget(m_view, 1);

    setTabOrder(m_toggles[0], m_toggles[1]);
    setTabOrder(m_toggles[1], m_toggles[2]);
    setTabOrder(m_toggles[2], m_search);
    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_view);

    connect(m_model, &TimelineModel::partLoaded, this, &TimelineView::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelineView::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::updateStatus);
    connect(m_filter, &TimelineFilterModel::filterChanged, this, &TimelineView::updateStatus);
    updateStatus();
}

QCheckBox *TimelineView::sourceToggle(TimelineRecord::Source source) const
{
    return m_toggles[int(source)];
}

bool TimelineView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TimelineView::updateStatus()
{
    QStringList lines;
    bool error = false;
    if (!m_model->hasResource()) {
        lines << tr("Select a deployment to see its timeline.");
    } else {
        if (!m_model->serverError().isEmpty()) {
            lines << tr("Error: %1").arg(m_model->serverError());
            error = true;
        }
        if (!m_model->storeError().isEmpty()) {
            lines << tr("Error: the console's history could not be read: %1").arg(m_model->storeError());
            error = true;
        }
        if (!m_model->offersEvents())
            lines << tr("The Lepton API keeps no events for this kind; the console's history and alerts are shown.");
        if (!m_model->hasLoaded())
            lines << tr("Loading…");
        else if (m_model->rowCount() == 0)
            lines << tr("Nothing has happened to it yet.");
        else if (m_filter->rowCount() == 0)
            lines << tr("No line matches; %n line(s) hidden by the filter.", nullptr, m_model->rowCount());
        else if (m_filter->rowCount() < m_model->rowCount())
            lines << tr("%1 of %n line(s) shown.", nullptr, m_model->rowCount()).arg(m_filter->rowCount());
    }
    m_status->setValue(lines.join(QLatin1Char('\n')));
    m_status->setVisible(!lines.isEmpty());
    m_status->setProperty("error", error);
}
