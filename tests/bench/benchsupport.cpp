#include "tests/bench/benchsupport.h"

#include "app/simulator/simulatorpopulation.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QEventLoop>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <unistd.h>

namespace Bench {

double Samples::median() const { return percentile(50); }

double Samples::min() const { return ms.empty() ? 0 : *std::min_element(ms.begin(), ms.end()); }

double Samples::max() const { return ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end()); }

double Samples::percentile(double p) const
{
    if (ms.empty())
        return 0;
    std::vector<double> sorted = ms;
    std::sort(sorted.begin(), sorted.end());
    const double rank = p / 100.0 * double(sorted.size() - 1);
    const size_t low = size_t(rank);
    const size_t high = std::min(low + 1, sorted.size() - 1);
    return sorted[low] + (sorted[high] - sorted[low]) * (rank - double(low));
}

QString Samples::summary() const
{
    return QStringLiteral("median %1 ms (min %2, max %3, n %4)")
        .arg(Bench::ms(median(), 2), Bench::ms(min(), 2), Bench::ms(max(), 2))
        .arg(ms.size());
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void Stopwatch::restart()
{
    m_wall.start();
    m_cpuStartMs = threadCpuMs();
}

double Stopwatch::wallMs() const { return double(m_wall.nsecsElapsed()) / 1e6; }

double Stopwatch::cpuMs() const { return threadCpuMs() - m_cpuStartMs; }

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QStringLiteral("load %1").arg(QString::fromLatin1(file.readAll().split(' ').value(0)));
}

void figure(const QString &name, const QString &workload, const QString &value, const QString &target,
            const QString &noteText)
{
    std::printf("FIGURE\t%s\t%s\t%s\t%s\t%s\n", qPrintable(name), qPrintable(workload), qPrintable(value),
                qPrintable(target), qPrintable(noteText));
    std::fflush(stdout);
}

void note(const QString &text)
{
    std::fprintf(stderr, "  %s\n", qPrintable(text));
    std::fflush(stderr);
}

QString ms(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

QList<QJsonObject> population(int count, quint32 seed)
{
    PopulationOptions options;
    options.seed = seed;
    options.nowMs = PopulationOptions::ReferenceTimeMs;
    return SimulatorPopulation::generate(count, options);
}

QByteArray listBody(const QList<QJsonObject> &objects)
{
    QJsonArray array;
    for (const QJsonObject &object : objects)
        array.append(object);
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<QJsonObject> nextRefresh(const QList<QJsonObject> &objects, int round, int removed, int added)
{
    QList<QJsonObject> next;
    next.reserve(objects.size() + added);
    const int stride = qMax(1, int(objects.size()) / qMax(1, removed));
    for (int i = 0; i < objects.size(); ++i) {
        // Removals spread over the list, never next to each other.
        if (removed > 0 && i % stride == (round * 7 + 3) % stride && i / stride < removed)
            continue;
        QJsonObject object = objects.at(i);
        if (i % 100 == round % 100) {
            QJsonObject metadata = object.value(QLatin1String("metadata")).toObject();
            metadata.insert(QStringLiteral("version"), metadata.value(QLatin1String("version")).toInteger() + 1);
            object.insert(QStringLiteral("metadata"), metadata);
            QJsonObject status = object.value(QLatin1String("status")).toObject();
            status.insert(QStringLiteral("state"), status.value(QLatin1String("state")).toString() == QLatin1String("Ready")
                                                       ? QStringLiteral("Scaling")
                                                       : QStringLiteral("Ready"));
            object.insert(QStringLiteral("status"), status);
        }
        next.append(object);
    }
    for (int i = 0; i < added; ++i) {
        DeploymentRecipe recipe;
        recipe.name = QStringLiteral("bench-r%1-new-%2").arg(round).arg(i);
        recipe.state = QStringLiteral("Starting");
        PopulationOptions options;
        options.nowMs = PopulationOptions::ReferenceTimeMs;
        next.append(SimulatorPopulation::make(recipe, options));
    }
    return next;
}

QList<Deployment> parsed(const QByteArray &body)
{
    QList<Deployment> list;
    QString why;
    if (!DeploymentList::parse(body, &list, &why))
        qFatal("lepton-bench: the workload does not parse: %s", qPrintable(why));
    return list;
}

namespace {
double statusKiB(const char *key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').value(0).toDouble();
    }
    return 0;
}
} // namespace

double residentMiB() { return statusKiB("VmRSS:") / 1024.0; }

double peakResidentMiB() { return statusKiB("VmHWM:") / 1024.0; }

double cpuSeconds(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = file.readAll();
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line: 12 and 13 here.
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}

void isolateUserData()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/lepton-bench-XXXXXX"));
    QStandardPaths::setTestModeEnabled(true);
    qputenv("LEPTON_CONSOLE_DATA_DIR", dir.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", (dir.path() + QStringLiteral("/config")).toUtf8());
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    if (done())
        return true;
    QDeadlineTimer deadline(timeoutMs);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(2);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || deadline.hasExpired())
            loop.quit();
    });
    poll.start();
    loop.exec();
    return done();
}

PaintProbe::PaintProbe(QWidget *widget)
    : m_widget(widget)
{
    widget->installEventFilter(this);
}

void PaintProbe::arm(const QElapsedTimer *clock)
{
    m_clock = clock;
    m_startNs = -1;
    m_endNs = -1;
}

bool PaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Paint && m_clock && m_startNs < 0 && (!condition || condition())) {
        m_startNs = m_clock->nsecsElapsed();
        const QElapsedTimer *clock = m_clock;
        QTimer::singleShot(0, this, [this, clock] {
            if (m_clock == clock && m_endNs < 0)
                m_endNs = clock->nsecsElapsed();
        });
    }
    return false;
}

} // namespace Bench
