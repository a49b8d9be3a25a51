#pragma once

#include <QString>
#include <QUrl>

#include <chrono>

// How the log readers reach a workspace: what its LeptonClient uses (base URL, token, origin,
// deadline). The window takes it from the session's credentials, the CLI from its own.
struct LogAccess
{
    QUrl baseUrl;
    QString token;
    QString origin; // the "origin" header (see ApiRequestHeaders); empty: the SDK's default
    std::chrono::milliseconds timeout{30000};
};
