"""HTML documents: the main text and metadata through trafilatura, then the text cleaner.

trafilatura finds the article (title, author, date through htmldate, canonical URL, site
name); its ``deduplicate`` option stays off because it keeps state across calls (dyadwatch
deduplicates itself, in ``dedup``). When trafilatura finds nothing (a bare snippet, a page it
rejects), a plain lxml reading of the block elements takes over. The plain-text cleaner then
removes what both leave behind: photo credits, "Click to Enlarge" stubs, share lines.
"""

from __future__ import annotations

import logging
import re

import lxml.html
from lxml import etree

from ..errors import InputError
from ..records import Document
from .files import declared_charset, decode
from .text import document_from_text

log = logging.getLogger(__name__)

MAX_DEPTH = 255  # libxml2 stops reading deeper nesting
_DROP = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template", "button"]
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt", "figcaption"}
_DATE_META = (
    "article:published_time", "og:published_time", "datePublished", "date", "pubdate",
    "publishdate", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date",
)
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")
# the page's text without scripts and styles: what "boilerplate dropped" is measured against
_VISIBLE_TEXT = "//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"


def read_html(
    data: bytes, source: str, *, url: str | None = None, charset: str | None = None, clean: bool = True,
) -> Document:
    """One Document from an HTML page; raises InputError naming the reason when there is none."""
    markup = decode(data, source, charset=charset or declared_charset(data))
    if not _looks_like_markup(markup):
        raise InputError(source, "not HTML (no tags found)")
    root = _parse(markup, source)
    page_chars = len(" ".join(" ".join(root.xpath(_VISIBLE_TEXT)).split()))
    found = _trafilatura(markup, url)
    if found is None or not (found.get("text") or "").strip():
        found = _lxml_extract(root)
    text = (found.get("text") or "").strip()
    if not text:
        if _depth(root) >= MAX_DEPTH:
            raise InputError(source, f"HTML nested more than {MAX_DEPTH} levels deep; no text within the parser's reach")
        raise InputError(source, "HTML page holds no text (only scripts, styles or markup)")
    return document_from_text(
        text, source=source, clean=clean, title=found.get("title"), date=found.get("date"),
        url=found.get("url") or url, author=found.get("author"), site_name=found.get("sitename"),
        boilerplate_chars=max(0, page_chars - len(" ".join(text.split()))),
    )


def _looks_like_markup(markup: str) -> bool:
    return "<" in markup[:65536] and ">" in markup[:65536]


def _trafilatura(markup: str, url: str | None) -> dict | None:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            markup, url=url, with_metadata=True, include_comments=False, include_tables=True,
            deduplicate=False, favor_precision=False,
            date_extraction_params={"extensive_search": True, "original_date": True},
        )
    # trafilatura is a large third-party parser; a failure on one odd page must not stop an
    # ingest of thousands, so any error falls back to the plain lxml reading below.
    except Exception as exc:  # noqa: BLE001
        log.debug("trafilatura failed on a page (%s: %s); using the lxml fallback", type(exc).__name__, exc)
        return None
    if doc is None:
        return None
    fields = ("title", "author", "date", "url", "sitename")
    return {"text": doc.text or "", **{f: _clean_field(getattr(doc, f, None)) for f in fields}}


def _clean_field(value: object) -> str | None:
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def _parse(markup: str, source: str):
    try:
        return lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(source, f"cannot parse HTML: {exc}") from None


def _lxml_extract(root) -> dict:
    """Title, date, canonical URL and the text of block elements, without page furniture."""
    title = _meta(root, ("og:title", "twitter:title")) or _first_text(root, "//title") or _first_text(root, "//h1")
    date = _date(root)
    url = _meta(root, ("og:url",)) or _first_attr(root, "//link[@rel='canonical']/@href")
    for bad in root.xpath("|".join(f"//{tag}" for tag in _DROP)):
        parent = bad.getparent()
        if parent is not None:
            try:
                bad.drop_tree()  # keeps the text that follows the element
            except ValueError:  # that text holds control characters lxml will not set back
                parent.remove(bad)
    container = next(
        (el for el in (_first(root, x) for x in ("//article", "//main", "//body")) if el is not None), root
    )
    blocks = []
    for el in container.iter():
        if not isinstance(el.tag, str) or el.tag not in _BLOCKS:
            continue
        if any(isinstance(a.tag, str) and a.tag in _BLOCKS for a in el.iterancestors()):
            continue  # nested blocks are read with their outermost block
        block = " ".join(el.text_content().split())
        if block:
            blocks.append(block)
    if not blocks:
        text = " ".join(container.text_content().split())
        blocks = [text] if text else []
    return {"text": "\n".join(blocks), "title": title, "date": date, "url": url}


def _depth(root) -> int:
    deepest = 0
    stack = [(root, 1)]
    while stack:
        el, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in el)
    return deepest


def _first(root, xpath: str):
    found = root.xpath(xpath)
    return found[0] if found else None


def _first_text(root, xpath: str) -> str | None:
    el = _first(root, xpath)
    text = " ".join(el.text_content().split()) if el is not None else ""
    return text or None


def _first_attr(root, xpath: str) -> str | None:
    found = root.xpath(xpath)
    return str(found[0]).strip() if found else None


def _meta(root, names: tuple[str, ...]) -> str | None:
    for name in names:
        for attr in ("property", "name", "itemprop"):
            found = root.xpath(f"//meta[@{attr}=$n]/@content", n=name)
            if found and str(found[0]).strip():
                return str(found[0]).strip()
    return None


def _date(root) -> str | None:
    candidates = [_meta(root, (name,)) for name in _DATE_META]
    candidates += [str(v) for v in root.xpath("//time/@datetime")]
    for value in candidates:
        if value:
            m = _ISO_DATE.search(value)
            if m:
                return m.group(1)
    return None
