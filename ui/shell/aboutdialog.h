#pragma once

#include <QDialog>

class QLabel;
class QTextBrowser;

// Help > About: the console's version, the Qt it was built with and runs on, its licence
// (MIT) and the licences of the libraries it uses, with links. "Copy Version Info" puts the
// version lines on the clipboard for a bug report.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // "Lepton Console 0.1.0", the Qt versions and the system, one per line.
    static QString versionInfo();
    // The licences page as HTML (the console's MIT notice and the third-party list).
    static QString licencesHtml();

    QTextBrowser *licencesView() const { return m_licences; }
    QLabel *versionLabel() const { return m_version; }

private:
    QLabel *m_version;
    QTextBrowser *m_licences;
};
