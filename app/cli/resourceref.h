#pragma once

#include "app/api/resourcekind.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// A resource as the command line names it, the kubectl way: KIND/NAME, or a bare NAME for an
// endpoint (what every command took before dev pods and Ray clusters, so scripts keep
// working). KIND is "endpoint", "pod" (alias "devpod") or "raycluster" (alias "ray"), in any
// case.
class ResourceRef
{
    Q_DECLARE_TR_FUNCTIONS(ResourceRef)

public:
    ResourceKind kind = ResourceKind::Endpoint;
    QString name;
    // True when the word named its kind ("endpoint/chat"); false for a bare "chat".
    bool kindGiven = false;

    // Reads "KIND/NAME" or "NAME". nullopt, with the sentence to print as a usage error in
    // *error (naming the kinds, and "Did you mean ...?" for a likely typo), when the kind is
    // unknown or the name is empty.
    static std::optional<ResourceRef> parse(const QString &word, QString *error);
    // The kind of a word alone ("pod", "devpod", "ray", ...); nullopt when it is none.
    static std::optional<ResourceKind> kindFromWord(const QString &word);
    // "endpoint, pod (devpod), raycluster (ray)": the kinds and their aliases, for messages.
    static QString kindList();
    // The canonical words, for did-you-mean.
    static QStringList kindWords();

    // "pod/alice-dev"; a bare name for an endpoint whose kind was not given.
    QString text() const;
    // "pod/alice-dev", whatever was typed.
    QString qualified() const;

    bool operator==(const ResourceRef &other) const { return kind == other.kind && name == other.name; }
};
