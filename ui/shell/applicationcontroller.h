#pragma once

// The composition root was ApplicationController until it was split into ConsoleApplication
// (what the window's process owns), WorkspaceFlow (which workspace is shown and how the user
// switches) and DemoWorkspace (the simulator). The tests that drive the console through it
// still use this name, and the headers it used to bring along.
#include "app/api/apierror.h"
#include "app/credentials/sessiontokens.h"
#include "app/credentials/workspacecredentials.h"
#include "app/workspaces/workspacesession.h"
#include "ui/shell/consoleapplication.h"

using ApplicationController = ConsoleApplication;
