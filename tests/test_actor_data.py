"""Actor coding of realistic news sentences against the shipped dictionary data.

Covers countries (names, demonyms, capitals, seats of power), role terms of every CAMEO agent
code, office holders on dated terms, international organisations, companies and media.
"""

from datetime import date

import pytest

D = date(2015, 6, 1)


COUNTRIES = [
    ("Russia and Japan signed a fisheries agreement on Tuesday.", ["RUS", "JPN"], D),
    ("The Russian Federation rejected the claim as groundless.", ["RUS"], D),
    ("Britain and the United States issued a joint statement.", ["GBR", "USA"], D),
    ("Tokyo lodged a formal protest with Beijing over the incident.", ["JPN", "CHN"], D),
    ("Moscow accused Kyiv of breaking the ceasefire.", ["RUS", "UKR"], D),
    ("The Kremlin said talks with Washington had stalled.", ["RUSGOV", "USA"], D),
    ("The White House welcomed the decision.", ["USAGOV"], D),
    ("Downing Street declined to comment on the report.", ["GBRGOV"], D),
    ("The Elysee said Paris would send humanitarian aid.", ["FRAGOV", "FRA"], D),
    ("The Blue House said Seoul had not been consulted.", ["KORGOV", "KOR"], D),
    ("Ankara and Riyadh welcomed the visit from New Delhi.", ["TUR", "SAU", "IND"], D),
    ("Germans and Italians go to the polls on Sunday.", ["DEU", "ITA"], D),
    ("Saudi Arabia and Iran agreed to restore diplomatic ties.", ["SAU", "IRN"], D),
    ("Canberra and Jakarta held talks on people smuggling.", ["AUS", "IDN"], D),
    ("Buenos Aires renewed its claim to the Falkland Islands.", ["ARG", "FLK"], D),
    ("Mexico and Brazil are the largest economies in the region.", ["MEX", "BRA"], D),
    ("Pretoria hosted Canadian and Turkish envoys.", ["ZAF", "CANGOV", "TURGOV"], D),
    ("North Korea fired two ballistic missiles on Friday, Seoul said.", ["PRK", "KOR"], D),
    ("Palestinians in Gaza marked the anniversary.", ["PSE", "PSE"], D),
    ("The DPRK warned the ROK against holding the drills.", ["PRK", "KOR"], D),
    ("Turkiye and Greece resumed talks in Athens.", ["TUR", "GRC", "GRC"], D),
    ("U.K. and U.S. officials met in Brussels.", ["GBRGOV", "USAGOV", "BEL"], D),
]

ROLES = [
    # GOV
    ("The Japanese Foreign Ministry summoned the Chinese ambassador.", ["JPNGOV", "CHNGOV"], D),
    ("Russia's interior minister said the attack had been foiled.", ["RUSGOV"], D),
    ("The Indian finance ministry cut its growth forecast.", ["INDGOV"], D),
    ("Japan's Chief Cabinet Secretary Yoshihide Suga told a news conference.", ["JPNGOV"], D),
    ("Britain's Home Office tightened visa rules.", ["GBRGOV"], D),
    ("The South Korean unification ministry proposed new talks.", ["KORGOV"], D),
    ("The Turkish central bank raised interest rates.", ["TURGOV"], D),
    ("The Vice Foreign Minister of China met a Russian delegation.", ["CHNGOV", "RUSGOV"], D),
    # MIL
    ("Chinese naval vessels entered the disputed waters.", ["CHNMIL"], D),
    ("North Korean warships approached the coast of Japan.", ["PRKMIL", "JPN"], D),
    ("The Russian Black Sea Fleet began exercises.", ["RUSMIL"], D),
    ("Iran's Revolutionary Guards seized a British-flagged tanker.", ["IRNMIL", "GBR"], D),
    ("Japan's Maritime Self-Defense Force joined the drills.", ["JPNMIL"], D),
    ("U.S. Marines landed on the island.", ["USAMIL"], D),
    ("Indian Army commanders met their Chinese counterparts.", ["INDMIL", "CHNGOV"], D),
    ("The Russian Defence Ministry spokesman denied the report.", ["RUSMIL"], D),
    ("Ukrainian air defence forces shot down Russian drones.", ["UKRMIL", "RUSMIL"], D),
    ("Australian warplanes joined the coalition.", ["AUSMIL"], D),
    # COP
    ("Chinese riot police dispersed the crowd.", ["CHNCOP"], D),
    ("Russian border guards detained the vessel.", ["RUSCOP"], D),
    ("Turkish security forces raided the building.", ["TURCOP"], D),
    ("The Japan Coast Guard warned the fishing boats to leave.", ["JPNCOP", "---CVL"], D),
    # JUD
    ("Brazil's Supreme Court ruled on the case.", ["BRAJUD"], D),
    ("South Korea's Constitutional Court upheld the impeachment.", ["KORJUD"], D),
    ("Russian state prosecutors demanded a nine-year sentence.", ["RUSJUD"], D),
    ("An Argentine judge ordered the arrest.", ["ARGJUD"], D),
    # LEG
    ("The U.S. Senate passed the sanctions bill.", ["USALEG"], D),
    ("Germany's Bundestag approved the deployment.", ["DEULEG"], D),
    ("Indian lawmakers debated the bill.", ["INDLEG"], D),
    ("The Ukrainian parliament voted to dismiss him.", ["UKRLEG"], D),
    # OPP
    ("Venezuelan opposition leaders called for a strike.", ["VENOPP"], D),
    ("Chinese dissidents fled to Taiwan.", ["CHNOPP", "TWN"], D),
    # REB
    ("Syrian rebels withdrew from the town.", ["SYRREB"], D),
    ("Colombian guerrillas laid down their arms.", ["COLREB"], D),
    ("Militants attacked an army checkpoint.", ["---REB", "---MIL"], D),
    # SPY
    ("South Korea's National Intelligence Service briefed South Korean lawmakers.", ["KORSPY", "KORLEG"], D),
    ("Russian intelligence agencies were blamed for the hack.", ["RUSSPY"], D),
    # BUS
    ("Japanese automakers warned of lower profits.", ["JPNBUS"], D),
    ("Chinese state-owned companies won the contracts.", ["CHNBUS"], D),
    # MED
    ("Chinese state media reported the visit.", ["CHNMED"], D),
    ("Russian state television aired the interview.", ["RUSMED"], D),
    # EDU
    ("Hong Kong students boycotted classes.", ["HKGEDU"], D),
    ("Iranian scientists resumed work at the site.", ["IRNEDU"], D),
    # HLH
    ("Cuban doctors arrived to help fight the epidemic.", ["CUBHLH"], D),
    # HRI
    ("Egyptian human rights groups condemned the verdict.", ["EGYHRI"], D),
    ("Amnesty International called for an inquiry.", ["---HRI"], D),
    # LAB
    ("French trade unions called a national strike.", ["FRALAB"], D),
    ("South African miners marched on Pretoria.", ["ZAFLAB", "ZAF"], D),
    # NGO
    ("The International Committee of the Red Cross visited the prisoners.", ["---NGO"], D),
    ("Aid agencies warned of famine.", ["---NGO"], D),
    # REF
    ("Syrian refugees crossed into Jordan.", ["SYRREF", "JOR"], D),
    ("Asylum seekers were moved to a camp in France.", ["---REF", "FRA"], D),
    # REL
    ("Iranian clerics criticised the deal.", ["IRNREL"], D),
    ("The Russian Orthodox Church backed the law.", ["RUSREL"], D),
    # CVL
    ("Palestinian civilians fled the fighting.", ["PSECVL"], D),
    ("Japanese nationals were advised to leave Libya.", ["JPNCVL", "LBY"], D),
    # CRM
    ("Somali pirates hijacked a cargo ship.", ["SOMCRM"], D),
    ("Mexican drug cartels control the border crossings.", ["MEXCRM"], D),
    # ELI
    ("Russian oligarchs were hit by new sanctions.", ["RUSELI"], D),
    # UAF
    ("Gunmen attacked a checkpoint in Kabul.", ["---UAF", "AFG"], D),
    # SET
    ("Israeli settlers clashed with Palestinian villagers.", ["ISRSET", "PSECVL"], D),
    # AGR
    ("Indian farmers blocked the highway.", ["INDAGR"], D),
    # ENV
    ("Australian environmentalists opposed the mine.", ["AUSENV"], D),
    # a word of field or rank between the country and its role term
    ("A Chinese trade delegation arrived in Kenya.", ["CHNGOV", "KEN"], D),
    ("A Russian peace envoy met Syrian opposition leaders.", ["RUSGOV", "SYROPP"], D),
    ("Chinese border guards detained two Indian soldiers.", ["CHNCOP", "INDMIL"], D),
]

PEOPLE = [
    ("Putin met Abe in Vladivostok.", ["RUSGOV", "JPNGOV"], date(2016, 9, 2)),
    ("Prime Minister Vladimir Putin visited the plant.", ["RUSGOV"], date(2010, 3, 1)),
    ("Medvedev signed the decree.", ["RUSGOV"], date(2010, 1, 1)),
    ("Lavrov met Kerry in Geneva.", ["RUSGOV", "USAGOV"], date(2014, 1, 10)),
    ("Shoigu inspected Russian troops in Syria.", ["RUSMIL", "RUSMIL", "SYR"], date(2016, 5, 1)),
    ("Defence Minister Prabowo Subianto visited Paris.", ["IDNMIL", "FRA"], date(2021, 6, 1)),
    ("President Prabowo Subianto visited Beijing.", ["IDNGOV", "CHN"], date(2025, 1, 1)),
    ("Kono said Japan would protest.", ["JPNGOV", "JPN"], date(2018, 5, 1)),
    ("Kono ordered the deployment.", ["JPNMIL"], date(2020, 3, 1)),
    ("Mukherjee flew to Washington for talks.", ["INDMIL", "USA"], date(2005, 6, 1)),
    ("Mukherjee addressed the nation.", ["INDGOV"], date(2014, 1, 26)),
    ("Hammond visited British troops in Afghanistan.", ["GBRMIL", "GBRMIL", "AFG"], date(2012, 6, 1)),
    ("Hammond called his Iranian counterpart.", ["GBRGOV", "IRNGOV"], date(2015, 6, 1)),
    ("Le Drian announced new arms sales.", ["FRAMIL"], date(2014, 6, 1)),
    ("Le Drian met Lavrov in Moscow.", ["FRAGOV", "RUSGOV", "RUS"], date(2019, 9, 9)),
    ("Steinmeier said Germany would mediate.", ["DEUGOV", "DEU"], date(2015, 2, 1)),
    ("Von der Leyen visited German soldiers in Mali.", ["DEUMIL", "DEUMIL", "MLI"], date(2016, 4, 1)),
    ("Bush and Blair met at Camp David.", ["USAGOV", "GBRGOV"], date(2003, 3, 27)),
    ("Rumsfeld defended the strategy.", ["USAMIL"], date(2004, 5, 1)),
    ("Gates flew to Kabul.", ["USAMIL", "AFG"], date(2009, 9, 1)),
    ("Pompeo briefed Trump on the intelligence.", ["USASPY", "USAGOV"], date(2017, 6, 1)),
    ("Pompeo met Kim Jong Un in Pyongyang.", ["USAGOV", "PRKGOV", "PRK"], date(2018, 10, 7)),
    ("Erdogan and Davutoglu attended the summit.", ["TURGOV", "TURGOV"], date(2015, 6, 1)),
    ("Fidan held talks in Damascus.", ["TURSPY", "SYR"], date(2015, 6, 1)),
    ("Fidan held talks in Damascus.", ["TURGOV", "SYR"], date(2024, 6, 1)),
    ("Akar said Turkish troops would stay.", ["TURMIL", "TURMIL"], date(2020, 6, 1)),
    ("Modi and Xi Jinping met in Wuhan.", ["INDGOV", "CHNGOV"], date(2018, 4, 27)),
    ("Parrikar approved the purchase of French jets.", ["INDMIL", "FRAMIL"], date(2016, 9, 1)),
    ("Lula visited Caracas.", ["BRAGOV", "VEN"], date(2005, 6, 1)),
    ("Amorim met Argentine defence chiefs.", ["BRAMIL", "ARGMIL"], date(2012, 6, 1)),
    ("Amorim met the Iranian foreign minister.", ["BRAGOV", "IRNGOV"], date(2010, 5, 1)),
    ("Trudeau and Sajjan announced the mission.", ["CANGOV", "CANMIL"], date(2017, 3, 1)),
    ("Morrison spoke with Albanese.", ["AUSGOV", "AUS"], date(2020, 1, 1)),  # Albanese not yet in office
    ("Foreign Minister Kevin Rudd visited Beijing.", ["AUSGOV", "CHN"], date(2011, 4, 1)),
    ("Kishida met Wang Yi in Tokyo.", ["JPNGOV", "CHNGOV", "JPN"], date(2014, 11, 1)),
    ("Onodera met U.S. Defense Secretary Jim Mattis.", ["JPNMIL", "USAMIL"], date(2018, 1, 1)),
    ("Zuma welcomed Mbeki to the meeting.", ["ZAFGOV", "ZAF"], date(2012, 6, 1)),  # Mbeki out of office
    ("Sisulu inspected South Africa's air force.", ["ZAFMIL", "ZAFMIL"], date(2010, 6, 1)),
    ("Sisulu met the Chinese foreign minister.", ["ZAFGOV", "CHNGOV"], date(2018, 9, 1)),
    ("Mohammed bin Salman visited the front.", ["SAUMIL"], date(2016, 1, 1)),
    ("Crown Prince Mohammed bin Salman met Biden.", ["SAUGOV", "USAGOV"], date(2022, 7, 15)),
    ("Jokowi met Macri in Buenos Aires.", ["IDNGOV", "ARGGOV", "ARG"], date(2017, 6, 1)),
    ("Taiana signed the agreement.", ["ARGGOV"], date(2008, 6, 1)),
    ("Taiana signed the agreement.", ["ARGMIL"], date(2022, 6, 1)),
    ("Pena Nieto and Cienfuegos attended the parade.", ["MEXGOV", "MEXMIL"], date(2015, 9, 16)),
    ("Renzi met Merkel in Berlin.", ["ITAGOV", "DEUGOV", "DEU"], date(2015, 6, 1)),
    ("Draghi was sworn in as Italy's prime minister.", ["ITAGOV", "ITAGOV"], date(2021, 2, 13)),
    ("Moon Jae-in and Song Young-moo visited the border.", ["KORGOV", "KORMIL"], date(2018, 1, 1)),
    ("Macron and Parly reviewed French troops.", ["FRAGOV", "FRAMIL", "FRAMIL"], date(2018, 7, 14)),
    ("Ban Ki-moon met the North Korean envoy.", ["KORGOV", "PRKGOV"], date(2005, 6, 1)),
    ("Japanese Defense Minister Gen Nakatani met Ashton Carter.", ["JPNMIL", "USAMIL"], date(2015, 6, 1)),
    ("Turkish Foreign Minister Mevlut Cavusoglu arrived in Moscow.", ["TURGOV", "RUS"], date(2016, 8, 1)),
    ("Chang Wanquan met his American counterpart.", ["CHNMIL", "USAGOV"], date(2015, 6, 1)),
    ("Japan's Emperor Akihito received the Chinese president.", ["JPNGOV", "CHNGOV"], date(2015, 6, 1)),
    ("Emperor Naruhito addressed Japan's parliament.", ["JPNGOV", "JPNLEG"], date(2020, 1, 20)),
    ("Hegseth ordered more U.S. warships to the region.", ["USAMIL", "USAMIL"], date(2025, 6, 1)),
    ("Sisi met Maduro in Cairo.", ["EGYGOV", "VENGOV", "EGY"], date(2016, 6, 1)),
    ("Khamenei praised Iran's Revolutionary Guards.", ["IRNGOV", "IRNMIL"], date(2015, 6, 1)),
]

IGOS = [
    ("The UNHCR said 2 million people had fled.", ["IGOUNOREF"], D),
    ("UNICEF warned of a cholera outbreak.", ["IGOUNOCEF"], D),
    ("The World Health Organization declared an emergency.", ["IGOUNOWHO"], D),
    ("The WFP suspended food deliveries.", ["IGOUNOWFP"], D),
    ("UNESCO listed the site as a world heritage site.", ["IGOUNOESC"], D),
    ("The FAO said food prices rose.", ["IGOUNOFAO"], D),
    ("The ILO reported rising unemployment.", ["IGOUNOILO"], D),
    ("OCHA appealed for funds.", ["IGOUNOCHA"], D),
    ("The International Criminal Court issued an arrest warrant.", ["IGOICC"], D),
    ("The ICJ ruled on the maritime dispute.", ["IGOICJ"], D),
    ("The Arab League suspended Syria.", ["IGOARL", "SYR"], D),
    ("The GCC summit opened in Kuwait.", ["IGOGCC", "KWT"], D),
    ("The Organization of American States condemned the coup.", ["IGOOAS"], D),
    ("Mercosur and the European Union concluded a trade deal.", ["IGOMRCS", "IGOEUREEC"], D),
    ("ECOWAS imposed sanctions on Niger.", ["IGOWAFECW", "NER"], D),
    ("SADC leaders met in Harare.", ["IGOSAFSAD", "ZWE"], D),
    ("The East African Community admitted South Sudan.", ["IGOEAFEAC", "SSD"], D),
    ("IGAD mediators arrived in Juba.", ["IGOEAFIGD", "SSD"], D),
    ("CSTO troops arrived in Kazakhstan.", ["IGOCSTO", "KAZ"], D),
    ("The Eurasian Economic Union lifted the ban.", ["IGOEAEU"], D),
    ("The Council of Europe criticised the law.", ["IGOEURCOE"], D),
    ("The European Commission fined Gazprom.", ["IGOEUREECCOM", "RUSBUS"], D),
    ("The European Parliament adopted a resolution.", ["IGOEUREECPAR"], D),
    ("The ECB kept interest rates unchanged.", ["IGOEUREECECB"], D),
    ("The OECD cut its global growth forecast.", ["IGOOECD"], D),
    ("The Asian Development Bank approved a loan to Pakistan.", ["IGOASDB", "PAK"], D),
    ("China launched the AIIB in 2015.", ["CHN", "IGOAIIB"], D),
    ("The EBRD invested in Ukraine.", ["IGOEBRD", "UKR"], D),
    ("Interpol issued a red notice.", ["IGOINTERPOL"], D),
    ("The OPCW confirmed the use of sarin.", ["IGOOPCW"], D),
    ("The IAEA inspectors left Iran.", ["IGOIAEA", "IRN"], D),
    ("NATO troops arrived in Estonia.", ["IGOWSTNAT", "EST"], D),
    ("ASEAN foreign ministers met in Kuala Lumpur.", ["IGOSEAASN", "MYS"], D),
    ("The Shanghai Cooperation Organisation admitted India and Pakistan.", ["IGOSCO", "IND", "PAK"], D),
    ("The African Union suspended Mali.", ["IGOAFRAFU", "MLI"], D),
    ("OPEC agreed to cut output.", ["IGOOPC"], D),
    ("The IMF approved a bailout for Greece.", ["IGOIMF", "GRC"], D),
    ("The International Energy Agency raised its demand forecast.", ["IGOIEA"], D),
    ("The International Organization for Migration counted the arrivals.", ["IGOUNOIOM"], D),
    ("The Organisation of Islamic Cooperation met in Istanbul.", ["IGOOIC"], D),
    ("The UN General Assembly adopted the resolution.", ["IGOUNOGA"], D),
    ("UN Secretary-General Ban Ki-moon condemned the attack.", ["IGOUNO"], date(2010, 6, 1)),
    ("The Paris Club agreed to reschedule the debt.", ["IGOPAR"], D),
]

COMPANIES = [
    ("Gazprom cut gas supplies to Ukraine.", ["RUSBUS", "UKR"], D),
    ("Gazprom officials met the Chinese delegation.", ["RUSBUS", "CHNGOV"], D),
    ("Rosneft and ExxonMobil signed an Arctic deal.", ["RUSBUS", "USABUS"], D),
    ("Lukoil sold its stake to Novatek.", ["RUSBUS", "RUSBUS"], D),
    ("Rosatom will build the plant.", ["RUSBUS"], D),
    ("Aeroflot suspended flights to Cairo.", ["RUSBUS", "EGY"], D),
    ("Sberbank and VTB were added to the sanctions list.", ["RUSBUS", "RUSBUS"], D),
    ("Toyota and Honda recalled millions of cars.", ["JPNBUS", "JPNBUS"], D),
    ("Mitsui and Mitsubishi hold stakes in Sakhalin-2.", ["JPNBUS", "JPNBUS"], D),
    ("Marubeni and Itochu bid for the project.", ["JPNBUS", "JPNBUS"], D),
    ("JOGMEC and Inpex signed the agreement.", ["JPNBUS", "JPNBUS"], D),
    ("Sinopec and CNPC increased imports.", ["CHNBUS", "CHNBUS"], D),
    ("PetroChina and CNOOC reported higher profits.", ["CHNBUS", "CHNBUS"], D),
    ("Huawei and ZTE were barred from the network.", ["CHNBUS", "CHNBUS"], D),
    ("Saudi Aramco signed a supply deal with Reliance.", ["SAUBUS", "INDBUS"], D),
    ("Chevron and Shell pulled out of the venture.", ["USABUS", "GBRBUS"], D),
    ("BP and TotalEnergies announced write-downs.", ["GBRBUS", "FRABUS"], D),
    ("Eni and Equinor drilled in the Barents Sea.", ["ITABUS", "NORBUS"], D),
    ("Statoil changed its name.", ["NORBUS"], D),
    ("Boeing and Airbus competed for the order.", ["USABUS", "FRABUS"], D),
    ("Lockheed Martin won a Pentagon contract.", ["USABUS", "USAGOV"], D),
    ("Samsung and Hyundai invested in Vietnam.", ["KORBUS", "KORBUS", "VNM"], D),
    ("Tata bought the steelworks.", ["INDBUS"], D),
    ("Petrobras and Vale shares fell.", ["BRABUS", "BRABUS"], D),
    ("Pemex reported record losses.", ["MEXBUS"], D),
    ("Naftogaz said transit would continue.", ["UKRBUS"], D),
    ("Rheinmetall will supply Ukraine.", ["DEUBUS", "UKR"], D),
    ("Sonatrach raised gas prices for Eni.", ["DZABUS", "ITABUS"], D),
]

MEDIA = [
    ("Xinhua reported that the talks had ended.", ["CHNMED"], D),
    ("Kyodo News reported the meeting.", ["JPNMED"], D),
    ("Jiji Press cited Japanese government sources.", ["JPNMED", "JPNGOV"], D),
    ("NHK broadcast the speech.", ["JPNMED"], D),
    ("Yonhap said the launch failed.", ["KORMED"], D),
    ("KCNA called the drills a provocation.", ["PRKMED"], D),
    ("RIA Novosti quoted Russia's deputy foreign minister.", ["RUSMED", "RUSGOV"], D),
    ("Interfax and TASS carried the statement.", ["RUSMED", "RUSMED"], D),
    ("Itar-Tass reported the launch.", ["RUSMED"], D),
    ("Reuters could not verify the report.", ["GBRMED"], D),
    ("The Associated Press obtained the documents.", ["USAMED"], D),
    ("Agence France-Presse interviewed survivors.", ["FRAMED"], D),
    ("Al Jazeera aired the video.", ["QATMED"], D),
    ("RT and Sputnik were banned in the EU.", ["RUSMED", "RUSMED", "IGOEUREEC"], D),
    ("The BBC reported from Kyiv.", ["GBRMED", "UKR"], D),
    ("CNN quoted U.S. officials.", ["USAMED", "USAGOV"], D),
    ("IRNA said the talks were constructive.", ["IRNMED"], D),
    ("Anadolu Agency reported the arrests.", ["TURMED"], D),
]


@pytest.mark.parametrize("text, expected, when", COUNTRIES + ROLES + PEOPLE + IGOS + COMPANIES + MEDIA)
def test_actor_codes(actor_codes, text, expected, when):
    assert actor_codes(text, when) == expected


def test_dictionary_sizes():
    from dyadwatch.actors.dictionary import load_dictionary

    counts = load_dictionary().counts()
    assert counts["igo"] >= 100 and counts["company"] >= 330 and counts["people"] >= 300
    assert counts["agent_terms"] >= 300
