"""Cities, sub-national regions and international organisations in the actor dictionary.

cities.csv gives major non-capital cities and regions the code of their country (kinds "city"
and "region"); igos.csv holds the organisations, with historical and house-style names of some
(EEC -> EU, OAU -> AU, "Nato", "Unicef"). Names shared by several countries, contested
territories and names that are ordinary words are left out on purpose: the negative cases check
that they stay uncoded.
"""

from __future__ import annotations

import pytest

WHEN = "2014-06-15"


def _actors(pipeline, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.code) for m in pipeline.code_text(text, date=WHEN).actors]


CITIES = [
    ("Officials in Karachi reported no damage.", ("Karachi", "PAK")),
    ("Gunmen opened fire in Lagos on Monday.", ("Lagos", "NGA")),
    ("Shanghai reported no new cases.", ("Shanghai", "CHN")),
    ("Floods cut off parts of Mumbai.", ("Mumbai", "IND")),
    ("Kurdish fighters took control of Kirkuk.", ("Kirkuk", "IRQ")),
    ("Iraqi forces retook Mosul from the militants.", ("Mosul", "IRQ")),
    ("Oil exports from Basra resumed.", ("Basra", "IRQ")),
    ("Barrel bombs fell on Aleppo.", ("Aleppo", "SYR")),
    ("The siege of Homs ended in May.", ("Homs", "SYR")),
    ("Militias clashed in Benghazi overnight.", ("Benghazi", "LBY")),
    ("A suicide bomber struck in Kandahar.", ("Kandahar", "AFG")),
    ("Shelling hit the outskirts of Donetsk.", ("Donetsk", "UKR")),
    ("Ships left the port of Odessa.", ("Odessa", "UKR")),
    ("The ferry sailed from Murmansk.", ("Murmansk", "RUS")),
    ("Police in Izmir detained the suspects.", ("Police in Izmir", "TURCOP")),
    ("Settlers and Palestinians clashed in Hebron.", ("Hebron", "PSE")),
    ("Air strikes hit Gaza City on Tuesday.", ("Gaza City", "PSE")),
    ("Rockets were fired at Tel Aviv.", ("Tel Aviv", "ISR")),
    ("The forum opened in St Petersburg.", ("St Petersburg", "RUS")),
    ("The summit was held in Saint Petersburg.", ("Saint Petersburg", "RUS")),
    ("Police raided slums in Rio de Janeiro.", ("Rio de Janeiro", "BRA")),
    ("Miners marched in Johannesburg.", ("Johannesburg", "ZAF")),
    ("Protesters gathered in Alexandria.", ("Alexandria", "EGY")),
    ("The talks were held in Jeddah.", ("Jeddah", "SAU")),
    ("A bomb exploded in Peshawar.", ("Peshawar", "PAK")),
    ("A cyclone approached Chittagong.", ("Chittagong", "BGD")),
    ("The ship was built in Osaka.", ("Osaka", "JPN")),
    ("The ferry sailed from Busan.", ("Busan", "KOR")),
    ("Troops were deployed in Yangon.", ("Yangon", "MMR")),
    ("The plant outside Natanz was hit.", ("Natanz", "IRN")),
    ("Officials in Chicago denied the report.", ("Chicago", "USA")),
    ("The consulate in Houston was closed.", ("Houston", "USA")),
]

REGIONS = [
    ("Fighting spread across Darfur.", ("Darfur", "SDN")),
    ("Russian troops returned to Chechnya.", ("Chechnya", "RUS")),
    ("Protests broke out in Tibet.", ("Tibet", "CHN")),
    ("Authorities in Xinjiang detained the activists.", ("Xinjiang", "CHN")),
    ("Texas sued the federal government.", ("Texas", "USA")),
    ("Wildfires burned across California.", ("California", "USA")),
    ("Bavaria held state elections.", ("Bavaria", "DEU")),
    ("Scotland voted against independence.", ("Scotland", "GBR")),
    ("Troops were sent to Mindanao.", ("Mindanao", "PHL")),
    ("The tsunami devastated Aceh.", ("Aceh", "IDN")),
    ("Militants attacked a checkpoint in Sinai.", ("Sinai", "EGY")),
    ("Fighting raged in Tigray.", ("Tigray", "ETH")),
    ("Air strikes hit Idlib.", ("Idlib", "SYR")),
    ("British troops left Helmand.", ("Helmand", "AFG")),
    ("Shelling continued across the Donbas.", ("Donbas", "UKR")),
    ("Gas fields in Siberia supply Europe.", ("Siberia", "RUS")),
    ("Catalonia held an independence referendum.", ("Catalonia", "ESP")),
]

# the longer name wins over the country or capital it contains
LONGER_NAMES = [
    ("The governor of New Jersey declared an emergency.", ("governor of New Jersey", "USAGOV")),
    ("Baja California authorities deported the migrants.", ("Baja California authorities", "MEXGOV")),
    ("Herders in Inner Mongolia protested the mine.", ("Herders in Inner Mongolia", "CHNAGR")),
    ("Gunmen kidnapped oil workers in the Niger Delta.", ("workers in the Niger Delta", "NGALAB")),
    ("Floods hit New South Wales.", ("New South Wales", "AUS")),
    ("Police in Benin City arrested the suspects.", ("Police in Benin City", "NGACOP")),
    ("The envoy flew to Santiago de Cuba.", ("Santiago de Cuba", "CUB")),
    ("The mayor of New Taipei resigned.", ("mayor of New Taipei", "TWNGOV")),
    ("The Shanghai Cooperation Organisation met in Astana.", ("Shanghai Cooperation Organisation", "IGOSCO")),
]

# a city gives a role term its country: "Karachi police", "officials in Shanghai"
ROLES = [
    ("Karachi police arrested three men.", ("Karachi police", "PAKCOP")),
    ("Shanghai officials ordered a lockdown.", ("Shanghai officials", "CHNGOV")),
    ("Syrian troops bombed rebels in Aleppo.", ("rebels in Aleppo", "SYRREB")),
    ("Chechnya's leader Ramzan Kadyrov praised the decision.", ("Chechnya's leader Ramzan Kadyrov", "RUSGOV")),
    ("A judge in Texas blocked the order.", ("judge in Texas", "USAJUD")),
    ("Voters in Bavaria went to the polls.", ("Voters in Bavaria", "DEUCVL")),
    ("Separatists in the Donbas rejected the deal.", ("Separatists in the Donbas", "UKRREB")),
]

IGOS = [
    ("The European Economic Community imposed sanctions on Argentina.", ("European Economic Community", "IGOEUREEC")),
    ("The European Community lifted the embargo.", ("The European Community", "IGOEUREEC")),
    ("Britain joined the EEC in 1973.", ("EEC", "IGOEUREEC")),
    ("The Organization of African Unity condemned the coup.", ("Organization of African Unity", "IGOAFRAFU")),
    ("The OAU suspended the junta.", ("OAU", "IGOAFRAFU")),
    ("Nato warplanes struck targets in Libya.", ("Nato warplanes", "IGOWSTNAT")),
    ("Opec agreed to cut output.", ("Opec", "IGOOPC")),
    ("Unicef warned of a cholera outbreak.", ("Unicef", "IGOUNOCEF")),
    ("The U.N. atomic watchdog said Iran had enriched uranium.", ("U.N. atomic watchdog", "IGOIAEA")),
    ("The U.N. human rights chief condemned the killings.", ("U.N. human rights chief", "IGOUNOHCHR")),
    ("The UN agency for Palestinian refugees closed its schools.", ("UN agency for Palestinian refugees", "IGOUNORWA")),
    ("The U.N. Security Council met on Friday.", ("U.N. Security Council", "IGOUNOSEC")),
    ("UNMIK handed power to the local authorities.", ("UNMIK", "IGOUNOMIK")),
    ("The Warsaw Pact invaded Czechoslovakia.", ("Warsaw Pact", "IGOWARPACT")),
    ("The League of Nations failed to stop the war.", ("League of Nations", "IGOLON")),
    ("The CSCE sent observers to the region.", ("CSCE", "IGOOSCE")),
]


@pytest.mark.parametrize(("text", "expected"), CITIES + REGIONS + LONGER_NAMES + ROLES + IGOS)
def test_place_and_organisation_names_are_coded(pipeline, text, expected):
    assert expected in _actors(pipeline, text)


def test_cities_and_regions_keep_their_kind(pipeline):
    mentions = pipeline.code_text("Shelling hit Donetsk and Idlib.", date=WHEN).actors
    assert [(m.text, m.entry) for m in mentions] == [
        ("Donetsk", "country:UKR:city"), ("Idlib", "country:SYR:region"),
    ]


# left out on purpose: contested, shared by several countries, or the name of something else
NOT_CODED = [
    ("Crimea voted to join Russia.", "Crimea"),
    ("The Kurdistan region held a referendum.", "Kurdistan"),
    ("Militants in Kashmir attacked an Indian army post.", "Kashmir"),
    ("Floods hit Punjab.", "Punjab"),
    ("Ships left the port of Sevastopol.", "Sevastopol"),
    ("Israel violated the Geneva Conventions, the report said.", "Geneva"),
    ("Talks in the Normandy format stalled.", "Normandy"),
    ("Police in Hyderabad arrested the suspects.", "Hyderabad"),
    ("Storms flooded Valencia.", "Valencia"),
    ("Residents of Cordoba protested.", "Cordoba"),
    ("Transnistria held elections.", "Transnistria"),
]


@pytest.mark.parametrize(("text", "name"), NOT_CODED)
def test_ambiguous_names_stay_uncoded(pipeline, text, name):
    assert not [t for t, _ in _actors(pipeline, text) if name in t]


def test_a_personal_name_is_not_a_region(pipeline):
    # Sabah (Malaysia) is left out: it is the name of Kuwait's ruling family
    codes = [c for _, c in _actors(pipeline, "Kuwait's emir Sheikh Sabah al-Ahmad al-Sabah received the envoy.")]
    assert codes and all(c.startswith("KWT") for c in codes)


def test_a_city_gives_the_event_its_location(pipeline):
    events = pipeline.code_text("Pro-Russian separatists attacked Ukrainian troops in Donetsk on Sunday.",
                                date=WHEN).events
    assert [(e.source, e.target, e.cameo[:2]) for e in events] == [("---REB", "UKRMIL", "19")]
    assert events[0].location is not None
    assert (events[0].location.name, events[0].location.country) == ("Donetsk", "UKR")


@pytest.mark.parametrize(("text", "pair", "place"), [
    ("Israeli troops arrested two Palestinians in Hebron on Sunday.", ("ISRMIL", "PSE"), ("Hebron", "PSE")),
    ("Russian President Vladimir Putin met Chinese President Xi Jinping in Shanghai on Tuesday.",
     ("RUSGOV", "CHNGOV"), ("Shanghai", "CHN")),
    ("Ethiopian troops attacked Eritrean soldiers in Tigray on Sunday.", ("ETHMIL", "ERIMIL"), ("Tigray", "ETH")),
])
def test_cities_and_regions_give_events_their_location(pipeline, text, pair, place):
    events = pipeline.code_text(text, date=WHEN).events
    assert [(e.source, e.target) for e in events] == [pair]
    assert events[0].location is not None
    assert (events[0].location.name, events[0].location.country) == place


def test_user_folder_extends_cities(tmp_path, pipeline):
    from dyadwatch.actors.coder import ActorCoder
    from dyadwatch.actors.dictionary import load_dictionary

    (tmp_path / "actors").mkdir()
    (tmp_path / "actors" / "cities.csv").write_text(
        "iso3,kind,text\n# a user's own places\nESP,city,Valencia\nRUS,city,Karachi\n"
    )
    coder = ActorCoder(pipeline.nlp, load_dictionary([str(tmp_path)]))
    doc = pipeline.nlp.make_doc("Storms flooded Valencia and Karachi.")
    # a user's row adds a name and overrides a shipped one
    assert [(m.text, m.code) for m in coder.mentions(doc)] == [("Valencia", "ESP"), ("Karachi", "RUS")]


def test_cities_file_holds_no_name_twice():
    from dyadwatch.data import package_file, read_csv

    seen: dict[str, str] = {}
    for _, row in read_csv(package_file("actors/cities.csv"), ("iso3", "kind", "text")):
        assert row["kind"] in ("city", "region"), row
        assert row["text"] not in seen, row
        seen[row["text"]] = row["iso3"]
    assert len(seen) > 600
    # capitals, aliases and ISO names live elsewhere: a name is given once
    for _, row in read_csv(package_file("actors/country_aliases.csv"), ("iso3", "kind", "text")):
        assert row["text"] not in seen, row
