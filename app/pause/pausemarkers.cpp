#include "app/pause/pausemarkers.h"

#include "app/storage/authortext.h"
#include "app/deployments/statuspresentation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace {

// "2", "2–4", "?" from a saved {min_replicas, max_replicas}.
QString range(const QJsonObject &saved)
{
    const QJsonValue min = saved.value(QLatin1String("min_replicas"));
    const QJsonValue max = saved.value(QLatin1String("max_replicas"));
    const QString low = min.isDouble() ? QString::number(min.toInt()) : QStringLiteral("?");
    if (max.isDouble() && (!min.isDouble() || max.toInt() != min.toInt()))
        return QStringLiteral("%1–%2").arg(low).arg(max.toInt());
    return low;
}

QString groups(const QJsonArray &list, const QLatin1String &nameKey)
{
    QStringList parts;
    for (const QJsonValue &value : list)
        parts << QStringLiteral("%1 %2").arg(value.toObject().value(nameKey).toString(), range(value.toObject()));
    return parts.join(QStringLiteral(", "));
}

} // namespace


namespace PauseMarkers {

QHash<QString, PauseMarker> fromOverlay(const PauseLedger::Overlay &overlay)
{
    QHash<QString, PauseMarker> markers;
    for (const PauseEntry &entry : overlay.open) {
        PauseMarker &marker = markers[entry.deploymentName];
        marker.paused = true;
        marker.confirmed = entry.state == PauseEntry::State::Active;
        marker.pausedBy = entry.pausedBy;
        marker.pausedByText = entry.pausedBy.isEmpty() ? QString() : AuthorText::pausedBy(entry);
        marker.pausedAt = entry.pausedAt;
        marker.savedMinReplicas = entry.savedMinReplicas;
        marker.savedMaxReplicas = entry.savedMaxReplicas.value_or(-1);
        marker.remindOn = entry.remindOn;
        marker.savedState = entry.savedState;
    }
    const QHash<QString, Note> &latest = overlay.latestNotes;
    const QHash<QString, int> &counts = overlay.noteCounts;
    for (auto it = latest.constBegin(); it != latest.constEnd(); ++it) {
        PauseMarker &marker = markers[it.key()];
        marker.latestNote = it.value().text;
        marker.latestNoteAuthor = it.value().author.isEmpty() ? QString() : AuthorText::author(it.value());
        marker.noteCount = counts.value(it.key(), 1);
    }
    return markers;
}

QString savedText(const PauseMarker &marker)
{
    if (!marker.paused)
        return {};
    const QJsonObject &saved = marker.savedState;
    if (saved.contains(QLatin1String("worker_group_specs"))) {
        const QJsonArray list = saved.value(QLatin1String("worker_group_specs")).toArray();
        return list.isEmpty() ? QCoreApplication::translate("PauseMarkers", "run the cluster again (no worker groups)")
                              : QCoreApplication::translate("PauseMarkers", "run the cluster again with worker groups %1").arg(groups(list, QLatin1String("group_name")));
    }
    if (saved.contains(QLatin1String("stopped")))
        return saved.value(QLatin1String("stopped")).toBool() ? QCoreApplication::translate("PauseMarkers", "keep it stopped (it was stopped)") : QCoreApplication::translate("PauseMarkers", "start it again (it was running)");
    if (saved.contains(QLatin1String("components")))
        return QCoreApplication::translate("PauseMarkers", "each component's replicas back: %1").arg(groups(saved.value(QLatin1String("components")).toArray(), QLatin1String("name")));
    QJsonObject legacy {{QStringLiteral("min_replicas"), marker.savedMinReplicas}};
    if (marker.savedMaxReplicas >= 0)
        legacy.insert(QStringLiteral("max_replicas"), marker.savedMaxReplicas);
    return QCoreApplication::translate("PauseMarkers", "%1 replicas back").arg(range(legacy));
}

QString describe(const PauseMarker &marker, const QDateTime &now)
{
    QStringList lines;
    if (marker.paused) {
        const QString who = marker.who().isEmpty() ? QCoreApplication::translate("PauseMarkers", "the console") : marker.who();
        lines << (marker.pausedAt.isValid()
                      ? QCoreApplication::translate("PauseMarkers", "Paused by %1 · %2 ago").arg(who, StatusPresentation::shortAge(marker.pausedAt, now))
                      : QCoreApplication::translate("PauseMarkers", "Paused by %1").arg(who));
        if (!marker.confirmed)
            lines << QCoreApplication::translate("PauseMarkers", "The server has not confirmed the pause yet.");
        lines << QCoreApplication::translate("PauseMarkers", "Resume: %1").arg(savedText(marker));
        if (marker.remindOn.isValid())
            lines << QCoreApplication::translate("PauseMarkers", "Review on %1").arg(QLocale().toString(marker.remindOn, QLocale::ShortFormat));
    }
    if (marker.hasNote())
        lines << QCoreApplication::translate("PauseMarkers", "Note: %1 — %2").arg(marker.latestNote, marker.latestNoteAuthor);
    return lines.join(QLatin1Char('\n'));
}

} // namespace PauseMarkers
