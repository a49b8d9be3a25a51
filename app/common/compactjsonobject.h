#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <memory>

// A JSON object kept as its compact text instead of a parsed tree: a deployment's object is
// ~1.7 kB of text but ~12 kB as a QJsonObject, so 10,000 deployments fit in ~20 MB instead
// of ~120 MB. Reads parse the text on demand (~10 µs); they are rare (details panel, edits,
// pause) next to the typed fields the table uses.
//
// It reads like a QJsonObject (value, contains, iteration, ==) and converts to one, so code
// written against QJsonObject keeps working. Built from a QJsonObject it keeps that object as
// it is (no serialising); fromText() keeps bytes that are known to be one JSON object.
// Like QJsonObject, a const object may be read from several threads at once.
class CompactJsonObject
{
public:
    CompactJsonObject() = default;
    CompactJsonObject(const QJsonObject &object); // NOLINT: implicit, as a QJsonObject stands in
    CompactJsonObject &operator=(const QJsonObject &object);

    // `text` must be exactly one valid JSON object (DeploymentList::parse checks this).
    static CompactJsonObject fromText(const QByteArray &text);

    QJsonObject toObject() const;
    operator QJsonObject() const { return toObject(); } // NOLINT: implicit on purpose
    // The kept text, when it is kept as text (empty otherwise).
    QByteArray text() const { return m_text; }

    QJsonValue value(QLatin1StringView key) const { return toObject().value(key); }
    QJsonValue value(const QString &key) const { return toObject().value(key); }
    QJsonValue operator[](QLatin1StringView key) const { return value(key); }
    QJsonValue operator[](const QString &key) const { return value(key); }
    bool contains(QLatin1StringView key) const { return toObject().contains(key); }
    bool contains(const QString &key) const { return toObject().contains(key); }
    bool isEmpty() const;
    qsizetype size() const { return toObject().size(); }
    QStringList keys() const { return toObject().keys(); }

    void insert(const QString &key, const QJsonValue &value);
    void remove(const QString &key);

    // Iteration over a parsed copy that the iterators share (begin and end may come from two
    // calls: `for (auto it = raw.constBegin(); it != raw.constEnd(); ++it)` works).
    class const_iterator
    {
    public:
        const_iterator() = default;
        QString key() const { return m_it.key(); }
        QJsonValue value() const { return m_it.value(); }
        QJsonValue operator*() const { return m_it.value(); }
        const_iterator &operator++()
        {
            ++m_it;
            return *this;
        }
        bool operator==(const const_iterator &other) const { return atEnd() ? other.atEnd() : !other.atEnd() && m_it == other.m_it; }

    private:
        friend class CompactJsonObject;
        bool atEnd() const { return !m_object || m_it == m_object->constEnd(); }
        std::shared_ptr<const QJsonObject> m_object;
        QJsonObject::const_iterator m_it;
    };
    const_iterator constBegin() const;
    const_iterator constEnd() const { return const_iterator(); }
    const_iterator begin() const { return constBegin(); }
    const_iterator end() const { return constEnd(); }

    friend bool operator==(const CompactJsonObject &a, const CompactJsonObject &b);
    friend bool operator==(const CompactJsonObject &a, const QJsonObject &b) { return a.toObject() == b; }

private:
    // Exactly one of the two is in use: the text, or (when built from a tree) the tree.
    QByteArray m_text;
    QJsonObject m_object;
};
