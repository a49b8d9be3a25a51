// libFuzzer target: ApiError::fromHttpStatus on any status and error body (JSON, text, HTML
// pages of proxies, binary garbage). Input: two bytes of status, then the body.
#include "tests/fuzz/fuzzchecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzChecks::checkApiError(data, size);
    return 0;
}
