"""Fetching a web page's visible text for the model (company site, job posting).

Plain ``urllib``: http(s) only, a timeout, a size cap, at most five redirects and a cvextract
User-Agent. The text is what a reader sees: scripts, styles and templates dropped, whitespace
collapsed, cut to a length a prompt can afford.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

from .. import __version__
from ..errors import CvError

USER_AGENT = f"cvextract/{__version__} (company and job research for CV tailoring)"
MAX_BYTES = 2_000_000
MAX_CHARS = 8000
MAX_REDIRECTS = 5
TIMEOUT = 15.0
_DROPPED_TAGS = ("script", "style", "noscript", "template", "svg", "iframe", "object", "head")


class FetchError(CvError):
    """A page could not be fetched or read; ``path`` is the URL."""


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urllib.parse.urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchError(req.full_url, f"redirect to a non-HTTP address: {newurl}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def normalise_url(url: str) -> str:
    """``url`` with ``https://`` added when it has no scheme; only http(s) is accepted."""
    url = (url or "").strip()
    if not url:
        raise FetchError(None, "empty URL")
    if "://" not in url:
        url = "https://" + url
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError(url, "only http:// and https:// addresses can be fetched")
    return url


def fetch_page_text(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES,
                    max_chars: int = MAX_CHARS) -> str:
    """The visible text of the page at ``url``, at most ``max_chars`` characters.

    Raises :class:`FetchError` (one line, naming the URL) when the page cannot be had.
    """
    url = normalise_url(url)
    opener = urllib.request.build_opener(_LimitedRedirects())
    request = urllib.request.Request(url, headers={
        "User-Agent": USER_AGENT,
        "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
    })
    try:
        with opener.open(request, timeout=timeout) as response:
            body = response.read(max_bytes + 1)[:max_bytes]
            content_type = response.headers.get_content_type()
            charset = response.headers.get_content_charset()
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        reason = " ".join(str(exc.reason).split())
        if 300 <= exc.code < 400:
            reason = f"too many redirects (more than {MAX_REDIRECTS}) or a redirect loop"
        raise FetchError(url, f"HTTP {exc.code}: {reason}") from None
    except urllib.error.URLError as exc:
        raise FetchError(url, f"cannot fetch ({exc.reason})") from None
    except (OSError, ValueError) as exc:  # timeouts, resets, malformed responses
        raise FetchError(url, f"cannot fetch ({type(exc).__name__}: {exc})") from None

    if content_type == "text/plain":
        text = body.decode(charset or "utf-8", errors="replace")
    elif content_type in ("text/html", "application/xhtml+xml") or not content_type:
        text = html_text(body, charset)
    else:
        raise FetchError(url, f"not a web page (content type {content_type})")
    text = " ".join(text.split())
    if not text:
        raise FetchError(url, "page has no visible text")
    return text[:max_chars]


def html_text(html: bytes | str, charset: str | None = None) -> str:
    """Visible text of an HTML document, whitespace collapsed."""
    from bs4 import BeautifulSoup

    if isinstance(html, bytes):
        soup = BeautifulSoup(html, "html.parser", from_encoding=charset)
    else:
        soup = BeautifulSoup(html, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    meta = soup.find("meta", attrs={"name": "description"})
    summary = meta.get("content", "") if meta else ""
    for tag in soup(list(_DROPPED_TAGS)):
        tag.decompose()
    body = soup.get_text(separator=" ", strip=True)
    return " ".join(" ".join(part for part in (title, summary, body) if part).split())
