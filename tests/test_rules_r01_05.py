"""Rules for CAMEO roots 01-05 (data/events/rules/r01_05.yaml): statements with a target,
appeals, intent to cooperate, consultation beyond core.yaml, diplomatic cooperation."""

import pytest

CASES = [
    # ---------------------------------------------------------------- 01 statements
    ("China expressed concern over Japan's military buildup.", {("CHN", "JPN", "012")}),
    ("Germany voiced concern about Russia on Monday.", {("DEU", "RUS", "012")}),
    ("Japan raised concerns with China over the air defense zone.", {("JPN", "CHN", "012")}),
    ("Kerry expressed optimism about Iran after the meeting.", {("USA", "IRN", "013")}),
    ("Kerry expressed confidence in Japan.", {("USA", "JPN", "013")}),
    ("Russia denied involvement in Ukraine.", {("RUS", "UKR", "016")}),
    ("Moscow rejected accusations by Ukraine of shelling border towns.", {("RUS", "UKR", "016")}),
    ("Russia dismissed allegations from Ukraine.", {("RUS", "UKR", "016")}),
    ("Putin offered condolences to Obama after the bombing.", {("RUS", "USA", "018")}),
    ("Merkel sent her condolences to France.", {("DEU", "FRA", "018")}),
    ("Putin sent Obama his condolences.", {("RUS", "USA", "018")}),
    ("Abe conveyed his sympathies to Obama.", {("JPN", "USA", "018")}),
    ("Obama sympathized with Japan after the tsunami.", {("USA", "JPN", "018")}),
    ("Merkel's condolences to Japan were read out in parliament.", {("DEU", "JPN", "018")}),
    ("Russia agreed with China on Syria.", {("RUS", "CHN", "019")}),
    ("India concurred with Japan on the need for maritime security.", {("IND", "JPN", "019")}),
    # ---------------------------------------------------------------- 02 appeals
    ("Japan called on Russia to release the detained sailors.", {("JPN", "RUS", "0253")}),
    ("Japan appealed to Russia to free the hostages.", {("JPN", "RUS", "0253")}),
    ("Japan urged Russia to lift the ban on Japanese imports.", {("JPN", "RUS", "0254")}),
    ("Obama urged Russia to lift the ban on American adoptions.", {("USA", "RUS", "0254")}),
    ("China called on the United States to halt the surveillance flights.", {("CHN", "USA", "0256")}),
    ("The United Nations called on Syria to allow aid convoys.", {("IGOUNO", "SYR", "0255")}),
    ("The European Union urged Russia to allow observers into Crimea.", {("IGOEUREEC", "RUS", "0255")}),
    ("Germany urged Iran to compromise.", {("DEU", "IRN", "025")}),
    ("Lavrov urged Ukraine to resume talks with the separatists.", {("RUS", "UKR", "026")}),
    ("Obama called on Israel to negotiate with the Palestinians.", {("USA", "ISR", "026")}),
    ("Japan urged Russia to resume negotiations.", {("JPN", "RUS", "026")}),
    ("China urged Japan to settle the dispute through dialogue.", {("CHN", "JPN", "027")}),
    ("The United States pressed China to resolve the dispute peacefully.", {("USA", "CHN", "027")}),
    ("Ukraine asked Turkey to mediate.", {("UKR", "TUR", "028")}),
    ("The European Union urged Ukraine to reform its judiciary.", {("IGOEUREEC", "UKR", "024")}),
    ("Obama called on Poroshenko to resign.", {("USA", "UKR", "0241")}),
    ("Merkel urged Russia to reconsider its decision.", {("DEU", "RUS", "0242")}),
    ("Kerry urged China to support the resolution.", {("USA", "CHN", "022")}),
    ("Ukraine asked NATO to support its bid.", {("UKR", "IGOWSTNAT", "022")}),
    ("Ukraine asked Germany to help.", {("UKR", "DEU", "023")}),
    ("Kerry asked Russia to help.", {("USA", "RUS", "023")}),
    ("The United States asked Russia to extradite Snowden.", {("USA", "RUS", "0213")}),
    ("Abe invited China to invest in Japan.", {("JPN", "CHN", "0211")}),
    ("Ukraine asked the International Monetary Fund for loans.", {("UKR", "IGOIMF", "0231")}),
    ("Kiev appealed to NATO for weapons.", {("UKR", "IGOWSTNAT", "0232")}),
    ("Mali asked France for protection.", {("MLI", "FRA", "0234")}),
    ("Japan appealed to the United Nations for peacekeepers.", {("JPN", "IGOUNO", "0234")}),
    ("Ukraine sought aid from the European Union.", {("UKR", "IGOEUREEC", "023")}),
    ("Ukraine requested assistance from Poland.", {("UKR", "POL", "023")}),
    ("Ukraine asked the United States for military aid.", {("UKR", "USA", "023")}),
    ("Japan sought support from the United States.", {("JPN", "USA", "022")}),
    ("Japan called for the release of the fishermen by Russia.", {("JPN", "RUS", "0253")}),
    ("Japan urged restraint on Russia.", {("JPN", "RUS", "0256")}),
    ("Japan called for talks with Russia.", {("JPN", "RUS", "026")}),
    ("China called for a peaceful solution with Japan.", {("CHN", "JPN", "027")}),
    ("Ukraine called for mediation by the European Union.", {("UKR", "IGOEUREEC", "028")}),
    ("The European Union called for reform in Ukraine.", {("IGOEUREEC", "UKR", "024")}),
    ("Japan urged Russia on Tuesday.", {("JPN", "RUS", "020")}),
    ("The Kremlin urged Ukraine to show restraint.", {("RUS", "UKR", "0256")}),
    ("Japan called on Russia to act responsibly.", {("JPN", "RUS", "020")}),
    ("Ukraine pleaded with Germany.", {("UKR", "DEU", "020")}),
    ("Japan's appeal to Russia went unanswered.", {("JPN", "RUS", "020")}),
    ("Ukraine made an appeal to the United Nations.", {("UKR", "IGOUNO", "020")}),
    ("Japan's call on Russia was rejected.", {("JPN", "RUS", "020")}),
    # ---------------------------------------------------------------- 03 intent to cooperate
    ("Russia agreed to release the Japanese fishermen.", {("RUS", "JPN", "0353")}),
    ("Russia agreed to free the Ukrainian pilot.", {("RUS", "UKR", "0353")}),
    ("The European Union agreed to lift sanctions on Iran.", {("IGOEUREEC", "IRN", "0354")}),
    ("Putin promised to ease sanctions on Ukraine.", {("RUS", "UKR", "0354")}),
    ("Russia agreed to withdraw its troops from Ukraine.", {("RUS", "UKR", "0356")}),
    ("Russia pledged to respect the ceasefire with Ukraine.", {("RUS", "UKR", "0356")}),
    ("Russia and Ukraine agreed to a ceasefire.", {("RUS", "UKR", "0356"), ("UKR", "RUS", "0356")}),
    ("Russia agreed to a ceasefire with Ukraine.", {("RUS", "UKR", "0356")}),
    ("Russia and Ukraine agreed on a truce.", {("RUS", "UKR", "0356"), ("UKR", "RUS", "0356")}),
    ("Japan and Russia agreed to resume talks.", {("JPN", "RUS", "036"), ("RUS", "JPN", "036")}),
    ("Putin agreed to meet Abe in November.", {("RUS", "JPN", "036")}),
    ("Japan offered to host talks between Russia and Ukraine.", {("JPN", "RUS", "036"), ("JPN", "UKR", "036")}),
    ("Russia proposed talks with Japan.", {("RUS", "JPN", "036")}),
    ("Abe accepted an invitation from Putin.", {("JPN", "RUS", "036")}),
    ("Abe invited Putin for talks.", {("JPN", "RUS", "036")}),
    ("Obama invited Abe to the White House.", {("USA", "JPN", "036")}),
    ("Abe extended an invitation to Putin.", {("JPN", "RUS", "036")}),
    ("China and Japan agreed to settle the dispute peacefully.", {("CHN", "JPN", "037"), ("JPN", "CHN", "037")}),
    ("Turkey offered to mediate between Russia and Ukraine.", {("TUR", "RUS", "039"), ("TUR", "UKR", "039")}),
    ("Turkey offered mediation between Russia and Ukraine.", {("TUR", "RUS", "039"), ("TUR", "UKR", "039")}),
    ("Russia pledged to support China at the United Nations.", {("RUS", "CHN", "032")}),
    ("Russia offered support to Syria.", {("RUS", "SYR", "032")}),
    ("China promised to invest in Russia.", {("CHN", "RUS", "0311")}),
    ("Japan pledged to help Ukraine.", {("JPN", "UKR", "033")}),
    ("Russia pledged to assist Syria.", {("RUS", "SYR", "033")}),
    ("China offered help to Japan after the tsunami.", {("CHN", "JPN", "033")}),
    ("Japan offered loans to Ukraine.", {("JPN", "UKR", "0331")}),
    ("Japan pledged money to Ukraine.", {("JPN", "UKR", "0331")}),
    ("The United States pledged weapons to Ukraine.", {("USA", "UKR", "0332")}),
    ("France offered protection to Mali.", {("FRA", "MLI", "0334")}),
    ("Germany promised to work with France on the crisis.", {("DEU", "FRA", "030")}),
    ("Japan and China agreed to cooperate on pollution.", {("CHN", "JPN", "030"), ("JPN", "CHN", "030")}),
    ("Russia offered Ukraine a discount on gas.", {("RUS", "UKR", "030")}),
    ("Japan's offer to Russia was welcomed.", {("JPN", "RUS", "030")}),
    # ---------------------------------------------------------------- 04 consult
    ("Abe met Putin on the sidelines of the APEC summit.", {("JPN", "RUS", "044")}),
    ("Xi Jinping and Abe met on the sidelines of the G20 summit.", {("CHN", "JPN", "044"), ("JPN", "CHN", "044")}),
    ("Kerry talked with Lavrov on the margins of the conference.", {("USA", "RUS", "044")}),
    ("Egypt brokered a ceasefire between Israel and Hamas.", {("EGY", "ISR", "045"), ("EGY", "PSE", "045")}),
    ("Turkey mediated between Russia and Ukraine.", {("TUR", "RUS", "045"), ("TUR", "UKR", "045")}),
    ("Switzerland acted as a mediator between Russia and Ukraine.", {("CHE", "RUS", "045"), ("CHE", "UKR", "045")}),
    ("Turkey's mediation between Russia and Ukraine failed.", {("TUR", "RUS", "045"), ("TUR", "UKR", "045")}),
    # (a call is a two-party act, coded both ways like a meeting)
    ("Putin spoke with Obama by phone on Friday.", {("RUS", "USA", "041"), ("USA", "RUS", "041")}),
    ("Merkel talked to Putin by telephone.", {("DEU", "RUS", "041"), ("RUS", "DEU", "041")}),
    ("Obama spoke to Putin on the phone.", {("USA", "RUS", "041"), ("RUS", "USA", "041")}),
    ("Putin had a phone call with Obama.", {("RUS", "USA", "041"), ("USA", "RUS", "041")}),
    ("Merkel held a telephone conversation with Putin.", {("DEU", "RUS", "041"), ("RUS", "DEU", "041")}),
    ("Obama spoke with Xi Jinping about North Korea.", {("USA", "CHN", "040")}),
    ("Obama and Putin spoke on Tuesday.", {("RUS", "USA", "040"), ("USA", "RUS", "040")}),
    ("Japan consulted the United States on the issue.", {("JPN", "USA", "040")}),
    ("Russia consulted with China.", {("RUS", "CHN", "040")}),
    ("Japan exchanged views with China on North Korea.", {("JPN", "CHN", "040")}),
    ("Kerry briefed Merkel on the talks.", {("USA", "DEU", "040")}),
    ("Abe held a meeting with Putin in Moscow.", {("JPN", "RUS", "040")}),
    ("Obama and Xi Jinping held a summit in California.", {("CHN", "USA", "040"), ("USA", "CHN", "040")}),
    ("The summit between Abe and Putin was postponed.", {("JPN", "RUS", "040"), ("RUS", "JPN", "040")}),
    ("Talks between Russia and Japan resumed on Monday.", {("JPN", "RUS", "046"), ("RUS", "JPN", "046")}),
    ("Japan engaged in talks with Russia over the islands.", {("JPN", "RUS", "046"), ("RUS", "JPN", "046")}),
    ("Japan's negotiations with Russia stalled.", {("JPN", "RUS", "046"), ("RUS", "JPN", "046")}),
    ("Abe's visit to Moscow was cancelled.", {("JPN", "RUS", "042")}),
    ("Kerry made a trip to China last week.", {("USA", "CHN", "042")}),
    ("Japan paid a visit to Russia.", {("JPN", "RUS", "042")}),
    ("The visit by Putin to Japan was postponed.", {("RUS", "JPN", "042")}),
    ("Putin received a delegation from Japan.", {("RUS", "JPN", "043")}),
    ("China welcomed a delegation from Vietnam.", {("CHN", "VNM", "043")}),
    # ---------------------------------------------------------------- 05 diplomatic cooperation
    ("Merkel welcomed the decision by China to cut tariffs.", {("DEU", "CHN", "051")}),
    ("Russia welcomed the move by Japan.", {("RUS", "JPN", "051")}),
    ("Japan hailed the agreement with Russia.", {("JPN", "RUS", "051")}),
    ("Kerry praised Russia's decision to withdraw troops.", {("USA", "RUS", "051")}),
    ("Obama praised Japan for its support.", {("USA", "JPN", "051")}),
    ("Putin congratulated Poroshenko on his election victory.", {("RUS", "UKR", "051")}),
    ("Abe thanked Obama for his support.", {("JPN", "USA", "051")}),
    ("The European Union applauded Ukraine's reforms.", {("IGOEUREEC", "UKR", "051")}),
    ("The United States endorsed Japan's bid.", {("USA", "JPN", "051")}),
    ("Merkel lauded Poland.", {("DEU", "POL", "051")}),
    ("Japan expressed support for Ukraine.", {("JPN", "UKR", "051")}),
    ("China voiced solidarity with Russia.", {("CHN", "RUS", "051")}),
    ("Abe expressed gratitude to the United States.", {("JPN", "USA", "051")}),
    ("Russia backed China over the islands.", {("RUS", "CHN", "051")}),
    ("China supported Russia at the United Nations.", {("CHN", "RUS", "051")}),
    ("Japan stood by the United States.", {("JPN", "USA", "051")}),
    ("The United States threw its weight behind Ukraine.", {("USA", "UKR", "051")}),
    ("China sided with Russia on Syria.", {("CHN", "RUS", "051")}),
    ("Lavrov defended Syria at the United Nations.", {("RUS", "SYR", "052")}),
    ("China stood up for Russia in the Security Council.", {("CHN", "RUS", "052")}),
    ("Putin defended Syria.", {("RUS", "SYR", "052")}),
    ("Russia rallied support for Syria at the United Nations.", {("RUS", "SYR", "053")}),
    ("China mustered support for Russia.", {("CHN", "RUS", "053")}),
    ("France lobbied for Ukraine in Brussels.", {("FRA", "UKR", "053")}),
    ("Japan strengthened ties with India.", {("JPN", "IND", "050")}),
    ("Japan normalized relations with China.", {("JPN", "CHN", "050")}),
    ("Japan and China restored ties in 1972.", {("CHN", "JPN", "050"), ("JPN", "CHN", "050")}),
    ("China established diplomatic relations with South Sudan.", {("CHN", "SSD", "054")}),
    ("Japan recognized South Sudan in 2011.", {("JPN", "SSD", "054")}),
    ("The United States recognized the new government of Libya.", {("USA", "LBY", "054")}),
    ("Russia's recognition of Kosovo angered Serbia.", {("RUS", "XKX", "054")}),
    ("Japan apologized to South Korea.", {("JPN", "KOR", "055")}),
    ("Abe offered an apology to China.", {("JPN", "CHN", "055")}),
    ("Japan's apology to China was welcomed.", {("JPN", "CHN", "055")}),
    ("Japan expressed regret to South Korea over the incident.", {("JPN", "KOR", "055")}),
    ("China forgave Japan for the war.", {("CHN", "JPN", "056")}),
    ("Japan forgave the United States.", {("JPN", "USA", "056")}),
    ("Japan and Russia signed a peace treaty.", {("JPN", "RUS", "057"), ("RUS", "JPN", "057")}),
    ("China signed a trade agreement with Australia.", {("CHN", "AUS", "057"), ("AUS", "CHN", "057")}),
    ("Russia inked a gas deal with China.", {("RUS", "CHN", "057"), ("CHN", "RUS", "057")}),
    ("Russia concluded an agreement with Ukraine.", {("RUS", "UKR", "057"), ("UKR", "RUS", "057")}),
]


@pytest.mark.parametrize("sentence, expected", CASES)
def test_rules(code, sentence, expected):
    got = {(e.source_country, e.target_country, e.cameo) for e in code(sentence)}
    assert got == expected


# Sentences that must give no event of roots 01-05 (other roots' rules may code them).
NEGATIVES = [
    "Japan recognized the need for closer ties.",
    "Obama called for calm.",
    "Japan's call for talks was rejected by Russia.",
    "China supported the resolution.",
    "Russia backed down.",
    "Kerry spoke to reporters in Moscow.",
    "China expressed hope for peace.",
    "Japan signed the bill into law.",
    "Japanese officials praised the weather.",
    "Obama asked Putin about Ukraine.",
    "China pressed ahead with the project.",
    "The Kremlin urged restraint.",
    "Putin agreed that the talks were useful.",
    "Japan's appeal angered Russia.",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_no_event_of_roots_01_05(code, sentence):
    # events whose target has no country (e.g. "reporters" -> ---MED) do not enter dyad analysis
    got = {(e.source_country, e.target_country, e.cameo) for e in code(sentence)
           if e.cameo_root in ("01", "02", "03", "04", "05") and e.target_country is not None}
    assert got == set()


def test_phone_call_is_not_an_appeal(code):
    assert {(e.source, e.target, e.cameo) for e in code("Putin called Obama on Friday.")} == {("RUSGOV", "USAGOV", "041")}


def test_welcome_with_an_actor_object_stays_hosting(code):
    assert {(e.source_country, e.target_country, e.cameo) for e in code("Merkel welcomed Putin to Berlin.")} == {("DEU", "RUS", "043")}


def test_appeal_consumes_its_complement(code):
    events = code("Obama called on Russia to withdraw its troops from Crimea.")
    assert {e.cameo for e in events} == {"0256"}
    assert {e.rule for e in events} == {"appeal.deescalate"}
