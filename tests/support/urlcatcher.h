#pragma once

#include <QList>
#include <QObject>
#include <QUrl>

// Receives QDesktopServices::openUrl for the schemes it is set as the handler of
// (QDesktopServices::setUrlHandler(scheme, &catcher, "openUrl")), so no browser is started,
// and keeps what it was asked to open.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void openUrl(const QUrl &url);
};
