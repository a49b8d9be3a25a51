#pragma once

#include <QJsonObject>

// JSON Merge Patch (RFC 7386), the semantics of Lepton's PATCH /deployments/{name}.
//
// The console never sends a whole object back: it computes the smallest patch that turns
// what it read into what the user wants, so fields it does not know stay untouched on the
// server. The simulator applies patches with the same rules.
namespace JsonMergePatch {

// Applies `patch` to `target`: objects merge recursively, null removes a key, any other
// value (arrays included) replaces.
QJsonObject apply(const QJsonObject &target, const QJsonObject &patch);

// The minimal patch that turns `from` into `to`: changed and added keys with their new
// value, removed keys as null, objects diffed recursively, arrays replaced whole.
// An empty result means nothing changed.
QJsonObject diff(const QJsonObject &from, const QJsonObject &to);

} // namespace JsonMergePatch
