"""Office holders of Europe, the Americas and Oceania (actors/people/europe_americas_oceania.csv):
news-like sentences coded for their story date, and the integrity of the file itself."""

from datetime import date

import pytest

from dyadwatch.data import package_file, read_csv

FILE = "actors/people/europe_americas_oceania.csv"
ROLES = {"GOV", "MIL", "SPY"}


@pytest.fixture(scope="module")
def codes(pipeline):
    from dyadwatch.nlp import sentence_bounds

    def _codes(text, when):
        doc = pipeline.nlp.make_doc(text)
        return [m.code for m in pipeline.actor_coder.mentions(doc, sentence_bounds(doc), when)]

    return _codes


SENTENCES = [
    ("Milosevic met Tudjman and Izetbegovic in Dayton.", ["SRBGOV", "HRVGOV", "BIHGOV"], date(1995, 11, 10)),
    ("Milošević rejected the NATO ultimatum.", ["SRBGOV", "IGOWSTNAT"], date(1999, 3, 23)),
    ("Gorbachev and Reagan met in Reykjavik.", ["RUSGOV", "USAGOV", "ISL"], date(1986, 10, 11)),
    ("Brezhnev received Honecker in Moscow.", ["RUSGOV", "DEUGOV", "RUS"], date(1979, 5, 1)),
    # one person, two countries: the story date picks the office
    ("Shevardnadze flew to Washington for talks.", ["RUSGOV", "USA"], date(1988, 6, 1)),
    ("Shevardnadze accused Moscow of backing the separatists.", ["GEOGOV", "RUS", "---REB"], date(1993, 9, 20)),
    # Fidel and Raul Castro share the surname on terms that do not overlap
    ("Castro received Chavez in Havana.", ["CUBGOV", "VENGOV", "CUB"], date(2005, 6, 1)),
    ("Castro met Obama in Havana.", ["CUBGOV", "USAGOV", "CUB"], date(2016, 3, 21)),
    ("Fujimori dissolved Congress.", ["PERGOV", "PERLEG"], date(1992, 4, 5)),
    ("Aristide returned to Port-au-Prince.", ["HTIGOV", "HTI"], date(1994, 10, 15)),
    ("Uribe met Chávez in Caracas.", ["COLGOV", "VENGOV", "VEN"], date(2007, 8, 31)),
    ("Petro restored relations with Maduro.", ["COLGOV", "VENGOV"], date(2022, 9, 1)),
    ("Orbán and Fico criticised the EU sanctions.", ["HUNGOV", "SVKGOV", "IGOEUREEC"], date(2024, 1, 15)),
    ("Vucic and Kurti met in Brussels.", ["SRBGOV", "XKXGOV", "BEL"], date(2023, 2, 27)),
    ("Tusk and Sikorski welcomed Zelensky to Warsaw.", ["POLGOV", "POLGOV", "UKRGOV", "POL"], date(2024, 7, 8)),
    ("Saakashvili accused Russia of invading Georgia.", ["GEOGOV", "RUS", "GEO"], date(2008, 8, 9)),
    ("Pashinyan and Aliyev signed the agreement in Washington.", ["ARMGOV", "AZEGOV", "USA"], date(2025, 8, 8)),
    # national office first, then the international one
    ("Rutte hosted Merkel in The Hague.", ["NLDGOV", "DEUGOV", "NLD"], date(2015, 6, 1)),
    ("Rutte urged allies to spend more.", ["IGOWSTNATGOV"], date(2025, 6, 1)),
    ("Solana visited Belgrade.", ["IGOWSTNATGOV", "SRB"], date(1999, 1, 10)),
    ("Solana visited Tehran.", ["IGOEUREECGOV", "IRN"], date(2005, 6, 1)),
    ("Tsipras rejected the creditors' proposal.", ["GRCGOV"], date(2015, 6, 27)),
    ("Ceausescu addressed a rally in Bucharest.", ["ROUGOV", "ROU"], date(1989, 12, 21)),
    ("Jaruzelski declared martial law.", ["POLGOV"], date(1981, 12, 13)),
    ("Pinochet handed power to Aylwin.", ["CHLGOV", "CHLGOV"], date(1990, 3, 11)),
    ("Pinochet warned the government.", ["CHLMIL", "CHLGOV"], date(1993, 5, 28)),
    ("Noriega defied Washington.", ["PANGOV", "USA"], date(1989, 10, 1)),
    ("Ortega met Chamorro in Managua.", ["NICGOV", "NICGOV", "NIC"], date(1990, 3, 1)),
    ("Ardern spoke with Morrison.", ["NZLGOV", "AUSGOV"], date(2019, 3, 20)),
    ("Bainimarama ordered Fijian troops onto the streets.", ["FJIMIL", "FJIMIL"], date(2000, 5, 30)),
    ("Bainimarama met the Chinese ambassador.", ["FJIGOV", "CHNGOV"], date(2015, 6, 1)),
    ("Dodik threatened secession.", ["BIHGOV"], date(2021, 12, 10)),
    ("Lukashenko met Makei in Minsk.", ["BLRGOV", "BLRGOV", "BLR"], date(2015, 6, 1)),
    ("Sandu met Iohannis in Bucharest.", ["MDAGOV", "ROUGOV", "ROU"], date(2021, 5, 1)),
    ("Foreign Minister Jeyhun Bayramov arrived in Yerevan.", ["AZEGOV", "ARM"], date(2024, 5, 1)),
    ("Defence Minister Margarita Robles visited Spanish troops in Latvia.", ["ESPMIL", "ESPMIL", "LVA"], date(2022, 3, 8)),
    ("John Major and Mitterrand met in Paris.", ["GBRGOV", "FRAGOV", "FRA"], date(1994, 5, 6)),
    ("Kohl and Mitterrand held hands at Verdun.", ["DEUGOV", "FRAGOV"], date(1984, 9, 22)),
    ("Bukele declared a state of emergency.", ["SLVGOV"], date(2022, 3, 27)),
    ("Díaz-Canel blamed the United States for the blackout.", ["CUBGOV", "USA"], date(2024, 10, 20)),
    ("Mitsotakis met Erdogan in Ankara.", ["GRCGOV", "TURGOV", "TUR"], date(2024, 5, 13)),
    ("Kast met Milei in Buenos Aires.", ["CHLGOV", "ARGGOV", "ARG"], date(2026, 4, 1)),
    # a surname shared by two people at once is given to the better-known one only
    ("Sargsyan met Medvedev.", ["ARMGOV", "RUSGOV"], date(2010, 6, 1)),
    # "Franco-German" is not General Franco
    ("Franco-German relations improved.", ["DEU"], date(2015, 6, 1)),
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
    assert len(rows) >= 600
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
    assert {"Slobodan Milošević", "Fidel Castro", "Jacinda Ardern", "Lech Wałęsa"} <= people
