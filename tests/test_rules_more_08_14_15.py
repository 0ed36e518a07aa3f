"""More rules for CAMEO roots 08 (yield), 14 (protest) and 15 (exhibit force posture):
data/events/rules/r_more_08_14_15.yaml. Sentences written for these tests."""

import pytest

YIELD = [
    # 0814 state of emergency, martial law
    ("Egypt lifted the state of emergency.", {("EGY", None, "0814")}),
    ("The Egyptian government lifted the state of emergency in Cairo.", {("EGY", "EGY", "0814")}),
    ("Thailand ended martial law.", {("THA", None, "0814")}),
    ("The Thai army revoked martial law in Bangkok.", {("THA", "THA", "0814")}),
    ("Martial law was lifted by the Thai army.", {("THA", None, "0814")}),
    # 0812 parties and politicians
    ("Egypt legalized the Muslim Brotherhood.", {("EGY", "EGY", "0812")}),
    ("Egypt legalized the opposition party.", {("EGY", "EGY", "0812")}),
    ("The Thai government lifted the political ban on Thaksin.", {("THA", None, "0812")}),
    # 0811 political freedoms
    ("Egypt lifted the internet blackout.", {("EGY", None, "0811")}),
    ("Turkey restored internet access.", {("TUR", None, "0811")}),
    ("Ukraine repealed the anti-protest law.", {("UKR", None, "0811")}),
    ("The Egyptian government permitted the demonstration.", {("EGY", None, "0811")}),
    # 0813 curfew
    ("The Egyptian army shortened the curfew in Cairo.", {("EGY", "EGY", "0813")}),
    ("The curfew in Cairo was shortened by the army.", {(None, "EGY", "0813")}),
    # 082 ease dissent
    ("The opposition called off its protests against the government.", {(None, None, "082")}),
    ("Ukrainian protesters suspended their sit-in.", {("UKR", None, "082")}),
    ("Palestinian prisoners ended their hunger strike.", {("PSE", None, "082")}),
    ("Palestinian prisoners have suspended their hunger strike.", {("PSE", None, "082")}),
    ("Greek workers called off the strike.", {("GRC", None, "082")}),
    ("The strike was called off by Greek unions.", {("GRC", None, "082")}),
    ("Egyptian workers cancelled their general strike.", {("EGY", None, "082")}),
    ("The Ukrainian opposition called off its rally in Kiev.", {("UKR", "UKR", "082")}),
    ("Egyptian workers returned to work.", {("EGY", None, "082")}),
    # 083x accede to demands
    ("The Ukrainian government accepted the demands of the opposition.", {("UKR", "UKR", "083")}),
    ("Greece bowed to the key demands of Germany.", {("GRC", "DEU", "083")}),
    ("The Thai prime minister resigned amid protests.", {("THA", None, "0831")}),
    ("Yanukovych stepped down.", {("UKR", None, "0831")}),
    ("Tunisia's prime minister resigned.", {("TUN", None, "0831")}),
    ("The Egyptian prime minister tendered his resignation.", {("EGY", None, "0831")}),
    ("The Egyptian president relinquished power.", {("EGY", None, "0831")}),
    ("The Ukrainian government scrapped the controversial bill.", {("UKR", None, "0832")}),
    ("The Greek government withdrew the pension reform.", {("GRC", None, "0832")}),
    ("Israel granted citizenship to Palestinian residents.", {("ISR", "PSE", "0833")}),
    ("Yanukovych agreed to early elections.", {("UKR", None, "0834")}),
    ("The Egyptian president called snap elections.", {("EGY", None, "0834")}),
    # 086x international involvement
    ("Sudan accepted UN peacekeepers.", {("SDN", "IGOUNO", "0861")}),
    ("Lebanon welcomed peacekeepers from the United Nations.", {("LBN", "IGOUNO", "0861")}),
    ("Iran agreed to inspections by the IAEA.", {("IRN", "IGOIAEA", "0862")}),
    ("Syria welcomed UN inspectors.", {("SYR", "IGOUNO", "0862")}),
    ("Russia admitted OSCE monitors.", {("RUS", "IGOOSCE", "086")}),
    ("Syria admitted UN investigators.", {("SYR", "IGOUNO", "086")}),
    ("Syria opened a humanitarian corridor.", {("SYR", None, "0863")}),
    ("Israel granted humanitarian access to the United Nations.", {("ISR", "IGOUNO", "0863")}),
    ("Israel allowed aid convoys into Gaza.", {("ISR", "PSE", "0863")}),
    # 087x de-escalate
    ("Hamas extended the truce with Israel.", {("PSE", "ISR", "0871")}),
    ("Israel and Hamas extended the truce.", {("ISR", "PSE", "0871"), ("PSE", "ISR", "0871")}),
    ("Russia called a unilateral ceasefire.", {("RUS", None, "0871")}),
    ("Israel held its fire.", {("ISR", None, "0871")}),
    ("The Syrian army ceased fire.", {("SYR", None, "0871")}),
    ("The rebels disarmed.", {(None, None, "0873")}),
    ("The Colombian rebels demobilized their fighters.", {("COL", None, "0873")}),
    ("The Iraqi government disbanded the militia.", {("IRQ", None, "0873")}),
    ("The Colombian rebels disbanded their armed wing.", {("COL", None, "0873")}),
    ("Syria handed over its chemical weapons.", {("SYR", None, "0873")}),
    ("Libya gave up its nuclear program.", {("LBY", None, "0873")}),
    ("The rebels decommissioned their weapons.", {(None, None, "0873")}),
    ("Hezbollah renounced violence.", {("LBN", None, "087")}),
    ("China called off the military exercises near Taiwan.", {("CHN", "TWN", "087")}),
    ("The United States reduced its troops in Afghanistan.", {("USA", "AFG", "087")}),
    ("Russia scaled back its military presence near the Ukrainian border.", {("RUS", "UKR", "087")}),
    ("Ukrainian troops withdrew from the town of Debaltseve.", {("UKR", None, "0874")}),
    ("Russian troops withdrew from the city.", {("RUS", None, "0874")}),
    ("The rebels abandoned the town.", {(None, None, "0874")}),
]

PROTEST = [
    # 141 demonstrate
    ("Thousands of Egyptians took to the streets.", {("EGY", None, "141")}),
    ("Ukrainian protesters took to the streets against Russia.", {("UKR", "RUS", "141")}),
    ("Ukrainian protesters poured into Independence Square.", {("UKR", None, "141")}),
    ("Egyptians filled Tahrir Square.", {("EGY", None, "141")}),
    ("Ukrainian protesters marched on the Russian embassy.", {("UKR", "RUS", "141")}),
    ("Chinese protesters marched toward the Japanese embassy.", {("CHN", "JPN", "141")}),
    ("Ukrainians held a vigil outside the Russian embassy.", {("UKR", "RUS", "141")}),
    ("Japanese protesters held a candlelight vigil outside the Chinese embassy.", {("JPN", "CHN", "141")}),
    ("Egyptian protesters staged mass protests against Mubarak.", {("EGY", "EGY", "141")}),
    ("Ukrainian protesters staged a sit-in outside the Russian embassy.", {("UKR", "RUS", "141")}),
    ("Ukrainian protesters formed a human chain around the parliament.", {("UKR", "UKR", "141")}),
    # 142 hunger strike
    ("Palestinian prisoners joined the hunger strike.", {("PSE", None, "142")}),
    ("Palestinian prisoners refused food in Israeli jails.", {("PSE", "ISR", "142")}),
    # 143 strike, boycott
    ("Greek unions staged a general strike.", {("GRC", None, "143")}),
    ("Greek workers held a general strike against the European Union.", {("GRC", "IGOEUREEC", "143")}),
    ("Greek workers declared a nationwide strike against the government.", {("GRC", "GRC", "143")}),
    ("Egyptian workers organized a strike.", {("EGY", None, "143")}),
    ("Greek workers downed tools.", {("GRC", None, "143")}),
    ("The Egyptian opposition boycotted the elections.", {("EGY", None, "143")}),
    ("Egyptian students boycotted classes.", {("EGY", None, "143")}),
    # 144 block, occupy
    ("Ukrainian protesters blocked the main road to the airport.", {("UKR", None, "144")}),
    ("Thai protesters blocked the intersection.", {("THA", None, "144")}),
    ("Kurdish protesters blocked traffic in Ankara.", {("TUR", "TUR", "144")}),
    ("Pro-Russian activists occupied government buildings in Donetsk.", {("UKR", "UKR", "144")}),
    ("Thai protesters seized the government headquarters.", {("THA", "THA", "144")}),
    ("Ukrainian protesters erected barricades in Kiev.", {("UKR", "UKR", "144")}),
    # 145 riot
    ("Palestinian youths threw stones at Israeli soldiers.", {("PSE", "ISR", "145")}),
    ("Palestinian protesters threw rocks at Israeli police.", {("PSE", "ISR", "145")}),
    ("Ukrainian protesters pelted the Russian embassy with eggs.", {("UKR", "RUS", "145")}),
    ("Palestinian protesters clashed with Israeli police.", {("PSE", "ISR", "145")}),
    ("Ukrainian protesters clashed with riot police in Kiev.", {("UKR", "UKR", "145")}),
    ("Chinese protesters went on a rampage in Xian.", {("CHN", None, "145")}),
    ("Chinese protesters ran amok.", {("CHN", None, "145")}),
    ("Chinese protesters rampaged through the Japanese district.", {("CHN", "JPN", "145")}),
    ("Chinese protesters looted Japanese shops.", {("CHN", "JPN", "145")}),
    ("Chinese rioters smashed the windows of Japanese shops.", {("CHN", "JPN", "145")}),
    ("Iranian students staged violent protests outside the British embassy.", {("IRN", "GBR", "145")}),
]

POSTURE = [
    # 151 police alert, 153 police
    ("Britain raised its terror threat level.", {("GBR", None, "151")}),
    ("France raised its terror alert.", {("FRA", None, "151")}),
    ("The Chinese government tightened security in Tibet.", {("CHN", "CHN", "151")}),
    ("The Egyptian government called in riot police in Cairo.", {("EGY", "EGY", "153")}),
    ("The Egyptian government stepped up police patrols in Cairo.", {("EGY", "EGY", "153")}),
    # 152 military alert
    ("Putin ordered troops on alert near the Ukrainian border.", {("RUS", "UKR", "152")}),
    ("Russian forces brought their troops to full combat readiness near the Ukrainian border.",
     {("RUS", "UKR", "152")}),
    # 154 mobilise
    ("Ukraine called up 40,000 reservists.", {("UKR", None, "154")}),
    ("Russia called up reservists near the Ukrainian border.", {("RUS", "UKR", "154")}),
    ("Ukraine announced a partial mobilization.", {("UKR", None, "154")}),
    ("Ukraine ordered a general mobilization.", {("UKR", None, "154")}),
    ("Ukraine reinforced its border with Russia.", {("UKR", "RUS", "154")}),
    ("Russia reinforced its defenses along the Ukrainian border.", {("RUS", "UKR", "154")}),
    ("Russia sent reinforcements near the Ukrainian border.", {("RUS", "UKR", "154")}),
    ("Russia moved heavy weapons near the Ukrainian border.", {("RUS", "UKR", "154")}),
    # 150 show of force
    ("Putin ordered snap military drills near the Ukrainian border.", {("RUS", "UKR", "150")}),
    ("China held war games near Taiwan.", {("CHN", "TWN", "150")}),
    ("Russia held a naval parade near Japan.", {("RUS", "JPN", "150")}),
    ("China stepped up naval patrols near Japan.", {("CHN", "JPN", "150")}),
]

# Sentences that must give no event of these roots. What other roots' rules make of them is left
# to those rules' own tests (other rule files change at the same time), so only roots 08/14/15
# are checked here.
NEGATIVE = [
    "The Greek union called off talks with the government.",  # talks, not a strike (164)
    "Russia withdrew its ambassador from Ukraine.",  # recalling an envoy is 161, not 087
    "Japan eased visa rules for Chinese tourists.",
    "Egyptian police blocked the protesters.",
    "Uruguay legalized marijuana.",  # legalize with no actor as object
    "Britain withdrew from the treaty.",  # not a military withdrawal
    "The army disarmed the rebels.",  # disarming someone else is no concession
    "The United States reversed its support for Egypt.",
    "Japan reduced its imports of Russian gas.",
    "China boosted energy security with Russia.",  # security, not police alert
    "The United States sent troops to Poland.",  # cooperative deployment
    "Russia and China held war games with Belarus.",  # joint exercises stay cooperation (062)
    "The Japanese government stepped up security cooperation with Australia.",
    "Israel launched strikes against Hamas targets in Gaza.",  # air strikes, not labour strikes
    "Egypt refused food aid from the United States.",  # aid, not food as in a hunger strike
    "Russia rejected the demands of the European Union.",
    "Putin accepted the invitation to visit Japan.",
    "Obama called on Yanukovych to resign.",  # an appeal (0241), not a resignation
    "Russia and Ukraine agreed to a ceasefire.",  # intent (0356)
    "Iran demanded the withdrawal of American troops from Iraq.",  # a demand (106)
    "Russia staged a show of unity with China.",  # "show" alone is no show of force
    "Japan filled the post of ambassador.",
    "Russian tourists packed the beaches of Crimea.",
    "Greek unions threatened a general strike against the government.",  # a threat (13)
    "The Egyptian government rejected the protesters' demands.",
    "Japan gave up its post on the council.",  # a seat, not power
    "The company called off the merger.",
]


@pytest.mark.parametrize("sentence, expected", YIELD + PROTEST + POSTURE)
def test_rules(code, sentence, expected):
    got = {(e.source_country, e.target_country, e.cameo) for e in code(sentence)}
    assert got == expected


MY_ROOTS = {"08", "14", "15"}


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_no_event_of_these_roots(code, sentence):
    assert not {e.cameo for e in code(sentence) if e.cameo[:2] in MY_ROOTS}, sentence


def test_rule_ids_are_prefixed():
    from dyadwatch.events.rules import load_rules

    mine = [r for r in load_rules() if r.origin.endswith("r_more_08_14_15.yaml")]
    assert mine and all(r.id.startswith("more.") for r in mine)
    assert {r.cameo[:2] for r in mine} == MY_ROOTS
