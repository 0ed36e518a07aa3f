"""Office holders of East, Central and Southern Africa (actors/people/africa_east_central_south.csv):
news-like sentences coded for their story date (the file's integrity: tests/test_people_data.py)."""

from datetime import date

import pytest

SENTENCES = [
    ("Mugabe met Mbeki in Harare.", ["ZWEGOV", "ZAFGOV", "ZWE"], date(2008, 5, 9)),
    ("Kagame accused Tshisekedi of backing the FDLR.", ["RWAGOV", "CODGOV", "RWAREB"], date(2023, 6, 1)),
    # father and son share the surname on terms that do not overlap
    ("Kabila met Museveni in Kampala.", ["CODGOV", "UGAGOV", "UGA"], date(1998, 1, 10)),
    ("Kabila met Kagame in Pretoria.", ["CODGOV", "RWAGOV", "ZAF"], date(2002, 7, 30)),
    ("Mobutu fled Kinshasa.", ["CODGOV", "COD"], date(1997, 5, 16)),
    ("Kenyatta and Odinga shook hands.", ["KENGOV", "KEN"], date(2018, 3, 9)),  # Odinga in opposition
    ("Moi rejected multiparty politics.", ["KENGOV"], date(1990, 7, 7)),
    ("Ruto hosted Hassan Sheikh Mohamud in Nairobi.", ["KENGOV", "SOMGOV", "KEN"], date(2023, 3, 1)),
    ("Abiy and Isaias signed a peace agreement.", ["ETHGOV", "ERIGOV"], date(2018, 7, 9)),
    ("Habyarimana's plane was shot down over Kigali.", ["RWAGOV", "RWA"], date(1994, 4, 6)),
    ("Nyerere ordered Tanzanian troops into Uganda against Amin.", ["TZAGOV", "TZAMIL", "UGA", "UGAGOV"], date(1979, 1, 22)),
    # two Bothas served at once: only the initials name P. W.
    ("P. W. Botha met Samora Machel.", ["ZAFGOV", "MOZGOV"], date(1984, 3, 16)),
    ("De Klerk released Mandela.", ["ZAFGOV", "ZAF"], date(1990, 2, 11)),  # Mandela not yet in office
    ("Banda met Mutharika.", ["MWIGOV", "MWI"], date(2012, 8, 1)),  # Peter Mutharika out of office
    ("Deby met Buhari in Abuja.", ["TCDGOV", "NGAGOV", "NGA"], date(2016, 6, 1)),
    ("Déby was sworn in as transitional president.", ["TCDGOV", "TCDGOV"], date(2021, 4, 23)),
    ("Bongo was ousted by Oligui Nguema.", ["GABGOV", "GABGOV"], date(2023, 8, 30)),
    ("Biya met Sassou Nguesso in Yaoundé.", ["CMRGOV", "COGGOV", "CMR"], date(2019, 6, 1)),
    ("Touadéra welcomed Russian instructors to Bangui.", ["CAFGOV", "RUS", "CAF"], date(2018, 3, 1)),
    ("Lourenço mediated between Kagame and Tshisekedi.", ["AGOGOV", "RWAGOV", "CODGOV"], date(2022, 7, 6)),
    ("Kiir and Machar signed a peace deal in Addis Ababa.", ["SSDGOV", "SSD", "ETH"], date(2018, 9, 12)),  # Machar out of office
    ("Rajoelina fled Madagascar.", ["MDGGOV", "MDG"], date(2025, 10, 13)),
    ("Chakwera met Hichilema in Lusaka.", ["MWIGOV", "ZMBGOV", "ZMB"], date(2021, 9, 1)),
    ("Foreign Minister Mushikiwabo met Lavrov.", ["RWAGOV", "RUSGOV"], date(2015, 6, 1)),
    ("King Mswati dissolved parliament.", ["SWZGOV", "SWZLEG"], date(2018, 6, 1)),
    ("Jugnauth met Modi.", ["MUSGOV", "INDGOV"], date(2019, 6, 1)),
    ("Kaunda hosted Nujoma in Lusaka.", ["ZMBGOV", "NAM", "ZMB"], date(1985, 6, 1)),  # Nujoma not yet in office
    # a president's surname does not swallow a longer group name
    ("Boko Haram attacked a village.", ["NGAREB"], date(2025, 1, 1)),
    # a surname that news also uses for someone else is left out ("Chapo", "Uhuru Park")
    ("El Chapo was extradited to the United States.", ["USA"], date(2025, 3, 1)),
    ("Daniel Chapo met Ramaphosa in Pretoria.", ["MOZGOV", "ZAFGOV", "ZAF"], date(2025, 3, 1)),
]


@pytest.mark.parametrize("text, expected, when", SENTENCES)
def test_people_in_news_sentences(actor_codes, text, expected, when):
    assert actor_codes(text, when) == expected
