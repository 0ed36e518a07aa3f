"""Vocabulary recall rules for CAMEO roots 16 (reduce relations) and 17 (coerce), with a few
neighbours in 13, 18 and 19: data/events/rules/r_more2_16_17.yaml. Sentences written for these
tests."""

from pathlib import Path

import pytest

from dyadwatch.data import read_yaml

RULE_FILE = Path(__file__).resolve().parents[1] / "src" / "dyadwatch" / "data" / "events" / "rules" / "r_more2_16_17.yaml"

REDUCE = [
    # 160 transport links, nominal suspensions, contacts
    ("Russia suspended flights to Georgia.", {("RUS", "GEO", "160")}),
    ("Russia suspended air links with Georgia.", {("RUS", "GEO", "160")}),
    ("Russia halted rail links with Ukraine.", {("RUS", "UKR", "160")}),
    ("Georgia halted ferry services to Russia.", {("GEO", "RUS", "160")}),
    ("Moscow said it was ordering the suspension of all flights to Georgia.", {("RUS", "GEO", "160")}),
    ("Russia announced a halt to gas deliveries to Ukraine.", {("RUS", "UKR", "160")}),
    ("Israel boycotted official contact with the Palestinian Authority.", {("ISR", "PSE", "160")}),
    ("Israel cut off contacts with the Palestinian Authority.", {("ISR", "PSE", "160")}),
    # 163 trade
    ("Russia cut trade with Georgia.", {("RUS", "GEO", "163")}),
    # 162x aid
    ("The United States prohibited all aid to Egypt.", {("USA", "EGY", "162")}),
    ("The United States banned all aid to Egypt.", {("USA", "EGY", "162")}),
    ("The European Union suspended aid deliveries to Syria.", {("IGOEUREEC", "SYR", "162")}),
    ("The United Nations suspended aid deliveries in Somalia.", {("IGOUNO", "SOM", "162")}),
    ("The United States cut off humanitarian aid to North Korea.", {("USA", "PRK", "1623")}),
    ("Washington suspended military assistance to Egypt.", {("USA", "EGY", "1622")}),
    ("Russia halted arms deliveries to Iran.", {("RUS", "IRN", "1622")}),
    ("The IMF suspended financial assistance to Ukraine.", {("IGOIMF", "UKR", "1621")}),
    # 165 mediation
    ("Qatar suspended its mediation between Israel and Hamas.", {("QAT", "ISR", "165"), ("QAT", "PSE", "165")}),
    ("Egypt abandoned its mediation role between Israel and Hamas.", {("EGY", "ISR", "165"), ("EGY", "PSE", "165")}),
    # 166x peacekeepers, monitors, diplomats
    ("Burundi shipped out its peacekeepers from Somalia.", {("BDI", "SOM", "1661")}),
    ("Uganda withdrew its peacekeeping troops from Somalia.", {("UGA", "SOM", "1661")}),
    ("Fiji repatriated its peacekeepers from Syria.", {("FJI", "SYR", "1661")}),
    ("The African Union ended its peacekeeping mission in Somalia.", {("IGOAFRAFU", "SOM", "1661")}),
    ("The OSCE suspended its monitoring mission in Ukraine.", {("IGOOSCE", "UKR", "1662")}),
    ("Russia ordered American diplomats to leave the country.", {("RUS", "USA", "166")}),
]

COERCE = [
    # 172 entry denials
    ("Russia denied entry to American officials.", {("RUS", "USA", "172")}),
    ("Russia barred entry of American senators.", {("RUS", "USA", "172")}),
    ("Russia refused visas to American journalists.", {("RUS", "USA", "172")}),
    ("Israel denied the Turkish activists entry.", {("ISR", "TUR", "172")}),
    # 1721 protests, blackouts, internet
    ("Ukrainian police prevented a demonstration in Kiev.", {("UKR", "UKR", "1721")}),
    ("Russian police blocked a rally by Ukrainian activists.", {("RUS", "UKR", "1721")}),
    ("Thai police banned a rally by the Thai opposition.", {("THA", "THA", "1721")}),
    ("Egyptian authorities outlawed protests by the Muslim Brotherhood.", {("EGY", "EGY", "1721")}),
    ("The Syrian government imposed a media blackout on Homs.", {("SYR", "SYR", "1721")}),
    ("The Egyptian government shut down the internet in Cairo.", {("EGY", "EGY", "1721")}),
    ("The Turkish government blocked Twitter in Turkey.", {("TUR", "TUR", "1721")}),
    ("Syrian authorities cut off the internet in Aleppo.", {("SYR", "SYR", "1721")}),
    # 191 blockades and closures
    ("Israel reimposed the closure of the West Bank.", {("ISR", "PSE", "191")}),
    ("Israel reimposed a blockade on Gaza.", {("ISR", "PSE", "191")}),
    ("Israel tightened its blockade of Gaza.", {("ISR", "PSE", "191")}),
    ("Israel imposed a total closure on the West Bank.", {("ISR", "PSE", "191")}),
    ("Israeli troops locked down the West Bank.", {("ISR", "PSE", "191")}),
    # 1712 sabotage of infrastructure
    ("Ukrainian rebels blew up power lines in Ukraine.", {("UKR", "UKR", "1712")}),
    ("Pakistani militants destroyed power pylons in Pakistan.", {("PAK", "PAK", "1712")}),
    # 184 human shields
    ("Hamas held civilians as human shields.", {("PSE", None, "184")}),
    ("Hamas hid behind Palestinian civilians.", {("PSE", "PSE", "184")}),
    # 171 hacking and cyber attacks
    ("Chinese hackers hacked into the computers of the US government.", {("CHN", "USA", "171")}),
    ("North Korea hacked the websites of South Korean banks.", {("PRK", "KOR", "171")}),
    ("Russian hackers broke into the email accounts of Ukrainian officials.", {("RUS", "UKR", "171")}),
    ("Chinese hackers breached the computer systems of the US government.", {("CHN", "USA", "171")}),
    ("Iranian hackers attacked the websites of American banks.", {("IRN", "USA", "171")}),
    ("Iranian hackers crippled the computer networks of Saudi Aramco.", {("IRN", "SAU", "171")}),
    ("Russia launched a cyber attack on Estonia.", {("RUS", "EST", "171")}),
    ("Russia launched a cyberattack on Estonia.", {("RUS", "EST", "171")}),
    ("Russia conducted cyberattacks against Ukraine.", {("RUS", "UKR", "171")}),
    # 174 expulsions of individuals
    ("Russia forced the American journalist out of the country.", {("RUS", "USA", "174")}),
    ("Russia expelled the American dissident.", {("RUS", "USA", "174")}),
    ("Russia expelled the Ukrainian film crew.", {("RUS", "UKR", "174")}),
    ("China forced the American journalists to leave the country.", {("CHN", "USA", "174")}),
]

THREATEN = [
    ("Hezbollah pledged to resist Israel.", {("LBN", "ISR", "138")}),
    ("Hamas vowed to liberate Jerusalem from Israel.", {("PSE", "ISR", "138")}),
    ("Iran claims to be making weapons to use against Israel.", {("IRN", "ISR", "138")}),
    ("North Korea developed missiles to be used against the United States.", {("PRK", "USA", "138")}),
    # an announced action is a threat (engine recoding of the 16x rules, data/events/intent.csv)
    ("Russia will suspend flights to Georgia.", {("RUS", "GEO", "1313")}),  # reduce relations (160) -> 1313
]

# Sentences that must give no event of these roots (other roots' rules may code them).
NEGATIVE = [
    ("The airline suspended flights because of fog.", set()),
    ("The company blew up a balloon.", set()),
    ("Iran is building missiles.", set()),
    ("Hamas vowed to continue the talks with Israel.", {("PSE", "ISR", "036")}),
    ("The United States lifted its ban on aid to Egypt.", None),
    ("Russia resumed flights to Georgia.", None),
    ("The opposition called off its rally in Bangkok.", None),
    ("The storm knocked out power lines in Ukraine.", set()),
    ("Pakistani doctors hacked into the patient records.", None),
    ("The burglars broke into the computer shop.", set()),
    ("Thousands of protesters rallied in Kiev.", None),
]


@pytest.mark.parametrize("sentence, expected", REDUCE + COERCE + THREATEN + [n for n in NEGATIVE if n[1] is not None])
def test_rules(code, sentence, expected):
    got = {(e.source_country, e.target_country, e.cameo) for e in code(sentence)}
    assert got == expected


MY_ROOTS = {"13", "16", "17"}


@pytest.mark.parametrize("sentence", [s for s, _ in NEGATIVE])
def test_no_event_of_these_roots(code, sentence):
    assert not {e.cameo for e in code(sentence) if e.cameo[:2] in MY_ROOTS}, sentence


def test_no_rule_of_this_file_on_negatives(code):
    ids = {item["id"] for item in read_yaml(RULE_FILE)}
    fired = {e.rule for s, _ in NEGATIVE for e in code(s)}
    assert not ids & fired, sorted(ids & fired)


def test_every_rule_is_exercised(code):
    """Each rule of the file codes at least one of the positive sentences above."""
    ids = {item["id"] for item in read_yaml(RULE_FILE)}
    fired = {e.rule for s, _ in REDUCE + COERCE + THREATEN for e in code(s)}
    assert not ids - fired, sorted(ids - fired)
