#pragma once

#include <QWidget>

class QCommandLinkButton;
class QLabel;

// The first thing a new user sees: no workspace is known yet. Offers to connect to a
// workspace, to open the demo workspace, and (when the `lep` CLI has logged in on this
// computer) to import its workspaces. A window of its own, shown by ApplicationController
// instead of the main window until a workspace is open.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    // Shows "Import from the lep CLI…" when `lepFilePath` is not empty (the file exists).
    void setLepCliFile(const QString &lepFilePath);
    // A line under the buttons, e.g. why the environment's credentials could not be used.
    void setMessage(const QString &message);

    QCommandLinkButton *connectButton() const { return m_connect; }
    QCommandLinkButton *demoButton() const { return m_demo; }
    QCommandLinkButton *importButton() const { return m_import; }

Q_SIGNALS:
    void connectRequested();
    void demoRequested();
    void importRequested();

private:
    QCommandLinkButton *m_connect;
    QCommandLinkButton *m_demo;
    QCommandLinkButton *m_import;
    QLabel *m_message;
};
