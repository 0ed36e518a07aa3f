"""Reading input bytes safely and decoding them to text, with reasons for every refusal."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError

_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}


def read_bytes(source: str, *, max_bytes: int) -> bytes:
    path = Path(source)
    if not path.exists():
        raise InputError(source, "no such file")
    if path.is_dir():
        raise InputError(source, "is a folder with no supported files")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(source, f"file is {size / 2**20:.1f} MB, over the {max_bytes / 2**20:.0f} MB limit")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except PermissionError:
        raise InputError(source, "permission denied") from None
    except OSError as exc:
        raise InputError(source, f"cannot read: {exc.strerror or exc}") from None
    if not data.strip():
        raise InputError(source, "empty file")
    return data


def decode(data: bytes, source: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Binary data (NUL bytes, many control characters) is refused.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(source, "invalid UTF-16 text") from None
    else:
        if b"\x00" in data[:65536]:
            raise InputError(source, "binary file (contains NUL bytes), not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise InputError(source, "not UTF-8 or Windows-1252 text") from None
    sample = text[:65536]
    control = sum(1 for ch in sample if ord(ch) < 32 and ch not in _CONTROL_OK)
    if sample and control / len(sample) > 0.01:
        raise InputError(source, f"binary file ({control} control characters in the first {len(sample)}), not text")
    if not text.strip():
        raise InputError(source, "empty file (whitespace only)")
    return text.replace("\r\n", "\n").replace("\r", "\n")
