#pragma once

#include "app/cli/command.h"

#include <memory>

class PriceList;

// `prices set SHAPE PRICE [--currency EUR]`, `prices remove SHAPE`, `prices list [--json]`: the
// price of one replica of a resource shape per hour, kept in the store with the ledger (a team
// store shares it). Lepton's API has no price; the savings figures use these.
class PricesCommand : public Command
{
    Q_OBJECT

public:
    static constexpr const char *Name = "prices";
    static QString describe();

    PricesCommand();
    ~PricesCommand() override;
    Needs needs() const override { return Need::Database; }
    bool writesDatabase() const override { return m_action != Action::List; }

protected:
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void run() override;

private:
    enum class Action { List, Set, Remove };
    void list();

    Action m_action = Action::List;
    QString m_shape;
    qint64 m_micros = 0;
    QString m_currency;
    bool m_json = false;
    std::unique_ptr<PriceList> m_prices;
};
