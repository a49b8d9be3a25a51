#pragma once

#include "app/cli/cliledger.h"
#include "app/cli/clinotes.h"
#include "app/credentials/workspacecredentials.h"

#include <QString>

class CliOutput;
class LeptonClient;
class PauseController;
class Storage;

// What a command works with, set up by CliRunner before Command::execute() according to
// Command::needs(): pointers are null for what the command did not ask for.
struct CliContext
{
    CliOutput *output = nullptr;
    QString userName;                 // "paused by", note authors

    // Command::Need::Database
    Storage *storage = nullptr;
    CliLedger *ledger = nullptr;  // the storage's ledger and notes, waited for call by call
    CliNotes *notes = nullptr;
    QString databasePath;
    bool databaseReadOnly = false;  // this user cannot write it: reading commands only
    bool databaseRecovered = false; // a damaged file was moved aside and a fresh one started now

    // Command::Need::Workspace (and Server)
    QString workspaceId;

    // Command::Need::Server: a client with the base URL and the token set.
    WorkspaceCredentials credentials; // the token is in here: never print it
    LeptonClient *client = nullptr;
    PauseController *pauses = nullptr;
};
