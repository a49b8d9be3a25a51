#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// Help > Show log: the recent log lines LogCapture keeps (secrets already redacted), live,
// with a "Debug logging" switch for every lepton.* category and Copy, Save and Clear.
// Non-modal: it can stay open beside the main window while the user reproduces a problem.
class LogWindow : public QDialog
{
    Q_OBJECT

public:
    explicit LogWindow(QWidget *parent = nullptr);

    QPlainTextEdit *view() const { return m_view; }
    QCheckBox *debugCheckBox() const { return m_debug; }

    // Writes the log as shown to `path`; false (with the reason in `error`) when it could not.
    bool saveTo(const QString &path, QString *error = nullptr) const;

public Q_SLOTS:
    void copyToClipboard();
    // Asks for a file name and saves there.
    void save();
    void clear();

private:
    void reload();

    QPlainTextEdit *m_view;
    QCheckBox *m_debug;
    QLabel *m_status;
};
