#pragma once

#include <QString>

#include <optional>

// A deployment's replica range, written one way wherever the console shows it (the table,
// the details, the command line, messages): "2" when the count is fixed (the max equals the
// min, or there is no max) and "1–3", with an en dash, when it may scale between the two.
// A missing min counts as 0, the API's default. Machine-readable output (--json) keeps the
// two numbers instead.
namespace ReplicaRange {

// "" when neither is known: the caller shows its own placeholder.
QString text(std::optional<int> min, std::optional<int> max);

} // namespace ReplicaRange
