"""Event dates from the evidence sentence, resolved against the publication date."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

_MONTHS = {
    name.lower(): i
    for i in range(1, 13)
    for name in (calendar.month_name[i], calendar.month_abbr[i], calendar.month_abbr[i] + ".")
}
_MONTHS.update({"sept": 9, "sept.": 9})
_MONTH_RE = r"(?P<month>" + "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True)) + r")"
_PATTERNS = [
    # Nov. 2, 2013 / November 2 2013
    ("day", re.compile(_MONTH_RE + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I)),
    # 2 November 2013
    ("day", re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH_RE + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.I)),
    # on Nov. 2 (year from the publication date)
    ("day", re.compile(r"\b(?:on|from|until)\s+" + _MONTH_RE + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b", re.I)),
    # in June 2012
    ("month", re.compile(r"\b(?:in|during)\s+(?:early\s+|mid-?\s*|late\s+)?" + _MONTH_RE + r"\s+(?P<year>(?:19|20)\d\d)\b", re.I)),
    # in June (year from the publication date)
    ("month", re.compile(r"\b(?:in|during)\s+(?:early\s+|mid-?\s*|late\s+)?" + _MONTH_RE + r"(?![\w-])", re.I)),
    # in 2012
    ("year", re.compile(r"\b(?:in|during)\s+(?:early\s+|mid-?\s*|late\s+)?(?P<year>(?:19|20)\d\d)\b", re.I)),
]
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAY_RE = re.compile(r"\b(?:on\s+|last\s+)?(?P<wd>" + "|".join(_WEEKDAYS) + r")\b", re.I)
_RELATIVE_RE = re.compile(r"\b(?P<rel>yesterday|today|last week|last month|last year|next week|next month|next year)\b", re.I)


def resolve_date(sentence: str, published: date | None) -> tuple[str | None, str | None, str]:
    """(ISO date, precision, where it came from) for the event told in ``sentence``.

    Precision is "day", "month" or "year"; the origin is "text" when the sentence names the time,
    else "publication" (then the publication date is used, or None when there is none).
    """
    for precision, pattern in _PATTERNS:
        m = pattern.search(sentence)
        if not m:
            continue
        groups = m.groupdict()
        month = _MONTHS[groups["month"].lower()] if groups.get("month") else 1
        if groups.get("year"):
            year = int(groups["year"])
        elif published is not None:
            year = published.year
            # "on Dec. 28" in a January story is last year's December
            if month > published.month + 1:
                year -= 1
        else:
            continue
        day = int(groups["day"]) if groups.get("day") else 1
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        return found.isoformat(), precision, "text"
    if published is not None:
        m = _RELATIVE_RE.search(sentence)
        if m:
            return _relative(m.group("rel").lower(), published)
        m = _WEEKDAY_RE.search(sentence)
        if m:
            back = (published.weekday() - _WEEKDAYS[m.group("wd").lower()]) % 7
            return (published - timedelta(days=back)).isoformat(), "day", "text"
        return published.isoformat(), "day", "publication"
    return None, None, "publication"


def _relative(rel: str, published: date) -> tuple[str, str, str]:
    if rel == "yesterday":
        return (published - timedelta(days=1)).isoformat(), "day", "text"
    if rel == "today":
        return published.isoformat(), "day", "text"
    if rel in ("last week", "next week"):
        step = -7 if rel.startswith("last") else 7
        return (published + timedelta(days=step)).isoformat(), "day", "text"
    if rel in ("last month", "next month"):
        step = -1 if rel.startswith("last") else 1
        y, m = divmod(published.year * 12 + published.month - 1 + step, 12)
        return date(y, m + 1, 1).isoformat(), "month", "text"
    year = published.year + (-1 if rel.startswith("last") else 1)
    return date(year, 1, 1).isoformat(), "year", "text"
