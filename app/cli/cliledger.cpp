#include "app/cli/cliledger.h"

#include "app/cli/storewait.h"
#include "app/pause/ledgerexchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    // PauseEntry::toJson leaves out "kind" for an endpoint (absent means endpoint on import);
    // the CLI's output names it on every entry, as every other JSON it prints does.
    QJsonDocument document = QJsonDocument::fromJson(LedgerExchange::write(workspaceId, entries));
    QJsonObject root = document.object();
    QJsonArray written = root.value(QStringLiteral("entries")).toArray();
    for (qsizetype i = 0; i < written.size(); ++i) {
        QJsonObject entry = written.at(i).toObject();
        if (!entry.contains(QStringLiteral("kind"))) {
            entry.insert(QStringLiteral("kind"), QStringLiteral("endpoint"));
            written.replace(i, entry);
        }
    }
    root.insert(QStringLiteral("entries"), written);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
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
