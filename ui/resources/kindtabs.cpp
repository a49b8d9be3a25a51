#include "ui/resources/kindtabs.h"

#include "app/deployments/deploymenttablemodel.h"
#include "app/resources/devpodtablemodel.h"
#include "app/resources/rayclustertablemodel.h"
#include "app/resources/resourcesession.h"
#include "app/workspaces/workspacesession.h"
#include "ui/deployments/detailspanel.h"
#include "ui/notes/notespanel.h"
#include "ui/resources/resourceview.h"

#include <QAction>
#include <QEvent>
#include <QLineEdit>
#include <QTabBar>
#include <QTableView>

KindTabs::KindTabs(QWidget *endpoints, QSettings *settings, QWidget *parent)
    : QTabWidget(parent)
    , m_settings(settings)
    , m_endpoints(endpoints)
    , m_podsView(new ResourceView(ResourceKind::Pod, settings, this))
    , m_rayView(new ResourceView(ResourceKind::RayCluster, settings, this))
{
    setObjectName(QStringLiteral("kindTabs"));
    setAccessibleName(tr("Resource kinds"));
    setDocumentMode(true);
    tabBar()->setObjectName(QStringLiteral("kindTabBar"));
    tabBar()->setAccessibleName(tr("Resource kinds"));
    tabBar()->setFocusPolicy(Qt::StrongFocus);
    addTab(endpoints, QString());
    endpoints->installEventFilter(this);
    addTab(m_podsView, QString());
    addTab(m_rayView, QString());
    const QList<std::pair<ResourceKind, QString>> keys {
        {ResourceKind::Endpoint, tr("Ctrl+1")}, {ResourceKind::Pod, tr("Ctrl+2")}, {ResourceKind::RayCluster, tr("Ctrl+3")}};
    for (const auto &[kind, key] : keys) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("show%1Action").arg(ResourceKinds::toString(kind)));
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, kind = kind] { showKind(kind); });
        addAction(action);
        setTabToolTip(int(kind), key);
    }
    connect(this, &QTabWidget::currentChanged, this, &KindTabs::shownResourceChanged);
    for (ResourceView *v : {m_podsView, m_rayView}) {
        connect(v, &ResourceView::currentChanged, this, [this, v] {
            if (currentWidget() == v)
                Q_EMIT shownResourceChanged();
        });
    }
    updateTabTexts();
}

KindTabs::~KindTabs()
{
    // Nothing follows a tab that is going away; the views let go of the session before it goes.
    blockSignals(true);
    m_podsView->setResources(nullptr);
    m_rayView->setResources(nullptr);
}

ResourceView *KindTabs::view(ResourceKind kind) const
{
    switch (kind) {
    case ResourceKind::Pod: return m_podsView;
    case ResourceKind::RayCluster: return m_rayView;
    case ResourceKind::Endpoint: break;
    }
    return nullptr;
}

ResourceView *KindTabs::currentResourceView() const
{
    return view(currentKind());
}

bool KindTabs::showCurrentIn(DetailsPanel *details, NotesPanel *notes) const
{
    ResourceView *shown = currentResourceView();
    if (!shown)
        return false;
    const QModelIndex index = shown->currentIndex();
    if (!index.isValid() || !m_resources || !m_session) {
        details->clear();
        notes->clear();
        return true;
    }
    const QString name = shown->currentName();
    notes->setDeployment(m_session->workspaceId(), name);
    details->showIndex(index);
    details->setPauseMarker(m_resources->model(shown->kind())->pauseMarker(name));
    return true;
}

bool KindTabs::revealResource(ResourceKind kind, const QString &name)
{
    showKind(kind);
    ResourceView *shown = view(kind);
    if (!shown)
        return false;
    if (!shown->selectResource(name) && !shown->filterEdit()->text().isEmpty()) {
        shown->filterEdit()->clear();
        shown->selectResource(name);
    }
    return true;
}

void KindTabs::showKind(ResourceKind kind)
{
    setCurrentIndex(int(kind));
    if (QWidget *page = currentWidget())
        page->setFocus(Qt::ShortcutFocusReason);
    if (ResourceView *v = view(kind))
        v->table()->setFocus(Qt::ShortcutFocusReason);
}

bool KindTabs::eventFilter(QObject *watched, QEvent *event)
{
    // The endpoints view asked to be shown (its filter's Ctrl+F) while another kind is up.
    if (watched == m_endpoints && event->type() == QEvent::ShowToParent && currentWidget() != m_endpoints)
        setCurrentWidget(m_endpoints);
    return QTabWidget::eventFilter(watched, event);
}

void KindTabs::setSession(WorkspaceSession *session)
{
    if (m_session)
        disconnect(m_session->model(), nullptr, this, nullptr);
    m_podsView->setResources(nullptr);
    m_rayView->setResources(nullptr);
    m_resources.reset();
    m_session = session;
    if (session) {
        m_resources = std::make_unique<ResourceSession>(session);
        m_podsView->setResources(m_resources.get());
        m_rayView->setResources(m_resources.get());
        for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(session->model()),
                                          static_cast<QAbstractItemModel *>(m_resources->devPods()),
                                          static_cast<QAbstractItemModel *>(m_resources->rayClusters())}) {
            connect(model, &QAbstractItemModel::rowsInserted, this, &KindTabs::updateTabTexts);
            connect(model, &QAbstractItemModel::rowsRemoved, this, &KindTabs::updateTabTexts);
            connect(model, &QAbstractItemModel::modelReset, this, &KindTabs::updateTabTexts);
        }
        connect(m_resources.get(), &ResourceSession::refreshed, this, &KindTabs::updateTabTexts);
        connect(session, &WorkspaceSession::refreshed, this, &KindTabs::updateTabTexts);
        m_resources->start();
    }
    updateTabTexts();
}

void KindTabs::refreshNow()
{
    if (m_resources)
        m_resources->refreshNow();
}

void KindTabs::updateTabTexts()
{
    // A count once the kind's list has come; the word alone before. No mnemonics: Alt+E and
    // Alt+D open the Edit and Deployment menus (Ctrl+1..3 switch).
    const auto label = [](const QString &word, bool loaded, int count) {
        return loaded ? tr("%1 (%2)").arg(word).arg(count) : word;
    };
    const bool endpointsLoaded = m_session && m_session->hasLoaded();
    const QStringList texts {
        label(tr("Endpoints"), endpointsLoaded, m_session ? m_session->model()->rowCount() : 0),
        label(tr("Dev Pods"), m_resources && m_resources->hasLoaded(ResourceKind::Pod),
              m_resources ? m_resources->devPods()->rowCount() : 0),
        label(tr("Ray Clusters"), m_resources && m_resources->hasLoaded(ResourceKind::RayCluster),
              m_resources ? m_resources->rayClusters()->rowCount() : 0)};
    for (int i = 0; i < texts.size(); ++i) {
        setTabText(i, texts.at(i));
        QString plain = texts.at(i);
        plain.remove(QLatin1Char('&'));
        tabBar()->setAccessibleTabName(i, plain);
    }
}
