#include "ui/logs/logsview.h"

#include "app/api/apitransport.h"
#include "app/api/leptonclient.h"
#include "app/api/replica.h"
#include "app/logs/logbuffermodel.h"
#include "app/logs/loghistory.h"
#include "app/logs/logroutes.h"
#include "ui/logs/loglinedelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace {

const QString KeepKey = QStringLiteral("logs/bufferLines");

struct SaveResult
{
    bool ok = false;
    QString error;
};

SaveResult writeLines(const QString &path, const QStringList &lines)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {false, file.errorString()};
    for (const QString &line : lines) {
        if (file.write(line.toUtf8() + '\n') < 0)
            return {false, file.errorString()};
    }
    if (!file.commit())
        return {false, file.errorString()};
    return {true, QString()};
}

QPushButton *toggle(const QString &text, const QString &objectName, const QKeySequence &shortcut, const QString &tip,
                    QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setCheckable(true);
    button->setShortcut(shortcut);
    button->setToolTip(tip + QStringLiteral(" (%1)").arg(shortcut.toString(QKeySequence::NativeText)));
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
    button->setAccessibleDescription(tip);
    return button;
}

} // namespace

LogsView::LogsView(LeptonClient *client, const LogAccess &access, ResourceKind kind, const QString &name,
                   QSettings *settings, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_client(client)
    , m_kind(kind)
    , m_name(name)
    , m_generation(client->apiGeneration())
    , m_settings(settings)
    , m_model(new LogBufferModel(this))
    , m_delegate(new LogLineDelegate(m_model, this))
    , m_reader(new LogStreamReader(access, this))
    , m_history(new LogHistory(access, this))
{
    setObjectName(QStringLiteral("logsView"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Logs — %1").arg(name));
    setAccessibleName(tr("Logs of %1").arg(name));

    // Row 1: which replica, live or not, how the view moves.
    auto *replicaLabel = new QLabel(tr("&Replica:"), this);
    m_replicaBox = new QComboBox(this);
    m_replicaBox->setObjectName(QStringLiteral("replicaBox"));
    m_replicaBox->setAccessibleName(tr("Replica"));
    m_replicaBox->setMinimumContentsLength(24);
    replicaLabel->setBuddy(m_replicaBox);
    m_follow = toggle(tr("&Follow"), QStringLiteral("followButton"), QKeySequence(tr("Ctrl+L")),
                      tr("Follow the replica's log live"), this);
    m_pauseScroll = toggle(tr("&Pause Scrolling"), QStringLiteral("pauseScrollButton"), QKeySequence(tr("Ctrl+Shift+L")),
                           tr("Keep the view where it is while new lines arrive"), this);
    m_wrap = toggle(tr("&Wrap"), QStringLiteral("wrapButton"), QKeySequence(tr("Ctrl+Shift+W")),
                    tr("Wrap long lines at the window's width"), this);
    auto *keepLabel = new QLabel(tr("&Keep:"), this);
    m_keep = new QSpinBox(this);
    m_keep->setObjectName(QStringLiteral("keepBox"));
    m_keep->setAccessibleName(tr("Lines kept"));
    m_keep->setRange(1000, 1000000);
    m_keep->setSingleStep(10000);
    m_keep->setSuffix(tr(" lines"));
    m_keep->setToolTip(tr("The most lines the view holds; the oldest go first"));
    m_keep->setValue(m_settings ? m_settings->value(KeepKey, LogBufferModel::DefaultCapacity).toInt()
                                : LogBufferModel::DefaultCapacity);
    keepLabel->setBuddy(m_keep);
    m_model->setCapacity(m_keep->value());
    auto *top = new QHBoxLayout;
    top->addWidget(replicaLabel);
    top->addWidget(m_replicaBox, 1);
    top->addWidget(m_follow);
    top->addWidget(m_pauseScroll);
    top->addWidget(m_wrap);
    top->addWidget(keepLabel);
    top->addWidget(m_keep);

    // Row 2: search, and the history's range where the workspace has one.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setPlaceholderText(tr("Search (Ctrl+F; Enter or F3 for the next hit)"));
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    m_matchLabel = new QLabel(this);
    m_matchLabel->setObjectName(QStringLiteral("matchLabel"));
    m_matchLabel->setAccessibleName(tr("Search hits"));
    auto *rangeLabel = new QLabel(tr("&History:"), this);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("rangeBox"));
    m_range->setAccessibleName(tr("History range"));
    const QList<QPair<QString, int>> ranges{{tr("Last 5 minutes"), 5}, {tr("Last 15 minutes"), 15}, {tr("Last hour"), 60},
                                           {tr("Last 6 hours"), 360}, {tr("Last 24 hours"), 1440}, {tr("Last 7 days"), 10080}};
    for (const auto &[text, minutes] : ranges)
        m_range->addItem(text, minutes);
    m_range->setCurrentIndex(2);
    rangeLabel->setBuddy(m_range);
    m_loadRange = new QPushButton(tr("&Load"), this);
    m_loadRange->setObjectName(QStringLiteral("loadRangeButton"));
    m_loadRange->setAccessibleName(tr("Load the history range"));
    m_historyNote = new QLabel(this);
    m_historyNote->setObjectName(QStringLiteral("historyNote"));
    m_historyNote->setWordWrap(true);
    m_range->setEnabled(false);
    m_loadRange->setEnabled(false);
    auto *second = new QHBoxLayout;
    second->addWidget(m_search, 2);
    second->addWidget(m_matchLabel);
    second->addSpacing(12);
    second->addWidget(rangeLabel);
    second->addWidget(m_range);
    second->addWidget(m_loadRange);
    second->addWidget(m_historyNote, 1);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("logList"));
    m_list->setAccessibleName(tr("Log lines"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(m_delegate);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setLayoutMode(QListView::Batched);
    m_list->setBatchSize(2000);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setAccessibleName(tr("Log status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(second);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    // Keyboard paths that are not on a button.
    const auto addShortcut = [this](const QList<QKeySequence> &keys, auto slot, const QString &objectName) {
        auto *action = new QAction(this);
        action->setObjectName(objectName);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    addShortcut(QKeySequence::keyBindings(QKeySequence::Find), [this] { m_search->setFocus(); m_search->selectAll(); },
                QStringLiteral("findAction"));
    addShortcut({QKeySequence(Qt::Key_F3)}, [this] { findNext(); }, QStringLiteral("findNextAction"));
    addShortcut({QKeySequence(Qt::SHIFT | Qt::Key_F3)}, [this] { findPrevious(); }, QStringLiteral("findPreviousAction"));
    addShortcut(QKeySequence::keyBindings(QKeySequence::Save), [this] { saveWithDialog(); }, QStringLiteral("saveAction"));
    auto *copy = new QAction(tr("&Copy"), m_list);
    copy->setShortcuts(QKeySequence::keyBindings(QKeySequence::Copy));
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &LogsView::copySelection);
    m_list->addAction(copy);
    auto *save = new QAction(tr("&Save to File…"), m_list);
    connect(save, &QAction::triggered, this, &LogsView::saveWithDialog);
    m_list->addAction(save);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_follow, &QPushButton::toggled, this, &LogsView::setFollowing);
    connect(m_wrap, &QPushButton::toggled, this, [this](bool wrap) {
        m_delegate->setWrap(wrap);
        m_list->setWordWrap(wrap);
        m_list->setUniformItemSizes(!wrap);
        m_list->setHorizontalScrollBarPolicy(wrap ? Qt::ScrollBarAlwaysOff : Qt::ScrollBarAsNeeded);
        m_list->doItemsLayout();
    });
    connect(m_keep, &QSpinBox::valueChanged, this, [this](int lines) {
        m_model->setCapacity(lines);
        if (m_settings)
            m_settings->setValue(KeepKey, lines);
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setSearchText(text);
        m_currentHit = -1;
        m_list->viewport()->update();
        updateMatchLabel();
    });
    connect(m_search, &QLineEdit::returnPressed, this, &LogsView::findNext);
    connect(m_model, &LogBufferModel::matchCountChanged, this, &LogsView::updateMatchLabel);
    connect(m_model, &LogBufferModel::batchAppended, this, &LogsView::onBatch);
    connect(m_replicaBox, &QComboBox::currentIndexChanged, this, [this] {
        m_model->clear();
        if (m_follow->isChecked())
            startStream();
    });
    connect(m_loadRange, &QPushButton::clicked, this, &LogsView::loadRange);
    connect(m_reader, &LogStreamReader::linesReceived, m_model, &LogBufferModel::append);
    connect(m_reader, &LogStreamReader::stateChanged, this, [this](LogStreamReader::State state, const QString &message) {
        showStatus(message);
        if (state == LogStreamReader::State::Ended || state == LogStreamReader::State::Failed) {
            const QSignalBlocker blocker(m_follow);
            m_follow->setChecked(false);
        }
    });
    // The view follows: a clean end of the stream is followed by a reconnect too (the gateway
    // closes long streams), its replay skipped like a drop's.
    m_reader->setReconnectOnEnd(true);

    resize(960, 600);
    updateMatchLabel();
    if (!LogRoutes::hasLiveLog(kind, m_generation)) {
        showStatus(LogRoutes::noLiveLogReason(kind, m_generation));
        m_follow->setEnabled(false);
        m_replicaBox->setEnabled(false);
        return;
    }
    loadReplicas();
    probeHistory();
}

LogsView::~LogsView() = default;

void LogsView::showStatus(const QString &text)
{
    m_status->setText(text);
}

void LogsView::loadReplicas()
{
    showStatus(tr("Reading the replicas of %1…").arg(m_name));
    m_history->transport()->send("GET", LogRoutes::replicasPath(*m_client, m_kind, m_name), QString(), QByteArray(), this,
                                [this](const ApiError &error, const QByteArray &body) {
        if (error.isError()) {
            showStatus(tr("Could not read the replicas of %1: %2").arg(m_name, error.userMessage()));
            return;
        }
        const QList<Replica> replicas = Replica::listFromJson(QJsonDocument::fromJson(body).array());
        if (replicas.isEmpty()) {
            showStatus(tr("%1 has no running replica, so there is no live log. Resume it to read its log.").arg(m_name));
            return;
        }
        {
            const QSignalBlocker blocker(m_replicaBox);
            for (const Replica &replica : replicas)
                m_replicaBox->addItem(replica.nodeName.isEmpty() ? replica.id : tr("%1 (on %2)").arg(replica.id, replica.nodeName),
                                      replica.id);
        }
        m_follow->setChecked(true); // starts the stream
    });
}

void LogsView::probeHistory()
{
    LogHistory::Query query;
    query.generation = m_generation;
    query.name = m_name;
    query.limit = 1;
    m_history->fetch(query, this, [this](const ApiResult<QList<LogEntry>> &result) {
        m_historyOffered = result.ok();
        m_range->setEnabled(m_historyOffered);
        m_loadRange->setEnabled(m_historyOffered);
        if (result.ok())
            m_historyNote->clear();
        else if (LogHistory::isNotOffered(result.error))
            m_historyNote->setText(tr("This workspace does not offer log history; only the live log can be read."));
        else
            m_historyNote->setText(tr("Log history unavailable: %1").arg(result.error.userMessage()));
    });
}

void LogsView::setFollowing(bool follow)
{
    if (m_follow->isChecked() != follow) {
        m_follow->setChecked(follow); // comes back here through toggled
        return;
    }
    if (!follow) {
        m_reader->stop();
        showStatus(tr("Not following. %Ln line(s) shown.", nullptr, m_model->rowCount()));
        return;
    }
    m_model->clear();
    startStream();
}

void LogsView::startStream()
{
    const QString replica = m_replicaBox->currentData().toString();
    if (replica.isEmpty())
        return;
    m_reader->setPath(LogRoutes::livePath(*m_client, m_kind, m_name, replica));
    m_reader->start();
}

void LogsView::onBatch(int rows)
{
    Q_UNUSED(rows);
    if (m_follow->isChecked() && !m_pauseScroll->isChecked())
        m_list->scrollToBottom();
    if (m_reader->state() == LogStreamReader::State::Streaming) {
        showStatus(tr("Following %1 live: %Ln line(s) shown.", nullptr, m_model->rowCount())
                       .arg(m_replicaBox->currentData().toString()));
    }
}

void LogsView::updateMatchLabel()
{
    if (m_model->searchText().isEmpty())
        m_matchLabel->clear();
    else if (m_model->matchCount() == 0)
        m_matchLabel->setText(tr("No hits"));
    else
        m_matchLabel->setText(tr("%Ln hit(s)", nullptr, m_model->matchCount()));
}

void LogsView::select(int row)
{
    if (row < 0)
        return;
    m_currentHit = row;
    const QModelIndex index = m_model->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
    // Looking at a hit is reading: the view stops moving under the reader.
    if (m_follow->isChecked())
        m_pauseScroll->setChecked(true);
}

void LogsView::findNext()
{
    const int from = m_list->currentIndex().isValid() ? m_list->currentIndex().row() + 1 : 0;
    select(m_model->findNext(from >= m_model->rowCount() ? 0 : from));
}

void LogsView::findPrevious()
{
    const int rows = m_model->rowCount();
    const int from = m_list->currentIndex().isValid() ? m_list->currentIndex().row() - 1 : rows - 1;
    select(m_model->findNext(from < 0 ? rows - 1 : from, true));
}

void LogsView::copySelection()
{
    QModelIndexList rows = m_list->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList text;
    for (const QModelIndex &index : std::as_const(rows))
        text.append(m_model->line(index.row()));
    if (text.isEmpty())
        return;
    QApplication::clipboard()->setText(text.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    showStatus(tr("Copied %Ln line(s).", nullptr, int(text.size())));
}

void LogsView::saveWithDialog()
{
    const QString suggested = QStringLiteral("%1-%2.log").arg(m_name, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Log"), suggested, tr("Log files (*.log *.txt);;All files (*)"));
    if (!path.isEmpty())
        saveTo(path);
}

void LogsView::saveTo(const QString &path)
{
    m_model->flush();
    const QStringList lines = m_model->lines(); // shared: the copy costs nothing
    showStatus(tr("Saving %Ln line(s) to %1…", nullptr, int(lines.size())).arg(path));
    auto *watcher = new QFutureWatcher<SaveResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path, count = int(lines.size())] {
        watcher->deleteLater();
        const SaveResult result = watcher->result();
        if (result.ok) {
            showStatus(tr("Saved %Ln line(s) to %1.", nullptr, count).arg(path));
            Q_EMIT savedTo(path, count);
        } else {
            const QString message = tr("Could not save the log to %1: %2").arg(path, result.error);
            showStatus(message);
            Q_EMIT saveFailed(message);
        }
    });
    watcher->setFuture(QtConcurrent::run(writeLines, path, lines));
}

void LogsView::loadRange()
{
    if (!m_historyOffered)
        return;
    m_follow->setChecked(false);
    m_reader->stop();
    m_model->clear();
    const int minutes = m_range->currentData().toInt();
    LogHistory::Query query;
    query.generation = m_generation;
    query.name = m_name;
    query.replica = m_replicaBox->currentData().toString();
    const qint64 nowNs = QDateTime::currentMSecsSinceEpoch() * 1000000LL;
    query.endNs = nowNs;
    query.startNs = nowNs - qint64(minutes) * 60 * 1000000000LL;
    query.limit = m_model->capacity();
    showStatus(tr("Reading the history: %1…").arg(m_range->currentText()));
    m_history->fetch(query, this, [this](const ApiResult<QList<LogEntry>> &result) {
        if (!result.ok()) {
            showStatus(LogHistory::isNotOffered(result.error)
                           ? tr("This workspace does not offer log history.")
                           : tr("Could not read the log history: %1").arg(result.error.userMessage()));
            return;
        }
        QStringList lines;
        lines.reserve(result.value.size());
        for (const LogEntry &entry : result.value)
            lines.append(entry.line);
        m_model->append(lines);
        m_model->flush();
        showStatus(lines.isEmpty() ? tr("No log lines in %1.").arg(m_range->currentText())
                                   : tr("%Ln line(s) from %1.", nullptr, int(lines.size())).arg(m_range->currentText()));
        Q_EMIT historyLoaded(int(lines.size()));
    });
}
