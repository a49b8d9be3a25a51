#pragma once

#include <QObject>

class QSettings;

// The per-workspace choice "ask before pausing or resuming", owned in one place: every view
// that pauses (the endpoints' actions, the dev pod and Ray cluster views) reads and writes it
// here, and changed() tells the others, so the Deployment menu's check follows a "do not ask
// again" ticked in any view at once.
//
// One per QSettings: of() makes it on first use as a child of that QSettings object, so
// whoever holds the settings reaches the same one without passing it around.
class AskFirstSetting : public QObject
{
    Q_OBJECT

public:
    static AskFirstSetting *of(QSettings *settings);

    // True unless turned off for the workspace.
    bool asks(const QString &workspaceId) const;
    // Writes the choice; changed() when it differs from what was stored.
    void setAsks(const QString &workspaceId, bool ask);

Q_SIGNALS:
    void changed(const QString &workspaceId, bool ask);

private:
    explicit AskFirstSetting(QSettings *settings);

    QSettings *m_settings;
};
