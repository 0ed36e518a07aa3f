"""Office holders of North and West Africa (actors/people/africa_north_west.csv):
news-like sentences coded for their story date, and the integrity of the file itself."""

from datetime import date

import pytest

from dyadwatch.data import package_file, read_csv

FILE = "actors/people/africa_north_west.csv"
ROLES = {"GOV", "MIL", "SPY"}


@pytest.fixture(scope="module")
def codes(pipeline):
    from dyadwatch.nlp import sentence_bounds

    def _codes(text, when):
        doc = pipeline.nlp.make_doc(text)
        return [m.code for m in pipeline.actor_coder.mentions(doc, sentence_bounds(doc), when)]

    return _codes


SENTENCES = [
    ("Sadat and Begin signed the accords at Camp David.", ["EGYGOV"], date(1978, 9, 17)),
    ("Gaddafi met Ben Ali in Tunis.", ["LBYGOV", "TUNGOV", "TUN"], date(1995, 6, 1)),
    ("Qaddafi denounced the American air strikes on Tripoli.", ["LBYGOV", "USA", "LBY"], date(1986, 4, 16)),
    ("Bouteflika received Mohammed VI in Algiers.", ["DZAGOV", "MARGOV", "DZA"], date(2005, 3, 22)),
    ("Haftar's forces advanced on Tripoli as Sarraj appealed for help.", ["LBYMIL", "LBY", "LBYGOV"], date(2019, 4, 6)),
    ("Saied dismissed Mechichi and suspended parliament.", ["TUNGOV", "TUNGOV", "TUNLEG"], date(2021, 7, 25)),
    ("Burhan and Hemedti met in Khartoum.", ["SDNGOV", "SDNMIL", "SDN"], date(2022, 6, 1)),
    ("Hamdok was detained by Burhan.", ["SDNGOV", "SDNGOV"], date(2021, 10, 25)),
    # the same man as defence minister, then as president
    ("Defence Minister Sisi ousted Morsi.", ["EGYMIL", "EGYGOV"], date(2013, 7, 3)),
    ("Tantawi met Mubarak.", ["EGYMIL", "EGYGOV"], date(2005, 1, 1)),
    ("Sisi met Dbeibah in Cairo.", ["EGYGOV", "LBYGOV", "EGY"], date(2024, 1, 10)),
    ("Obasanjo offered asylum to Charles Taylor.", ["NGAGOV", "LBRGOV"], date(2003, 7, 6)),
    ("Tinubu received Mahama in Abuja.", ["NGAGOV", "GHAGOV", "NGA"], date(2025, 3, 1)),
    ("Yar'Adua flew to Saudi Arabia for treatment.", ["NGAGOV", "SAU"], date(2009, 11, 23)),
    ("Rawlings seized power in Accra.", ["GHAGOV", "GHA"], date(1982, 1, 5)),
    # "Traore" is three men whose terms do not overlap, in Mali and Burkina Faso
    ("Traore met Mitterrand in Paris.", ["MLIGOV", "FRAGOV", "FRA"], date(1986, 6, 1)),
    ("Goita and Traore met Tchiani in Niamey.", ["MLIGOV", "BFAGOV", "NERGOV", "NER"], date(2024, 7, 6)),
    ("Gbagbo refused to cede power to Ouattara.", ["CIVGOV", "CIVGOV"], date(2011, 1, 15)),
    ("Compaore hosted Gbagbo in Ouagadougou.", ["BFAGOV", "CIVGOV", "BFA"], date(2007, 3, 4)),
    ("Sirleaf and Ernest Bai Koroma discussed the Ebola outbreak.", ["LBRGOV", "SLEGOV"], date(2014, 8, 1)),
    ("Weah met Maada Bio in Freetown.", ["LBRGOV", "SLEGOV", "SLE"], date(2019, 6, 1)),
    ("Eyadema received Kerekou in Lomé.", ["TGOGOV", "BENGOV", "TGO"], date(1989, 6, 1)),
    ("Faure Gnassingbe met Talon in Cotonou.", ["TGOGOV", "BENGOV", "BEN"], date(2020, 6, 1)),
    ("Diomaye Faye appointed Sonko prime minister.", ["SENGOV", "SENGOV"], date(2024, 4, 2)),
    ("Doumbouya met Embalo in Conakry.", ["GINGOV", "GNBGOV", "GIN"], date(2022, 6, 1)),
    ("Ould Abdel Aziz seized power in Nouakchott.", ["MRTGOV", "MRT"], date(2008, 8, 6)),
    ("Nimeiry imposed sharia law.", ["SDNGOV"], date(1983, 9, 8)),
    ("Hassan II launched the Green March.", ["MARGOV"], date(1975, 11, 6)),
    ("Bourita met Lamamra in New York.", ["MARGOV", "DZAGOV", "USA"], date(2022, 9, 20)),
    ("Tebboune met Macron in Algiers.", ["DZAGOV", "FRAGOV", "DZA"], date(2022, 8, 25)),
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
    assert {"Muammar Gaddafi", "Abdelaziz Bouteflika", "Olusegun Obasanjo", "Ellen Johnson Sirleaf"} <= people
