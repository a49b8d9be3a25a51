#include "app/common/jsonmergepatch.h"

namespace JsonMergePatch {

QJsonObject apply(const QJsonObject &target, const QJsonObject &patch)
{
    QJsonObject result = target;
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        const QJsonValue value = it.value();
        if (value.isNull()) {
            result.remove(it.key());
        } else if (value.isObject()) {
            const QJsonValue existing = result.value(it.key());
            result.insert(it.key(), apply(existing.isObject() ? existing.toObject() : QJsonObject(),
                                          value.toObject()));
        } else {
            result.insert(it.key(), value);
        }
    }
    return result;
}

QJsonObject diff(const QJsonObject &from, const QJsonObject &to)
{
    QJsonObject patch;
    for (auto it = from.constBegin(); it != from.constEnd(); ++it) {
        if (!to.contains(it.key()))
            patch.insert(it.key(), QJsonValue::Null);
    }
    for (auto it = to.constBegin(); it != to.constEnd(); ++it) {
        const QJsonValue before = from.value(it.key());
        const QJsonValue after = it.value();
        if (before == after && from.contains(it.key()))
            continue;
        if (before.isObject() && after.isObject()) {
            const QJsonObject nested = diff(before.toObject(), after.toObject());
            if (!nested.isEmpty())
                patch.insert(it.key(), nested);
        } else if (after.isObject()) {
            // A new object: nulls inside it would be meaningless, so strip them.
            patch.insert(it.key(), apply(QJsonObject(), after.toObject()));
        } else {
            patch.insert(it.key(), after);
        }
    }
    return patch;
}

} // namespace JsonMergePatch
