# A test harness turns warnings into errors; a deprecated call deep in the
# code then escapes as an uncaught DeprecationWarning with a traceback.
import warnings

warnings.simplefilter("error")


def fetch(url, timeout=None):
    if timeout is None:
        warnings.warn("calling fetch() without a timeout is deprecated",
                      DeprecationWarning, stacklevel=2)
    return "<%s>" % url


def crawl(urls):
    pages = []
    for url in urls:
        if url.endswith("/slow"):
            pages.append(fetch(url))
        else:
            pages.append(fetch(url, timeout=5))
    return pages


print(crawl(["a.example/fast"]))
print(crawl(["b.example/fast", "c.example/slow"]))
