"""Office holders of the Middle East and Asia (data/actors/people/asia_middle_east.csv).

News-like sentences coded for their story date (the file's integrity: tests/test_people_data.py).
"""

from datetime import date

import pytest

SENTENCES = [
    # Israel and Palestine
    ("Rabin and Arafat shook hands on the White House lawn.", ["ISRGOV", "PSEGOV", "USAGOV"], date(1993, 9, 13)),
    ("Netanyahu met Arafat at the Wye River talks.", ["ISRGOV", "PSEGOV"], date(1998, 10, 20)),
    ("Rabin toured the army bases in the Negev.", ["ISRMIL", "---MIL", "ISR"], date(1987, 3, 1)),
    ("Barak ordered the withdrawal of Israeli troops from Lebanon.", ["ISRGOV", "ISRMIL", "LBN"], date(2000, 5, 23)),
    ("Barak approved new strikes in Gaza.", ["ISRMIL", "PSE"], date(2009, 1, 5)),
    ("Liberman said Israel would not negotiate.", ["ISRGOV", "ISR"], date(2010, 6, 1)),
    ("Liberman said Israel would not negotiate.", ["ISRMIL", "ISR"], date(2017, 6, 1)),
    ("Foreign Minister Gideon Sa'ar arrived in Berlin.", ["ISRGOV", "DEU"], date(2025, 1, 10)),
    ("Abu Mazen met Hamdallah in Ramallah.", ["PSEGOV", "PSEGOV", "PSE"], date(2015, 6, 1)),
    # Levant, Iraq, Iran, Gulf, Yemen
    ("Hariri resigned after mass protests in Beirut.", ["LBNGOV", "LBN"], date(2019, 10, 29)),
    ("Syrian President Ahmed al-Sharaa visited Riyadh.", ["SYRGOV", "SAU"], date(2025, 2, 2)),
    ("Muallem met Lavrov in Moscow.", ["SYRGOV", "RUSGOV", "RUS"], date(2015, 8, 17)),
    ("King Abdullah II met Netanyahu in Amman.", ["JORGOV", "ISRGOV", "JOR"], date(2018, 6, 18)),
    ("Saddam Hussein ordered his troops into Kuwait.", ["IRQGOV", "---MIL", "KWT"], date(1990, 8, 2)),
    ("Maliki and Talabani discussed the security pact.", ["IRQGOV", "IRQGOV"], date(2008, 11, 20)),
    ("Rafsanjani and Velayati met Saudi envoys.", ["IRNGOV", "IRNGOV", "SAUGOV"], date(1991, 6, 1)),
    ("Shamkhani inspected the new missiles.", ["IRNMIL"], date(2001, 6, 1)),
    ("Emir Tamim bin Hamad received Zarif in Doha.", ["QATGOV", "IRNGOV", "QAT"], date(2017, 7, 1)),
    ("Attiyah signed the arms deal.", ["QATMIL"], date(2018, 6, 1)),
    ("Mohamed bin Zayed met Xi Jinping in Beijing.", ["AREGOV", "CHNGOV", "CHN"], date(2019, 7, 22)),
    ("Ali Abdullah Saleh signed the Gulf initiative in Riyadh.", ["YEMGOV", "SAU"], date(2011, 11, 23)),
    # South and Central Asia
    ("Karzai and Musharraf traded accusations over the Taliban.", ["AFGGOV", "PAKGOV", "AFGREB"], date(2006, 9, 28)),
    ("Muttaqi met Pakistani officials in Kabul.", ["AFGGOV", "PAKGOV", "AFG"], date(2023, 5, 6)),
    ("Benazir Bhutto met Rajiv Gandhi in Islamabad.", ["PAKGOV", "INDGOV", "PAK"], date(1988, 12, 30)),
    ("Sharif spoke with Vajpayee by telephone.", ["PAKGOV", "INDGOV"], date(1999, 2, 21)),
    ("Asim Munir briefed the prime minister.", ["PAKMIL", "PAKGOV"], date(2023, 6, 1)),
    ("Hasina met Modi in New Delhi.", ["BGDGOV", "INDGOV", "IND"], date(2022, 9, 6)),
    ("Rajapaksa declared victory over the Tamil Tigers.", ["LKAGOV", "LKAREB"], date(2009, 5, 19)),
    ("Prachanda visited Beijing.", ["NPLGOV", "CHN"], date(2023, 9, 23)),
    ("Rahmon met Mirziyoyev in Dushanbe.", ["TJKGOV", "UZBGOV", "TJK"], date(2018, 3, 9)),
    ("Tokayev met Putin.", ["KAZGOV", "RUSGOV"], date(2022, 1, 10)),
    # Southeast and East Asia
    ("Min Aung Hlaing met Chinese envoys in Naypyidaw.", ["MMRGOV", "CHNGOV", "MMR"], date(2022, 6, 1)),
    ("Prayut met Hun Sen in Bangkok.", ["THAGOV", "KHMGOV", "THA"], date(2016, 12, 19)),
    ("Mahathir criticised Najib.", ["MYS", "MYSGOV"], date(2016, 3, 1)),  # Mahathir out of office
    ("Najib visited Paris.", ["MYSMIL", "FRA"], date(2005, 6, 1)),
    ("Marcos declared martial law.", ["PHLGOV"], date(1972, 9, 23)),
    ("Marcos met Xi Jinping in Beijing.", ["PHLGOV", "CHNGOV", "CHN"], date(2023, 1, 4)),
    ("Suharto resigned after riots in Jakarta.", ["IDNGOV", "IDN"], date(1998, 5, 21)),
    ("Xanana Gusmao met Ramos-Horta in Dili.", ["TLSGOV", "TLSGOV", "TLS"], date(2008, 3, 1)),
    ("Tsai spoke with Trump.", ["TWNGOV", "USAGOV"], date(2016, 12, 2)),
    ("Deng told Thatcher that China would resume sovereignty over Hong Kong.",
     ["CHNGOV", "GBRGOV", "CHN", "HKG"], date(1982, 9, 24)),
    ("Nakasone met Reagan.", ["JPNGOV", "USAGOV"], date(1983, 11, 9)),
    ("Kim Il-sung met Jimmy Carter.", ["PRKGOV", "USA"], date(1994, 6, 16)),  # Carter out of office
    ("Ciller and Erbakan formed a coalition.", ["TURGOV", "TURGOV"], date(1996, 6, 28)),
]


@pytest.mark.parametrize("text, expected, when", SENTENCES)
def test_office_holders_are_coded_for_the_story_date(actor_codes, text, expected, when):
    assert actor_codes(text, when) == expected
