#pragma once

#include "app/storage/pauseentry.h"
#include "app/storage/pauseledger.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// The pause ledger's exchange file, to hand open pauses to another machine:
//   {"format":"lepton-console-pause-ledger","format_version":1,"workspace_id":...,
//    "exported_at":...,"entries":[PauseEntry::toJson()...]}
// Works on records; the stores never see the format.
class LedgerExchange
{
    Q_DECLARE_TR_FUNCTIONS(PauseLedger)

public:
    struct Read
    {
        QList<PauseEntry> entries;       // the open pauses to import
        PauseLedger::ImportResult result; // invalid entries and their messages; error: unreadable file
    };

    static QByteArray write(const QString &workspaceId, const QList<PauseEntry> &entries);
    static Read read(const QByteArray &json);
};
