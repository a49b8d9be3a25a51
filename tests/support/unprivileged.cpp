#include "tests/support/unprivileged.h"

#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace {

constexpr unsigned int kOverrides[] = {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER};

bool capabilities(__user_cap_data_struct (&data)[2])
{
    __user_cap_header_struct header {_LINUX_CAPABILITY_VERSION_3, 0};
    return ::syscall(SYS_capget, &header, data) == 0;
}

bool setCapabilities(__user_cap_data_struct (&data)[2])
{
    __user_cap_header_struct header {_LINUX_CAPABILITY_VERSION_3, 0};
    return ::syscall(SYS_capset, &header, data) == 0;
}

} // namespace

Unprivileged::Unprivileged()
{
    __user_cap_data_struct data[2] {};
    if (!capabilities(data))
        return;
    m_savedEffective[0] = data[0].effective;
    m_savedEffective[1] = data[1].effective;
    for (const unsigned int cap : kOverrides)
        data[cap / 32].effective &= ~(1u << (cap % 32));
    m_dropped = setCapabilities(data);
}

Unprivileged::~Unprivileged()
{
    if (!m_dropped)
        return;
    __user_cap_data_struct data[2] {};
    if (!capabilities(data))
        return;
    data[0].effective = m_savedEffective[0];
    data[1].effective = m_savedEffective[1];
    setCapabilities(data);
}

void Unprivileged::dropForExec()
{
    for (unsigned long cap = 0; cap <= 63; ++cap) {
        if (::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0)
            break; // past the last capability this kernel knows, or no CAP_SETPCAP (then none to drop)
    }
}
