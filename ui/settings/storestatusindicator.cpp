#include "ui/settings/storestatusindicator.h"

#include "app/storage/storage.h"

#include <QLocale>
#include <QUrl>
#include <QUrlQuery>

namespace {

bool isTeamStore(const QString &location)
{
    return location.startsWith(QStringLiteral("postgresql:")) || location.startsWith(QStringLiteral("postgres:"));
}

// "lepton on db.example.com" from a (password-free) libpq URI.
QString shortName(const QString &location)
{
    const QUrl url(location);
    const QUrlQuery query(url);
    QString host = url.host();
    if (host.isEmpty())
        host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    QString database = url.path(QUrl::FullyDecoded).mid(1);
    if (database.isEmpty())
        database = query.queryItemValue(QStringLiteral("dbname"), QUrl::FullyDecoded);
    return StoreStatusIndicator::tr("%1 on %2").arg(database.isEmpty() ? StoreStatusIndicator::tr("the database") : database, host);
}

} // namespace

StoreStatusIndicator::StoreStatusIndicator(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("storeStatusIndicator"));
    setTextFormat(Qt::PlainText);
    setFocusPolicy(Qt::TabFocus); // a screen reader and the keyboard can reach it
    update();
}

void StoreStatusIndicator::setStorage(Storage *storage)
{
    disconnect(m_statusChanged);
    m_storage = storage;
    m_lostSince = QDateTime();
    if (storage)
        m_statusChanged = connect(storage, &Storage::statusChanged, this, &StoreStatusIndicator::update);
    update();
}

void StoreStatusIndicator::update()
{
    if (!m_storage) {
        setText(QString());
        setToolTip(QString());
        setAccessibleName(tr("Store"));
        return;
    }
    const Storage::Status status = m_storage->status();
    const bool team = isTeamStore(status.location);
    QString text;
    QString tip;
    if (status.open || status.opening)
        m_lostSince = QDateTime();
    if (!team) {
        text = status.open || status.opening ? tr("This computer") : tr("This computer: the local store could not be opened");
        tip = tr("Pauses and notes are kept on this computer, in %1.").arg(status.location);
    } else if (status.opening) {
        text = tr("Team store: connecting to %1…").arg(shortName(status.location));
        tip = tr("Connecting to the team store %1.").arg(status.location);
    } else if (status.open) {
        text = status.readOnly ? tr("Team store: %1 · live, read only").arg(shortName(status.location))
                               : tr("Team store: %1 · live").arg(shortName(status.location));
        tip = status.readOnly ? tr("Shared with every console and script on %1. This database role may only read: "
                                   "Pause, Resume and notes are refused.")
                                    .arg(status.location)
                              : tr("Shared, live, with every console and script on %1.").arg(status.location);
    } else {
        // The store's own time of loss when it knows it, else when this indicator first saw it.
        if (status.lostSince.isValid())
            m_lostSince = status.lostSince.toLocalTime();
        else if (!m_lostSince.isValid())
            m_lostSince = QDateTime::currentDateTime();
        text = tr("Team store unreachable since %1: changes are refused, nothing is paused")
                   .arg(QLocale().toString(m_lostSince.time(), QLocale::ShortFormat));
        tip = tr("%1\n%2").arg(status.location, status.errorString);
    }
    setText(text);
    setToolTip(tip);
    setAccessibleName(tr("Store: %1").arg(text));
    setAccessibleDescription(tip);
}
