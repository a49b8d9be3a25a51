#pragma once

#include "app/api/apigeneration.h"
#include "app/api/resourcekind.h"
#include "app/logs/logaccess.h"
#include "app/logs/logstreamreader.h"

#include <QPointer>
#include <QWidget>

class LeptonClient;
class LogBufferModel;
class LogHistory;
class LogLineDelegate;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSettings;
class QSpinBox;
class QToolButton;

// Deployment > Logs…: one deployment's (or legacy dev pod's) log, per replica.
//
// Opening it lists the replicas and follows the first one live: the stream's replay is the
// recent log, then new lines arrive as they are written (LogStreamReader: reconnects on a
// drop without showing a line twice). Lines go into a bounded LogBufferModel (the "Keep"
// setting, stored in QSettings) in batches, shown by a QListView with LogLineDelegate, so a
// fast stream or 100,000 lines do not hold up the window. Search marks every hit and
// F3 / Shift+F3 walk them; Pause Scrolling keeps the view where it is while lines arrive;
// Wrap, Copy (the selected lines) and Save (the whole buffer, written on a worker thread).
// Where the workspace offers the log history (GET /logs), a time range loads it instead of
// the live log; where it does not, the view says so. Not modal; one window per resource.
class LogsView : public QWidget
{
    Q_OBJECT

public:
    // `client` (for the routes of this workspace's API generation) must outlive the view;
    // `access` is how the log readers reach the workspace (the session's credentials).
    // `settings` keeps the buffer size; may be null (the default size, not kept).
    LogsView(LeptonClient *client, const LogAccess &access, ResourceKind kind, const QString &name, QSettings *settings,
             QWidget *parent = nullptr);
    ~LogsView() override;

    QString resourceName() const { return m_name; }
    LogBufferModel *model() const { return m_model; }
    QListView *list() const { return m_list; }
    QComboBox *replicaBox() const { return m_replicaBox; }
    QPushButton *followButton() const { return m_follow; }
    QPushButton *pauseScrollButton() const { return m_pauseScroll; }
    QPushButton *wrapButton() const { return m_wrap; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *matchLabel() const { return m_matchLabel; }
    QLabel *statusLabel() const { return m_status; }
    QComboBox *rangeBox() const { return m_range; }
    QPushButton *loadRangeButton() const { return m_loadRange; }
    QLabel *historyNote() const { return m_historyNote; }
    QSpinBox *keepBox() const { return m_keep; }
    LogStreamReader *reader() const { return m_reader; }
    // Whether GET /logs answered (unknown until the first probe comes back).
    bool historyOffered() const { return m_historyOffered; }

public Q_SLOTS:
    void setFollowing(bool follow);
    void findNext();
    void findPrevious();
    void copySelection();
    // Writes the whole buffer to `path` on a worker thread; savedTo() or saveFailed() follow.
    void saveTo(const QString &path);
    void saveWithDialog();
    // Loads the history of the chosen range (stops following).
    void loadRange();

Q_SIGNALS:
    void savedTo(const QString &path, int lines);
    void saveFailed(const QString &message);
    void historyLoaded(int lines);

private:
    void loadReplicas();
    void startStream();
    void probeHistory();
    void showStatus(const QString &text);
    void onBatch(int rows);
    void updateMatchLabel();
    void select(int row);

    LeptonClient *m_client;
    ResourceKind m_kind;
    QString m_name;
    ApiGeneration m_generation;
    QPointer<QSettings> m_settings;
    LogBufferModel *m_model;
    LogLineDelegate *m_delegate;
    LogStreamReader *m_reader;
    LogHistory *m_history;
    QComboBox *m_replicaBox;
    QPushButton *m_follow;
    QPushButton *m_pauseScroll;
    QPushButton *m_wrap;
    QLineEdit *m_search;
    QLabel *m_matchLabel;
    QComboBox *m_range;
    QPushButton *m_loadRange;
    QLabel *m_historyNote;
    QSpinBox *m_keep;
    QListView *m_list;
    QLabel *m_status;
    bool m_historyOffered = false;
    int m_currentHit = -1;
};
