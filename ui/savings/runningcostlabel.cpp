#include "ui/savings/runningcostlabel.h"

#include "app/resources/runningcostfeed.h"
#include "app/workspaces/workspacesession.h"

RunningCostLabel::RunningCostLabel(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("runningCostLine"));
    setTextFormat(Qt::PlainText);
    // No accessible name of its own: a screen reader reads the line itself (QLabel's text).
}

RunningCostLabel::~RunningCostLabel() = default;

void RunningCostLabel::setSessions(WorkspaceSession *session, ResourceSession *resources)
{
    if (m_feed && (!session || m_feed->parent() != session)) {
        // The feed lives with its session; a new session gets its own.
        disconnect(m_feed, nullptr, this, nullptr);
        m_feed->deleteLater();
        m_feed = nullptr;
    }
    if (session && !m_feed) {
        m_feed = new RunningCostFeed(session, session);
        connect(m_feed, &RunningCostFeed::totalChanged, this, &RunningCostLabel::showTotal);
    }
    if (m_feed)
        m_feed->setResources(resources);
    showTotal();
    Q_EMIT feedChanged(m_feed);
}

void RunningCostLabel::showTotal()
{
    if (!m_feed) {
        clear();
        setToolTip(QString());
        return;
    }
    const RunningCostTotal &total = m_feed->total();
    setText(total.text());
    QString tip = total.toolTip();
    if (!m_feed->pricesProblem().isEmpty())
        tip += u'\n' + m_feed->pricesProblem();
    setToolTip(tip);
    setAccessibleDescription(tip);
}
