#pragma once

#include "app/api/apiresult.h"
#include "app/api/deploymentevent.h"
#include "app/api/readinessissue.h"
#include "app/api/replica.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class LeptonClient;

// Fetches what the details of one deployment show besides its spec: its replicas, the
// readiness of each, and its recent events, three calls at once. Each answer comes as its own
// signal with the deployment's name, a value or a typed error, so one failing section does
// not hide the others.
//
// Only the latest load() counts: load() and cancel() drop every answer still under way for an
// earlier one (a generation number, so a slow answer for the previous selection never shows
// under the new one).
class DeploymentDetailsLoader : public QObject
{
    Q_OBJECT

public:
    // The readiness list as the API sends it names every replica; one whose reason is "Ready"
    // with nothing to say is not an issue, only counted.
    struct Readiness
    {
        QList<ReadinessIssue> issues;
        int ready = 0;
        static Readiness of(const QList<ReadinessIssue> &reported);
    };
    // The newest events kept of a longer list.
    static constexpr int MaxEvents = 100;

    using ReplicasResult = ApiResult<QList<Replica>>;
    using ReadinessResult = ApiResult<Readiness>;
    using EventsResult = ApiResult<QList<DeploymentEvent>>;

    explicit DeploymentDetailsLoader(QObject *parent = nullptr);

    void setClient(LeptonClient *client);
    LeptonClient *client() const { return m_client; }

    // Starts the three calls for `name`. False, with nothing sent, when there is no client.
    bool load(const QString &name);
    // Answers still under way are for nobody now.
    void cancel();

Q_SIGNALS:
    void replicasLoaded(const QString &name, const DeploymentDetailsLoader::ReplicasResult &result);
    void readinessLoaded(const QString &name, const DeploymentDetailsLoader::ReadinessResult &result);
    // Newest first, at most MaxEvents.
    void eventsLoaded(const QString &name, const DeploymentDetailsLoader::EventsResult &result);

private:
    QPointer<LeptonClient> m_client;
    // Bumped by every load and cancel; an answer for an older number is dropped.
    quint64 m_generation = 0;
};
