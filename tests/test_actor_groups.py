"""Armed groups, movements and parties (data/actors/groups.csv): actor coding of news sentences
written for these tests, and the integrity of the file itself."""

from datetime import date
from pathlib import Path

import pytest

D = date(2015, 6, 1)
ACTORS = Path(__file__).resolve().parents[1] / "src" / "dyadwatch" / "data" / "actors"
ROLES = {"REB", "OPP", "UAF", "MIL", "GOV", "HRI", "NGO"}


GROUPS = [
    # Africa
    ("UNITA rebels shelled the town of Kuito.", ["AGOREB"]),
    ("Renamo fighters attacked a convoy in central Mozambique.", ["MOZREB", "MOZ"]),
    ("The Revolutionary United Front released the peacekeepers it had seized.", ["SLEREB", "---MIL"]),
    ("ULIMO and the NPFL agreed to a ceasefire.", ["LBRREB", "LBRREB"]),
    ("NPFL forces advanced on Monrovia.", ["LBRREB", "LBR"]),
    ("The Sudan People's Liberation Army captured the garrison town.", ["SSDREB"]),
    ("SPLM/A negotiators arrived in Naivasha.", ["SSDREB"]),
    ("The SPLM-N attacked army positions in South Kordofan.", ["SDNREB", "---MIL", "SDN"]),
    ("JEM rebels attacked Omdurman.", ["SDNREB", "SDN"]),
    ("Sudan Liberation Army rebels attacked El Fasher.", ["SDNREB", "SDN"]),
    ("The Rapid Support Forces seized the airport in Khartoum.", ["SDNMIL", "SDN"]),
    ("The Tigray People's Liberation Front accused Eritrean troops of atrocities.", ["ETHREB", "ERIMIL"]),
    ("TPLF leaders met the African Union envoy.", ["ETHREB", "IGOAFRAFU"]),
    ("The Oromo Liberation Army killed dozens of civilians.", ["ETHREB", "---CVL"]),
    ("Fano militiamen clashed with federal troops in Amhara.", ["ETHREB", "---MIL", "ETH"]),
    ("Al-Shabaab fighters attacked a hotel in Mogadishu.", ["SOMREB", "SOM"]),
    ("Ansar Dine fighters destroyed shrines in Timbuktu.", ["MLIREB", "MLI"]),
    ("AQIM kidnapped two French nationals in Niger.", ["DZAREB", "FRACVL", "NER"]),
    ("Boko Haram and ISWAP fought each other.", ["NGAREB", "NGAREB"]),
    ("The Islamic State in the Greater Sahara ambushed U.S. soldiers in Niger.", ["NERREB", "USAMIL", "NER"]),
    ("The Allied Democratic Forces killed dozens of villagers in North Kivu.", ["UGAREB", "CODCVL"]),
    ("FDLR rebels fled into the forest.", ["RWAREB"]),
    ("The CNDP signed a peace deal with Kinshasa.", ["CODREB", "COD"]),
    ("Seleka rebels seized Bangui.", ["CAFREB", "CAF"]),
    ("Anti-Balaka militias attacked Muslim neighbourhoods.", ["CAFUAF"]),
    ("Mai-Mai militiamen burned the village.", ["CODUAF"]),
    ("The Interahamwe killed thousands in Kigali.", ["RWAUAF", "RWA"]),
    ("The Rwandan Patriotic Front captured Kigali.", ["RWAREB", "RWA"]),
    ("The Movement for Democratic Change boycotted the runoff.", ["ZWEOPP"]),
    ("The Libyan National Army launched an offensive on Tripoli.", ["LBYMIL", "LBY"]),
    ("The Islamic Salvation Front won the first round of the elections.", ["DZAOPP"]),
    ("The GIA massacred villagers near Algiers.", ["DZAREB", "---CVL", "DZA"]),
    # Middle East
    ("Hayat Tahrir al-Sham fighters entered Aleppo.", ["SYRREB", "SYR"]),
    ("HTS and Ahrar al-Sham agreed to a truce.", ["SYRREB", "SYRREB"]),
    ("The Syrian Democratic Forces handed over Islamic State prisoners.", ["SYRREB", "IMGREB"]),
    ("The Free Syrian Army and the YPG clashed near Afrin.", ["SYRREB", "SYRREB", "SYR"]),
    ("The Syrian National Coalition met Russian envoys in Geneva.", ["SYROPP", "RUSGOV"]),
    ("Kataib Hezbollah claimed the drone attack on the U.S. base.", ["IRQREB", "USA"]),
    ("Hashd al-Shaabi units were deployed to Kirkuk.", ["IRQMIL", "IRQ"]),
    ("Badr Organization fighters joined the Popular Mobilization Forces.", ["IRQMIL", "IRQMIL"]),
    ("The Mahdi Army fought U.S. troops in Najaf.", ["IRQREB", "USAMIL", "IRQ"]),
    ("The DFLP and the PFLP boycotted the meeting.", ["PSEREB", "PSEREB"]),
    ("The Palestine Liberation Organization recognised Israel.", ["PSEGOV", "ISR"]),
    ("The Palestinian Authority condemned the raid.", ["PSEGOV"]),
    ("The Qassam Brigades fired rockets at Tel Aviv.", ["PSEREB", "ISR"]),
    ("Palestinian Islamic Jihad fired rockets into Israel.", ["PSEREB", "ISR"]),
    ("Amal Movement leaders met Hezbollah officials in Beirut.", ["LBNOPP", "LBNREB", "LBN"]),
    ("The MEK held a rally in Paris.", ["IRNREB", "FRA"]),
    ("PJAK rebels clashed with Iranian border guards.", ["IRNREB", "IRNCOP"]),
    ("The Basij attacked protesters in Tehran.", ["IRNMIL", "IRNOPP"]),
    ("The Southern Transitional Council and the Houthis exchanged prisoners.", ["YEMREB", "YEMREB"]),
    ("Ansar Allah fired missiles at Israel.", ["YEMREB", "ISR"]),
    ("AQAP claimed the attack on Charlie Hebdo.", ["YEMREB"]),
    ("Egyptian Islamic Jihad merged with al-Qaeda.", ["EGYREB", "IMGREB"]),
    ("The Gulen movement denied involvement in the coup attempt.", ["TUROPP"]),
    # Asia
    ("The Pakistani Taliban killed 140 people at a school in Peshawar.", ["PAKREB", "PAK"]),
    ("Tehrik-i-Taliban Pakistan rejected talks with Islamabad.", ["PAKREB", "PAK"]),
    ("The Afghan Taliban met the Pakistani Taliban.", ["AFGREB", "PAKREB"]),
    ("ISIS-K claimed the bombing at Kabul airport.", ["AFGREB", "AFG"]),
    ("Jaish-e-Mohammed claimed the Pulwama attack.", ["PAKREB"]),
    ("Hizbul Mujahideen militants attacked an army camp in Kashmir.", ["INDREB", "---MIL"]),
    ("ULFA rebels blew up a pipeline in Assam.", ["INDREB", "IND"]),
    ("Naxalites ambushed a police patrol in Chhattisgarh.", ["INDREB", "INDCOP", "IND"]),
    ("The CPN-Maoist signed a peace accord with the Nepalese government.", ["NPLREB", "NPLGOV"]),
    ("Khmer Rouge guerrillas killed three Western tourists.", ["KHMREB", "---CVL"]),
    ("The Khmer Rouge refused to disarm.", ["KHMREB"]),
    ("The New People's Army attacked a military outpost.", ["PHLREB", "---MIL"]),
    ("The MNLF signed a peace deal with Manila.", ["PHLREB", "PHL"]),
    ("GAM rebels signed a peace agreement with Jakarta in Helsinki.", ["IDNREB", "IDN", "FIN"]),
    ("The Free Papua Movement took a New Zealand pilot hostage.", ["IDNREB", "NZL"]),
    ("Jemaah Islamiyah carried out the Bali bombings.", ["IDNREB", "IDN"]),
    ("The Kachin Independence Army seized a jade mine.", ["MMRREB"]),
    ("The Karen National Union called for talks.", ["MMRREB"]),
    ("The NLD called for dialogue with the junta.", ["MMROPP", "---MIL"]),
    # Europe
    ("ETA declared a permanent ceasefire.", ["ESPREB"]),
    ("The Provisional IRA bombed a hotel in Brighton.", ["GBRREB"]),
    ("The Ulster Volunteer Force killed two Catholic men.", ["GBRREB"]),
    ("The Kosovo Liberation Army attacked Serbian police.", ["XKXREB", "SRBCOP"]),
    ("Otpor activists were arrested in Belgrade.", ["SRBOPP", "SRB"]),
    ("The Red Army Faction kidnapped a German industrialist.", ["DEUREB", "DEU"]),
    ("The Azov Regiment defended Mariupol.", ["UKRMIL", "UKR"]),
    ("The Donetsk People's Republic held a referendum.", ["UKRREB"]),
    # Americas
    ("The Contras attacked a cooperative in northern Nicaragua.", ["NICREB", "NIC"]),
    ("The FMLN signed a peace accord with the Salvadoran government.", ["SLVREB", "SLVGOV"]),
    ("The URNG signed the peace accords in Guatemala City.", ["GTMREB", "GTM"]),
    ("The EZLN rose up in Chiapas.", ["MEXREB", "MEX"]),
    ("M-19 guerrillas seized the Palace of Justice in Bogota.", ["COLREB", "COL"]),
    ("The AUC and the ELN clashed in Arauca.", ["COLUAF", "COLREB"]),
]

# A name written with capitals is the group; the same words in lower case are the role term.
CASE = [
    ("The Lebanese Forces won more seats.", ["LBNOPP"]),
    ("Lebanese forces arrested the suspects.", ["LBNMIL"]),
]

# Acronyms left out on purpose because they name other things: no group code may come of them.
AMBIGUOUS = [
    ("The IRA tax credits boosted electric car sales.", []),
    ("RSF said three journalists were detained.", ["---MED"]),
    ("The ADF sent two frigates to the Pacific.", ["---MIL"]),
    ("SDF destroyers joined the exercise.", ["---MIL"]),
]


@pytest.mark.parametrize("text, expected", GROUPS + CASE + AMBIGUOUS)
def test_group_codes(actor_codes, text, expected):
    assert actor_codes(text) == expected


def _rows():
    from dyadwatch.data import read_csv

    return list(read_csv(ACTORS / "groups.csv", ("name", "country", "role")))


def _texts(row):
    return [row["name"], *(a.strip() for a in row.get("aliases", "").split(";") if a.strip())]


def test_groups_file_integrity():
    import pycountry

    # the project's own country codes beyond ISO 3166 (XKX for Kosovo)
    from dyadwatch.data import read_csv

    project_codes = {r["iso3"] for _, r in read_csv(ACTORS / "country_aliases.csv", ("iso3",))}
    rows = _rows()
    assert len(rows) >= 350
    owner: dict[str, str] = {}
    for line, row in rows:
        texts = _texts(row)
        assert len(texts) == len(set(texts)), f"groups.csv:{line}: a name repeated in its own row"
        for text in texts:
            assert len(text) > 2, f"groups.csv:{line}: {text!r} is too short to be safe"
            key = text.lower()
            assert owner.setdefault(key, row["name"]) == row["name"], (
                f"groups.csv:{line}: {text!r} also names {owner[key]!r}"
            )
        country = row["country"]
        assert country == "IMG" or pycountry.countries.get(alpha_3=country) or country in project_codes, (
            f"groups.csv:{line}: unknown country code {country!r}"
        )
        assert row["role"] in ROLES, f"groups.csv:{line}: role {row['role']!r} not in {sorted(ROLES)}"


def test_group_names_are_not_used_by_other_actor_files():
    import pycountry

    from dyadwatch.data import read_csv

    columns = {
        "igos.csv": ("name", "aliases"),
        "companies.csv": ("name", "aliases"),
        "people.csv": ("name", "aliases"),
        "agents.csv": ("term",),
        "country_aliases.csv": ("text",),
        "cities.csv": ("text",),
        "places.csv": ("name",),
    }
    other: dict[str, str] = {}
    for name, cols in columns.items():
        for _, row in read_csv(ACTORS / name, ()):
            for col in cols:
                for text in (row.get(col) or "").split(";"):
                    if text.strip():
                        other.setdefault(text.strip().lower(), name)
    for country in pycountry.countries:
        for text in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)):
            if text:
                other.setdefault(text.lower(), "pycountry")
    clashes = [
        f"{text!r} ({other[text.lower()]})" for _, row in _rows() for text in _texts(row) if text.lower() in other
    ]
    assert not clashes
