"""Office holders of North and West Africa (actors/people/africa_north_west.csv):
news-like sentences coded for their story date (the file's integrity: tests/test_people_data.py)."""

from datetime import date

import pytest

SENTENCES = [
    ("Sadat and Begin signed the accords at Camp David.", ["EGYGOV"], date(1978, 9, 17)),
    ("Gaddafi met Ben Ali in Tunis.", ["LBYGOV", "TUNGOV", "TUN"], date(1995, 6, 1)),
    ("Qaddafi denounced the American air strikes on Tripoli.", ["LBYGOV", "USA", "LBY"], date(1986, 4, 16)),
    ("Bouteflika received Mohammed VI in Algiers.", ["DZAGOV", "MARGOV", "DZA"], date(2005, 3, 22)),
    ("Haftar's forces advanced on Tripoli as Sarraj appealed for help.", ["LBYMIL", "LBY", "LBYGOV"], date(2019, 4, 6)),
    ("Saied dismissed Mechichi and suspended parliament.", ["TUNGOV", "TUNGOV", "TUNLEG"], date(2021, 7, 25)),
    ("Burhan and Hemedti met in Khartoum.", ["SDNGOV", "SDNMIL", "SDN"], date(2022, 6, 1)),
    ("Hamdok was detained by Burhan.", ["SDNGOV", "SDNGOV"], date(2021, 10, 25)),
    # the same man as defence minister, then as president
    ("Defence Minister Sisi ousted Morsi.", ["EGYMIL", "EGYGOV"], date(2013, 7, 3)),
    ("Tantawi met Mubarak.", ["EGYMIL", "EGYGOV"], date(2005, 1, 1)),
    ("Sisi met Dbeibah in Cairo.", ["EGYGOV", "LBYGOV", "EGY"], date(2024, 1, 10)),
    ("Obasanjo offered asylum to Charles Taylor.", ["NGAGOV", "LBRGOV"], date(2003, 7, 6)),
    ("Tinubu received Mahama in Abuja.", ["NGAGOV", "GHAGOV", "NGA"], date(2025, 3, 1)),
    ("Yar'Adua flew to Saudi Arabia for treatment.", ["NGAGOV", "SAU"], date(2009, 11, 23)),
    ("Rawlings seized power in Accra.", ["GHAGOV", "GHA"], date(1982, 1, 5)),
    # "Traore" is three men whose terms do not overlap, in Mali and Burkina Faso
    ("Traore met Mitterrand in Paris.", ["MLIGOV", "FRAGOV", "FRA"], date(1986, 6, 1)),
    ("Goita and Traore met Tchiani in Niamey.", ["MLIGOV", "BFAGOV", "NERGOV", "NER"], date(2024, 7, 6)),
    ("Gbagbo refused to cede power to Ouattara.", ["CIVGOV", "CIVGOV"], date(2011, 1, 15)),
    ("Compaore hosted Gbagbo in Ouagadougou.", ["BFAGOV", "CIVGOV", "BFA"], date(2007, 3, 4)),
    ("Sirleaf and Ernest Bai Koroma discussed the Ebola outbreak.", ["LBRGOV", "SLEGOV"], date(2014, 8, 1)),
    ("Weah met Maada Bio in Freetown.", ["LBRGOV", "SLEGOV", "SLE"], date(2019, 6, 1)),
    ("Eyadema received Kerekou in Lomé.", ["TGOGOV", "BENGOV", "TGO"], date(1989, 6, 1)),
    ("Faure Gnassingbe met Talon in Cotonou.", ["TGOGOV", "BENGOV", "BEN"], date(2020, 6, 1)),
    ("Diomaye Faye appointed Sonko prime minister.", ["SENGOV", "SENGOV"], date(2024, 4, 2)),
    ("Doumbouya met Embalo in Conakry.", ["GINGOV", "GNBGOV", "GIN"], date(2022, 6, 1)),
    ("Ould Abdel Aziz seized power in Nouakchott.", ["MRTGOV", "MRT"], date(2008, 8, 6)),
    ("Nimeiry imposed sharia law.", ["SDNGOV"], date(1983, 9, 8)),
    ("Hassan II launched the Green March.", ["MARGOV"], date(1975, 11, 6)),
    ("Bourita met Lamamra in New York.", ["MARGOV", "DZAGOV", "USA"], date(2022, 9, 20)),
    ("Tebboune met Macron in Algiers.", ["DZAGOV", "FRAGOV", "DZA"], date(2022, 8, 25)),
]


@pytest.mark.parametrize("text, expected, when", SENTENCES)
def test_people_in_news_sentences(actor_codes, text, expected, when):
    assert actor_codes(text, when) == expected
