#include "app/cli/commands/pricescommand.h"

#include "app/cli/clicontext.h"
#include "app/cli/clioutput.h"
#include "app/cli/clitext.h"
#include "app/storage/pricelist.h"
#include "app/storage/storage.h"

#include <QJsonArray>
#include <QJsonObject>

QString PricesCommand::describe()
{
    return tr("Set, remove or list the price of one replica of a resource shape per hour (for savings).");
}

PricesCommand::PricesCommand()
    : Command(QString::fromLatin1(Name), describe())
{
}

PricesCommand::~PricesCommand() = default;

QList<QCommandLineOption> PricesCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("currency"),
                           tr("With set: the currency, a three-letter code (default %1).")
                               .arg(QLatin1String(ShapePrice::DefaultCurrency)),
                           QStringLiteral("code")),
        QCommandLineOption(QStringLiteral("json"), tr("With list: print JSON.")),
    };
}

QList<Command::Argument> PricesCommand::arguments() const
{
    return {{QStringLiteral("action"), tr("list, set SHAPE PRICE, or remove SHAPE."),
             QStringLiteral("list | set SHAPE PRICE | remove SHAPE")}};
}

QString PricesCommand::readArguments(const QCommandLineParser &parser)
{
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    m_json = parser.isSet(QStringLiteral("json"));
    const QString currency = parser.isSet(QStringLiteral("currency")) ? parser.value(QStringLiteral("currency"))
                                                                      : QString::fromLatin1(ShapePrice::DefaultCurrency);
    if (action == QLatin1String("list") || words.isEmpty()) {
        if (words.size() > 1)
            return tr("prices list takes no more arguments.");
        m_action = Action::List;
        return QString();
    }
    if (action == QLatin1String("set")) {
        if (words.size() != 3)
            return tr("Usage: prices set SHAPE PRICE [--currency CODE], for example: prices set gpu.a10 1.25");
        m_action = Action::Set;
        m_shape = words.at(1).trimmed();
        if (m_shape.isEmpty())
            return tr("Name the resource shape, for example gpu.a10.");
        const std::optional<qint64> micros = ShapePrice::parseMicros(words.at(2));
        if (!micros)
            return tr("\"%1\" is not a price: give a number such as 1.25 (a point, at most six decimals, not "
                      "negative), per replica and hour.").arg(words.at(2));
        m_micros = *micros;
        const std::optional<QString> code = ShapePrice::normalizeCurrency(currency);
        if (!code)
            return tr("\"%1\" is not a currency code; use three letters, for example USD or EUR.").arg(currency);
        m_currency = *code;
        return QString();
    }
    if (action == QLatin1String("remove")) {
        if (words.size() != 2)
            return tr("Usage: prices remove SHAPE");
        m_action = Action::Remove;
        m_shape = words.at(1).trimmed();
        return QString();
    }
    return tr("Unknown action \"%1\": use list, set or remove.").arg(action);
}

void PricesCommand::run()
{
    m_prices = PriceList::open(*context().storage);
    if (!m_prices)
        return fail(ExitCode::LocalStoreError, tr("This store keeps no prices."));
    if (m_action == Action::List)
        return list();
    if (m_action == Action::Remove) {
        return m_prices->remove(m_shape, this, [this](const StoreResult<bool> &removed) {
            if (!removed.ok())
                return fail(ExitCode::LocalStoreError, tr("The price could not be removed: %1").arg(removed.error.message));
            output().print(removed.value ? tr("Removed the price of %1.").arg(m_shape)
                                         : tr("%1 had no price; nothing changed.").arg(m_shape));
            finish(ExitCode::Ok);
        });
    }
    ShapePrice price;
    price.shape = m_shape;
    price.micros = m_micros;
    price.currency = m_currency;
    price.setBy = context().userName;
    m_prices->set(price, this, [this](const StoreResult<ShapePrice> &stored) {
        if (!stored.ok())
            return fail(ExitCode::LocalStoreError, tr("The price could not be saved: %1").arg(stored.error.message));
        output().print(tr("%1: %2 %3 per replica and hour.")
                           .arg(stored.value.shape, ShapePrice::formatMicros(stored.value.micros), stored.value.currency));
        finish(ExitCode::Ok);
    });
}

void PricesCommand::list()
{
    m_prices->all(this, [this](const StoreResult<QList<ShapePrice>> &prices) {
        if (!prices.ok())
            return fail(ExitCode::LocalStoreError, tr("The prices could not be read: %1").arg(prices.error.message));
        if (m_json) {
            QJsonArray array;
            for (const ShapePrice &p : prices.value) {
                array.append(QJsonObject {
                    {QStringLiteral("shape"), p.shape},
                    {QStringLiteral("price_per_hour"), p.perHour()},
                    {QStringLiteral("currency"), p.currency},
                    {QStringLiteral("set_by"), p.setBy},
                    {QStringLiteral("set_at"), p.setAt.toUTC().toString(Qt::ISODateWithMs)},
                });
            }
            output().printJson(QJsonObject {{QStringLiteral("prices"), array}});
            return finish(ExitCode::Ok);
        }
        if (prices.value.isEmpty()) {
            output().print(tr("No prices set. Set one with: prices set SHAPE PRICE [--currency CODE]"));
            return finish(ExitCode::Ok);
        }
        QList<QStringList> rows;
        for (const ShapePrice &p : prices.value)
            rows << QStringList {p.shape, ShapePrice::formatMicros(p.micros), p.currency, p.setBy,
                                 p.setAt.toUTC().toString(Qt::ISODate)};
        output().print(CliText::table({tr("SHAPE"), tr("PER REPLICA-HOUR"), tr("CURRENCY"), tr("SET BY"), tr("SET AT")}, rows)
                           .chopped(1));
        finish(ExitCode::Ok);
    });
}
