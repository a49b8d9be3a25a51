#pragma once

#include <QDateTime>
#include <QLabel>
#include <QMetaObject>
#include <QPointer>

class Storage;

// The status bar's word on the store, in text (never colour alone): "This computer", "Team
// store: lepton on db.example.com · live", or, once the server is gone, "Team store
// unreachable since 21:40: changes are refused, nothing is paused". The tooltip gives the
// location and the server's error; the accessible name says the same as the text. It follows
// Storage::statusChanged().
class StoreStatusIndicator : public QLabel
{
    Q_OBJECT

public:
    explicit StoreStatusIndicator(QWidget *parent = nullptr);

    // The store to describe (null: none). It must outlive this widget or be replaced first.
    void setStorage(Storage *storage);

private:
    void update();

    QPointer<Storage> m_storage;
    QMetaObject::Connection m_statusChanged;
    QDateTime m_lostSince; // when the store was first seen unreachable; null while it is there
};
