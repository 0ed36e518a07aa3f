"""Readable names for actor codes and issue tags in reports (JPN -> Japan, RUSGOV -> Russia
(government)). Country names come from pycountry and the shipped country aliases; IGO names from
the shipped igos.csv."""

from __future__ import annotations

from functools import cache

from ..data import package_file, read_csv

ROLES = {
    "GOV": "government", "MIL": "military", "BUS": "business", "LEG": "legislature",
    "CVL": "civilians", "COP": "police", "REB": "rebels", "MED": "media", "JUD": "judiciary",
    "REF": "refugees", "OPP": "opposition", "NGO": "NGOs",
}
ISSUES = {"DIPLOMACY": "diplomatic dialogue", "NONE": "untagged", "(none)": "untagged"}


def issue_label(tag: str) -> str:
    return ISSUES.get(tag, tag.lower())


@cache
def _igos() -> dict[str, str]:
    return {row["code"]: row["name"] for _, row in read_csv(package_file("actors/igos.csv"), ["code", "name"])}


@cache
def _short_names() -> dict[str, str]:
    names: dict[str, list[str]] = {}
    for _, row in read_csv(package_file("actors/country_aliases.csv"), ["iso3", "kind", "text"]):
        if row["kind"] == "name" and not row["text"].isupper() and "." not in row["text"]:
            names.setdefault(row["iso3"], []).append(row["text"])
    return {iso3: min(found, key=len) for iso3, found in names.items()}


@cache
def country_name(iso3: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        return None
    common = getattr(country, "common_name", None)
    if common:
        return common
    formal = any(mark in country.name for mark in (",", "(", " of ", "Federation"))
    short = _short_names().get(iso3)
    return short if formal and short else country.name


def actor_label(code: str) -> str:
    """A readable name for an actor code: "Japan", "Russia (government)", "United Nations"."""
    igos = _igos()
    for length in range(len(code), 2, -1):
        if code[:length] in igos:
            rest = code[length:]
            return igos[code[:length]] + (f" ({ROLES.get(rest, rest)})" if rest else "")
    name = country_name(code[:3])
    if name is None:
        return code
    rest = code[3:]
    return name + (f" ({ROLES.get(rest, rest.lower())})" if rest else "")
