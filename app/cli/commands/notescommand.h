#pragma once

#include "app/cli/command.h"
#include "app/storage/note.h"

#include <optional>

// `notes [KIND/]NAME [--add TEXT] [--json]`: the note history of a deployment, newest first, or add
// one. Reading is local only (no token needed): the console shows the same notes. Adding first
// asks the server, when a token can be found, whether the deployment exists: a name it does
// not know is refused (exit 4, with "did you mean"), so a typo never collects notes. When the
// server cannot say (no token, unreachable, an error), the note is added and a warning says
// that the name was not checked: a note is never lost for want of a network.
class NotesCommand : public Command
{
    Q_OBJECT

public:
    static constexpr const char *Name = "notes";
    static QString describe();

    NotesCommand();
    Needs needs() const override
    {
        return m_add.isEmpty() ? Need::Database | Need::Workspace
                               : Need::Database | Need::Workspace | Need::ServerIfAvailable;
    }
    bool writesDatabase() const override { return !m_add.isEmpty(); }

protected:
    QList<QCommandLineOption> options() const override;
    QList<Argument> arguments() const override;
    QString readArguments(const QCommandLineParser &parser) override;
    void run() override;

private:
    // Adds the note; `unchecked` (the reason the name was not checked) goes on stderr first.
    void add(const QString &unchecked);
    void show(const std::optional<Note> &added);

    ResourceRef m_ref;
    QString m_name; // m_ref.name: notes are kept by name
    QString m_add;
    bool m_json = false;
};
