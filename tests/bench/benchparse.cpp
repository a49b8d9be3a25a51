// (1) Parsing a GET /deployments body into the typed model, as the client's worker thread does.
#include "tests/bench/benchfigures.h"
#include "tests/bench/benchsupport.h"

#include <QJsonDocument>

namespace Bench {

int runParse(const Options &options)
{
    for (const int count : {1000, 10000}) {
        const QByteArray body = listBody(population(count));
        const double mb = double(body.size()) / 1e6;
        const int reps = options.reps > 0 ? options.reps : (count <= 1000 ? 41 : 11);
        QList<Deployment> warm = parsed(body); // warm the allocator and the caches
        warm.clear();

        Samples whole;
        Samples wholeCpu;
        Samples jsonOnly;
        for (int i = 0; i < reps; ++i) {
            Stopwatch clock;
            QList<Deployment> list;
            QString why;
            DeploymentList::parse(body, &list, &why);
            whole.add(clock.wallMs());
            wholeCpu.add(clock.cpuMs());
            if (list.size() != count)
                qFatal("parse: %lld of %d deployments", qlonglong(list.size()), count);
            // Freeing the list is not part of parsing (it happens wherever the list dies).
            list.clear();

            clock.restart();
            const QJsonDocument document = QJsonDocument::fromJson(body);
            jsonOnly.add(clock.cpuMs());
        }
        const double rate = mb / (wholeCpu.median() / 1000.0);
        figure(QStringLiteral("(1) parse %1 deployments").arg(count),
               QStringLiteral("GET /deployments body, %1 realistic deployments, %2 MB, DeploymentList::parse, one thread")
                   .arg(count).arg(mb, 0, 'f', 2),
               QStringLiteral("%1 ms, %2 MB/s").arg(ms(wholeCpu.median(), 1)).arg(rate, 0, 'f', 0),
               QStringLiteral(">= 100 MB/s"),
               QStringLiteral("thread CPU %1; wall %2 (%3); QJsonDocument::fromJson alone (CPU) %4")
                   .arg(wholeCpu.summary(), whole.summary(), loadAverage(), jsonOnly.summary()));
    }
    return 0;
}

} // namespace Bench
