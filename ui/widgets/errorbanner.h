#pragma once

#include <QFrame>
#include <QTimer>

#include <chrono>
#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QToolButton;

// A non-modal message bar above the deployment table: a word prefix ("Error:", "Offline:",
// ...) so colour is never the only signal, the message (wrapped, selectable), and as fits
// the message a Retry button, an Undo button and a close button.
//
// Colours are derived from the palette (light and dark themes) with text contrast of at
// least 4.5:1. The banner's accessible name is the prefix and message, its description the
// message, and showing it raises an accessibility Alert so screen readers announce it.
// Info and success messages hide by themselves after a while (not while the pointer is on
// them); errors and warnings stay until closed or replaced.
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Error, Offline, Warning, Info, Success };
    Q_ENUM(Kind)

    static constexpr std::chrono::milliseconds DefaultAutoHide {10000};

    explicit ErrorBanner(QWidget *parent = nullptr);
    ~ErrorBanner() override;

    // Shows `message` (plain text), replacing whatever was shown. A null `undo` hides the
    // Undo button; otherwise Undo calls it once and hides the banner.
    void showMessage(Kind kind, const QString &message, bool retry = false, std::function<void()> undo = {});
    void showError(const QString &message, bool retry = true);
    void showOffline(const QString &message, bool retry = true);
    void showWarning(const QString &message, bool retry = false);
    void showInfo(const QString &message, std::function<void()> undo = {});
    void showSuccess(const QString &message, std::function<void()> undo = {});
    void hideBanner();
    // A button for what the message asks the user to do ("Replace Token…"), shown with every
    // message until set to null; it follows the action's text and enabled state.
    void setAction(QAction *action);
    QPushButton *actionButton() const { return m_actionButton; }

    Kind kind() const { return m_kind; }
    QString message() const { return m_message; }
    // The word in front of the message for this kind ("Error:").
    static QString prefixFor(Kind kind);

    // 0 turns auto-hide off. Applies to Info and Success only.
    void setAutoHideInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds autoHideInterval() const { return m_autoHideInterval; }
    bool isAutoHidePending() const { return m_autoHide.isActive(); }

Q_SIGNALS:
    void retryRequested();
    // After the undo callback has run.
    void undoTriggered();
    // The user closed the banner (close button or Escape), or it hid by itself.
    void dismissed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyColors();
    void undo();

    QLabel *m_prefix = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_actionButton = nullptr;
    QAction *m_action = nullptr;
    QToolButton *m_close = nullptr;
    Kind m_kind = Kind::Info;
    QString m_message;
    std::function<void()> m_undoAction;
    QTimer m_autoHide;
    std::chrono::milliseconds m_autoHideInterval = DefaultAutoHide;
};
