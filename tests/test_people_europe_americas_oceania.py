"""Office holders of Europe, the Americas and Oceania (actors/people/europe_americas_oceania.csv):
news-like sentences coded for their story date (the file's integrity: tests/test_people_data.py)."""

from datetime import date

import pytest

SENTENCES = [
    ("Milosevic met Tudjman and Izetbegovic in Dayton.", ["SRBGOV", "HRVGOV", "BIHGOV"], date(1995, 11, 10)),
    ("Milošević rejected the NATO ultimatum.", ["SRBGOV", "IGOWSTNAT"], date(1999, 3, 23)),
    ("Gorbachev and Reagan met in Reykjavik.", ["RUSGOV", "USAGOV", "ISL"], date(1986, 10, 11)),
    ("Brezhnev received Honecker in Moscow.", ["RUSGOV", "DEUGOV", "RUS"], date(1979, 5, 1)),
    # one person, two countries: the story date picks the office
    ("Shevardnadze flew to Washington for talks.", ["RUSGOV", "USA"], date(1988, 6, 1)),
    ("Shevardnadze accused Moscow of backing the separatists.", ["GEOGOV", "RUS", "---REB"], date(1993, 9, 20)),
    # Fidel and Raul Castro share the surname on terms that do not overlap
    ("Castro received Chavez in Havana.", ["CUBGOV", "VENGOV", "CUB"], date(2005, 6, 1)),
    ("Castro met Obama in Havana.", ["CUBGOV", "USAGOV", "CUB"], date(2016, 3, 21)),
    ("Fujimori dissolved Congress.", ["PERGOV", "PERLEG"], date(1992, 4, 5)),
    ("Aristide returned to Port-au-Prince.", ["HTIGOV", "HTI"], date(1994, 10, 15)),
    ("Uribe met Chávez in Caracas.", ["COLGOV", "VENGOV", "VEN"], date(2007, 8, 31)),
    ("Petro restored relations with Maduro.", ["COLGOV", "VENGOV"], date(2022, 9, 1)),
    ("Orbán and Fico criticised the EU sanctions.", ["HUNGOV", "SVKGOV", "IGOEUREEC"], date(2024, 1, 15)),
    ("Vucic and Kurti met in Brussels.", ["SRBGOV", "XKXGOV", "BEL"], date(2023, 2, 27)),
    ("Tusk and Sikorski welcomed Zelensky to Warsaw.", ["POLGOV", "POLGOV", "UKRGOV", "POL"], date(2024, 7, 8)),
    ("Saakashvili accused Russia of invading Georgia.", ["GEOGOV", "RUS", "GEO"], date(2008, 8, 9)),
    ("Pashinyan and Aliyev signed the agreement in Washington.", ["ARMGOV", "AZEGOV", "USA"], date(2025, 8, 8)),
    # national office first, then the international one
    ("Rutte hosted Merkel in The Hague.", ["NLDGOV", "DEUGOV", "NLD"], date(2015, 6, 1)),
    ("Rutte urged allies to spend more.", ["IGOWSTNATGOV"], date(2025, 6, 1)),
    ("Solana visited Belgrade.", ["IGOWSTNATGOV", "SRB"], date(1999, 1, 10)),
    ("Solana visited Tehran.", ["IGOEUREECGOV", "IRN"], date(2005, 6, 1)),
    ("Tsipras rejected the creditors' proposal.", ["GRCGOV"], date(2015, 6, 27)),
    ("Ceausescu addressed a rally in Bucharest.", ["ROUGOV", "ROU"], date(1989, 12, 21)),
    ("Jaruzelski declared martial law.", ["POLGOV"], date(1981, 12, 13)),
    ("Pinochet handed power to Aylwin.", ["CHLGOV", "CHLGOV"], date(1990, 3, 11)),
    ("Pinochet warned the government.", ["CHLMIL", "CHLGOV"], date(1993, 5, 28)),
    ("Noriega defied Washington.", ["PANGOV", "USA"], date(1989, 10, 1)),
    ("Ortega met Chamorro in Managua.", ["NICGOV", "NICGOV", "NIC"], date(1990, 3, 1)),
    ("Ardern spoke with Morrison.", ["NZLGOV", "AUSGOV"], date(2019, 3, 20)),
    ("Bainimarama ordered Fijian troops onto the streets.", ["FJIMIL", "FJIMIL"], date(2000, 5, 30)),
    ("Bainimarama met the Chinese ambassador.", ["FJIGOV", "CHNGOV"], date(2015, 6, 1)),
    ("Dodik threatened secession.", ["BIHGOV"], date(2021, 12, 10)),
    ("Lukashenko met Makei in Minsk.", ["BLRGOV", "BLRGOV", "BLR"], date(2015, 6, 1)),
    ("Sandu met Iohannis in Bucharest.", ["MDAGOV", "ROUGOV", "ROU"], date(2021, 5, 1)),
    ("Foreign Minister Jeyhun Bayramov arrived in Yerevan.", ["AZEGOV", "ARM"], date(2024, 5, 1)),
    ("Defence Minister Margarita Robles visited Spanish troops in Latvia.", ["ESPMIL", "ESPMIL", "LVA"], date(2022, 3, 8)),
    ("John Major and Mitterrand met in Paris.", ["GBRGOV", "FRAGOV", "FRA"], date(1994, 5, 6)),
    ("Kohl and Mitterrand held hands at Verdun.", ["DEUGOV", "FRAGOV"], date(1984, 9, 22)),
    ("Bukele declared a state of emergency.", ["SLVGOV"], date(2022, 3, 27)),
    ("Díaz-Canel blamed the United States for the blackout.", ["CUBGOV", "USA"], date(2024, 10, 20)),
    ("Mitsotakis met Erdogan in Ankara.", ["GRCGOV", "TURGOV", "TUR"], date(2024, 5, 13)),
    ("Kast met Milei in Buenos Aires.", ["CHLGOV", "ARGGOV", "ARG"], date(2026, 4, 1)),
    # a surname shared by two people at once is given to the better-known one only
    ("Sargsyan met Medvedev.", ["ARMGOV", "RUSGOV"], date(2010, 6, 1)),
    # "Franco-German" is not General Franco
    ("Franco-German relations improved.", ["DEU"], date(2015, 6, 1)),
]


@pytest.mark.parametrize("text, expected, when", SENTENCES)
def test_people_in_news_sentences(actor_codes, text, expected, when):
    assert actor_codes(text, when) == expected
