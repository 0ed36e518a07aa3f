"""Reading input bytes safely and decoding them to text, with reasons for every refusal."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..errors import InputError

_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w.:\-]{1,40})""", re.I)
_MOJIBAKE = re.compile("[ÃÂâ][\u0080-\u00bf\u2018-\u203a\u20ac\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc]")


def mb(n: int) -> str:
    """A size for messages: "20 MB", "0.5 MB"."""
    value = n / 2**20
    return f"{value:.0f} MB" if value >= 1 and value == int(value) else f"{value:.1f} MB"


def read_bytes(source: str, *, max_bytes: int) -> bytes:
    path = Path(source)
    if not path.exists():
        raise InputError(source, "no such file")
    if path.is_dir():
        raise InputError(source, "is a folder with no supported files")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(source, f"file is {mb(size)}, over the {mb(max_bytes)} limit for one document")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise InputError(source, f"file grew over the {mb(max_bytes)} limit while being read")
    if not data.strip():
        raise InputError(source, "empty file")
    return data


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first 4 KB, if Python knows it."""
    head = data[:4096]
    m = _META_CHARSET.search(head) or re.search(rb"""<\?xml[^>]{0,100}encoding=["']([\w.:\-]{1,40})""", head)
    return _known_codec(m.group(1).decode("ascii", "replace")) if m else None


def decode(data: bytes, source: str, *, charset: str | None = None) -> str:
    """Text from bytes: BOM, else the declared ``charset``, else UTF-8, else Windows-1252.

    UTF-16 without a BOM is recognised by its zero bytes; UTF-8 that was once decoded as
    Windows-1252 ("JapanÃ¢Â€Â™s") is repaired. Binary data is refused with the reason.
    """
    text = _decode(data, source, _known_codec(charset) if charset else None)
    sample = text[:65536]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in _CONTROL_OK)
    if sample and control / len(sample) > 0.01:
        raise InputError(source, f"binary file ({control} control characters in the first {len(sample)}), not text")
    if "\ufffd" in sample and sample.count("\ufffd") / len(sample) > 0.05:
        raise InputError(source, "wrongly encoded text (too many undecodable characters)")
    if not text.strip():
        raise InputError(source, "empty file (whitespace only)")
    return _repair_mojibake(text).replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, source: str, charset: str | None) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", source)
    head = data[:65536]
    if b"\x00" in head:
        utf16 = _utf16_without_bom(head)
        if utf16 is None:
            raise InputError(source, "binary file (contains NUL bytes), not text")
        return _strict(data, utf16, source)
    if charset and charset not in ("utf-8", "ascii"):
        try:
            return data.decode(charset)
        except UnicodeDecodeError:
            pass  # the declaration is wrong: fall through to UTF-8 / Windows-1252
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and len(data) > 4:  # a truncated last character
            return data[: exc.start].decode("utf-8")
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise InputError(source, "not UTF-8 or Windows-1252 text (wrong or unknown encoding)") from None


def _strict(data: bytes, codec: str, source: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        raise InputError(source, f"invalid {codec.upper()} text") from None


def _utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when every other byte is zero, as in UTF-16 ASCII-range text."""
    even, odd = head[0::2], head[1::2]
    if len(head) < 8:
        return None
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) <= 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) <= 0.1 * len(odd):
        return "utf-16-be"
    return None


def _repair_mojibake(text: str) -> str:
    if not _MOJIBAKE.search(text[:65536]):
        return text
    try:
        repaired = text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text
    return repaired


def _known_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None
