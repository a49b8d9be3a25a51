#include "app/cli/resourceref.h"

#include "app/cli/clitext.h"

namespace {

struct Alias
{
    const char *word;
    ResourceKind kind;
};

// The canonical words (ResourceKinds::toString) come first, then the aliases.
constexpr Alias kAliases[] = {
    {"endpoint", ResourceKind::Endpoint},
    {"pod", ResourceKind::Pod},
    {"raycluster", ResourceKind::RayCluster},
    {"devpod", ResourceKind::Pod},
    {"ray", ResourceKind::RayCluster},
};

} // namespace

std::optional<ResourceKind> ResourceRef::kindFromWord(const QString &word)
{
    for (const Alias &alias : kAliases) {
        if (word.compare(QLatin1String(alias.word), Qt::CaseInsensitive) == 0)
            return alias.kind;
    }
    return std::nullopt;
}

QStringList ResourceRef::kindWords()
{
    QStringList words;
    for (const Alias &alias : kAliases)
        words.append(QString::fromLatin1(alias.word));
    return words;
}

QString ResourceRef::kindList()
{
    return tr("endpoint, pod (or devpod), raycluster (or ray)");
}

std::optional<ResourceRef> ResourceRef::parse(const QString &word, QString *error)
{
    ResourceRef ref;
    const qsizetype slash = word.indexOf(QLatin1Char('/'));
    if (slash < 0) {
        ref.name = word;
    } else {
        const QString kindWord = word.left(slash);
        const std::optional<ResourceKind> kind = kindFromWord(kindWord);
        if (!kind) {
            if (error) {
                *error = tr("There is no kind \"%1\" (in \"%2\"). The kinds are: %3.%4")
                             .arg(kindWord, word, kindList(), CliText::didYouMean(kindWord, kindWords()));
            }
            return std::nullopt;
        }
        ref.kind = *kind;
        ref.kindGiven = true;
        ref.name = word.mid(slash + 1);
    }
    if (ref.name.trimmed().isEmpty()) {
        if (error)
            *error = slash < 0 ? tr("A deployment name cannot be empty.") : tr("\"%1\" names no resource after the kind.").arg(word);
        return std::nullopt;
    }
    return ref;
}

QString ResourceRef::text() const
{
    return kindGiven || kind != ResourceKind::Endpoint ? qualified() : name;
}

QString ResourceRef::qualified() const
{
    return ResourceKinds::toString(kind) + QLatin1Char('/') + name;
}
