"""Recall-pass rules (data/events/rules/r_extra.yaml): verbs, phrasal verbs and verb+object pairs
across all CAMEO roots that the other rule files do not cover."""

import pytest

CASES = [
    # 03 intent
    ("Russia expressed readiness to cooperate with Japan.", {("RUS", "JPN", "030")}),
    ("China signaled its willingness to work with the United States.", {("CHN", "USA", "030")}),
    # 04 consult
    ("Kerry huddled with Lavrov in Geneva.", {("USA", "RUS", "040")}),
    ("French officials liaised with German officials on the crisis.", {("FRA", "DEU", "040")}),
    # 05 diplomatic cooperation
    ("Russia struck a deal with Ukraine on gas prices.", {("RUS", "UKR", "057"), ("UKR", "RUS", "057")}),
    ("Iran reached an agreement with the United States.", {("IRN", "USA", "057"), ("USA", "IRN", "057")}),
    ("Russia and China clinched a deal on gas supplies.", {("RUS", "CHN", "057"), ("CHN", "RUS", "057")}),
    ("Japan hammered out an agreement with Australia.", {("JPN", "AUS", "057"), ("AUS", "JPN", "057")}),
    ("The United States reopened its embassy in Cuba.", {("USA", "CUB", "050")}),
    ("Britain reopened its embassy in Iran.", {("GBR", "IRN", "050")}),
    ("Turkey patched up relations with Israel.", {("TUR", "ISR", "050")}),
    ("Russia and Turkey patched up their differences.", {("RUS", "TUR", "050"), ("TUR", "RUS", "050")}),
    ("Japan mended fences with China.", {("JPN", "CHN", "050")}),
    ("Turkey reconciled with Israel.", {("TUR", "ISR", "050")}),
    ("Russia reconciled with Georgia after the war.", {("RUS", "GEO", "050")}),
    ("Egypt made peace with Israel.", {("EGY", "ISR", "050")}),
    ("Jordan made peace with Israel in 1994.", {("JOR", "ISR", "050")}),
    ("The United States championed Ukraine's bid for membership.", {("USA", "UKR", "051")}),
    ("Germany embraced France's proposal.", {("DEU", "FRA", "051")}),
    ("Merkel championed Ukraine.", {("DEU", "UKR", "051")}),
    ("Russia championed Syria at the United Nations.", {("RUS", "SYR", "051")}),
    # 06 material cooperation
    ("Russia partnered with China on the project.", {("RUS", "CHN", "060")}),
    ("Russia teamed up with China.", {("RUS", "CHN", "060")}),
    ("Russia joined forces with China.", {("RUS", "CHN", "060")}),
    ("France pooled efforts with Germany.", {("FRA", "DEU", "060")}),
    ("China trades with North Korea.", {("CHN", "PRK", "061")}),
    ("Japan traded with Iran despite the sanctions.", {("JPN", "IRN", "061")}),
    ("Germany does business with Russia.", {("DEU", "RUS", "061")}),
    ("Japanese firms did business with Iran.", {("JPN", "IRN", "061")}),
    # 07 aid
    ("The United States sold fighter jets to Taiwan.", {("USA", "TWN", "072")}),
    ("Russia supplied drones to Iran.", {("RUS", "IRN", "072")}),
    ("Russia bailed out Cyprus.", {("RUS", "CYP", "071")}),
    ("China bankrolled Venezuela.", {("CHN", "VEN", "071")}),
    ("Germany funded projects in Ukraine.", {("DEU", "UKR", "071")}),
    ("Japan financed a railway in Vietnam.", {("JPN", "VNM", "071")}),
    ("Japan wrote off Myanmar's debt.", {("JPN", "MMR", "071")}),
    ("Russia forgave North Korea's debt.", {("RUS", "PRK", "071")}),
    ("China cancelled Zimbabwe's debt.", {("CHN", "ZWE", "071")}),
    ("The United States airdropped food to Iraqi civilians.", {("USA", "IRQ", "073")}),
    ("American planes airdropped supplies to Iraqi refugees.", {("USA", "IRQ", "073")}),
    ("Ecuador extended asylum to a British activist.", {("ECU", "GBR", "075")}),
    ("Brazil extended asylum to a Bolivian senator.", {("BRA", "BOL", "075")}),
    ("Russia offered asylum to a Ukrainian pilot.", {("RUS", "UKR", "033")}),
    ("Germany offered refuge to Syrian refugees.", {("DEU", "SYR", "033")}),
    ("Turkey sheltered Syrian refugees.", {("TUR", "SYR", "075")}),
    ("Jordan sheltered Iraqi refugees.", {("JOR", "IRQ", "075")}),
    # 08 yield
    ("Iran complied with the demands of the United Nations.", {("IRN", "IGOUNO", "080")}),
    ("Russia heeded calls from Germany.", {("RUS", "DEU", "080")}),
    ("Iran heeded the warnings of the United States.", {("IRN", "USA", "080")}),
    # 02 appeals (pressure / beg / lobby with an aim)
    ("Japan pressured Russia to free the fishermen.", {("JPN", "RUS", "0253")}),
    ("The United States pressured China to release the activists.", {("USA", "CHN", "0253")}),
    ("Greece pressured Germany to ease the restrictions.", {("GRC", "DEU", "0254")}),
    ("Iran pressured the European Union to lift the sanctions.", {("IRN", "IGOEUREEC", "0254")}),
    ("The United States pressured Israel to halt the offensive.", {("USA", "ISR", "0256")}),
    ("NATO pressured Russia to withdraw its troops.", {("IGOWSTNAT", "RUS", "0256")}),
    ("The United Nations pressured Syria to allow aid convoys.", {("IGOUNO", "SYR", "0255")}),
    ("The European Union pressured Iran to admit inspectors.", {("IGOEUREEC", "IRN", "0255")}),
    ("The United States pressured Israel to resume negotiations.", {("USA", "ISR", "026")}),
    ("Russia pressured Ukraine to negotiate with the separatists.", {("RUS", "UKR", "026")}),
    ("The United States pressured Japan to settle the dispute.", {("USA", "JPN", "027")}),
    ("China pressured the Philippines to resolve the dispute bilaterally.", {("CHN", "PHL", "027")}),
    ("Germany pressured Greece to change its policy.", {("DEU", "GRC", "0242")}),
    ("The European Union pressured Ukraine to reform its judiciary.", {("IGOEUREEC", "UKR", "0242")}),
    ("The United States pressured Yanukovych to resign.", {("USA", "UKR", "0241")}),
    ("Russia pressured Assad to step down.", {("RUS", "SYR", "0241")}),
    ("Ukraine lobbied Germany to back its bid.", {("UKR", "DEU", "022")}),
    ("The United States pressured China to support the sanctions.", {("USA", "CHN", "022")}),
    ("Ukraine begged NATO to help.", {("UKR", "IGOWSTNAT", "023")}),
    ("Kiev pressured the United States to provide weapons.", {("UKR", "USA", "023")}),
    ("The United States pressured Russia to extradite the suspect.", {("USA", "RUS", "0213")}),
    ("Ukraine pressured Poland to arrest the suspect.", {("UKR", "POL", "0213")}),
    ("Ukraine begged Russia.", {("UKR", "RUS", "020")}),
    ("Ukraine petitioned the United Nations.", {("UKR", "IGOUNO", "020")}),
    # 10 demand
    ("The United States pressured China.", {("USA", "CHN", "100")}),
    ("The European Union leaned on Serbia.", {("IGOEUREEC", "SRB", "100")}),
    ("The United States increased pressure on Russia.", {("USA", "RUS", "100")}),
    ("The European Union put pressure on Russia.", {("IGOEUREEC", "RUS", "100")}),
    # 11 disapprove
    ("China rapped Japan over its textbook.", {("CHN", "JPN", "111")}),
    ("Russia faulted the United States for the collapse.", {("RUS", "USA", "111")}),
    ("Iran insulted Saudi Arabia.", {("IRN", "SAU", "111")}),
    ("Russia bashed the European Union over sanctions.", {("RUS", "IGOEUREEC", "111")}),
    ("Putin branded Ukraine a fascist state.", {("RUS", "UKR", "111")}),
    ("Japan took issue with China over the remarks.", {("JPN", "CHN", "110")}),
    ("Russia took exception to NATO's statements.", {("RUS", "IGOWSTNAT", "110")}),
    ("Russia questioned the legitimacy of Ukraine's government.", {("RUS", "UKR", "110")}),
    ("Russia disputed Ukraine's claims.", {("RUS", "UKR", "110")}),
    ("China challenged Japan's claims to the islands.", {("CHN", "JPN", "110")}),
    ("China summoned the Japanese ambassador over the visit.", {("CHN", "JPN", "114")}),
    ("Japan summoned China's ambassador to protest the incursion.", {("JPN", "CHN", "114")}),
    ("Russia summoned the American envoy.", {("RUS", "USA", "114")}),
    # 12 reject
    ("China snubbed Japan.", {("CHN", "JPN", "120")}),
    ("Putin snubbed Obama.", {("RUS", "USA", "120")}),
    ("Russia brushed off criticism from the United States.", {("RUS", "USA", "120")}),
    ("China shrugged off Japan's protests.", {("CHN", "JPN", "120")}),
    ("Russia boycotted the talks with Ukraine.", {("RUS", "UKR", "125")}),
    ("China snubbed the summit with Japan.", {("CHN", "JPN", "125")}),
    ("Russia ignored the demands of the United States.", {("RUS", "USA", "128")}),
    ("North Korea ignored China's warnings.", {("PRK", "CHN", "128")}),
    ("Iran defied the demands of the United Nations.", {("IRN", "IGOUNO", "128")}),
    ("Russia resisted pressure from the United States.", {("RUS", "USA", "120")}),
    ("Greece resisted the demands of Germany.", {("GRC", "DEU", "120")}),
    # 15 posture
    ("Russian troops crossed into Ukraine.", {("RUS", "UKR", "150")}),
    ("Russian soldiers infiltrated Ukraine.", {("RUS", "UKR", "150")}),
    # 17 coerce
    ("Russia forced Ukraine to withdraw.", {("RUS", "UKR", "170")}),
    ("Russia blackmailed Ukraine.", {("RUS", "UKR", "170")}),
    ("Israeli police dispersed Palestinian protesters.", {("ISR", "PSE", "175")}),
    ("Turkish police broke up a protest by Syrian refugees.", {("TUR", "SYR", "175")}),
    ("Police fired tear gas at Turkish protesters.", {("TUR", "TUR", "175")}),
    ("Israeli troops fired rubber bullets at Palestinian protesters.", {("ISR", "PSE", "175")}),
    ("Turkish police teargassed Syrian refugees.", {("TUR", "SYR", "175")}),
    ("Egyptian police teargassed Palestinian protesters.", {("EGY", "PSE", "175")}),
    # 18 assault
    ("A suicide bomber blew himself up among Afghan police.", {(None, "AFG", "1831")}),
    ("A suicide bomber blew himself up near Pakistani soldiers.", {(None, "PAK", "1831")}),
    ("Insurgents blew up a bus carrying Afghan soldiers.", {(None, "AFG", "183")}),
    ("Militants blew up a convoy of Iraqi troops.", {(None, "IRQ", "183")}),
    ("Israeli troops wounded ten Palestinians.", {("ISR", "PSE", "182")}),
    ("Syrian forces injured two Turkish soldiers.", {("SYR", "TUR", "190")}),  # armed target: fighting
    # 19 fight
    ("Russia downed a Turkish jet.", {("RUS", "TUR", "190")}),
    ("Turkey downed a Russian warplane.", {("TUR", "RUS", "190")}),
    ("Israeli jets hit targets in Syria.", {("ISR", "SYR", "195")}),  # aircraft: air strike
    ("Israeli jets targeted Syrian troops.", {("ISR", "SYR", "195")}),
    ("American drones hit Syrian army positions.", {("USA", "SYR", "195")}),
    ("Syrian troops stormed a Turkish outpost.", {("SYR", "TUR", "190")}),
    ("Ukrainian troops stormed a Russian base.", {("UKR", "RUS", "190")}),
    ("Ukrainian forces repelled an attack by Russian troops.", {("UKR", "RUS", "190")}),
    ("Iraqi troops fought off an assault by Syrian rebels.", {("IRQ", "SYR", "190")}),
    ("Israeli troops surrounded the Palestinian town.", {("ISR", "PSE", "191")}),
    ("Russian troops surrounded Ukrainian bases in Crimea.", {("RUS", "UKR", "191")}),
    ("Indian troops engaged in a gun battle with Pakistani soldiers.", {("IND", "PAK", "190")}),
    ("Iraqi troops did battle with Syrian rebels.", {("IRQ", "SYR", "190")}),
    ("Palestinian militants rocketed Israeli towns.", {("PSE", "ISR", "194")}),
    ("Syrian rebels rocketed Turkish villages.", {("SYR", "TUR", "194")}),
    # negatives: the same verbs in non-political senses, or with a more specific existing rule
    ("The storm hit Japan on Monday.", set()),
    ("The sanctions targeted Russian banks.", set()),
    ("Japan's exports hit a record high.", set()),
    ("The storm downed power lines in Japan.", set()),
    ("China ignored the rain.", set()),
    ("Obama questioned the wisdom of the policy.", set()),
    ("Russia dismissed allegations from Ukraine.", {("RUS", "UKR", "016")}),
    ("Protesters stormed the Russian embassy in Kiev.", {(None, "RUS", "145")}),
    ("Russia struck Ukraine.", {("RUS", "UKR", "190")}),
    ("Japan joined the talks with Russia.", {("JPN", "RUS", "046"), ("RUS", "JPN", "046")}),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_rules(code, sentence, expected):
    got = {(e.source_country, e.target_country, e.cameo) for e in code(sentence)}
    assert got == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Putin attended a summit in Indonesia.", {("RUSGOV", "IDN", "042")}),
        ("Modi is expected to attend a forum in Kenya.", {("INDGOV", "KEN", "036")}),  # announced: intent
        ("France presented evidence against Syria.", {("FRA", "SYR", "112")}),
        ("Evidence against Iran was presented by Israel.", {("ISR", "IRN", "112")}),
        ("A court in Peru issued an arrest warrant for a Chilean businessman.", {("PERJUD", "CHLBUS", "173")}),
        ("Egypt released the mayor of Gaza.", {("EGY", "PSEGOV", "0841")}),
        ("India deepened its partnership with Japan.", {("IND", "JPN", "060")}),
        ("Chile and Peru are seeking to strengthen their cooperation.", {("CHL", "PER", "031"), ("PER", "CHL", "031")}),
        # unilateral exercises on another's soil are a show of force; a partner must be named for 062
        ("Russia held military exercises in Venezuela.", {("RUS", "VEN", "150")}),
    ],
)
def test_attend_evidence_warrants_releases_and_exercises(code, sentence, expected):
    assert {(e.source, e.target, e.cameo) for e in code(sentence)} == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # the same act codes by who does it (rule key `sources`)
        ("Angry Ukrainians torched the Russian consulate.", {("UKR", "RUSGOV", "145")}),  # a crowd: riot
        ("Russian troops destroyed a Ukrainian base.", {("RUSMIL", "UKR", "1712")}),  # a state: coercion
        ("Students protested against the Chinese government.", {("---EDU", "CHNGOV", "141")}),  # demonstration
        ("Japan protested to China.", {("JPN", "CHN", "114")}),  # an official complaint
    ],
)
def test_codes_that_depend_on_the_source(code, sentence, expected):
    assert {(e.source, e.target, e.cameo) for e in code(sentence)} == expected


# Third round (r_extra): inverse receiving, responsibility, withdrawals, travel warnings, strikes,
# going back on deals, summoned envoys, asylum. Sentences written for these tests.
THIRD_ROUND = [
    # facing pressure, criticism or threats from X: X is the source (rule key `inverse`)
    ("The Thai prime minister faces pressure from the army to resign.", {("---MIL", "THAGOV", "100")}),
    ("Israel came under heavy criticism from the European Union.", {("IGOEUREEC", "ISR", "111")}),
    ("Turkey drew condemnation from Greece over the drilling.", {("GRC", "TUR", "111")}),
    ("Serbia received threats from Albanian militants.", {("ALBREB", "SRB", "130")}),
    ("Japan faces a shrinking population.", set()),
    # claiming responsibility
    ("Al-Shabab claimed responsibility for the killing of two Kenyan soldiers.", {("SOMREB", "KENMIL", "015")}),
    ("Japan accepted responsibility for the collision with the Chinese trawler.", {("JPN", "CHN", "015")}),
    ("Russia denied responsibility for the downing of the Malaysian airliner.", {("RUS", "MYS", "016")}),
    # armed forces as the subject of withdrawing (rule key `subjects`)
    ("UN peacekeepers pulled back from the Lebanese border area on Friday.", {("IGOUNO", "LBN", "0874")}),
    ("M23 rebels withdrew from Goma on Saturday.", {("CODREB", "COD", "0874")}),
    ("Russian forces pulled back from Kiev.", {("RUSMIL", "UKR", "0874")}),
    # a delegation leaving talks is no military retreat
    ("The Japanese ambassador withdrew from the meeting with Chinese officials.", set()),
    # travel warnings
    ("The Japanese foreign ministry advised against travel to Mali.", {("JPNGOV", "MLI", "160")}),
    ("Japan issued a travel warning for Thailand.", {("JPN", "THA", "160")}),
    ("Britain warned against all travel to Libya.", {("GBR", "LBY", "160")}),
    # strikes
    ("Some 500,000 Serbian workers stopped work on Monday.", {("SRBLAB", "---", "143")}),
    # the subject of a stative passive carrying an event noun acts
    ("Croat troops were engaged in ethnic cleansing against the Serbian minority.", {("HRVMIL", "SRB", "203")}),
    # going back on a commitment
    ("Washington withdrew from the nuclear deal with Iran.", {("USA", "IRN", "120")}),
    ("Russia tore up the treaty with the United States.", {("RUS", "USA", "120")}),
    ("The Zambian president backtracked on his pledge to the opposition.", {("ZMBGOV", "ZMBOPP", "120")}),
    # an envoy summoned in the passive: the ministry named after "to" or "by" summons
    ("Russia's ambassador to Japan was summoned to the foreign ministry in Tokyo on Friday.",
     {("JPNGOV", "RUSGOV", "114")}),
    ("The Chinese ambassador was summoned by the Japanese foreign ministry.", {("JPNGOV", "CHNGOV", "114")}),
    # seeking asylum
    ("Thousands of Syrian Kurds sought refuge in Turkey last month.", {("SYR", "TUR", "0233")}),
    ("The Chinese dissident asked for asylum at the US embassy.", {("CHNOPP", "USAGOV", "0233")}),
]


@pytest.mark.parametrize("sentence, expected", THIRD_ROUND)
def test_third_round_rules(code, sentence, expected):
    assert {(e.source, e.target, e.cameo) for e in code(sentence)} == expected
