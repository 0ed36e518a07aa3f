"""Vocabulary pass for CAMEO roots 03 (intent), 05 (diplomatic cooperation), 06 (material
cooperation), 07 (aid), 18 (assault) and conflict nouns of 19: data/events/rules/r_more_03_07_18.yaml.
Sentences written for these tests."""

import pytest

INTENT = [
    # 030 an understanding or consensus
    ("Japan and China reached an understanding on fishing rights.", {("JPN", "CHN", "030"), ("CHN", "JPN", "030")}),
    ("India and Pakistan reached a consensus on trade.", {("IND", "PAK", "030"), ("PAK", "IND", "030")}),
    ("Israel reached an understanding with Egypt on the border crossing.", {("ISR", "EGY", "030")}),
    ("Obama and Xi found common ground on climate change.", {("USA", "CHN", "030"), ("CHN", "USA", "030")}),
    # 037 accepting a peace plan or compromise: the target is its author
    ("Syria accepted the Arab League peace plan.", {("SYR", "IGOARL", "037")}),
    ("Sudan accepted the peace plan proposed by the African Union.", {("SDN", "IGOAFRAFU", "037")}),
    ("Israel agreed to the Egyptian peace proposal.", {("ISR", "EGY", "037")}),
    ("Israel agreed to a Saudi peace initiative.", {("ISR", "SAU", "037")}),
    ("Armenia accepted a compromise proposal from Russia.", {("ARM", "RUS", "037")}),
    ("Georgia accepted Russia's roadmap for the conflict.", {("GEO", "RUS", "037")}),
    ("North Korea agreed to the Chinese compromise.", {("PRK", "CHN", "037")}),
    # 033x pledges of aid
    ("Japan pledged to rebuild Iraq.", {("JPN", "IRQ", "033")}),
    ("Japan pledged $10 million to Haiti.", {("JPN", "HTI", "033")}),
    ("Japan pledged $10 million in humanitarian aid to Haiti.", {("JPN", "HTI", "0333")}),
    ("Japan pledged humanitarian aid to the Philippines.", {("JPN", "PHL", "0333")}),
    ("China promised food aid to North Korea.", {("CHN", "PRK", "0333")}),
    ("Japan offered emergency relief to Nepal.", {("JPN", "NPL", "0333")}),
    ("Humanitarian aid was pledged to Haiti by Japan.", {("JPN", "HTI", "0333")}),
    ("The United States promised military aid to Ukraine.", {("USA", "UKR", "0332")}),
    ("The United States pledged military support to Ukraine.", {("USA", "UKR", "0332")}),
    ("The EU pledged financial support to Ukraine.", {("IGOEUREEC", "UKR", "0331")}),
    # 039 good offices
    ("Qatar offered its good offices to Sudan and Chad.", {("QAT", "SDN", "039"), ("QAT", "TCD", "039")}),
    # readiness and announced actions: the action's rule, recoded to intent (data/events/intent.csv)
    ("Japan is ready to contribute peacekeeping troops to South Sudan.", {("JPN", "SSD", "0334")}),
    ("China is prepared to send a medical team to Liberia.", {("CHN", "LBR", "0333")}),
    ("China is willing to boost military cooperation with Pakistan.", {("CHN", "PAK", "0312")}),
    ("Britain is prepared to extradite the suspect to the United States.", {("GBR", "USA", "0313")}),
    ("Japan will send a medical team to Nepal.", {("JPN", "NPL", "0333")}),
    ("Germany plans to take in Syrian refugees.", {("DEU", "SYR", "033")}),
]

SUPPORT = [
    # 051 praise, endorse
    ("Japan welcomed the victory of the Afghan president.", {("JPN", "AFG", "051")}),
    ("The United States hailed Iran's reforms.", {("USA", "IRN", "051")}),
    ("Germany praised China's role in the talks.", {("DEU", "CHN", "051")}),
    ("Russia welcomed India's position on Syria.", {("RUS", "IND", "051")}),
    ("Abe paid tribute to the Indian people.", {("JPN", "IND", "051")}),
    ("Obama paid homage to Japanese war victims.", {("USA", "JPN", "051")}),
    ("Putin heaped praise on Erdogan.", {("RUS", "TUR", "051")}),
    ("Obama's praise for Putin surprised many.", {("USA", "RUS", "051")}),
    ("The EU gave its endorsement to Ukraine.", {("IGOEUREEC", "UKR", "051")}),
    # 053 rally support
    ("Turkey rallied international support for Azerbaijan.", {("TUR", "AZE", "053")}),
    # 054 diplomatic relations, recognition
    ("China and Japan restored diplomatic relations in 1972.", {("CHN", "JPN", "054"), ("JPN", "CHN", "054")}),
    ("Israel and Jordan established full diplomatic relations in 1994.", {("ISR", "JOR", "054"), ("JOR", "ISR", "054")}),
    ("Cuba and the United States resumed diplomatic ties.", {("CUB", "USA", "054"), ("USA", "CUB", "054")}),
    ("Russia extended recognition to Kosovo.", {("RUS", "XKX", "054")}),
    # 055 / 056 apology and forgiveness
    ("Japan begged forgiveness from China.", {("JPN", "CHN", "055")}),
    ("China accepted the apology of Japan.", {("CHN", "JPN", "056")}),
    ("Japan's apology was accepted by China.", {("CHN", "JPN", "056")}),
    # 057 formal agreements
    ("Israel and Jordan entered into an agreement on water.", {("ISR", "JOR", "057"), ("JOR", "ISR", "057")}),
    ("Japan acceded to the treaty with Russia.", {("JPN", "RUS", "057")}),
    ("China signed a framework with Pakistan.", {("CHN", "PAK", "057"), ("PAK", "CHN", "057")}),
    ("Japan signed a joint declaration with Russia.", {("JPN", "RUS", "057"), ("RUS", "JPN", "057")}),
]

COOPERATE = [
    # 061 economic
    ("Japan strengthened economic ties with India.", {("JPN", "IND", "061")}),
    ("China's economic cooperation with Zambia grew rapidly.", {("CHN", "ZMB", "061")}),
    ("Japan set up a joint venture with China.", {("JPN", "CHN", "061")}),
    ("A Japanese company formed a joint venture with a Chinese firm.", {("JPN", "CHN", "061")}),
    ("A joint venture was set up by Japan and China.", {("JPN", "CHN", "061"), ("CHN", "JPN", "061")}),
    ("Russia and China launched a joint investment fund.", {("RUS", "CHN", "061"), ("CHN", "RUS", "061")}),
    ("China bought a stake in a Greek port.", {("CHN", "GRC", "061")}),
    ("Qatar acquired a stake in a British bank.", {("QAT", "GBR", "061")}),
    ("Kenya awarded a contract to a Chinese company.", {("KEN", "CHN", "061")}),
    ("A Chinese company won a contract from Kenya.", {("CHN", "KEN", "061")}),
    ("China opened its market to American beef.", {("CHN", "USA", "061")}),
    ("Chinese investment in Zambia rose sharply.", {("CHN", "ZMB", "061")}),
    ("Japan announced an investment in India.", {("JPN", "IND", "061")}),
    # 062 military
    ("Russia expanded military cooperation with Syria.", {("RUS", "SYR", "062")}),
    ("India and Japan boosted defence cooperation.", {("IND", "JPN", "062"), ("JPN", "IND", "062")}),
    ("Russia's military cooperation with Syria worries Israel.", {("RUS", "SYR", "062")}),
    # 063 judicial
    ("Britain and France boosted police cooperation.", {("GBR", "FRA", "063"), ("FRA", "GBR", "063")}),
    ("Pakistan transferred the suspect to the United States.", {("PAK", "USA", "063")}),
    ("Thailand handed the fugitive to Cambodia.", {("THA", "KHM", "063")}),
    ("The suspect was handed to the United States by Pakistan.", {("PAK", "USA", "063")}),
    # 064 intelligence
    ("The United States stepped up intelligence sharing with Pakistan.", {("USA", "PAK", "064")}),
    ("Israel shared satellite images with the United States.", {("ISR", "USA", "064")}),
    ("Britain relayed the intelligence to France.", {("GBR", "FRA", "064")}),
    ("Saudi Arabia tipped off Britain about the plot.", {("SAU", "GBR", "064")}),
]

AID = [
    # 070 shipments, kind not told
    ("Japan sent 500 tons of rice to North Korea.", {("JPN", "PRK", "070")}),
    # ... a measure of a kind the rules know codes by that kind (humanitarian 073)
    ("The United States sent 20 tonnes of medical supplies to Liberia.", {("USA", "LBR", "073")}),
    # 071 economic
    ("Japan gave financial support to Ukraine.", {("JPN", "UKR", "071")}),
    ("The IMF approved a bailout package for Greece.", {("IGOIMF", "GRC", "071")}),
    ("The United States provided budget support to Afghanistan.", {("USA", "AFG", "071")}),
    # 072 military
    ("The United States sent military advisers to Iraq.", {("USA", "IRQ", "072")}),
    ("Britain sent military instructors to Ukraine.", {("GBR", "UKR", "072")}),
    ("Russia provided military training to Venezuela.", {("RUS", "VEN", "072")}),
    ("The United States provided security assistance to Ukraine.", {("USA", "UKR", "072")}),
    ("Russia delivered air defense systems to Syria.", {("RUS", "SYR", "072")}),
    # 073 humanitarian
    ("Japan sent relief supplies to Nepal.", {("JPN", "NPL", "073")}),
    ("Japan has been sending relief supplies to Nepal.", {("JPN", "NPL", "073")}),
    ("China dispatched a medical team to Liberia.", {("CHN", "LBR", "073")}),
    ("Japan sent a rescue team to Nepal.", {("JPN", "NPL", "073")}),
    ("Cuba sent doctors to Haiti.", {("CUB", "HTI", "073")}),
    ("The United States airlifted food parcels to Iraqi refugees.", {("USA", "IRQ", "073")}),
    ("Japan sent relief goods and medical teams to the Philippines.", {("JPN", "PHL", "073")}),
    ("Israel set up a field hospital in Nepal.", {("ISR", "NPL", "073")}),
    ("Turkey built refugee camps for Syrian refugees.", {("TUR", "SYR", "073")}),
    # 074 peacekeeping and protection
    ("Pakistan sent peacekeeping troops to Mali.", {("PAK", "MLI", "074")}),
    ("Peacekeeping troops were deployed to Mali by Pakistan.", {("PAK", "MLI", "074")}),
    ("Bangladesh deployed peacekeeping forces to South Sudan.", {("BGD", "SSD", "074")}),
    ("Ghana contributed troops to the peacekeeping mission in Mali.", {("GHA", "MLI", "074")}),
    ("French troops protected Malian civilians.", {("FRA", "MLI", "074")}),
    ("American warships escorted Kuwaiti tankers.", {("USA", "KWT", "074")}),
    # 075 refuge
    ("Germany took in Syrian refugees.", {("DEU", "SYR", "075")}),
    ("Syrian refugees were taken in by Germany.", {("DEU", "SYR", "075")}),
    ("Turkey hosts 3 million Syrian refugees.", {("TUR", "SYR", "075")}),
    ("Canada resettled Syrian refugees.", {("CAN", "SYR", "075")}),
    ("Germany welcomed Syrian refugees.", {("DEU", "SYR", "075")}),
    ("Sweden granted refugee status to Iraqi Christians.", {("SWE", "IRQ", "075")}),
    ("Britain granted political asylum to a Russian dissident.", {("GBR", "RUS", "075")}),
]

ASSAULT = [
    # 181 abduction
    ("Somali gunmen seized two Kenyan aid workers.", {("SOM", "KEN", "181")}),
    ("Libyan militants snatched two Italian engineers.", {("LBY", "ITA", "181")}),
    ("Two Japanese journalists were seized by Afghan militants.", {("AFG", "JPN", "181")}),
    ("The kidnap of two Italian engineers by Libyan militants shocked Rome.", {("LBY", "ITA", "181")}),
    # 182 physical assault
    ("Russian police beat Ukrainian journalists.", {("RUS", "UKR", "182")}),
    ("Chinese police assaulted Japanese journalists.", {("CHN", "JPN", "182")}),
    ("Egyptian police punched a British reporter.", {("EGY", "GBR", "182")}),
    ("Iranian police clubbed the British ambassador.", {("IRN", "GBR", "182")}),
    ("Syrian troops abused Lebanese detainees.", {("SYR", "LBN", "182")}),
    ("American soldiers mistreated Iraqi prisoners.", {("USA", "IRQ", "182")}),
    ("Russian agents poisoned a British spy.", {("RUS", "GBR", "182")}),
    ("The mistreatment of Iraqi prisoners by American soldiers shocked the world.", {("USA", "IRQ", "182")}),
    ("Egyptian police's beating of a British reporter drew a protest.", {("EGY", "GBR", "182")}),
    # 1823 killing
    ("Iran hanged a Saudi national.", {("IRN", "SAU", "1823")}),
    ("A Saudi national was hanged by Iran.", {("IRN", "SAU", "1823")}),
    ("Saudi Arabia put two Pakistani smugglers to death.", {("SAU", "PAK", "1823")}),
    ("Israel's targeted killing of a Hamas leader angered Egypt.", {("ISR", "PSE", "1823")}),
    ("Israel's slaying of a Hamas commander angered Egypt.", {("ISR", "PSE", "1823")}),
    # 180 / 183x bombings
    ("Al Qaeda carried out a terrorist attack in Kenya.", {("IMG", "KEN", "180")}),
    ("Pakistani militants launched a grenade attack on the Indian embassy.", {("PAK", "IND", "183")}),
    ("A Palestinian suicide bombing in Tel Aviv killed ten Israelis.", {("PSE", "ISR", "1831")}),
    ("Hamas carried out a suicide attack in Jerusalem.", {("PSE", "ISR", "1831")}),
    ("Pakistani militants carried out a suicide bombing in Kabul.", {("PAK", "AFG", "1831")}),
    ("Hamas militants detonated a suicide vest in Jerusalem.", {("PSE", "ISR", "1831")}),
    ("A Palestinian bomber detonated a suicide bomb on an Israeli bus.", {("PSE", "ISR", "1831")}),
    ("Iraqi insurgents detonated a car bomb near the American embassy.", {("IRQ", "USA", "1832")}),
    ("Iraqi insurgents carried out a car bombing near the American embassy.", {("IRQ", "USA", "1832")}),
    ("Taliban militants planted a roadside bomb near a NATO convoy.", {("AFG", "IGOWSTNAT", "1833")}),
    ("A roadside bomb was planted by Taliban militants near a NATO convoy.", {("AFG", "IGOWSTNAT", "1833")}),
    ("Iraqi insurgents set off a roadside bomb near a British patrol.", {("IRQ", "GBR", "1833")}),
    ("Taliban militants carried out a roadside bombing against a NATO convoy.", {("AFG", "IGOWSTNAT", "1833")}),
    # 185 attempted assassination
    ("Pakistani militants made an assassination attempt on the Indian ambassador.", {("PAK", "IND", "185")}),
    ("Iran's assassination plot against the Saudi ambassador was foiled.", {("IRN", "SAU", "185")}),
]

FIGHT = [
    ("Hamas launched a rocket attack on Israel.", {("PSE", "ISR", "194")}),
    ("Russian artillery fire on Ukrainian positions continued.", {("RUS", "UKR", "194")}),
    ("Iraqi insurgents launched a mortar attack on a US base.", {("IRQ", "USA", "194")}),
    ("Israel carried out air raids on Gaza.", {("ISR", "PSE", "195")}),
    ("Saudi jets carried out an aerial bombardment of Yemen.", {("SAU", "YEM", "195")}),
    ("Syria launched missile attacks on Israel.", {("SYR", "ISR", "195")}),
    ("American drone attacks in Pakistan killed dozens.", {("USA", "PAK", "195")}),
    ("Indian troops had a gun battle with Pakistani militants.", {("IND", "PAK", "193")}),
    ("Israeli gunfire on Palestinian protesters killed two.", {("ISR", "PSE", "193")}),
    ("Russian forces laid siege to the Ukrainian city.", {("RUS", "UKR", "191")}),
    ("Russian troops overran Ukrainian positions.", {("RUS", "UKR", "192")}),
    ("Iraq's conquest of Kuwait angered Saudi Arabia.", {("IRQ", "KWT", "192")}),
]

NEGATIVE = [
    # near misses of the new vocabulary: no event, or an event of another root
    ("The party executed its strategy.", set()),
    ("The bomb scare at the embassy forced an evacuation.", set()),
    ("Japan welcomed tourists from China.", {("JPN", "CHN", "043")}),
    ("Greece accepted the EU bailout plan.", set()),
    ("China protected its interests in Sudan.", set()),
    ("The Chinese delegation took in the sights of Tokyo.", set()),
    ("Iran hosted a conference on Syrian refugees.", set()),
    ("Japan sent its football team to Brazil.", set()),
    ("The United States sent troops to Poland.", set()),
    ("Japan hung a banner at the Chinese embassy.", set()),
    ("China won the World Cup bid.", set()),
    ("Russia signed the document in Moscow.", set()),
    ("Germany reached the final against Argentina.", set()),
    ("The two countries found common ground.", set()),
    ("Japan's investment climate improved.", set()),
    ("The Russian team beat the Japanese team.", set()),
    ("The US poisoned relations with Russia.", set()),
    ("China's abuse of its veto angered the United States.", set()),
    ("Israel opened its airspace to Indian airlines.", set()),
    ("Kenyan police seized two tons of heroin from Somali smugglers.", {("KEN", "SOM", "1711")}),
    ("Somali pirates seized a German tanker and its crew.", {("SOM", "DEU", "1711")}),
    ("Putin paid a visit to China.", {("RUS", "CHN", "042")}),
    ("Japan offered its condolences to China.", {("JPN", "CHN", "018")}),
]


def _code_set(events):
    return {(e.source_country, e.target_country, e.cameo) for e in events}


@pytest.mark.parametrize("sentence, expected", INTENT + SUPPORT + COOPERATE + AID + ASSAULT + FIGHT + NEGATIVE)
def test_rules(code, sentence, expected):
    assert _code_set(code(sentence)) == expected


@pytest.mark.parametrize(
    "sentence, rule",
    [
        ("Syria accepted the Arab League peace plan.", "more.intend.accept_peace_plan"),
        ("Turkey hosts 3 million Syrian refugees.", "more.aid.refugees"),
        ("Iraqi insurgents detonated a car bomb near the American embassy.", "more.assault.detonate_car_bomb"),
        ("Hamas launched a rocket attack on Israel.", "more.fight.artillery_noun"),
    ],
)
def test_new_rule_wins_over_generic_one(code, sentence, rule):
    # the two-word objects and nouns come before host (043), bomb (183) and attack (190)
    assert {e.rule for e in code(sentence)} == {rule}


@pytest.mark.parametrize(
    "sentence, cameo, mode",
    [
        ("Japan did not send relief supplies to Nepal.", "073", "negated"),
        ("China is prepared to send a medical team to Liberia.", "0333", "planned"),
        ("Japan will send peacekeeping troops to South Sudan.", "0334", "planned"),
    ],
)
def test_modes(code, sentence, cameo, mode):
    events = code(sentence)
    assert events and {(e.cameo, e.mode) for e in events} == {(cameo, mode)}


def test_every_rule_is_exercised(code):
    """Each rule of the file codes at least one of the positive sentences above."""
    from dyadwatch.data import package_file, read_yaml

    ids = {item["id"] for item in read_yaml(package_file("events/rules/r_more_03_07_18.yaml"))}
    fired = {e.rule for s, _ in INTENT + SUPPORT + COOPERATE + AID + ASSAULT + FIGHT for e in code(s)}
    assert not ids - fired, sorted(ids - fired)
