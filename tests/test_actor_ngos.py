"""Non-governmental organisations that news names as sources and actors: transnational NGOs as
role terms (data/actors/agents.csv, ---HRI, ---NGO, ---ENV) and national NGOs and human-rights
monitors with a country (data/actors/groups.csv). Sentences written for these tests."""

from datetime import date
from pathlib import Path

import pytest

D = date(2015, 6, 1)
ACTORS = Path(__file__).resolve().parents[1] / "src" / "dyadwatch" / "data" / "actors"


# transnational organisations: no country of their own
TRANSNATIONAL = [
    ("Oxfam warned of famine in Yemen.", ["---NGO", "YEM"]),
    ("The International Rescue Committee warned of a cholera outbreak in Sudan.", ["---NGO", "SDN"]),
    ("Islamic Relief and Caritas delivered food in Gaza.", ["---NGO", "---NGO", "PSE"]),
    ("World Vision said children in Afghanistan faced malnutrition.", ["---NGO", "AFG"]),
    ("Medecins Sans Frontieres said its clinic was bombed.", ["---NGO"]),
    ("The IFRC launched an emergency appeal for Nepal.", ["---NGO", "NPL"]),
    ("Transparency International ranked Somalia as the most corrupt country.", ["---NGO", "SOM"]),
    ("The International Crisis Group warned of renewed fighting.", ["---NGO"]),
    ("Reporters Without Borders condemned the arrest of the journalist.", ["---HRI", "---MED"]),
    ("The Committee to Protect Journalists called for the release of the reporters.", ["---HRI"]),
    ("HRW said Saudi border guards killed migrants.", ["---HRI", "SAUCOP", "---REF"]),
    ("Physicians for Human Rights documented attacks on hospitals in Syria.", ["---HRI", "SYRHLH"]),
    (
        "The International Federation for Human Rights and the World Organisation Against Torture issued a joint statement.",
        ["---HRI", "---HRI"],
    ),
    ("Euro-Med Monitor said 40 people were killed in Gaza.", ["---HRI", "PSE"]),
    ("Freedom House downgraded India to partly free.", ["---HRI", "IND"]),
    ("WWF and Friends of the Earth criticised the deal.", ["---ENV", "---ENV"]),
    ("Greenpeace activists boarded the Russian oil platform.", ["---ENV", "RUS"]),
    ("A Britain-based war monitor said 20 fighters were killed.", ["GBR", "---HRI", "---MIL"]),
    # a country word next to a transnational movement gives its national society
    ("The Syrian Arab Red Crescent delivered aid to Douma.", ["SYRNGO", "SYR"]),
    ("Britain's Oxfam said the cuts would cost lives.", ["GBRNGO"]),
]

# national NGOs and monitors: the country whose society they belong to, also in exile
NATIONAL = [
    ("The Syrian Observatory for Human Rights said 12 soldiers were killed.", ["SYRHRI", "---MIL"]),
    ("SOHR reported clashes near Deir ez-Zor.", ["SYRHRI", "SYR"]),
    ("The White Helmets pulled survivors from the rubble in Idlib.", ["SYRNGO", "SYR"]),
    ("B'Tselem accused Israeli forces of using excessive force.", ["ISRHRI", "ISRMIL"]),
    ("B’Tselem accused the army.", ["ISRHRI", "---MIL"]),
    ("Peace Now said the government approved 3,000 new settlement homes.", ["ISRNGO", "ISRGOV"]),
    ("Breaking the Silence published soldiers' testimonies.", ["ISRNGO", "---MIL"]),
    ("Israel designated Al-Haq and Addameer as terrorist organisations.", ["ISR", "PSEHRI", "PSEHRI"]),
    ("The Palestinian Centre for Human Rights said 20 people were killed in Gaza.", ["PSEHRI", "PSE"]),
    ("DCI-Palestine said the boy was shot by Israeli soldiers.", ["PSEHRI", "ISRMIL"]),
    ("HRANA reported that 500 protesters had been arrested in Iran.", ["IRNHRI", "IRNOPP", "IRN"]),
    ("Hengaw said three Kurdish prisoners were executed.", ["IRNHRI"]),
    ("Iran Human Rights said at least 300 people were executed this year.", ["IRNHRI"]),
    ("Mwatana for Human Rights documented Saudi-led coalition air strikes.", ["YEMHRI", "SAU"]),
    ("The Egyptian Initiative for Personal Rights said the activist was arrested.", ["EGYHRI", "EGYOPP"]),
    ("Russia's Supreme Court ordered the closure of Memorial Human Rights Centre.", ["RUSJUD", "RUSHRI"]),
    ("OVD-Info said more than 200 protesters were detained in Moscow.", ["RUSHRI", "RUSOPP", "RUS"]),
    ("The Committee of Soldiers' Mothers criticised the Defence Ministry.", ["RUSHRI", "---MIL"]),
    ("Viasna said 1,000 political prisoners remain in Belarus.", ["BLRHRI", "BLROPP", "BLR"]),
    ("The Center for Civil Liberties won the Nobel Peace Prize.", ["UKRHRI"]),
    ("HRCP said enforced disappearances had risen.", ["PAKHRI"]),
    ("AAPP said the military arrested 50 protesters.", ["MMRHRI", "---MIL", "MMROPP"]),
    ("The Kenya Human Rights Commission criticised the police.", ["KENHRI", "KENCOP"]),
    ("Foro Penal said 300 political prisoners are held in Venezuela.", ["VENHRI", "VENOPP", "VEN"]),
    ("Centro Prodh said soldiers killed the students.", ["MEXHRI", "---MIL", "---EDU"]),
    ("The Uyghur Human Rights Project said China detained scholars.", ["CHNHRI", "CHN", "---EDU"]),
    ("The Norwegian Refugee Council suspended its operations in Gaza.", ["NORNGO", "PSE"]),
    ("Sea-Watch rescued 40 migrants off Libya.", ["DEUNGO", "---REF", "LBY"]),
    ("The American Civil Liberties Union sued the Trump administration.", ["USAHRI", "USAGOV"]),
    ("The Institute for the Study of War said Russian forces advanced near Bakhmut.", ["USANGO", "RUSMIL", "UKR"]),
    ("SIPRI said global military spending rose.", ["SWENGO", "---MIL"]),
]

# words that name an NGO only in a longer form stay uncoded on their own
NOT_NGOS = [
    ("A Russian court ordered Memorial to close.", ["RUSJUD"]),
    ("Norwegian soldiers arrived in Mali.", ["NORMIL", "MLI"]),
    ("RSF said three journalists were detained.", ["---MED"]),
]


@pytest.mark.parametrize("text, expected", TRANSNATIONAL + NATIONAL + NOT_NGOS)
def test_ngo_codes(actor_codes, text, expected):
    assert actor_codes(text) == expected


def test_ngo_terms_are_unique_and_use_cameo_roles():
    from dyadwatch.data import read_csv

    seen: dict[str, int] = {}
    for line, row in read_csv(ACTORS / "agents.csv", ("term", "role")):
        term = row["term"]
        assert term == term.lower(), f"agents.csv:{line}: {term!r} must be lower case"
        assert term not in seen, f"agents.csv:{line}: {term!r} repeats line {seen[term]}"
        seen[term] = line
    roles = {}
    for _, row in read_csv(ACTORS / "agents.csv", ("term", "role")):
        roles[row["term"]] = row["role"]
    for term, role in {
        "amnesty international": "HRI", "human rights watch": "HRI", "reporters without borders": "HRI",
        "oxfam": "NGO", "msf": "NGO", "icrc": "NGO",
        "greenpeace": "ENV", "wwf": "ENV",
    }.items():
        assert roles.get(term) == role, f"{term!r} should be {role}"
