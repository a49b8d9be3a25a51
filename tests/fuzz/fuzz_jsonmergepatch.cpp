// libFuzzer target: JsonMergePatch::apply and diff; apply(a, diff(a, b)) == b for every
// b a merge patch can reach, diffs are minimal, apply is idempotent.
#include "tests/fuzz/fuzzchecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzChecks::checkMergePatch(data, size);
    return 0;
}
