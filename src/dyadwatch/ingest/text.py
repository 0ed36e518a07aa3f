"""Plain-text documents, and the last step every reader shares: clean, identify, build.

The text of a plain-text input keeps its title line; what the cleaner drops is counted in
``Document.boilerplate_chars``.
"""

from __future__ import annotations

from typing import Any

from ..errors import InputError
from ..records import Document
from .clean import clean_text
from .files import decode
from .language import identify, is_english


def read_text(
    data: bytes, source: str, *, clean: bool = True, charset: str | None = None, url: str | None = None,
) -> Document:
    return document_from_text(decode(data, source, charset=charset), source=source, clean=clean, url=url)


def document_from_text(
    raw: str,
    *,
    source: str,
    clean: bool = True,
    id: str | None = None,
    language: str | None = None,
    boilerplate_chars: int = 0,
    **meta: Any,
) -> Document:
    """A Document from article text: cleaned (unless ``clean=False``), with its language.

    ``meta`` (title, date, url, author, site_name) wins over what the cleaner finds in the
    text; ``boilerplate_chars`` counts what an earlier step (the HTML extractor) dropped.
    Raises InputError when nothing of the article is left.
    """
    raw = raw.strip()
    guess = language or identify(raw)
    text = raw
    if clean:
        cleaned = clean_text(raw, english=is_english(guess))
        text = cleaned.text
        boilerplate_chars += cleaned.boilerplate_chars
        for key, found in (("title", cleaned.title), ("date", cleaned.date), ("author", cleaned.author)):
            if not meta.get(key) and found:
                meta[key] = found
        if not text.strip():
            reasons = sorted({reason for _, reason in cleaned.dropped})
            raise InputError(source, "no article text: every line looks like page furniture (" + "; ".join(reasons)[:200] + ")")
    elif "title" not in meta or meta["title"] is None:
        meta["title"] = guess_title(text)
    if not text.strip():
        raise InputError(source, "no text")
    meta = {k: v for k, v in meta.items() if v is not None}
    return Document.from_text(
        text, id=id, source=source, language=language or identify(text),
        boilerplate_chars=boilerplate_chars, **meta,
    )


def guess_title(body: str) -> str | None:
    first = next((line.strip() for line in body.splitlines() if line.strip()), "")
    if 0 < len(first) <= 160 and not first.endswith((".", "!", "?", ":", ";", ",")):
        return first
    return None
