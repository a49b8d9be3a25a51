#pragma once

#include <QString>

// Where a change to the store came from (issue 19, the audit trail): the program that wrote
// it and the machine it ran on, plus that process's id, so a pause begun by a process that no
// longer runs on this machine can be told from one still on its way. The stores stamp every
// pause entry (paused and closed) and note they write with the origin of the process they
// run in; rows written before schema 4 have empty origins.
struct ChangeOrigin
{
    QString program; // the executable's file name: "lepton-console", "lepton-console-cli"
    QString host;    // the machine's host name
    qint64 pid = 0;

    // This process.
    static ChangeOrigin current();
    // Written by a process of this machine that no longer runs (false when it cannot be told:
    // another host, no pid, or a process of that id still runs).
    static bool processGone(const QString &host, qint64 pid);

    bool operator==(const ChangeOrigin &other) const = default;
};
