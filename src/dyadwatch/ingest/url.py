"""Fetching URLs: httpx with a total deadline, a size limit, a clear user agent, robots.txt.

The network is touched only here, and only when the user gives a URL or a feed. Every
failure is an InputError naming the URL and the reason ("no answer within 20 s", "HTTP 404",
"robots.txt disallows dyadwatch", "response larger than the 20 MB limit").
"""

from __future__ import annotations

import logging
import time
import urllib.robotparser
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from ..errors import InputError
from .files import mb

log = logging.getLogger(__name__)

ROBOTS_TOKEN = "dyadwatch"
MAX_REDIRECTS = 5
MAX_ROBOTS_BYTES = 512 * 1024
ACCEPT = (
    "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
    "application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5"
)


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("dyadwatch")
    except Exception:  # noqa: BLE001 - any metadata problem: the UA still says who we are
        return "0"


USER_AGENT = f"dyadwatch/{_version()} (political event coder for news; robots.txt respected)"


@dataclass(frozen=True)
class Response:
    url: str  # final URL, after redirects
    status: int
    content_type: str  # "text/html", without parameters
    charset: str | None
    data: bytes
    location: str = ""  # where a redirect points


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


class Fetcher:
    """Fetches URLs for one ingest run; caches robots.txt per site. Close it (or use ``with``)."""

    def __init__(
        self,
        *,
        timeout: float = 20.0,
        max_bytes: int = 20 * 2**20,
        user_agent: str = USER_AGENT,
        respect_robots: bool = True,
        transport=None,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.user_agent = user_agent
        self.respect_robots = respect_robots
        self._transport = transport
        self._client = None
        self._robots: dict[str, urllib.robotparser.RobotFileParser | str | None] = {}

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def client(self):
        if self._client is None:
            import httpx

            self._client = httpx.Client(
                headers={"User-Agent": self.user_agent, "Accept": ACCEPT},
                timeout=httpx.Timeout(self.timeout, connect=min(self.timeout, 10.0)),
                follow_redirects=False,
                transport=self._transport,
            )
        return self._client

    # ------------------------------------------------------------------ fetching
    def fetch(self, url: str) -> Response:
        """The body of ``url`` (following up to 5 redirects); raises InputError on any failure."""
        _check_url(url)
        deadline = time.monotonic() + self.timeout
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            self._check_robots(url, current)
            response = self._get(url, current, deadline, self.max_bytes)
            if response.status in (301, 302, 303, 307, 308):
                location = response.location
                if not location:
                    raise InputError(url, f"HTTP {response.status} redirect without a Location")
                current = urljoin(current, location)
                _check_url(current, original=url)
                continue
            if response.status >= 400:
                raise InputError(url, f"HTTP {response.status}" + (f" at {current}" if current != url else ""))
            return response
        raise InputError(url, f"more than {MAX_REDIRECTS} redirects")

    def _get(self, url: str, current: str, deadline: float, limit: int) -> Response:
        import httpx

        try:
            with self.client.stream("GET", current) as r:
                if r.status_code in (301, 302, 303, 307, 308):
                    return Response(current, r.status_code, "", None, b"", r.headers.get("location", ""))
                declared = r.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise InputError(url, f"response is {mb(int(declared))}, over the {mb(limit)} limit for one document")
                chunks, size = [], 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > limit:
                        raise InputError(url, f"response larger than the {mb(limit)} limit for one document")
                    if time.monotonic() > deadline:
                        raise InputError(url, f"no complete answer within {self.timeout:g} s")
                    chunks.append(chunk)
                content_type, _, params = r.headers.get("content-type", "").partition(";")
                charset = None
                for param in params.split(";"):
                    key, _, value = param.strip().partition("=")
                    if key.lower() == "charset" and value:
                        charset = value.strip("\"' ")
                return Response(str(r.url), r.status_code, content_type.strip().lower(), charset, b"".join(chunks))
        except httpx.TimeoutException:
            raise InputError(url, f"no answer within {self.timeout:g} s") from None
        except httpx.TooManyRedirects:
            raise InputError(url, f"more than {MAX_REDIRECTS} redirects") from None
        except httpx.ConnectError as exc:
            raise InputError(url, f"cannot connect: {_short(exc)}") from None
        except httpx.HTTPError as exc:
            raise InputError(url, f"download failed: {type(exc).__name__}: {_short(exc)}") from None

    # ------------------------------------------------------------------ robots.txt
    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets dyadwatch fetch ``url`` (raises InputError if it cannot tell)."""
        if not self.respect_robots:
            return True
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self._robots:
            self._robots[origin] = self._load_robots(url, origin)
        rules = self._robots[origin]
        if isinstance(rules, str):
            raise InputError(url, rules)
        return rules is None or rules.can_fetch(ROBOTS_TOKEN, url)

    def _check_robots(self, url: str, current: str) -> None:
        if not self.allowed(current):
            where = "" if current == url else f" ({current})"
            raise InputError(url, f"robots.txt disallows {ROBOTS_TOKEN}{where}; not fetched")

    def _load_robots(self, url: str, origin: str) -> urllib.robotparser.RobotFileParser | str | None:
        """Parsed rules; None for "no robots.txt" (4xx: allowed); a reason string to refuse."""
        robots_url = origin + "/robots.txt"
        deadline = time.monotonic() + self.timeout
        try:
            response = self._get(robots_url, robots_url, deadline, MAX_ROBOTS_BYTES)
        except InputError as exc:
            return f"robots.txt could not be read ({exc.reason}); not fetched"
        if response.status in (301, 302, 303, 307, 308) or 400 <= response.status < 500:
            return None  # RFC 9309: an unavailable robots.txt allows everything
        if response.status >= 500:
            return f"robots.txt answered HTTP {response.status}; not fetched"
        rules = urllib.robotparser.RobotFileParser(robots_url)
        rules.parse(response.data.decode("utf-8", "replace").splitlines())
        return rules


def _check_url(url: str, *, original: str | None = None) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise InputError(original or url, f"not an http(s) URL: {url}")


def _short(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 160 else text[:157] + "..."
