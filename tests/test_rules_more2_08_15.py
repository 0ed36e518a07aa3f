"""Still more rules for CAMEO roots 08 (allowing aid and outsiders in, easing, withdrawal), 07
(peacekeepers) and 15 (force posture): data/events/rules/r_more2_08_15.yaml. Sentences written
for these tests."""

import pytest

POSITIVE = [
    # 0863 opening borders and crossings to aid
    ("Turkey opened its borders to aid deliveries for Syria.", {("TUR", "SYR", "0863")}),
    ("Egypt opened the Rafah crossing to humanitarian aid for Gaza.", {("EGY", "PSE", "0863")}),
    ("Jordan opened the border crossing to relief convoys for Syria.", {("JOR", "SYR", "0863")}),
    # 086 receiving a mission of observers
    ("Ukraine welcomed a mission of OSCE observers.", {("UKR", "IGOOSCE", "086")}),
    ("Russia received a mission of OSCE observers.", {("RUS", "IGOOSCE", "086")}),
    ("Rwanda received a mission of AU monitors.", {("RWA", "IGOAFRAFU", "086")}),
    # 0814 emergency measures
    ("The Egyptian government eased emergency measures in Cairo.", {("EGY", "EGY", "0814")}),
    ("The Thai army relaxed the emergency regulations in Bangkok.", {("THA", "THA", "0814")}),
    # 081 security measures, closures, restrictive measures
    ("The Thai government relaxed security measures in Bangkok.", {("THA", "THA", "081")}),
    ("Israel eased the closure of the West Bank.", {("ISR", "PSE", "081")}),
    ("Israel lifted travel restrictions in the West Bank.", {("ISR", "PSE", "081")}),
    ("Israel eased the restrictive measures in the West Bank.", {("ISR", "PSE", "081")}),
    # 0813 curfew hours
    ("The Egyptian government shortened the curfew hours in Cairo.", {("EGY", "EGY", "0813")}),
    ("The Egyptian army reduced the night curfew in Cairo.", {("EGY", "EGY", "0813")}),
    # 0812 candidacy
    ("The Thai election commission reinstated the candidacy of the opposition leader.", {("THA", "THA", "0812")}),
    ("The Thai government allowed the candidacy of Thaksin.", {("THA", None, "0812")}),
    # 0874 withdrawal with non-light verbs
    ("Russia sped up the withdrawal of troops from Georgia.", {("RUS", "GEO", "0874")}),
    ("The United States accelerated the withdrawal of its troops from Iraq.", {("USA", "IRQ", "0874")}),
    ("The US expedited the pullout of its troops from Iraq.", {("USA", "IRQ", "0874")}),
    # 0874 evacuating positions, dismantling settlements, handing over bases
    ("Israel evacuated settlements in Gaza.", {("ISR", "PSE", "0874")}),
    ("Israel evacuated its positions in Lebanon.", {("ISR", "LBN", "0874")}),
    ("Russia evacuated its bases in Georgia.", {("RUS", "GEO", "0874")}),
    ("Russia evacuated its military bases in Georgia.", {("RUS", "GEO", "0874")}),
    ("Israel dismantled settlements in the West Bank.", {("ISR", "PSE", "0874")}),
    ("The United States handed over bases to Iraq.", {("USA", "IRQ", "0874")}),
    ("Britain handed over its bases to Afghanistan.", {("GBR", "AFG", "0874")}),
    ("The United States handed over the air base to Kyrgyzstan.", {("USA", "KGZ", "0874")}),
    # 074 peacekeepers
    ("Indian troops arrived in Sri Lanka as peacekeepers.", {("IND", "LKA", "074")}),
    ("Nigerian soldiers served in Liberia as peacekeepers.", {("NGA", "LBR", "074")}),
    # 074 peacekeepers as the subject of arriving or deploying (key `subjects`)
    ("The first UN peacekeepers arrived in Mali on Tuesday.", {("IGOUNO", "MLI", "074")}),
    ("A battalion of Indian peacekeeping troops deployed to South Sudan.", {("IND", "SSD", "074")}),
    ("Chinese blue helmets landed in Lebanon.", {("CHN", "LBN", "074")}),
    # 154 strengthening forces, reinforcements
    ("Russia strengthened its forces in Ukraine.", {("RUS", "UKR", "154")}),
    ("Russia reinforced its forces in Ukraine.", {("RUS", "UKR", "154")}),
    ("The United States boosted its troops in Afghanistan.", {("USA", "AFG", "154")}),
    ("Russia beefed up its troops in Ukraine.", {("RUS", "UKR", "154")}),
    ("Russia sent reinforcements to Ukraine.", {("RUS", "UKR", "154")}),
    ("The United States rushed additional troops to Iraq.", {("USA", "IRQ", "154")}),
    # 151 alert
    ("Egyptian police remained on high alert.", {("EGY", None, "151")}),
    ("Egyptian police remained on high alert in Cairo.", {("EGY", "EGY", "151")}),
    ("Israeli security forces were on high alert.", {("ISR", None, "151")}),
    # 153 police patrols
    ("The Kenyan government ordered joint patrols by soldiers and police.",
     {("KEN", "KEN", "153"), ("KEN", None, "153")}),
    ("The Egyptian government ordered police patrols in Cairo.", {("EGY", "EGY", "153")}),
]

# Sentences that must give no event of the codes these rules carry.
NEGATIVE = [
    "Turkey opened its borders to Russian tourists.",
    "Japan opened the airport to foreign airlines.",
    "China welcomed a trade delegation from Japan.",
    "Japan eased visa rules for Chinese tourists.",
    "Israel evacuated its embassy in Egypt.",
    "France evacuated its citizens from Libya.",
    "The company handed over the documents to Japan.",
    "Nigerian peacekeepers were killed in Liberia.",
    "A Chinese delegation arrived in Kenya.",
    "China stepped up naval patrols near the Senkaku islands.",
    "Japan strengthened its ties with India.",
    "Britain sped up its withdrawal from the talks.",
    "The Japanese government boosted its exports to China.",
]

MY_CODES = {"0863", "086", "0862", "0814", "081", "0813", "0812", "0874", "074", "154", "151", "153"}


@pytest.mark.parametrize("sentence, expected", POSITIVE)
def test_rules(code, sentence, expected):
    got = {(e.source_country, e.target_country, e.cameo) for e in code(sentence)}
    assert got == expected


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_no_event_of_these_codes(code, sentence):
    assert not {e.cameo for e in code(sentence) if e.cameo in MY_CODES}, sentence


def test_rule_ids_are_prefixed():
    from dyadwatch.events.rules import load_rules

    mine = [r for r in load_rules() if r.origin.endswith("r_more2_08_15.yaml")]
    assert mine and all(r.id.startswith("more2.") for r in mine)
    assert {r.cameo[:2] for r in mine} == {"07", "08", "15"}
