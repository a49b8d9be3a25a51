#pragma once

#include "app/cli/command.h"

// `notes NAME [--add TEXT] [--json]`: the note history of a deployment, newest first, or add
// one. Local only (no token needed): the console shows the same notes.
class NotesCommand : public Command
{
    Q_OBJECT

public:
    static constexpr const char *Name = "notes";
    static QString describe();

    NotesCommand();
    Needs needs() const override { return Need::Database | Need::Workspace; }
    bool writesDatabase() const override { return !m_add.isEmpty(); }

protected:
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void run() override;

private:
    QString m_name;
    QString m_add;
    bool m_json = false;
};
