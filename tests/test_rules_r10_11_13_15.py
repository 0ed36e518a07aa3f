"""Rules for CAMEO roots 10 (demand), 11 (disapprove), 13 (threaten), 14 (protest) and 15
(exhibit force posture): data/events/rules/r10_11_13_15.yaml. Sentences written for these tests."""

import pytest

DEMAND = [
    # 1053 release
    ("Japan demanded the release of the fishermen from Russia.", {("JPN", "RUS", "1053")}),
    ("China demanded the release of the Japanese captain.", {("CHN", "JPN", "1053")}),
    ("Ukraine demanded the immediate release of its sailors by Russia.", {("UKR", "RUS", "1053")}),
    # 106 withdrawal
    ("Kiev demanded the withdrawal of Russian troops from Crimea.", {("UKR", "RUS", "106")}),
    ("Ukraine demanded Russia's withdrawal from Crimea.", {("UKR", "RUS", "106")}),
    ("NATO insisted on the withdrawal of Russian forces.", {("IGOWSTNAT", "RUS", "106")}),
    # 107 ceasefire, 108 talks
    ("The United States demanded a ceasefire in Ukraine.", {("USA", "UKR", "107")}),
    ("Ukraine demanded talks with Russia.", {("UKR", "RUS", "108")}),
    # 101 information, 1013 extradition
    ("Merkel demanded answers from Washington over the spying.", {("DEU", "USA", "101")}),
    ("Russia demanded an explanation from the United States.", {("RUS", "USA", "101")}),
    ("Moscow insisted on the extradition of the Ukrainian suspects.", {("RUS", "UKR", "1013")}),
    # 1041 leadership, 1042 policy, 1054 sanctions
    ("Russia demanded the resignation of the Ukrainian government.", {("RUS", "UKR", "1041")}),
    ("The European Union demanded Yanukovych's resignation.", {("IGOEUREEC", "UKR", "1041")}),
    ("The Palestinians demanded a halt to Israeli settlement construction.", {("PSE", "ISR", "1042")}),
    ("Russia demanded the lifting of EU sanctions.", {("RUS", "IGOEUREEC", "1054")}),
    # 103 / 1034 aid and protection
    ("Ukraine demanded compensation from Russia.", {("UKR", "RUS", "103")}),
    ("Syria demanded protection from Russia.", {("SYR", "RUS", "1034")}),
    # 100 not specified
    ("Russia demanded an apology from Japan.", {("RUS", "JPN", "100")}),
    ("China demanded Japan's compliance with the ruling.", {("CHN", "JPN", "100")}),
]

DISAPPROVE = [
    # 110 oppose, object, warn against, displeasure
    ("Putin opposed NATO expansion.", {("RUS", "IGOWSTNAT", "110")}),
    ("Russia objected to the deployment of NATO troops in Poland.", {("RUS", "IGOWSTNAT", "110")}),
    ("China strongly opposes Japan's plan to buy the islands.", {("CHN", "JPN", "110")}),
    ("China warned Japan against provocations.", {("CHN", "JPN", "110")}),
    ("Putin warned against NATO expansion.", {("RUS", "IGOWSTNAT", "110")}),
    ("Japan voiced strong opposition to China's air defense zone.", {("JPN", "CHN", "110")}),
    ("Russia expressed displeasure with the European Union.", {("RUS", "IGOEUREEC", "110")}),
    ("Russia's objection to NATO expansion is well known.", {("RUS", "IGOWSTNAT", "110")}),
    ("Chinese anger at Japan grew.", {("CHN", "JPN", "110")}),
    # 111 criticize (synonyms beyond core)
    ("Putin lambasted the United States.", {("RUS", "USA", "111")}),
    ("Lavrov lashed out at the European Union.", {("RUS", "IGOEUREEC", "111")}),
    ("Kerry hit out at Russia.", {("USA", "RUS", "111")}),
    ("Erdogan chastised Israel.", {("TUR", "ISR", "111")}),
    ("Russia's condemnation of Ukraine was swift.", {("RUS", "UKR", "111")}),
    ("China leveled criticism at Japan.", {("CHN", "JPN", "111")}),
    # 112x accusations
    ("The United States accused Russia of espionage.", {("USA", "RUS", "1125")}),
    ("The United States accused China of hacking.", {("USA", "CHN", "1125")}),
    ("China accused Japan of war crimes.", {("CHN", "JPN", "1124")}),
    ("Russia accused Ukraine of genocide.", {("RUS", "UKR", "1124")}),
    ("Ukraine accused Russia of aggression.", {("UKR", "RUS", "1123")}),
    ("Kiev blamed Moscow for the shelling.", {("UKR", "RUS", "1123")}),
    ("The United Nations accused Syria of torture.", {("IGOUNO", "SYR", "1122")}),
    ("Kiev accused Moscow of corruption.", {("UKR", "RUS", "1121")}),
    ("Ukraine's accusations against Russia grew louder.", {("UKR", "RUS", "112")}),
    ("Kiev leveled accusations at Moscow.", {("UKR", "RUS", "112")}),
    ("The United States accused Russia of violating the treaty.", {("USA", "RUS", "112")}),  # core
    ("Japan lodged a protest with Russia over the flights.", {("JPN", "RUS", "114")}),  # core, not 141
    # 113 rally opposition
    ("Japan tried to rally opposition against China.", {("JPN", "CHN", "113")}),
    ("Japan lobbied against China's bid.", {("JPN", "CHN", "113")}),
    ("Ukraine campaigned against Russia at the United Nations.", {("UKR", "RUS", "113")}),
    # 115 lawsuit
    ("Ukraine sued Russia at the International Court of Justice.", {("UKR", "RUS", "115")}),
    ("Ukraine filed a lawsuit against Russia.", {("UKR", "RUS", "115")}),
    ("The Philippines took China to court.", {("PHL", "CHN", "115")}),
    ("The Philippines launched arbitration against China.", {("PHL", "CHN", "115")}),
    # 116 convict
    ("A Russian court convicted the Ukrainian pilot.", {("RUS", "UKR", "116")}),
    ("A Chinese court convicted two Japanese citizens of espionage.", {("CHN", "JPN", "116")}),
    ("Russia's conviction of the Ukrainian pilot angered Kiev.", {("RUS", "UKR", "116")}),
]

THREATEN = [
    # 1312 sanctions
    ("The United States threatened Russia with new sanctions.", {("USA", "RUS", "1312")}),
    ("Washington threatened sanctions against Moscow.", {("USA", "RUS", "1312")}),
    ("The European Union threatened to impose sanctions on Russia.", {("IGOEUREEC", "RUS", "1312")}),
    ("The United States warned Russia of further sanctions.", {("USA", "RUS", "1312")}),
    # 1313 relations, 1311 aid
    ("China threatened to cut ties with Japan.", {("CHN", "JPN", "1313")}),
    ("Britain threatened to expel Russian diplomats.", {("GBR", "RUS", "1313")}),
    ("Russia threatened to recall its ambassador from Japan.", {("RUS", "JPN", "1313")}),
    ("Russia threatened to cut gas supplies to Ukraine.", {("RUS", "UKR", "1312")}),
    ("The United States threatened to withhold aid from Egypt.", {("USA", "EGY", "1311")}),
    # 138x force
    ("North Korea threatened to attack South Korea.", {("PRK", "KOR", "1384")}),
    ("Russia threatened to attack Georgia.", {("RUS", "GEO", "1384")}),
    ("Iran threatened to strike Israel.", {("IRN", "ISR", "1384")}),
    ("Israel threatened an attack on Iran.", {("ISR", "IRN", "1384")}),
    ("Iran threatened Israel with missile strikes.", {("IRN", "ISR", "1384")}),
    ("Russia threatened to use force against Ukraine.", {("RUS", "UKR", "138")}),
    ("Russia threatened to intervene in Ukraine.", {("RUS", "UKR", "138")}),
    ("North Korea threatened South Korea with war.", {("PRK", "KOR", "138")}),
    ("China warned of war with Japan.", {("CHN", "JPN", "138")}),
    ("Russia threatened to annex eastern Ukraine.", {("RUS", "UKR", "1382")}),
    ("Russia threatened to seize Ukrainian territory.", {("RUS", "UKR", "1382")}),
    ("Russia threatened to blockade Ukrainian ports.", {("RUS", "UKR", "1381")}),
    ("North Korea threatened to nuke the United States.", {("PRK", "USA", "1385")}),
    # 130 retaliation, consequences, bare threats and warnings
    ("Putin vowed to retaliate against the United States.", {("RUS", "USA", "130")}),
    ("Russia vowed to punish Ukraine.", {("RUS", "UKR", "130")}),
    ("Russia vowed retaliation against Japan.", {("RUS", "JPN", "130")}),
    ("China threatened Japan with retaliation.", {("CHN", "JPN", "130")}),
    ("The United States warned Russia of consequences.", {("USA", "RUS", "130")}),
    ("Russia warned of countermeasures against the European Union.", {("RUS", "IGOEUREEC", "130")}),
    ("The United States threatened action against Syria.", {("USA", "SYR", "130")}),
    ("Russia threatened Ukraine.", {("RUS", "UKR", "130")}),
    ("Russia threatened to suspend talks with Japan.", {("RUS", "JPN", "134")}),
    ("Obama warned Putin that Russia would face consequences.", {("USA", "RUS", "130")}),
    ("Russia's threats against Ukraine alarmed NATO.", {("RUS", "UKR", "130")}),
    ("China issued a warning to Japan.", {("CHN", "JPN", "130")}),
    # 139 ultimatum
    ("Russia gave Ukraine an ultimatum.", {("RUS", "UKR", "139")}),
    ("Russia issued an ultimatum to Ukrainian forces in Crimea.", {("RUS", "UKR", "139")}),
    ("Moscow's ultimatum to Kiev expired on Monday.", {("RUS", "UKR", "139")}),
]

PROTEST = [
    # 141 demonstrate, rally
    ("Thousands of Ukrainian protesters rallied outside the Russian embassy in Kiev.", {("UKR", "RUS", "141")}),
    ("Chinese demonstrators marched to the Japanese embassy in Beijing.", {("CHN", "JPN", "141")}),
    ("Ukrainian activists demonstrated against Russia in Kiev.", {("UKR", "RUS", "141")}),
    ("Japanese protesters protested outside the Chinese embassy.", {("JPN", "CHN", "141")}),
    ("Chinese protesters held a demonstration outside the Japanese embassy in Beijing.", {("CHN", "JPN", "141")}),
    ("Ukrainians held a rally against Russia.", {("UKR", "RUS", "141")}),
    ("Chinese protesters held protests outside the Japanese consulate.", {("CHN", "JPN", "141")}),
    # 143 strike
    ("Palestinian prisoners went on a hunger strike in Israeli jails.", {("PSE", "ISR", "143")}),
    ("Greek workers went on strike against the European Union.", {("GRC", "IGOEUREEC", "143")}),
    ("Greek unions called a strike against the European Union.", {("GRC", "IGOEUREEC", "143")}),
    # 144 block
    ("Ukrainian protesters blockaded the Russian embassy.", {("UKR", "RUS", "144")}),
    ("Russian protesters blocked the entrance to the American embassy.", {("RUS", "USA", "144")}),
    ("Ukrainian activists blocked the Russian convoy.", {("UKR", "RUS", "144")}),
    # 145 riot, storm
    ("Iranian protesters stormed the British embassy in Tehran.", {("IRN", "GBR", "145")}),
    ("Chinese protesters rioted outside the Japanese consulate.", {("CHN", "JPN", "145")}),
    ("Serbian protesters ransacked the American embassy.", {("SRB", "USA", "145")}),
]

POSTURE = [
    # 154 mobilise, deploy near
    ("Russia deployed troops near the Ukrainian border.", {("RUS", "UKR", "154")}),
    ("Russia massed troops near the Ukrainian border.", {("RUS", "UKR", "154")}),
    ("Russia amassed tanks along the Ukrainian border.", {("RUS", "UKR", "154")}),
    ("China deployed missiles near Taiwan.", {("CHN", "TWN", "154")}),
    ("Russia sent warships toward the Japanese coast.", {("RUS", "JPN", "154")}),
    ("Ukraine mobilized its reservists against Russia.", {("UKR", "RUS", "154")}),
    ("NATO increased its military presence near Russia.", {("IGOWSTNAT", "RUS", "154")}),
    ("Russia's military buildup near Ukraine alarmed NATO.", {("RUS", "UKR", "154")}),
    # 152 alert, 153 police
    ("Russia put its troops on high alert near the Ukrainian border.", {("RUS", "UKR", "152")}),
    ("Japan went on alert over North Korea's missile launch.", {("JPN", "PRK", "152")}),
    ("South Korea raised its alert status over North Korea's threats.", {("KOR", "PRK", "152")}),
    ("Russia deployed riot police against Ukrainian protesters.", {("RUS", "UKR", "153")}),
    # 150 show of force
    ("Russia held military exercises near the Ukrainian border.", {("RUS", "UKR", "150")}),
    ("Russian military exercises near the Ukrainian border worried Kiev.", {("RUS", "UKR", "150")}),
    ("Japan scrambled fighter jets to intercept Chinese bombers.", {("JPN", "CHN", "150")}),
    ("Japanese jets intercepted Chinese bombers.", {("JPN", "CHN", "150")}),
    ("Russia flew bombers near Japan.", {("RUS", "JPN", "150")}),
    ("Russian bombers flew near Japanese airspace.", {("RUS", "JPN", "150")}),
    ("Russian fighter jets buzzed an American destroyer.", {("RUS", "USA", "150")}),
    ("Russian jets violated Estonian airspace.", {("RUS", "EST", "150")}),
    ("Chinese ships intruded into Japanese waters.", {("CHN", "JPN", "150")}),
    ("Chinese ships entered Japanese waters.", {("CHN", "JPN", "150")}),
    ("China flexed its military muscle near Japan.", {("CHN", "JPN", "150")}),
]

# Sentences that must give no event of these roots (other roots' rules may code them).
NEGATIVE = [
    ("Russia demonstrated its commitment to peace in Ukraine.", set()),  # demonstrate = show
    ("The United Nations warned of a humanitarian crisis in Syria.", set()),  # warning, no addressee
    ("Japan's economy is threatened by deflation.", set()),
    ("Russia rallied its allies behind the plan.", set()),  # rally = gather support
    ("China entered the Japanese market.", set()),  # enter, not waters or airspace
    ("Russia promised measures to help Ukraine.", set()),  # promise measures is no threat
    ("The floods threatened Japan.", set()),
    ("Putin insisted that Russia had no troops in Ukraine.", set()),
    ("The United States deployed troops to Poland.", set()),  # cooperative deployment
    ("Russia sent troops to Syria.", set()),
    ("The United States sent aircraft carriers to the Persian Gulf.", set()),
    ("Japan's demand for Russian oil grew.", set()),  # economic demand
    ("Japan's protest against China's decision was ignored.", set()),  # official complaint, not a demonstration
    ("The Syrian opposition met with Kerry in Geneva.", {("SYR", "USA", "040")}),  # opposition = actor
    ("Obama flew to Tokyo on Monday.", {("USA", "JPN", "042")}),  # core travel, not a show of force
    ("Israel launched strikes against Hamas targets in Gaza.", {("ISR", "PSE", "195")}),  # air strikes, not labour strikes
    ("Russia and China held joint exercises.", {("CHN", "RUS", "062"), ("RUS", "CHN", "062")}),
    ("Ukraine charged two Russian soldiers with terrorism.", {("UKR", "RUS", "173")}),  # a charge is legal action
]


@pytest.mark.parametrize("sentence, expected", DEMAND + DISAPPROVE + THREATEN + PROTEST + POSTURE + NEGATIVE)
def test_rules(code, sentence, expected):
    got = {(e.source_country, e.target_country, e.cameo) for e in code(sentence)}
    assert got == expected


MY_ROOTS = {"10", "11", "13", "14", "15"}


@pytest.mark.parametrize("sentence", [s for s, _ in NEGATIVE])
def test_no_event_of_these_roots(code, sentence):
    assert not {e.cameo for e in code(sentence) if e.cameo[:2] in MY_ROOTS}, sentence
