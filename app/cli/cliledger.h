#pragma once

#include "app/storage/pauseledger.h"

#include <QByteArray>
#include <QCoreApplication>

// The pause ledger as the commands use it: each call waits (runs an event loop) for the
// storage's one result; failures leave lastError() set, as the commands report them.
class CliLedger
{
    Q_DECLARE_TR_FUNCTIONS(PauseLedger)

public:
    explicit CliLedger(PauseLedger &ledger) : m_ledger(ledger) {}

    std::optional<PauseEntry> openEntry(const QString &workspaceId, const QString &deploymentName);
    QList<PauseEntry> openEntries(const QString &workspaceId);
    // The table's overlay (open pauses, newest notes, counts) in one call.
    PauseLedger::Overlay overlay(const QString &workspaceId);
    // The exchange file (LedgerExchange) of a workspace's open pauses; empty on failure.
    QByteArray exportJson(const QString &workspaceId);
    // Reads an exchange file and adds its open pauses, one transaction.
    PauseLedger::ImportResult importJson(const QByteArray &json);

    QString lastError() const { return m_lastError.message; }
    StoreError lastStoreError() const { return m_lastError; }

private:
    PauseLedger &m_ledger;
    StoreError m_lastError;
};
