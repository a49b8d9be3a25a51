#pragma once

#include "app/cli/command.h"

#include <optional>

// `set-replicas NAME --min N [--max M] [--json]`: changes a deployment's replicas. For a
// paused deployment this changes what Resume will bring back (the ledger's saved values,
// through PausedSettingsEditor): the server keeps 0 replicas and Resume does not take the
// edit for an outside change. For a running deployment it is a plain update on the server.
class SetReplicasCommand : public Command
{
    Q_OBJECT

public:
    static constexpr const char *Name = "set-replicas";
    static QString describe();

    SetReplicasCommand();
    Needs needs() const override { return Need::Database | Need::Workspace | Need::Server; }

protected:
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void run() override;

private:
    void report(bool paused, const QString &appliedTo, int min, int max, const QString &message);

    ResourceRef m_ref;
    QString m_name; // m_ref.name
    std::optional<int> m_min;
    std::optional<int> m_max;
    bool m_json = false;
};
