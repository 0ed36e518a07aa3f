"""Rules for CAMEO roots 16 (reduce relations), 17 (coerce), 18 (assault), 19 (fight) and
20 (mass violence): data/events/rules/r16_20.yaml. Sentences written for these tests."""

import pytest

REDUCE = [
    # 160 reduce relations
    ("Obama canceled a planned summit with Putin.", {("USA", "RUS", "160")}),
    ("Abe called off his visit to Russia.", {("JPN", "RUS", "160")}),
    ("NATO suspended all practical cooperation with Russia.", {("IGOWSTNAT", "RUS", "160")}),
    ("China suspended military exchanges with the United States.", {("CHN", "USA", "160")}),
    ("The G8 suspended Russia from the group.", {("IGOG7", "RUS", "160")}),
    ("Russia cut gas supplies to Ukraine.", {("RUS", "UKR", "163")}),
    ("Russia reduced gas supplies to Ukraine.", {("RUS", "UKR", "160")}),
    # 161 diplomatic relations
    ("Canada severed diplomatic ties with Iran.", {("CAN", "IRN", "161")}),
    ("Qatar and Saudi Arabia broke off diplomatic relations on Monday.", {("QAT", "SAU", "161"), ("SAU", "QAT", "161")}),
    ("Russia downgraded its relations with Georgia.", {("RUS", "GEO", "161")}),
    ("Japan recalled its ambassador from China.", {("JPN", "CHN", "161")}),
    ("Saudi Arabia withdrew its ambassador to Qatar.", {("SAU", "QAT", "161")}),
    ("Britain closed its embassy in Tehran.", {("GBR", "IRN", "161")}),
    # 162x aid
    ("The United States suspended aid to Egypt.", {("USA", "EGY", "162")}),
    ("Washington cut off military aid to Cairo.", {("USA", "EGY", "162")}),
    ("The World Bank froze loans to Uganda.", {("IGOWBK", "UGA", "1621")}),
    ("Canada suspended arms sales to Saudi Arabia.", {("CAN", "SAU", "1622")}),
    ("Japan halted relief to North Korea.", {("JPN", "PRK", "1623")}),
    ("The United States froze funds to Egypt.", {("USA", "EGY", "1621")}),
    # 163 sanctions: nominal, asset freezes, import bans
    ("Canada's embargo on Iran began in 2012.", {("CAN", "IRN", "163")}),
    ("The EU's sanctions against Russia hurt European exporters.", {("IGOEUREEC", "RUS", "163")}),
    ("Japanese sanctions on Russia took effect on Monday.", {("JPN", "RUS", "163")}),
    ("The European Union froze the assets of Russian officials.", {("IGOEUREEC", "RUS", "163")}),
    ("Russia banned food imports from the European Union.", {("RUS", "IGOEUREEC", "163")}),
    ("China suspended trade with North Korea.", {("CHN", "PRK", "163")}),
    ("The United States imposed tariffs on Chinese steel.", {("USA", "CHN", "163")}),
    ("Washington slapped new duties on Canadian lumber.", {("USA", "CAN", "163")}),
    ("Canada's boycott of Iran began in 2012.", {("CAN", "IRN", "163")}),
    # 164 / 165 halt negotiations, mediation
    ("Russia suspended talks with Japan on a peace treaty.", {("RUS", "JPN", "164")}),
    ("Israel broke off negotiations with the Palestinians.", {("ISR", "PSE", "164")}),
    ("Iran withdrew from talks with the United States.", {("IRN", "USA", "164")}),
    ("Qatar suspended its mediation between Israel and Egypt.", {("QAT", "ISR", "165"), ("QAT", "EGY", "165")}),
    # 166x expel or withdraw
    ("The United Nations withdrew its peacekeepers from Lebanon.", {("IGOUNO", "LBN", "1661")}),
    ("Russia withdrew its observers from Ukraine.", {("RUS", "UKR", "1662")}),
    ("Ethiopia expelled UN aid agencies.", {("ETH", "IGOUNO", "1663")}),
    ("Iraq expelled UN inspectors.", {("IRQ", "IGOUNO", "1662")}),
    ("Britain expelled 23 Russian diplomats on Wednesday.", {("GBR", "RUS", "166")}),
    ("Russian diplomats were expelled by Britain.", {("GBR", "RUS", "166")}),
    ("Britain kicked out Russian diplomats.", {("GBR", "RUS", "166")}),
    ("Britain's expulsion of Russian diplomats surprised many.", {("GBR", "RUS", "166")}),
]

COERCE = [
    ("Chinese coast guard ships harassed Japanese fishing boats.", {("CHN", "JPN", "170")}),
    # 171x seize, destroy
    ("Iran seized a British oil tanker in the Strait of Hormuz.", {("IRN", "GBR", "1711")}),
    ("Ukrainian customs officials confiscated Russian trucks.", {("UKR", "RUS", "1711")}),
    ("The Chinese navy seized a Vietnamese fishing boat.", {("CHN", "VNM", "1711")}),
    ("Israeli troops demolished Palestinian homes.", {("ISR", "PSE", "1712")}),
    ("The Israeli army torched Palestinian olive groves.", {("ISR", "PSE", "1712")}),
    # protesters setting fire to property riot (145, as extra.dissent.riot_damage); a state's
    # destruction of property is 1712
    ("Chinese protesters set fire to the Japanese embassy.", {("CHN", "JPN", "145")}),
    ("Israeli troops set fire to Palestinian olive groves.", {("ISR", "PSE", "1712")}),
    # 172x administrative sanctions
    # (restrictions on imports or exports are an embargo, 163; on people, 172)
    ("China imposed restrictions on Japanese imports.", {("CHN", "JPN", "163")}),
    ("Russia banned Ukrainian airlines from its airspace.", {("RUS", "UKR", "172")}),
    ("Egypt banned the Palestinian group.", {("EGY", "PSE", "1722")}),
    ("Russia banned Ukrainian television channels.", {("RUS", "UKR", "1721")}),
    ("Thailand banned Cambodian students from the protests.", {("THA", "KHM", "172")}),
    ("The Israeli army imposed a curfew on Palestinian residents.", {("ISR", "PSE", "1723")}),
    ("Israel imposed martial law on the Palestinian territories.", {("ISR", "PSE", "1724")}),
    # 173 arrest, detain, charge
    ("Russia arrested a Ukrainian pilot.", {("RUS", "UKR", "173")}),
    ("Ukraine charged two Russian soldiers with terrorism.", {("UKR", "RUS", "173")}),
    ("Japan detained the crew of a Chinese fishing boat.", {("JPN", "CHN", "173")}),
    ("Chinese police detained two Japanese nationals in Shanghai.", {("CHN", "JPN", "173")}),
    ("A Ukrainian pilot was arrested by Russia.", {("RUS", "UKR", "173")}),
    ("A Russian court sentenced the Ukrainian filmmaker to 20 years in prison.", {("RUS", "UKR", "173")}),
    ("Russian police took two Ukrainian activists into custody.", {("RUS", "UKR", "173")}),
    ("China's arrest of Japanese nationals drew a protest.", {("CHN", "JPN", "173")}),
    # 174 deport, 175 repression
    ("Russia deported the Georgian nationals.", {("RUS", "GEO", "174")}),
    ("Russia expelled two German journalists from the country.", {("RUS", "DEU", "174")}),
    ("Chinese authorities cracked down on Japanese protesters.", {("CHN", "JPN", "175")}),
    ("Iran's crackdown on British journalists continued.", {("IRN", "GBR", "175")}),
]

ASSAULT = [
    # 181 abduct, hijack, hostage
    ("Somali pirates hijacked a Chinese ship.", {("SOM", "CHN", "181")}),
    ("Libyan gunmen took two Egyptian diplomats hostage.", {("LBY", "EGY", "181")}),
    ("Libyan gunmen kidnapped two Egyptian diplomats.", {("LBY", "EGY", "181")}),
    # 182x physical assault
    ("Russian soldiers beat up two Ukrainian journalists.", {("RUS", "UKR", "182")}),
    ("Egyptian police beat a Palestinian activist to death.", {("EGY", "PSE", "1823")}),
    ("Syrian soldiers tortured British detainees.", {("SYR", "GBR", "1822")}),
    ("Syria's torture of British detainees shocked France.", {("SYR", "GBR", "1822")}),
    ("Israeli troops killed two Palestinian teenagers.", {("ISR", "PSE", "1823")}),
    ("A Turkish gunman murdered the Russian ambassador.", {("TUR", "RUS", "1823")}),
    ("Saudi militants beheaded a Japanese hostage.", {("SAU", "JPN", "1823")}),
    ("Iran executed a British national.", {("IRN", "GBR", "1823")}),
    # 183 bombing, 184 human shields
    ("Pakistani militants detonated a bomb outside the Indian embassy.", {("PAK", "IND", "183")}),
    ("The Syrian army used Lebanese civilians as human shields.", {("SYR", "LBN", "184")}),
    # 185 / 186 assassination
    ("Georgian agents tried to assassinate Putin.", {("GEO", "RUS", "185")}),
    ("Russian agents assassinated a Georgian minister.", {("RUS", "GEO", "186")}),
    ("Russia's assassination of the Georgian minister shocked Europe.", {("RUS", "GEO", "186")}),
]

FIGHT = [
    # 190 conventional force
    ("Indian and Pakistani troops clashed along the border.", {("IND", "PAK", "190"), ("PAK", "IND", "190")}),
    ("Israeli forces clashed with Palestinian protesters in Hebron.", {("ISR", "PSE", "190")}),
    ("Russian troops fought with Georgian forces in South Ossetia.", {("RUS", "GEO", "190")}),
    ("The United States waged war against Iraq in 2003.", {("USA", "IRQ", "190")}),
    ("Russia and Georgia fought a war in 2008.", {("RUS", "GEO", "190"), ("GEO", "RUS", "190")}),
    ("Turkey launched a military operation against Syria.", {("TUR", "SYR", "190")}),
    ("Japan launched a rescue operation in Nepal.", set()),
    ("Russia launched an attack on Ukraine.", {("RUS", "UKR", "190")}),
    ("Russia's invasion of Georgia shocked the world.", {("RUS", "GEO", "190")}),
    ("Russia shot down a Turkish fighter jet.", {("RUS", "TUR", "190")}),
    # 191 blockade
    ("Saudi Arabia imposed a blockade on Qatar.", {("SAU", "QAT", "191")}),
    ("Israel's blockade of Gaza began in 2007.", {("ISR", "PSE", "191")}),
    ("Israel blockaded Gaza for years.", {("ISR", "PSE", "191")}),
    ("Turkey closed its border with Syria.", {("TUR", "SYR", "191")}),
    # 192 occupy
    ("Russia occupied parts of Georgia.", {("RUS", "GEO", "192")}),
    ("Russian troops captured a Ukrainian military base.", {("RUS", "UKR", "192")}),
    ("Russia seized control of the Ukrainian port.", {("RUS", "UKR", "192")}),
    ("Israel's occupation of Palestinian territories began in 1967.", {("ISR", "PSE", "192")}),
    # 193 small arms
    ("Israeli soldiers opened fire on Palestinian protesters.", {("ISR", "PSE", "193")}),
    ("Indian troops fired on Pakistani positions.", {("IND", "PAK", "193")}),
    ("Pakistani and Indian troops exchanged fire across the border.", {("IND", "PAK", "193"), ("PAK", "IND", "193")}),
    # 194 artillery
    ("Palestinian militants fired rockets at Israel.", {("PSE", "ISR", "194")}),
    ("Russian artillery pounded Ukrainian positions.", {("RUS", "UKR", "194")}),
    ("Russian shelling of Ukrainian towns continued.", {("RUS", "UKR", "194")}),
    # 195 aerial weapons
    ("North Korea fired missiles toward Japan.", {("PRK", "JPN", "195")}),
    ("Syrian jets dropped barrel bombs on Turkish villages.", {("SYR", "TUR", "195")}),
    ("Russian air strikes on Syria killed dozens.", {("RUS", "SYR", "195")}),
    ("The United States carried out air strikes against Syria.", {("USA", "SYR", "195")}),
    # 196 ceasefire
    ("Ukrainian troops violated the ceasefire with Russia.", {("UKR", "RUS", "196")}),
    ("Russian jets strafed Georgian villages.", {("RUS", "GEO", "195")}),
    ("Ukrainian troops clashed with Russian soldiers near Donetsk.", {("UKR", "RUS", "190")}),
    ("Two Russian soldiers were killed by Ukrainian troops.", {("UKR", "RUS", "190")}),
]

MASS = [
    ("Myanmar expelled thousands of Bangladeshi migrants.", {("MMR", "BGD", "201")}),
    ("Russia deported hundreds of Georgian citizens.", {("RUS", "GEO", "201")}),
    ("Iraqi troops killed thousands of Kuwaiti civilians.", {("IRQ", "KWT", "202")}),
    ("The Japanese army massacred Chinese civilians in Nanjing.", {("JPN", "CHN", "202")}),
    ("Russia's massacre of Georgian civilians shocked Europe.", {("RUS", "GEO", "202")}),
    ("Serbian forces ethnically cleansed Kosovo Albanians.", {("SRB", "ALB", "203")}),
    ("The Syrian government used sarin gas against Turkish border towns.", {("SYR", "TUR", "2041")}),
    ("The United States dropped nuclear warheads on Japan.", {("USA", "JPN", "2042")}),
    ("Iraq used WMD against Iran.", {("IRQ", "IRN", "204")}),
    ("Iraq gassed Iranian soldiers in 1988.", {("IRQ", "IRN", "2041")}),
]

NEGATIVE = [
    # ambiguous verbs in their non-violent senses give no event of roots 16-20
    ("Japan and India will fight terrorism together.", set()),
    ("Russia beat Canada in the hockey final.", set()),
    ("Putin recalled his meeting with Abe.", set()),
    ("Russia ended talks with Japan on Friday.", set()),
    ("The European Union debated sanctions against Russia.", set()),
    ("China executed the trade agreement with Japan.", set()),
    ("Japan took Russia's concerns into account.", set()),
    ("Obama shot a video with Putin.", set()),
    ("Russia launched a joint operation with China.", set()),
    ("China cut its holdings of US Treasury bonds.", set()),
    ("Putin seized the opportunity to criticize NATO.", set()),
    ("Obama and Putin fought over Syria at the G20 summit.", set()),
    # a verbal clash is disapproval, not fighting
    ("The United States and China clashed over cyber security.", {("USA", "CHN", "110"), ("CHN", "USA", "110")}),
    ("Lavrov clashed with Kerry over Syria.", {("RUS", "USA", "110")}),
]


def _code_set(events):
    return {(e.source_country, e.target_country, e.cameo) for e in events}


@pytest.mark.parametrize("sentence, expected", REDUCE + COERCE + ASSAULT + FIGHT + MASS + NEGATIVE)
def test_rules(code, sentence, expected):
    got = _code_set(code(sentence))
    assert got == expected


def test_rule_ids_carry_the_family(code):
    (e,) = code("Canada severed diplomatic ties with Iran.")
    assert (e.rule, e.cameo_root, e.plover) == ("reduce.sever_ties", "16", "SANCTION")
    (e,) = code("Russia arrested a Ukrainian pilot.")
    assert (e.rule, e.cameo_root) == ("coerce.arrest", "17")


@pytest.mark.parametrize(
    "sentence, mode",
    [
        ("Russia did not expel the American diplomats.", "negated"),
        ("Canada plans to sever diplomatic ties with Iran.", "planned"),
    ],
)
def test_modes_pass_through(code, sentence, mode):
    events = code(sentence)
    assert events and {e.mode for e in events} == {mode}


def test_hostage_taking_names_the_victims(code):
    got = _code_set(code("Russia took seven Ukrainian soldiers hostage."))
    assert ("RUS", "UKR", "181") in got and {c for _, _, c in got} == {"181"}
