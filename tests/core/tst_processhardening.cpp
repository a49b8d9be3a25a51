// ProcessHardening::disableCoreDumps(): after the call, a process can neither dump core nor be
// read by another process of its user. Checked in a child process (fork), which starts with
// core dumps allowed as far as the hard limit goes, so the call has something to take away.
// tests/cli/tst_clidefaults.cpp checks the same on the two real programs.
#include "app/common/processhardening.h"

#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coreDumpsOff()
    {
        const pid_t pid = ::fork();
        QVERIFY(pid >= 0);
        if (pid == 0) {
            // The child: only system calls until _exit.
            struct rlimit limit {};
            ::getrlimit(RLIMIT_CORE, &limit);
            limit.rlim_cur = limit.rlim_max;
            ::setrlimit(RLIMIT_CORE, &limit);
            ::prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
            int failures = 0;
            if (::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 1)
                failures |= 8; // the starting point is not what this test assumes
            if (!ProcessHardening::disableCoreDumps())
                failures |= 1;
            if (::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0)
                failures |= 2;
            if (::getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0 || limit.rlim_max != 0)
                failures |= 4;
            ::_exit(failures);
        }
        int status = 0;
        QCOMPARE(::waitpid(pid, &status, 0), pid);
        QVERIFY(WIFEXITED(status));
        // 1: the call reported a failure; 2: still dumpable; 4: RLIMIT_CORE not 0/0.
        QCOMPARE(WEXITSTATUS(status), 0);
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
