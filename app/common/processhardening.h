#pragma once

#include <QString>

// What both programs do first thing in main(): they hold a workspace token in memory, so no
// core dump may carry it to a disk, a crash reporter or another user.
//  - prctl(PR_SET_DUMPABLE, 0): no core file, and other processes of the same user can no
//    longer ptrace this one or read its /proc/<pid>/mem or environ.
//  - setrlimit(RLIMIT_CORE, 0): no core file even where the dumpable flag is reset (after a
//    setuid change) or ignored by a core handler.
class ProcessHardening
{
public:
    // True when both took effect; otherwise *error (when given) names what failed. The
    // program goes on either way.
    static bool disableCoreDumps(QString *error = nullptr);
};
