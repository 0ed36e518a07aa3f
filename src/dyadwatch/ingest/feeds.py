"""RSS and Atom feeds (feedparser on bytes): one document per entry.

A feed entry that carries the full article (``content:encoded``, Atom ``content``) is read
from the feed; otherwise the entry's link is fetched (with the same timeout, size limit and
robots.txt rules as any URL) and its page extracted. The entry's title and date fill in what
the page lacks. An entry that cannot be read is a Rejected naming its link and the reason.
"""

from __future__ import annotations

import calendar
import io
import logging
import re
import time
from collections.abc import Iterator

from ..errors import InputError
from ..records import Document, Rejected
from .html import read_html
from .url import Fetcher, is_url

log = logging.getLogger(__name__)

FULL_CONTENT_CHARS = 800  # an entry with this much text in the feed is read without fetching
MAX_ENTRIES = 500
_FEED_START = re.compile(rb"<(rss|feed|rdf:RDF)\b", re.I)
_TAG = re.compile(r"<[^>]+>")


def looks_like_feed(data: bytes) -> bool:
    return _FEED_START.search(data[:4096]) is not None


def read_feed(
    data: bytes,
    source: str,
    *,
    fetcher: Fetcher | None,
    max_bytes: int,
    clean: bool = True,
    fetch_links: bool = True,
) -> Iterator[Document | Rejected]:
    """Documents from the entries of the feed in ``data``; raises InputError if it is not a feed."""
    import feedparser

    if not looks_like_feed(data):
        raise InputError(source, "not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> element)")
    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    except (ValueError, TypeError, RecursionError) as exc:  # feedparser's parser on hostile input
        raise InputError(source, f"unreadable feed: {type(exc).__name__}") from None
    entries = list(parsed.get("entries") or [])
    if not entries:
        problem = parsed.get("bozo_exception")
        raise InputError(source, f"feed holds no entries{f' ({problem})' if problem else ''}")
    if len(entries) > MAX_ENTRIES:
        log.warning("%s: reading the first %d of %d entries", source, MAX_ENTRIES, len(entries))
    for number, entry in enumerate(entries[:MAX_ENTRIES], 1):
        link = str(entry.get("link") or "").strip()
        where = link or f"{source}#{number}"
        try:
            yield _entry_document(entry, where, link, fetcher, max_bytes, clean, fetch_links)
        except InputError as exc:
            reason = exc.reason if exc.source == where else f"{exc.source}: {exc.reason}"
            yield Rejected(source=where, reason=f"{reason} (entry {number} of feed {source})")


def _entry_document(entry, where, link, fetcher, max_bytes, clean, fetch_links) -> Document:
    title = " ".join(str(entry.get("title") or "").split()) or None
    date = _entry_date(entry)
    content = _entry_html(entry)
    has_full_text = len(" ".join(_TAG.sub(" ", content).split())) >= FULL_CONTENT_CHARS
    if has_full_text or not (fetch_links and link and is_url(link)):
        if not content.strip():
            raise InputError(where, "feed entry has no content and no link to fetch")
        markup = f"<html><head><title>{_escape(title or '')}</title></head><body><article>{content}</article></body></html>"
        doc = read_html(markup.encode("utf-8"), where, url=link or None, clean=clean)
    else:
        if fetcher is None:
            raise InputError(where, "feed entry links to its article, but fetching is off")
        response = fetcher.fetch(link)
        from . import read_response  # late import: the dispatcher imports this module

        docs = [d for d in read_response(response, link, max_bytes=max_bytes, clean=clean, fetcher=None)]
        doc = next((d for d in docs if isinstance(d, Document)), None)
        if doc is None:
            reason = next((d.reason for d in docs if isinstance(d, Rejected)), "no document in the page")
            raise InputError(where, reason)
    return Document(**{
        **{name: getattr(doc, name) for name in doc.__dataclass_fields__},
        "source": link or where,
        "title": doc.title or title,
        "date": date or doc.date,  # the feed states the publication date; the page is guessed
        "url": doc.url or link or None,
    })


def _entry_html(entry) -> str:
    parts = [str(c.get("value") or "") for c in entry.get("content") or []]
    parts.append(str(entry.get("summary") or ""))
    return max(parts, key=len)


def _entry_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return time.strftime("%Y-%m-%d", time.gmtime(calendar.timegm(value)))
            except (TypeError, ValueError, OverflowError):
                continue
    return None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
