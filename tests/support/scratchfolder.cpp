#include "tests/support/scratchfolder.h"

bool ScratchFolder::renew()
{
    m_dir = std::make_unique<QTemporaryDir>();
    return m_dir->isValid();
}

void ScratchFolder::remove()
{
    m_dir.reset();
}

QString ScratchFolder::path() const
{
    return m_dir->path();
}

QString ScratchFolder::filePath(const QString &name) const
{
    return m_dir->filePath(name);
}

QString ScratchFolder::errorString() const
{
    return m_dir ? m_dir->errorString() : QStringLiteral("no folder");
}
