#pragma once

#include <QLabel>

// A read-only value beside its caption in a form ("Image:" and "ghcr.io/…"): plain text,
// selectable with the mouse and with the keyboard, reachable with Tab, and named for a screen
// reader with its caption and its value together ("Image: ghcr.io/…"). The caption alone as
// the name would hide the value from the listener; the value alone would not say what it is.
class ValueLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ValueLabel(const QString &caption, QWidget *parent = nullptr);

    QString caption() const { return m_caption; }
    // Shows `value` (plain text) and names the label "caption: value".
    void setValue(const QString &value);

private:
    QString m_caption;
};
