"""Office holders of East, Central and Southern Africa (actors/people/africa_east_central_south.csv):
news-like sentences coded for their story date, and the integrity of the file itself."""

from datetime import date

import pytest

from dyadwatch.data import package_file, read_csv

FILE = "actors/people/africa_east_central_south.csv"
ROLES = {"GOV", "MIL", "SPY"}


@pytest.fixture(scope="module")
def codes(pipeline):
    from dyadwatch.nlp import sentence_bounds

    def _codes(text, when):
        doc = pipeline.nlp.make_doc(text)
        return [m.code for m in pipeline.actor_coder.mentions(doc, sentence_bounds(doc), when)]

    return _codes


SENTENCES = [
    ("Mugabe met Mbeki in Harare.", ["ZWEGOV", "ZAFGOV", "ZWE"], date(2008, 5, 9)),
    ("Kagame accused Tshisekedi of backing the FDLR.", ["RWAGOV", "CODGOV", "RWAREB"], date(2023, 6, 1)),
    # father and son share the surname on terms that do not overlap
    ("Kabila met Museveni in Kampala.", ["CODGOV", "UGAGOV", "UGA"], date(1998, 1, 10)),
    ("Kabila met Kagame in Pretoria.", ["CODGOV", "RWAGOV", "ZAF"], date(2002, 7, 30)),
    ("Mobutu fled Kinshasa.", ["CODGOV", "COD"], date(1997, 5, 16)),
    ("Kenyatta and Odinga shook hands.", ["KENGOV", "KEN"], date(2018, 3, 9)),  # Odinga in opposition
    ("Moi rejected multiparty politics.", ["KENGOV"], date(1990, 7, 7)),
    ("Ruto hosted Hassan Sheikh Mohamud in Nairobi.", ["KENGOV", "SOMGOV", "KEN"], date(2023, 3, 1)),
    ("Abiy and Isaias signed a peace agreement.", ["ETHGOV", "ERIGOV"], date(2018, 7, 9)),
    ("Habyarimana's plane was shot down over Kigali.", ["RWAGOV", "RWA"], date(1994, 4, 6)),
    ("Nyerere ordered Tanzanian troops into Uganda against Amin.", ["TZAGOV", "TZAMIL", "UGA", "UGAGOV"], date(1979, 1, 22)),
    # two Bothas served at once: only the initials name P. W.
    ("P. W. Botha met Samora Machel.", ["ZAFGOV", "MOZGOV"], date(1984, 3, 16)),
    ("De Klerk released Mandela.", ["ZAFGOV", "ZAF"], date(1990, 2, 11)),  # Mandela not yet in office
    ("Banda met Mutharika.", ["MWIGOV", "MWI"], date(2012, 8, 1)),  # Peter Mutharika out of office
    ("Deby met Buhari in Abuja.", ["TCDGOV", "NGAGOV", "NGA"], date(2016, 6, 1)),
    ("Déby was sworn in as transitional president.", ["TCDGOV", "TCDGOV"], date(2021, 4, 23)),
    ("Bongo was ousted by Oligui Nguema.", ["GABGOV", "GABGOV"], date(2023, 8, 30)),
    ("Biya met Sassou Nguesso in Yaoundé.", ["CMRGOV", "COGGOV", "CMR"], date(2019, 6, 1)),
    ("Touadéra welcomed Russian instructors to Bangui.", ["CAFGOV", "RUS", "CAF"], date(2018, 3, 1)),
    ("Lourenço mediated between Kagame and Tshisekedi.", ["AGOGOV", "RWAGOV", "CODGOV"], date(2022, 7, 6)),
    ("Kiir and Machar signed a peace deal in Addis Ababa.", ["SSDGOV", "SSD", "ETH"], date(2018, 9, 12)),  # Machar out of office
    ("Rajoelina fled Madagascar.", ["MDGGOV", "MDG"], date(2025, 10, 13)),
    ("Chakwera met Hichilema in Lusaka.", ["MWIGOV", "ZMBGOV", "ZMB"], date(2021, 9, 1)),
    ("Foreign Minister Mushikiwabo met Lavrov.", ["RWAGOV", "RUSGOV"], date(2015, 6, 1)),
    ("King Mswati dissolved parliament.", ["SWZGOV", "SWZLEG"], date(2018, 6, 1)),
    ("Jugnauth met Modi.", ["MUSGOV", "INDGOV"], date(2019, 6, 1)),
    ("Kaunda hosted Nujoma in Lusaka.", ["ZMBGOV", "NAM", "ZMB"], date(1985, 6, 1)),  # Nujoma not yet in office
    # a president's surname does not swallow a longer group name
    ("Boko Haram attacked a village.", ["NGAREB"], date(2025, 1, 1)),
    # a surname that news also uses for someone else is left out ("Chapo", "Uhuru Park")
    ("El Chapo was extradited to the United States.", ["USA"], date(2025, 3, 1)),
    ("Daniel Chapo met Ramaphosa in Pretoria.", ["MOZGOV", "ZAFGOV", "ZAF"], date(2025, 3, 1)),
]


@pytest.mark.parametrize("text, expected, when", SENTENCES)
def test_people_in_news_sentences(codes, text, expected, when):
    assert codes(text, when) == expected


# ------------------------------------------------------------------ integrity of the file


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
def rows():
    return _rows(FILE)


def test_file_is_sizeable_and_well_formed(rows):
    import pycountry

    igos = {row["code"] for row in _rows("actors/igos.csv")}
    assert len(rows) >= 400
    for row in rows:
        assert set(row) == {"name", "aliases", "country", "role", "start", "end", "office"}, row
        start = date.fromisoformat(row["start"])
        assert len(row["start"]) == 10, row
        if row["end"]:
            assert len(row["end"]) == 10 and start <= date.fromisoformat(row["end"]), row
        country = row["country"]
        assert pycountry.countries.get(alpha_3=country) or country == "XKX" or country in igos, row
        assert row["role"] in ROLES, row
        assert row["name"] and row["office"], row


def test_no_alias_names_two_people_at_once(rows):
    others = _rows("actors/people.csv")
    by_text: dict[str, list[dict]] = {}
    for row in [*rows, *others]:
        for text in set(_texts(row)):
            by_text.setdefault(text, []).append(row)
    mine = {id(r) for r in rows}
    clashes = [
        (text, a["name"], b["name"])
        for text, group in by_text.items()
        for i, a in enumerate(group)
        for b in group[i + 1:]
        if (id(a) in mine or id(b) in mine) and a["name"] != b["name"] and _overlap(a, b)
    ]
    assert not clashes


def test_no_alias_is_a_country_place_or_organisation(rows):
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
    bad = [(t, row["name"]) for row in rows for t in _texts(row) if t in taken or t.lower() in agent_terms]
    assert not bad


def test_the_loader_reads_the_file():
    from dyadwatch.actors.dictionary import load_dictionary

    people = {t.name for t in load_dictionary().named if t.kind == "person" and t.entry.startswith("person:")}
    assert {"Robert Mugabe", "Mobutu Sese Seko", "Paul Kagame", "Nelson Mandela"} <= people
