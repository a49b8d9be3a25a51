#include "ui/pause/askfirstsetting.h"

#include "ui/pause/pausequestions.h"

#include <QSettings>

AskFirstSetting::AskFirstSetting(QSettings *settings)
    : QObject(settings)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("askFirstSetting"));
}

AskFirstSetting *AskFirstSetting::of(QSettings *settings)
{
    if (auto *existing = settings->findChild<AskFirstSetting *>(QStringLiteral("askFirstSetting"), Qt::FindDirectChildrenOnly))
        return existing;
    return new AskFirstSetting(settings);
}

bool AskFirstSetting::asks(const QString &workspaceId) const
{
    return m_settings->value(PauseQuestions::askSettingKey(workspaceId), true).toBool();
}

void AskFirstSetting::setAsks(const QString &workspaceId, bool ask)
{
    const bool before = asks(workspaceId);
    m_settings->setValue(PauseQuestions::askSettingKey(workspaceId), ask);
    if (before != ask)
        Q_EMIT changed(workspaceId, ask);
}
