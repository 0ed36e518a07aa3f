"""Language identification with py3langid's model, which ships inside the package (no download).

``identify`` answers an ISO 639-1 code, or None when the text is too short or the model is not
sure. Short news sentences are full of names ("Japan met Russia.") and fool any character
model, so English is confirmed by its function words before another language is believed:
dyadwatch codes English, and a wrong "not English" would silently lose events.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

ENGLISH = "en"
MIN_LETTERS = 20  # below this, no judgement
MIN_PROBABILITY = 0.80
SAMPLE_CHARS = 4000  # the model reads this much of a long text

_EN_FUNCTION_WORDS = frozenset(
    "the a an and of to in on at for with by from is are was were has have had will would said "
    "that this which who its their his her it as be been not but or after over".split()
)
_WORD = re.compile(r"[^\W\d_]+")
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str) -> str | None:
    """The language of ``text`` (ISO 639-1, e.g. "en", "fr"), or None if unsure."""
    sample = text[:SAMPLE_CHARS]
    words = _WORD.findall(sample)
    if sum(len(w) for w in words) < MIN_LETTERS:
        return None
    english_share = sum(1 for w in words if w.lower() in _EN_FUNCTION_WORDS) / len(words)
    if english_share >= 0.20:  # plainly English: no need to load the model
        return ENGLISH
    with _lock:
        lang, probability = _identifier().classify(sample)
    if lang == ENGLISH:
        return ENGLISH if probability >= MIN_PROBABILITY or english_share >= 0.10 else None
    if english_share >= 0.15:  # "The United States met China on Monday" is English
        return ENGLISH
    return str(lang) if probability >= MIN_PROBABILITY else None


def is_english(language: str | None) -> bool:
    """True for English and for unknown language (which is coded as English)."""
    return language is None or language.lower().split("-")[0] == ENGLISH
