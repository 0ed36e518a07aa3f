"""Integrity of the office-holder files (actors/people.csv and actors/people/*.csv), checked
together: well-formed dated terms, no alias naming two people in office at once (across all
files), no alias that is a country, place, organisation or role term, and the loader reads every
file. News sentences for each region are in tests/test_people_<region>.py."""

from datetime import date

import pytest

from dyadwatch.data import package_file, read_csv

ROLES = {"GOV", "MIL", "SPY"}
COLUMNS = {"name", "aliases", "country", "role", "start", "end", "office"}
REGIONAL = sorted(p.name for p in package_file("actors/people").glob("*.csv"))
MIN_ROWS = {"africa_east_central_south.csv": 400, "africa_north_west.csv": 400, "asia_middle_east.csv": 1000,
            "europe_americas_oceania.csv": 1200}


def _rows(relative):
    return [row for _, row in read_csv(package_file(relative), ())]


def _texts(row, name_col="name", alias_col="aliases"):
    return [row[name_col], *filter(None, (a.strip() for a in (row.get(alias_col) or "").split(";")))]


def _overlap(a, b):
    """Terms overlap when they share more than a boundary day (end = next start is a handover)."""
    far = date.max
    a0, a1 = date.fromisoformat(a["start"]), date.fromisoformat(a["end"]) if a["end"] else far
    b0, b1 = date.fromisoformat(b["start"]), date.fromisoformat(b["end"]) if b["end"] else far
    return a0 < b1 and b0 < a1


@pytest.fixture(scope="module")
def files():
    return {"people.csv": _rows("actors/people.csv"), **{name: _rows(f"actors/people/{name}") for name in REGIONAL}}


def test_every_regional_file_is_known():
    assert set(REGIONAL) == set(MIN_ROWS)


@pytest.mark.parametrize("name", REGIONAL)
def test_regional_file_is_sizeable_and_well_formed(files, name):
    import pycountry

    igos = {row["code"] for row in _rows("actors/igos.csv")}
    rows = files[name]
    assert len(rows) >= MIN_ROWS[name]
    for row in rows:
        assert set(row) == COLUMNS, row
        start = date.fromisoformat(row["start"])
        assert len(row["start"]) == 10, row
        if row["end"]:
            assert len(row["end"]) == 10 and start <= date.fromisoformat(row["end"]), row
        country = row["country"]
        assert pycountry.countries.get(alpha_3=country) or country == "XKX" or country in igos, row
        assert row["role"] in ROLES, row
        assert row["name"] and row["office"], row


def test_no_alias_names_two_people_at_once(files):
    by_text: dict[str, list[dict]] = {}
    for rows in files.values():
        for row in rows:
            for text in set(_texts(row)):
                by_text.setdefault(text, []).append(row)
    clashes = [
        (text, a["name"], b["name"])
        for text, group in by_text.items()
        for i, a in enumerate(group)
        for b in group[i + 1:]
        if a["name"] != b["name"] and _overlap(a, b)
    ]
    assert not clashes


def test_a_person_holds_one_country_at_a_time(files):
    # Shevardnadze was Soviet foreign minister (RUS), then Georgia's president: dated terms tell
    terms: dict[str, list[dict]] = {}
    for rows in files.values():
        for row in rows:
            if not row["country"].startswith("IGO"):
                terms.setdefault(row["name"], []).append(row)
    clashes = [(name, a["country"], b["country"]) for name, group in terms.items()
               for i, a in enumerate(group) for b in group[i + 1:]
               if a["country"] != b["country"] and _overlap(a, b)]
    assert not clashes


@pytest.mark.parametrize("name", REGIONAL)
def test_no_alias_is_a_country_place_or_organisation(files, name):
    import pycountry

    taken: set[str] = set()
    for country in pycountry.countries:
        taken.update(n for n in (country.name, getattr(country, "common_name", None),
                                 getattr(country, "official_name", None)) if n)
    for relative in ("actors/country_aliases.csv", "actors/cities.csv"):
        taken.update(row["text"] for row in _rows(relative))
    taken.update(row["name"] for row in _rows("actors/places.csv"))
    for relative in ("actors/igos.csv", "actors/companies.csv", "actors/groups.csv"):
        for row in _rows(relative):
            taken.update(_texts(row))
    agent_terms = {row["term"].lower() for row in _rows("actors/agents.csv")}
    bad = [(t, row["name"]) for row in files[name] for t in _texts(row) if t in taken or t.lower() in agent_terms]
    assert not bad


def test_the_loader_reads_every_file(files):
    from dyadwatch.actors.dictionary import load_dictionary

    people = {t.name for t in load_dictionary().named if t.kind == "person"}
    assert all(rows[0]["name"] in people and rows[-1]["name"] in people for rows in files.values())
