#pragma once

#include <QString>
#include <QWidget>

// One page of the settings dialog. apply() may take a while (the keychain, a server): the
// page answers with applyFinished(), from the event loop, and keeps the user's entries when
// it fails (its own message says why).
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The name in the dialog's page list.
    virtual QString title() const = 0;
    virtual void apply() = 0;

Q_SIGNALS:
    void applyFinished(bool ok);
};
