#pragma once

#include <QString>

#include <optional>

// `lepton-console --serve-demo [--new-api]`: the demo workspace's API alone on 127.0.0.1, on
// a QCoreApplication (no window, no display), for other clients to point at.
class DemoServer
{
public:
    struct Options
    {
        QString port = QStringLiteral("0");  // as given on the command line; 0: any free port
        std::optional<QString> token;         // default demo-token
        int deployments = 0;                  // 0: the hand-picked demo dozen
        bool newApi = false;                  // speak the new API generation (/endpoints, /devpods)
    };

    // Listens, prints the base URL and runs the event loop; 1 if the port is taken.
    static int run(const Options &options);
};
