#include "tests/support/urlcatcher.h"

void UrlCatcher::openUrl(const QUrl &url)
{
    opened.append(url);
}
