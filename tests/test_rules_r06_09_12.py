"""Event rules for CAMEO roots 06 (material cooperation), 07 (provide aid), 08 (yield),
09 (investigate) and 12 (reject): rules/r06_09_12.yaml. Sentences written for these tests."""

import pytest

MY_ROOTS = {"06", "07", "08", "09", "12"}


@pytest.mark.parametrize("sentence, expected", [
    # ------------------------------------------------------------ 06 material cooperation
    ("China cooperated with Russia on the pipeline project.", {("CHN", "RUS", "060")}),
    ("Japanese and Indian officials will collaborate on defence technology.",
     {("JPN", "IND", "031"), ("IND", "JPN", "031")}),
    # announced future cooperation is coded as the intent to cooperate (CAMEO 031x), mode planned
    ("Japan and India will expand cooperation in defence.", {("JPN", "IND", "031"), ("IND", "JPN", "031")}),
    ("Russia boosted trade with China last year.", {("RUS", "CHN", "061")}),
    ("Chinese companies invested $5 billion in Venezuela.", {("CHN", "VEN", "061")}),
    ("China will invest heavily in Pakistan.", {("CHN", "PAK", "0311")}),
    ("Russia held joint military exercises with China in the Sea of Japan.", {("RUS", "CHN", "062")}),
    ("Chinese and Russian warships began joint naval drills on Tuesday.",
     {("CHN", "RUS", "062"), ("RUS", "CHN", "062")}),
    ("The United States launched military drills with Poland.", {("USA", "POL", "062")}),
    ("Japan conducted naval exercises with India off the coast of Chennai.", {("JPN", "IND", "062")}),
    ("Russian troops took part in exercises with Belarus.", {("RUS", "BLR", "062")}),
    ("Japan participated in naval drills with India.", {("JPN", "IND", "062")}),
    ("Joint naval drills between China and Russia began on Monday.", {("CHN", "RUS", "062"), ("RUS", "CHN", "062")}),
    ("The United States trained Ukrainian soldiers in western Ukraine.", {("USA", "UKR", "062")}),
    ("Thailand extradited the Russian suspect to Russia.", {("THA", "RUS", "063")}),
    ("Spain extradited a Russian businessman on Friday.", {("ESP", "RUS", "063")}),
    ("Kazakhstan handed over the suspect to Russian authorities.", {("KAZ", "RUS", "063")}),
    ("The United States shared intelligence with Japan about the North Korean missile.", {("USA", "JPN", "064")}),
    ("The United States provided Japan with intelligence.", {("USA", "JPN", "064")}),
    ("Japan and South Korea exchanged information on North Korea.", {("JPN", "KOR", "064"), ("KOR", "JPN", "064")}),
    # ------------------------------------------------------------ 07 provide aid
    ("Russia supplied weapons to the Syrian government.", {("RUS", "SYR", "072")}),
    ("The United States sold arms to Taiwan.", {("USA", "TWN", "072")}),
    ("The United States is arming Syrian rebels.", {("USA", "SYR", "072")}),
    ("The United States provided Ukraine with weapons.", {("USA", "UKR", "072")}),
    ("Japan donated food to North Korea.", {("JPN", "PRK", "073")}),
    ("Japan supplied Syria with food.", {("JPN", "SYR", "073")}),
    ("The Japanese coast guard rescued Chinese fishermen.", {("JPN", "CHN", "073")}),
    ("China lent Venezuela $5 billion.", {("CHN", "VEN", "071")}),
    ("Japan extended a $1 billion loan to India.", {("JPN", "IND", "071")}),
    ("The IMF provided Ukraine with a loan.", {("IGOIMF", "UKR", "071")}),
    ("China's $5 billion loan to Venezuela was its largest.", {("CHN", "VEN", "071")}),
    ("The European Union provided 1 billion euros to Ukraine.", {("IGOEUREEC", "UKR", "070")}),
    ("Japan provided humanitarian aid to the Philippines.", {("JPN", "PHL", "073")}),  # the modifier pins 073
    ("Japan's aid to Nepal rose sharply.", {("JPN", "NPL", "070")}),
    ("The European Union provided Ukraine with aid.", {("IGOEUREEC", "UKR", "070")}),
    ("Russia sent assistance to Serbia after the floods.", {("RUS", "SRB", "070")}),
    ("Russia helped Syria during the war.", {("RUS", "SYR", "070")}),
    ("Germany sent peacekeepers to Mali.", {("DEU", "MLI", "074")}),
    ("Russia granted asylum to the Ukrainian pilot.", {("RUS", "UKR", "075")}),
    # ------------------------------------------------------------ 08 yield
    ("The European Union lifted sanctions on Iran.", {("IGOEUREEC", "IRN", "085")}),
    ("The United States eased its embargo against Cuba.", {("USA", "CUB", "085")}),
    ("Sanctions against Iran were lifted by the European Union.", {("IGOEUREEC", "IRN", "085")}),
    ("Tokyo lifted the ban on Chinese imports.", {("JPN", "CHN", "085")}),
    ("The United States lifted Iran sanctions.", {("USA", "IRN", "085")}),
    ("The United States unfroze Iranian assets.", {("USA", "IRN", "085")}),
    ("Japan eased restrictions on Chinese tourists.", {("JPN", "CHN", "081")}),
    ("Israel eased the blockade of Gaza.", {("ISR", "PSE", "0872")}),
    ("Russia released the Ukrainian pilot.", {("RUS", "UKR", "0841")}),
    ("Iran freed three American sailors on Sunday.", {("IRN", "USA", "0841")}),
    ("Russia freed the crew of the Japanese trawler.", {("RUS", "JPN", "0841")}),
    ("The Ukrainian pilot was released by Russia.", {("RUS", "UKR", "0841")}),
    ("Russia did not release the Ukrainian pilot.", {("RUS", "UKR", "0841")}),  # mode: negated
    ("Russia announced the release of the Ukrainian pilot.", {("RUS", "UKR", "0841")}),
    ("Russia and Ukraine exchanged prisoners on Saturday.", {("RUS", "UKR", "0841"), ("UKR", "RUS", "0841")}),
    ("Ukraine handed over the bodies to Russia.", {("UKR", "RUS", "0841")}),
    ("Russia will never return the islands to Japan.", {("RUS", "JPN", "1243")}),  # a refusal: root 12
    ("Japan paid compensation to China.", {("JPN", "CHN", "0842")}),
    ("Russia withdrew its troops from Ukraine.", {("RUS", "UKR", "0874")}),
    ("Russia announced the withdrawal of its troops from Ukraine.", {("RUS", "UKR", "0874")}),
    ("Russian troops retreated from Ukraine.", {("RUS", "UKR", "0874")}),
    ("Ukrainian soldiers surrendered to Russian forces.", {("UKR", "RUS", "0874")}),
    ("Ukraine declared a ceasefire with Russia.", {("UKR", "RUS", "0871")}),
    ("Poroshenko announced a ceasefire with Russia.", {("UKR", "RUS", "0871")}),
    ("Israel halted airstrikes on Gaza.", {("ISR", "PSE", "087")}),
    ("Kiev bowed to pressure from Moscow.", {("UKR", "RUS", "080")}),
    ("Greece caved in to EU demands.", {("GRC", "IGOEUREEC", "080")}),
    ("Ukraine made concessions to Russia.", {("UKR", "RUS", "080")}),
    ("Iran granted access to IAEA inspectors.", {("IRN", "IGOIAEA", "0862")}),
    ("Iran allowed inspectors from the IAEA into the site.", {("IRN", "IGOIAEA", "0862")}),
    # ------------------------------------------------------------ 09 investigate
    ("Ukraine investigated the killing of a Russian journalist.", {("UKR", "RUS", "091")}),
    ("Japan investigated human rights abuses by North Korea.", {("JPN", "PRK", "092")}),
    ("The Netherlands is investigating the crash of the Malaysian airliner.", {("NLD", "MYS", "093")}),
    ("Ukraine probed the shelling of Russian territory.", {("UKR", "RUS", "093")}),
    ("The United Nations will investigate the massacre of Syrian civilians.", {("IGOUNO", "SYR", "094")}),
    ("Russia investigated Ukrainian officials for corruption.", {("RUS", "UKR", "090")}),
    ("The United Nations launched an investigation into Syrian chemical attacks.", {("IGOUNO", "SYR", "090")}),
    ("The European Union opened an inquiry into Gazprom.", {("IGOEUREEC", "RUS", "090")}),
    ("Japanese prosecutors are looking into Russian involvement.", {("JPN", "RUS", "090")}),
    # ------------------------------------------------------------ 12 reject
    ("Iran rejected the European Union's proposal.", {("IRN", "IGOEUREEC", "120")}),
    ("Russia rejected Ukraine's peace plan.", {("RUS", "UKR", "127")}),
    ("Russia spurned Ukraine's offer.", {("RUS", "UKR", "120")}),
    ("Ukraine turned down Russia's offer of gas.", {("UKR", "RUS", "120")}),
    # the content of the request names the kind: talks refused are 125
    ("Japan rejected China's request for talks.", {("JPN", "CHN", "125")}),
    ("Kiev's rejection of Moscow's proposal angered the Kremlin.", {("UKR", "RUS", "120")}),
    ("Russia refused to recognize the Ukrainian government.", {("RUS", "UKR", "120")}),
    ("Russia refused to cooperate with Ukraine on gas.", {("RUS", "UKR", "121")}),
    ("Germany refused to send weapons to Ukraine.", {("DEU", "UKR", "122")}),
    ("Russia refused to release the Ukrainian pilot.", {("RUS", "UKR", "1243")}),
    ("The European Union refused to lift sanctions on Russia.", {("IGOEUREEC", "RUS", "1244")}),
    ("Iran refused to allow IAEA inspectors into the site.", {("IRN", "IGOIAEA", "1245")}),
    ("Russia refused to withdraw its troops from Ukraine.", {("RUS", "UKR", "1246")}),
    ("Ukraine rejected talks with Russia.", {("UKR", "RUS", "125")}),
    ("Russia refused to meet Poroshenko.", {("RUS", "UKR", "125")}),
    ("Putin declined to meet Obama.", {("RUS", "USA", "125")}),
    ("Russia declined an invitation from NATO.", {("RUS", "IGOWSTNAT", "125")}),
    ("Putin rejected mediation by the European Union.", {("RUS", "IGOEUREEC", "126")}),
    ("Russia rejected a peace plan from Ukraine.", {("RUS", "UKR", "127")}),
    ("North Korea defied the United Nations.", {("PRK", "IGOUNO", "128")}),
    ("Iran defied U.S. sanctions.", {("IRN", "USA", "128")}),
    ("North Korea flouted U.N. resolutions.", {("PRK", "IGOUNO", "128")}),
    ("Russia vetoed a U.N. resolution on Syria.", {("RUS", "SYR", "129")}),
    ("China blocked a resolution on Syria.", {("CHN", "SYR", "129")}),
    # ------------------------------------------------------------ negatives: no event
    # unilateral drills near a neighbour are a show of force (150, rules r10_11_13_15), not cooperation
    ("Russia held exercises near the Ukrainian border.", {("RUS", "UKR", "150")}),
    ("Russia held military exercises near the Ukrainian border.", {("RUS", "UKR", "150")}),
    ("Russia released a statement on Ukraine.", set()),  # release of a statement, not of persons
    ("Japan released its annual defence report.", set()),
    ("Russia released photos of the Ukrainian jet.", set()),  # released information, not persons
    ("Putin returned to Moscow on Sunday.", set()),  # return without a returned object
    # leaving a treaty or deal is a rejection (r_extra's extra.reject.renege), not a military withdrawal
    ("Britain withdrew from the treaty.", {("GBR", None, "120")}),
    ("Russia withdrew from the Ukrainian gas deal.", {("RUS", "UKR", "120")}),
    ("The economy declined sharply in Russia.", set()),  # decline = fall
])
def test_rules(code, sentence, expected):
    got = {(e.source_country, e.target_country, e.cameo) for e in code(sentence)}
    assert got == expected


@pytest.mark.parametrize("sentence", [
    "Japan pledged aid to the Philippines.",  # intent to provide aid (03), not aid given
    "Russia offered to release the Ukrainian pilot.",  # intent to release (03)
    "The EU agreed to lift sanctions on Iran.",  # intent to ease sanctions (03)
    "Japan urged Russia to release the fishermen.",  # appeal (02)
    "The European Union suspended aid to Ukraine.",  # reducing aid (16), not giving it
])
def test_not_these_roots(code, sentence):
    """Wording owned by other roots must not be coded as cooperation, aid, yield, investigation or rejection."""
    assert not {e.cameo for e in code(sentence) if e.cameo[:2] in MY_ROOTS}


def test_modes(code):
    (e,) = code("Russia did not release the Ukrainian pilot.")
    assert (e.cameo, e.mode) == ("0841", "negated")
    (e,) = code("Japan may lift sanctions on Russia next year.")
    assert (e.cameo, e.mode) == ("085", "hypothetical")
    (e,) = code("Russia refused to release the Ukrainian pilot.")
    assert (e.cameo, e.mode, e.rule) == ("1243", "asserted", "reject.refuse_release")
