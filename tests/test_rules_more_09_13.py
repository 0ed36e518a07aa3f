"""Vocabulary recall rules for CAMEO roots 09 (investigate), 10 (demand), 11 (disapprove),
12 (reject) and 13 (threaten): data/events/rules/r_more_09_13.yaml. Sentences written for these
tests."""

from pathlib import Path

import pytest

from dyadwatch.data import read_yaml

RULE_FILE = Path(__file__).resolve().parents[1] / "src" / "dyadwatch" / "data" / "events" / "rules" / "r_more_09_13.yaml"

INVESTIGATE = [
    # 090 inspectors, monitors, fact-finding missions, hearings, "put under investigation"
    ("The United Nations sent inspectors to Syria.", {("IGOUNO", "SYR", "090")}),
    ("The United Nations dispatched a fact-finding mission to Syria.", {("IGOUNO", "SYR", "090")}),
    ("The OSCE sent monitors to Ukraine.", {("IGOOSCE", "UKR", "090")}),
    ("Inspectors were sent to Syria by the United Nations.", {("IGOUNO", "SYR", "090")}),
    ("The IAEA will send inspectors to Iran next month.", {("IGOIAEA", "IRN", "090")}),
    ("The Ukrainian parliament held hearings into Russian interference.", {("UKR", "RUS", "090")}),
    ("Britain held an inquest into the death of the Russian dissident.", {("GBR", "RUS", "090")}),
    ("Ukraine put the Russian officials under investigation.", {("UKR", "RUS", "090")}),
    ("Kiev placed two Russian diplomats under investigation.", {("UKR", "RUS", "090")}),
    ("The IAEA inspected Iran's nuclear sites.", {("IGOIAEA", "IRN", "090")}),
    ("The European Union audited Greece's finances.", {("IGOEUREEC", "GRC", "090")}),
    ("The IAEA delved into Iran's nuclear program.", {("IGOIAEA", "IRN", "090")}),
    ("The Ukrainian security service interrogated the Russian soldiers.", {("UKR", "RUS", "090")}),
    ("The IAEA's inspection of Iranian sites ended.", {("IGOIAEA", "IRN", "090")}),
    ("The OSCE monitoring mission to Ukraine expanded.", {("IGOOSCE", "UKR", "090")}),
    # 091 crime: criminal cases, crime nouns with new verbs
    ("Ukrainian prosecutors opened a criminal case against Russian generals.", {("UKR", "RUS", "091")}),
    ("Ukrainian prosecutors launched a criminal case against Russian officers.", {("UKR", "RUS", "091")}),
    ("Russian investigators opened a case against Ukrainian commanders.", {("RUS", "UKR", "091")}),
    ("Germany probed American eavesdropping.", {("DEU", "USA", "091")}),
    ("Ukraine looked into the killing of a Russian journalist.", {("UKR", "RUS", "091")}),
    # 092 / 093 / 094
    ("The United Nations looked into the torture of Syrian prisoners.", {("IGOUNO", "SYR", "092")}),
    ("South Korea looked into the sinking of its warship by North Korea.", {("KOR", "PRK", "093")}),
    ("Ukraine investigated war crimes committed by Russian troops.", {("UKR", "RUS", "094")}),
]

DEMAND = [
    ("Ukrainian protesters demanded political reforms from Yanukovych.", {("UKR", "UKR", "104")}),
    ("The United States demanded regime change in Syria.", {("USA", "SYR", "1044")}),
    ("The United States will demand regime change in Syria.", {("USA", "SYR", "1044")}),
    ("The Syrian rebels demanded mediation by the United Nations.", {("SYR", "IGOUNO", "105")}),
    ("Kosovo demanded recognition from Serbia.", {("XKX", "SRB", "102")}),
    ("The Netherlands demanded unhindered access to the crash site from Russia.", {("NLD", "RUS", "1055")}),
    ("The European Union demanded humanitarian access from Syria.", {("IGOEUREEC", "SYR", "1055")}),
    # demands made, issued, renewed, pressed
    ("Russia made demands on Ukraine.", {("RUS", "UKR", "100")}),
    ("China issued a demand to Japan.", {("CHN", "JPN", "100")}),
    ("Germany issued a sharp reminder to Serbia that it must hand over the suspects.", {("DEU", "SRB", "100")}),
    ("China pressed its demands on Japan.", {("CHN", "JPN", "100")}),
    ("Russia renewed its demand for the release of the Ukrainian pilot.", {("RUS", "UKR", "100")}),
    # telling another actor to do something
    ("Obama told Putin to withdraw his troops from Ukraine.", {("USA", "RUS", "106")}),
    ("Obama told Iran to release the American hikers.", {("USA", "IRN", "1053")}),
    ("Merkel told Putin to explain the presence of Russian troops.", {("DEU", "RUS", "101")}),
    ("Kerry told Assad to step down.", {("USA", "SYR", "1041")}),
    ("Obama told Russia to lift its ban on American adoptions.", {("USA", "RUS", "1054")}),
    ("Japan told North Korea to allow inspectors into the site.", {("JPN", "PRK", "1055")}),
    ("Japan told China to respect international law.", {("JPN", "CHN", "100")}),
    ("NATO told Russia to disengage.", {("IGOWSTNAT", "RUS", "1056")}),
    ("The European Union told Greece to pay.", {("IGOEUREEC", "GRC", "103")}),
    # courts ordering payment or disclosure
    ("The court in The Hague ordered Russia to pay 50 billion dollars.", {("NLD", "RUS", "103")}),
    ("A U.S. court ordered Argentina to disclose its assets.", {("USA", "ARG", "101")}),
]

DISAPPROVE = [
    # 112 accusations
    ("Ukraine alleged that Russia had sent troops across the border.", {("UKR", "RUS", "112")}),
    ("Kiev alleged Russian involvement in the attack.", {("UKR", "RUS", "112")}),
    ("Japan suspects China of hacking.", {("JPN", "CHN", "112")}),
    ("Kiev pinned the blame on Moscow.", {("UKR", "RUS", "112")}),
    ("The United States laid the blame on Russia.", {("USA", "RUS", "112")}),
    ("Ukraine blamed it on Russia.", {("UKR", "RUS", "112")}),
    ("The United States pointed the finger at Russia.", {("USA", "RUS", "112")}),
    ("The United States held Russia responsible for the downing of the plane.", {("USA", "RUS", "112")}),
    ("Ukraine blamed the attack on Russia.", {("UKR", "RUS", "1123")}),
    ("Kiev blamed the killing of the journalist on Moscow.", {("UKR", "RUS", "1121")}),
    ("The United States blamed the hack on North Korea.", {("USA", "PRK", "1125")}),
    # 111 denouncing by name-calling
    ("Obama called Russia's actions a violation of international law.", {("USA", "RUS", "111")}),
    ("Obama called the Russian annexation illegal.", {("USA", "RUS", "111")}),
    ("Obama called Assad a war criminal.", {("USA", "SYR", "111")}),
    ("Putin described the Ukrainian government as a junta.", {("RUS", "UKR", "111")}),
    ("Beijing portrayed Japan as an aggressor.", {("CHN", "JPN", "111")}),
    ("Washington called out China.", {("USA", "CHN", "111")}),
    ("Japan spoke against China at the United Nations.", {("JPN", "CHN", "111")}),
    ("Russia poured scorn on Ukraine.", {("RUS", "UKR", "111")}),
    ("Russia heaped criticism on the European Union.", {("RUS", "IGOEUREEC", "111")}),
    ("Russia's verbal attacks on Ukraine continued.", {("RUS", "UKR", "111")}),
    ("Erdogan's diatribe against Israel drew applause.", {("TUR", "ISR", "111")}),
    # 114 official complaints
    ("Japan's protest to China was rejected.", {("JPN", "CHN", "114")}),
    ("China's complaint against the United States was heard.", {("CHN", "USA", "114")}),
    ("Japan sent a diplomatic note to China.", {("JPN", "CHN", "114")}),
    ("Russia handed a protest note to the Ukrainian ambassador.", {("RUS", "UKR", "114")}),
    ("China complained about Japanese military flights.", {("CHN", "JPN", "114")}),
    # 115 legal action
    ("Ukraine took legal action against Russia.", {("UKR", "RUS", "115")}),
    ("The United States challenged China at the WTO.", {("USA", "CHN", "115")}),
    ("The Security Council referred Libya to the ICC.", {("IGOUNOSEC", "LBY", "115")}),
    # 110 disagreement, resentment, frustration
    ("Japan disagreed with China over the islands.", {("JPN", "CHN", "110")}),
    ("Russia argued with Ukraine over gas prices.", {("RUS", "UKR", "110")}),
    ("Beijing fumed at Tokyo.", {("CHN", "JPN", "110")}),
    ("Japan resented China's decision.", {("JPN", "CHN", "110")}),
    ("China vented its anger at Japan.", {("CHN", "JPN", "110")}),
    ("Washington voiced disappointment with Moscow.", {("USA", "RUS", "110")}),
    ("Washington expressed frustration with Beijing.", {("USA", "CHN", "110")}),
]

REJECT = [
    # 122x aid
    ("Egypt rejected aid from the United States.", {("EGY", "USA", "122")}),
    ("Ukraine turned down a Russian loan.", {("UKR", "RUS", "1221")}),
    ("The Russian loan was turned down by Ukraine.", {("UKR", "RUS", "1221")}),
    ("Greece rejected the bailout from the European Union.", {("GRC", "IGOEUREEC", "1221")}),
    ("Egypt refused American military aid.", {("EGY", "USA", "1222")}),
    ("Kiev rejected the Russian aid convoy.", {("UKR", "RUS", "1223")}),
    ("Ukraine rejected Russian peacekeepers.", {("UKR", "RUS", "1224")}),
    # 121x cooperation
    ("Yanukovych rejected the association agreement with the European Union.", {("UKR", "IGOEUREEC", "1211")}),
    ("Iraq rejected Iranian investment.", {("IRQ", "IRN", "1211")}),
    ("The Philippines rejected a U.S. military base.", {("PHL", "USA", "1212")}),
    # 123x reform, regime, rights
    ("Iran rejected the reforms demanded by the European Union.", {("IRN", "IGOEUREEC", "123")}),
    ("Yanukovych rejected early elections proposed by the European Union.", {("UKR", "IGOEUREEC", "1234")}),
    ("Belgrade rejected Kosovo's independence.", {("SRB", "XKX", "1233")}),
    ("Serbia has long opposed Kosovo's independence.", {("SRB", "XKX", "1233")}),
    # 125 / 126 / 127
    ("Syria rejected a visit by the UN envoy.", {("SYR", "IGOUNO", "125")}),
    ("Syria is opposed to Turkey's mediation.", {("SYR", "TUR", "126")}),
    ("Syria opposed Turkish mediation.", {("SYR", "TUR", "126")}),
    ("Russia boycotted the mediation by the OSCE.", {("RUS", "IGOOSCE", "126")}),
    ("Ukraine rejected Russia's peace proposal.", {("UKR", "RUS", "127")}),
    ("Russia's peace proposal was rejected by Ukraine.", {("UKR", "RUS", "127")}),
    ("Hamas rejected the Egyptian ceasefire proposal.", {("PSE", "EGY", "127")}),
    ("Israel rejected a truce offer from Hamas.", {("ISR", "PSE", "127")}),
    # 128 violating rules and sanctions
    ("North Korea violated U.N. resolutions.", {("PRK", "IGOUNO", "128")}),
    ("North Korea has repeatedly violated U.N. Security Council resolutions.", {("PRK", "IGOUNOSEC", "128")}),
    ("Iran evaded U.S. sanctions.", {("IRN", "USA", "128")}),
    ("Iran breached the U.N. embargo.", {("IRN", "IGOUNO", "128")}),
    ("Russia violated the INF treaty with the United States.", {("RUS", "USA", "128")}),
    # 120 votes, 129 vetoes
    ("Russia voted against the resolution on Ukraine.", {("RUS", "UKR", "120")}),
    ("The Greek parliament voted down the EU bailout plan.", {("GRC", "IGOEUREEC", "120")}),
    ("Russia's veto of a U.N. resolution angered the West.", {("RUS", "IGOUNO", "129")}),
    ("Russia used its veto to block a resolution on Syria.", {("RUS", "SYR", "129")}),
    ("Russia cast a veto against the resolution on Syria.", {("RUS", "SYR", "129")}),
]

THREATEN = [
    # 138x force
    ("North Korea threatened a nuclear strike against the United States.", {("PRK", "USA", "1385")}),
    ("Russia threatened Ukraine with a nuclear attack.", {("RUS", "UKR", "1385")}),
    ("The United States threatened Syria with a chemical attack.", {("USA", "SYR", "1385")}),
    ("Al Qaeda threatened terrorist attacks against France.", {("IMG", "FRA", "1383")}),
    ("Al Qaeda threatened France with terrorist attacks.", {("IMG", "FRA", "1383")}),
    ("The Taliban threatened to kill the American hostages.", {("AFG", "USA", "1383")}),
    ("Al Qaeda has threatened to behead the British hostage.", {("IMG", "GBR", "1383")}),
    ("Israel threatened a blockade of Lebanon.", {("ISR", "LBN", "1381")}),
    ("Russia threatened a blockade of Georgian ports.", {("RUS", "GEO", "1381")}),
    ("Russia threatened the annexation of eastern Ukraine.", {("RUS", "UKR", "1382")}),
    ("The United States warned of military action against Syria.", {("USA", "SYR", "138")}),
    ("The United States threatened Syria with military action.", {("USA", "SYR", "138")}),
    # 137 repression, 133 dissent
    ("The Egyptian army threatened a crackdown on the Muslim Brotherhood.", {("EGY", "EGY", "137")}),
    ("The Thai army threatened to crack down on the protesters.", {("THA", "THA", "137")}),
    ("The Ukrainian opposition threatened mass protests against Yanukovych.", {("UKR", "UKR", "133")}),
    ("The Ukrainian opposition threatened to rally against Yanukovych.", {("UKR", "UKR", "133")}),
    ("The Greek unions threatened a general strike against the European Union.", {("GRC", "IGOEUREEC", "133")}),
    # 131x non-force
    ("Turkey threatened to reconsider its ties with Israel.", {("TUR", "ISR", "1313")}),
    ("Moscow threatened to reduce gas supplies to Ukraine.", {("RUS", "UKR", "1313")}),
    ("Turkey threatened a diplomatic rupture with Israel.", {("TUR", "ISR", "1313")}),
    ("Turkey threatened an expulsion of Israeli diplomats.", {("TUR", "ISR", "1313")}),
    ("The United States threatened aid cuts to Egypt.", {("USA", "EGY", "1311")}),
    ("The United States threatened a trade war with China.", {("USA", "CHN", "1312")}),
    ("Russia threatened to restrict imports from Ukraine.", {("RUS", "UKR", "1312")}),
    ("Russia threatened to nationalise British assets.", {("RUS", "GBR", "1312")}),
    ("The Thai army threatened martial law in Cambodia.", {("THA", "KHM", "1324")}),
    ("Israel threatened a curfew in the Palestinian territories.", {("ISR", "PSE", "1323")}),
    # 139 deadlines
    ("The European Union gave Russia a deadline to withdraw.", {("IGOEUREEC", "RUS", "139")}),
    ("The United States set a deadline for Iran.", {("USA", "IRN", "139")}),
    ("Washington set Tehran a deadline.", {("USA", "IRN", "139")}),
    # 130
    ("Russia promised a tough response to the United States.", {("RUS", "USA", "130")}),
    ("Russia warned the United States of a tough response.", {("RUS", "USA", "130")}),
    ("Russia forewarned Ukraine.", {("RUS", "UKR", "130")}),
    ("China cautioned Japan.", {("CHN", "JPN", "130")}),
    ("North Korea's brinkmanship against the United States worried China.", {("PRK", "USA", "130")}),
    ("China issued a blunt warning to Japan.", {("CHN", "JPN", "130")}),
]

# Sentences that must give no event of these roots (other roots' rules may code them).
NEGATIVE = [
    ("Police investigated the accident.", set()),
    ("Japan rejected the claim that it had spied on China.", set()),  # a denial, no target
    ("Ukraine rejected Russia's accusations.", {("UKR", "RUS", "016")}),  # denial (016), not 12
    ("The court charged a fee.", set()),
    ("Ukraine charged two Russian soldiers with terrorism.", {("UKR", "RUS", "173")}),  # a charge is 173
    ("The European Union sent election observers to Ukraine.", set()),  # observers: no investigation
    ("Japan sent investigators to the crash site.", set()),  # no country named
    ("The United Nations warned of terrorist attacks in Kenya.", set()),  # a security warning
    ("The United Nations warned of unrest in Ukraine.", set()),  # a concern, not a threat
    ("Russia regrets the loss of life in Ukraine.", set()),
    ("Japan's demand for Russian oil grew.", set()),  # economic demand
    ("China's demand for Australian coal rose.", set()),
    ("Putin ordered Russian troops to withdraw from the Ukrainian border.", set()),  # own forces
    ("China ordered its troops to withdraw.", set()),
    ("Obama told reporters that Russia had made a mistake.", set()),
    ("Russia told Ukraine that it would cut gas supplies.", set()),
    ("Israel extended the deadline for the talks with the Palestinians.", set()),  # no ultimatum
    ("Japan sent a letter to China.", set()),
    ("China held a hearing on Monday.", set()),
    ("Japan examined the Chinese proposal.", set()),
    ("Russia voted in favor of the resolution on Syria.", set()),
    ("North Korea warned of terrorist attacks in South Korea.", set()),
    ("Japan called Putin to discuss the crisis.", {("JPN", "RUS", "041")}),  # a phone call, not 111
    ("Obama called the meeting with Putin useful.", set()),
    ("Japan expressed regret to South Korea over the incident.", {("JPN", "KOR", "055")}),  # an apology
]


@pytest.mark.parametrize("sentence, expected", INVESTIGATE + DEMAND + DISAPPROVE + REJECT + THREATEN + NEGATIVE)
def test_rules(code, sentence, expected):
    got = {(e.source_country, e.target_country, e.cameo) for e in code(sentence)}
    assert got == expected


MY_ROOTS = {"09", "10", "11", "12", "13"}


@pytest.mark.parametrize("sentence", [s for s, _ in NEGATIVE])
def test_no_event_of_these_roots(code, sentence):
    assert not {e.cameo for e in code(sentence) if e.cameo[:2] in MY_ROOTS}, sentence


def test_every_rule_is_exercised(code):
    """Each rule of the file codes at least one of the positive sentences above."""
    ids = {item["id"] for item in read_yaml(RULE_FILE)}
    fired = {e.rule for s, _ in INVESTIGATE + DEMAND + DISAPPROVE + REJECT + THREATEN for e in code(s)}
    assert not ids - fired, sorted(ids - fired)
