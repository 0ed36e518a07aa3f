"""HTML documents: title, date and the article's text blocks, without page furniture.

A first, narrow extractor (lxml): scripts, styles, navigation, headers, footers, asides and
forms are dropped; the text comes from <article> (or <main>, else <body>) block elements.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from ..errors import InputError
from ..records import Document
from .files import decode

_DROP = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg", "template", "button"]
_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt", "figcaption"}
_DATE_META = (
    "article:published_time", "og:published_time", "datePublished", "date", "pubdate",
    "publishdate", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date",
)
_ISO_DATE = re.compile(r"(\d{4}-\d{2}-\d{2})")


def read_html(data: bytes, source: str) -> Document:
    markup = decode(data, source)
    try:
        root = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(source, f"cannot parse HTML: {exc}") from None
    title = _meta(root, ("og:title", "twitter:title")) or _first_text(root, "//title") or _first_text(root, "//h1")
    date = _date(root)
    url = _meta(root, ("og:url",)) or _first_attr(root, "//link[@rel='canonical']/@href")
    for bad in root.xpath("|".join(f"//{tag}" for tag in _DROP)):
        if bad.getparent() is not None:
            bad.drop_tree()
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
    body = "\n\n".join(blocks)
    if not body.strip():
        raise InputError(source, "HTML page holds no text")
    original = len(" ".join(markup.split()))
    return Document.from_text(
        body, source=source, title=title, date=date, url=url,
        boilerplate_chars=max(0, original - len(body)),
    )


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
