#include "app/simulator/demoserver.h"

#include "app/simulator/demopopulation.h"
#include "app/simulator/workspacesimulator.h"

#include <QCoreApplication>

#include <cstdio>

int DemoServer::run(const Options &options)
{
    WorkspaceSimulator simulator;
    DemoPopulation::seed(simulator, options.deployments, options.newApi); // what the window's demo has
    if (options.token)
        simulator.setToken(*options.token);
    if (!simulator.listen(quint16(options.port.toUInt()))) {
        std::fprintf(stderr, "lepton-console: could not listen on 127.0.0.1:%s\n", qPrintable(options.port));
        return 1;
    }
    std::printf("Demo workspace API at %s (token: see --token; default demo-token)%s\n",
                qPrintable(simulator.baseUrl().toString()), options.newApi ? " on the new API (/endpoints, /devpods)" : "");
    std::fflush(stdout);
    return QCoreApplication::exec();
}
