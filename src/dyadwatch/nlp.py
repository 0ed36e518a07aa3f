"""Loads the spaCy pipeline once per process and splits text into sentences cheaply.

The full pipeline (tagger, parser, lemmatizer) runs only on the sentences that can hold an
event; everything before that uses the tokenizer alone.
"""

from __future__ import annotations

import importlib
import logging
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelNotInstalled

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from .records import ActorMention

log = logging.getLogger(__name__)

# Components the event coder needs; NER is left out (actors come from dictionaries).
PARSE_DISABLE = ("ner",)
_TERMINALS = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSERS = {'"', "'", "”", "’", ")", "]", "»"}


@lru_cache(maxsize=4)
def load_model(name: str) -> "Language":
    """Load (once) the spaCy pipeline installed as package ``name``."""
    import spacy

    try:
        importlib.import_module(name)
    except ImportError as exc:
        raise ModelNotInstalled(name) from exc
    log.info("loading spaCy model %s", name)
    return spacy.load(name)


def sentence_bounds(doc: "Doc") -> list[tuple[int, int]]:
    """Token ranges ``[start, end)`` of sentences, from punctuation and line breaks.

    Works on a tokenizer-only Doc. Abbreviations ("Nov.", "U.S.") are single tokens in spaCy's
    English tokenizer, so a lone terminal token is a reliable boundary; blank lines and line
    breaks end a sentence too (titles, captions and list items have no final stop).
    """
    bounds: list[tuple[int, int]] = []
    start = 0
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        if tok.is_space and "\n" in tok.text:
            if i > start:
                bounds.append((start, i))
            start = i + 1
        elif tok.text in _TERMINALS:
            end = i + 1
            while end < n and doc[end].text in _CLOSERS and not doc[end - 1].whitespace_:
                end += 1
            bounds.append((start, end))
            start = end
            i = end - 1
        elif "\n" in tok.whitespace_:
            bounds.append((start, i + 1))
            start = i + 1
        i += 1
    if start < n:
        bounds.append((start, n))
    # drop ranges made only of whitespace
    return [(s, e) for s, e in bounds if any(not doc[j].is_space for j in range(s, e))]


def align_mentions(sent: "Doc", mentions: "list[ActorMention]", offset: int) -> "dict[int, ActorMention]":
    """Token index in a parsed sentence Doc -> the actor mention covering it.

    ``offset`` is the sentence's start in the document the mentions' offsets refer to.
    """
    by_token: dict[int, ActorMention] = {}
    for m in mentions:
        span = sent.char_span(m.char_start - offset, m.char_end - offset, alignment_mode="expand")
        if span is None:
            continue
        for t in span:
            by_token.setdefault(t.i, m)
    return by_token
