#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// What every request to a workspace carries, in one place for ApiTransport and for readers
// that stream on their own (the live log, LogStreamReader):
//   - the URL of a route: the workspace's base URL + path (+ query);
//   - "Authorization: Bearer <token>";
//   - "origin": the workspace's origin URL when the credentials carry one, else for a DGX
//     Cloud (dgxc) workspace the base URL itself, as the SDK sends it; none otherwise.
namespace ApiRequestHeaders {

QUrl urlFor(const QUrl &baseUrl, const QString &path, const QString &query = QString());
QList<QPair<QByteArray, QByteArray>> forWorkspace(const QUrl &baseUrl, const QString &token, const QByteArray &origin);

} // namespace ApiRequestHeaders
