#include "app/common/compactjsonobject.h"

#include <QJsonDocument>

CompactJsonObject::CompactJsonObject(const QJsonObject &object)
    : m_object(object)
{
}

CompactJsonObject &CompactJsonObject::operator=(const QJsonObject &object)
{
    m_text.clear();
    m_object = object;
    return *this;
}

CompactJsonObject CompactJsonObject::fromText(const QByteArray &text)
{
    CompactJsonObject compact;
    compact.m_text = text;
    return compact;
}

QJsonObject CompactJsonObject::toObject() const
{
    if (m_text.isEmpty())
        return m_object;
    return QJsonDocument::fromJson(m_text).object();
}

bool CompactJsonObject::isEmpty() const
{
    if (m_text.isEmpty())
        return m_object.isEmpty();
    return toObject().isEmpty();
}

void CompactJsonObject::insert(const QString &key, const QJsonValue &value)
{
    QJsonObject object = toObject();
    object.insert(key, value);
    *this = object;
}

void CompactJsonObject::remove(const QString &key)
{
    QJsonObject object = toObject();
    object.remove(key);
    *this = object;
}

CompactJsonObject::const_iterator CompactJsonObject::constBegin() const
{
    const_iterator it;
    it.m_object = std::make_shared<const QJsonObject>(toObject());
    it.m_it = it.m_object->constBegin();
    return it;
}

bool operator==(const CompactJsonObject &a, const CompactJsonObject &b)
{
    // The same bytes are the same object; other bytes may still be (spacing, key order).
    if (!a.m_text.isEmpty() && a.m_text == b.m_text)
        return true;
    return a.toObject() == b.toObject();
}
