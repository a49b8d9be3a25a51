#pragma once

// File permissions only stop a process without the capabilities that override them, and the
// test machines run as root: a 0444 file is writable there. Unprivileged takes those
// capabilities away, so a test sees permissions as an ordinary user would.
//
// An Unprivileged object drops CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER from the
// effective set of the calling thread (capabilities are per thread) and puts them back when
// it goes. dropForExec() is for QProcess::setChildProcessModifier: it empties the bounding
// set of the child, so the program it executes starts with no capability at all, even as
// root. Both do nothing for an ordinary user, who has no capabilities to drop.
class Unprivileged
{
public:
    Unprivileged();
    ~Unprivileged();
    Unprivileged(const Unprivileged &) = delete;
    Unprivileged &operator=(const Unprivileged &) = delete;

    // Async-signal-safe: only system calls, for the child between fork and exec.
    static void dropForExec();

private:
    bool m_dropped = false;
    unsigned int m_savedEffective[2] = {0, 0};
};
