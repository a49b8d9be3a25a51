#include "app/cli/cliledger.h"

#include "app/cli/storewait.h"
#include "app/pause/ledgerexchange.h"

std::optional<PauseEntry> CliLedger::openEntry(const QString &workspaceId, const QString &deploymentName)
{
    const auto result = waitForStore<std::optional<PauseEntry>>([&](QObject *context, auto done) {
        m_ledger.openEntry(workspaceId, deploymentName, context, done);
    });
    m_lastError = result.error;
    return result.value;
}

QList<PauseEntry> CliLedger::openEntries(const QString &workspaceId)
{
    const auto result = waitForStore<QList<PauseEntry>>([&](QObject *context, auto done) {
        m_ledger.openEntries(workspaceId, context, done);
    });
    m_lastError = result.error;
    return result.value;
}

QByteArray CliLedger::exportJson(const QString &workspaceId)
{
    const QList<PauseEntry> entries = openEntries(workspaceId);
    if (m_lastError.isError())
        return {};
    return LedgerExchange::write(workspaceId, entries);
}

PauseLedger::ImportResult CliLedger::importJson(const QByteArray &json)
{
    const LedgerExchange::Read read = LedgerExchange::read(json);
    if (!read.result.ok()) {
        m_lastError = StoreError(StoreError::Kind::Invalid, read.result.error);
        return read.result;
    }
    const auto result = waitForStore<PauseLedger::ImportResult>([&](QObject *context, auto done) {
        m_ledger.importEntries(read.entries, read.result, context, done);
    });
    m_lastError = result.error;
    if (!result.ok()) {
        PauseLedger::ImportResult failed;
        failed.error = result.error.message;
        return failed;
    }
    return result.value;
}

PauseLedger::Overlay CliLedger::overlay(const QString &workspaceId)
{
    const auto result = waitForStore<PauseLedger::Overlay>([&](QObject *context, auto done) {
        m_ledger.overlay(workspaceId, context, done);
    });
    m_lastError = result.error;
    return result.value;
}
