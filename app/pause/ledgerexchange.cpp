#include "app/pause/ledgerexchange.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString kFormat = QStringLiteral("lepton-console-pause-ledger");
constexpr int kFormatVersion = 1;

} // namespace

QByteArray LedgerExchange::write(const QString &workspaceId, const QList<PauseEntry> &entries)
{
    QJsonArray array;
    for (const PauseEntry &entry : entries)
        array.append(entry.toJson());
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("workspace_id"), workspaceId},
        {QStringLiteral("exported_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("entries"), array},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

LedgerExchange::Read LedgerExchange::read(const QByteArray &json)
{
    Read read;
    const auto fail = [&](const QString &why) {
        read = Read();
        read.result.error = why;
        return read;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(tr("The file is not a pause ledger export (%1).")
                        .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                         : tr("not a JSON object")));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return fail(tr("The file is not a pause ledger export."));
    if (root.value(QStringLiteral("format_version")).toInt() > kFormatVersion)
        return fail(tr("The file was written by a newer Lepton Console; update to import it."));
    const QJsonValue entriesValue = root.value(QStringLiteral("entries"));
    if (!entriesValue.isArray())
        return fail(tr("The file has no list of entries."));

    const QJsonArray entries = entriesValue.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QString why;
        const auto entry = entries.at(i).isObject() ? PauseEntry::fromJson(entries.at(i).toObject(), &why)
                                                    : std::nullopt;
        if (!entry) {
            ++read.result.invalid;
            read.result.messages << tr("Entry %1: %2").arg(i + 1).arg(why.isEmpty() ? tr("not an object") : why);
        } else if (!entry->isOpen()) {
            ++read.result.invalid;
            read.result.messages << tr("Entry %1 (%2): not an open pause; only open pauses are imported.")
                                        .arg(i + 1)
                                        .arg(entry->deploymentName);
        } else {
            read.entries << *entry;
        }
    }
    return read;
}
