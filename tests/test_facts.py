"""Quantitative facts on sentences written for these tests: values, units, ranges, changes,
measures, actors (holder first) and periods."""

import pytest

from dyadwatch.facts import find_quantities, resolve_period

B = 1e9
M = 1e6


# --------------------------------------------------------------------------- quantities alone
@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("$14 billion", 14 * B, "USD"),
        ("US$2.5 billion", 2.5 * B, "USD"),
        ("$500 million", 500 * M, "USD"),
        ("$5bn", 5 * B, "USD"),
        ("$1,250 million", 1250 * M, "USD"),
        ("€500 million", 500 * M, "EUR"),
        ("£3 billion", 3 * B, "GBP"),
        ("¥1 trillion", 1e12, "JPY"),
        ("1 trillion yen", 1e12, "JPY"),
        ("700 billion yen", 700 * B, "JPY"),
        ("2 billion euros", 2 * B, "EUR"),
        ("40 billion dollars", 40 * B, "USD"),
        ("300 million roubles", 300 * M, "RUB"),
        ("12 billion rubles", 12 * B, "RUB"),
        ("10 billion yuan", 10 * B, "CNY"),
        ("38 billion cubic meters", 38 * B, "cubic metres"),
        ("38 billion cubic metres", 38 * B, "cubic metres"),
        ("8 bcm", 8 * B, "cubic metres"),
        ("1.2 million barrels per day", 1.2 * M, "barrels per day"),
        ("500,000 barrels a day", 500_000, "barrels per day"),
        ("20 million tonnes", 20 * M, "tonnes"),
        ("10 million tons", 10 * M, "tonnes"),
        ("1,350 km", 1350, "km"),
        ("1,000 megawatts", 1000, "MW"),
        ("25 percent", 25, "percent"),
        ("25%", 25, "percent"),
        ("7.5 per cent", 7.5, "percent"),
        ("3,000 troops", 3000, "people"),
    ],
)
def test_quantity_values_and_units(text, value, unit):
    (q,) = find_quantities(f"The figure was {text} at the time.")
    assert q.value == pytest.approx(value) and q.unit == unit


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("30 billion-38 billion cubic meters", 30 * B, 38 * B, "cubic metres"),
        ("30 billion–38 billion cubic meters", 30 * B, 38 * B, "cubic metres"),
        ("$30 billion-$38 billion", 30 * B, 38 * B, "USD"),
        ("$30-38 billion", 30 * B, 38 * B, "USD"),
        ("10-15 percent", 10, 15, "percent"),
    ],
)
def test_ranges_keep_both_bounds(text, low, high, unit):
    (q,) = find_quantities(f"They discussed {text} last year.")
    assert (q.low, q.high, q.unit) == (pytest.approx(low), pytest.approx(high), unit)
    assert q.value == pytest.approx((low + high) / 2)


@pytest.mark.parametrize(
    "text",
    [
        "The meeting lasted two hours.",
        "In 2014 the two sides met 5 times.",
        "Flight MH17 crashed on July 17.",
        "The Tu-95 bombers flew south.",
    ],
)
def test_no_quantity_in_plain_numbers(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(
    "sentence, period",
    [
        ("Investment reached $14 billion by the end of 2015.", "2015"),
        ("Trade grew to $33 billion in 2013.", "2013"),
        ("Exports fell 40 percent last year.", "2014"),
        ("Output will rise 5 percent next year.", "2016"),
        ("Trade reached $30 billion.", None),
    ],
)
def test_periods(sentence, period):
    from datetime import date

    assert resolve_period(sentence, date(2015, 6, 1)) == period


# --------------------------------------------------------------------------- attributed facts
def _facts(pipeline, sentence, date="2016-03-01"):
    return pipeline.code_text(sentence, date=date).facts


@pytest.mark.parametrize(
    "sentence, measure, actors",
    [
        ("Germany's direct investment in Brazil reached $14 billion by the end of 2015.", "direct investment", ("DEU", "BRA")),
        ("Japan's investment in Russia totalled $1.5 billion in 2013.", "investment", ("JPN", "RUS")),
        ("Japan invested $1.5 billion in Russia in 2013.", "investment", ("JPN", "RUS")),
        ("China invested $40 billion in Pakistan.", "investment", ("CHN", "PAK")),
        ("Russian investment in Cyprus stood at $30 billion.", "investment", ("RUS", "CYP")),
        ("Trade between Japan and Russia reached $33 billion in 2013.", "trade", ("JPN", "RUS")),
        ("Russia's trade with China rose to $95 billion.", "trade", ("RUS", "CHN")),
        ("Japanese exports to Russia fell 40 percent.", "exports", ("JPN", "RUS")),
        ("Russian exports to Japan were worth $20 billion.", "exports", ("RUS", "JPN")),
        ("China's imports from Iran rose 10 percent.", "imports", ("CHN", "IRN")),
        ("Japan imported 9 million tonnes of LNG from Russia.", "imports", ("JPN", "RUS")),
        ("The United States gave $500 million in aid to Ukraine.", "aid", ("USA", "UKR")),
        ("Japan pledged $1.5 billion in aid to Ukraine.", "aid", ("JPN", "UKR")),
        ("China extended a $5 billion loan to Venezuela.", "loan", ("CHN", "VEN")),
        ("Russia granted Belarus a $2 billion loan.", "loan", ("RUS", "BLR")),
        ("Gazprom and CNPC signed a $400 billion deal.", "deal value", ("RUSBUS", "CHNBUS")),
        ("India signed a $5 billion contract with Russia for air defence systems.", "deal value", ("IND", "RUS")),
        ("Mitsui will buy a 25 percent stake in the Russian project.", "stake", ("JPNBUS", "RUS")),
        ("Rosneft sold a 19.5 percent stake to Qatar.", "stake", ("RUSBUS", "QAT")),
        ("Japan's military spending rose 2 percent.", "military spending", ("JPN",)),
        ("Russia's GDP shrank 3.7 percent in 2015.", "gdp", ("RUS",)),
        ("Ukraine's debt to Russia is $3 billion.", "debt", ("UKR", "RUS")),
        ("Russia will supply China with 38 billion cubic meters of gas a year.", "gas supply", ("RUS", "CHN")),
        ("The pipeline would carry 8 bcm of Russian gas to Japan.", "gas supply", ("RUS", "JPN")),
        ("Saudi Arabia's oil output rose to 10 million barrels per day.", "production", ("SAU",)),
        ("Russia's gas production fell 5 percent.", "production", ("RUS",)),
        ("Japan froze $100 million of Russian assets.", "sanctions", ("JPN", "RUS")),
        ("The EU sanctions cost Russia $40 billion a year.", "cost", ("IGOEUREEC", "RUS")),
    ],
)
def test_measure_and_actors(pipeline, sentence, measure, actors):
    facts = _facts(pipeline, sentence)
    assert facts, sentence
    f = facts[0]
    assert f.measure == measure
    # actors are codes (JPNMIL, RUSBUS); the expectation names their prefixes, holder first
    assert len(f.actors) >= len(actors), f.actors
    assert all(code.startswith(prefix) for code, prefix in zip(f.actors, actors)), f.actors
    assert f.sentence == sentence and sentence[f.char_start:f.char_end] == f.text


@pytest.mark.parametrize(
    "sentence, previous, value, direction",
    [
        ("Korean exports to Vietnam rose from $8 billion to $11 billion.", 8 * B, 11 * B, "up"),
        ("Japan's trade with Russia fell from $33 billion to $21 billion.", 33 * B, 21 * B, "down"),
        ("Japanese car exports to Russia dropped from 200,000 tonnes to 90,000 tonnes.", 200_000, 90_000, "down"),
        ("Russia's share of the market grew from 8 percent to 10 percent.", 8, 10, "up"),
    ],
)
def test_changes_from_to(pipeline, sentence, previous, value, direction):
    (f,) = _facts(pipeline, sentence)
    assert (f.previous, f.quantity, f.direction) == (pytest.approx(previous), pytest.approx(value), direction)
    assert (f.low, f.high) == (min(previous, value), max(previous, value))


@pytest.mark.parametrize(
    "sentence, direction",
    [
        ("Japanese exports to Russia fell 40 percent.", "down"),
        ("Russian oil exports to Japan rose 12 percent.", "up"),
        ("Chinese investment in Russia jumped 80 percent.", "up"),
        ("Russia's trade with Japan declined 7 percent.", "down"),
        ("Trade with Russia reached $33 billion.", None),
    ],
)
def test_change_direction(pipeline, sentence, direction):
    facts = _facts(pipeline, sentence)
    assert facts[0].direction == direction


def test_facts_need_an_actor_in_the_sentence(pipeline):
    assert _facts(pipeline, "The price reached $100 a barrel.") == ()


def test_facts_are_stored_and_queried(pipeline):
    from dyadwatch.store import Store

    coded = pipeline.code_text("Japan invested $1.5 billion in Russia in 2013. China criticized Japan.", date="2014-01-01")
    with Store(":memory:") as store:
        store.write([coded])
        (f,) = store.facts(dyad=("JPN", "RUS"))
        assert f == coded.facts[0]
        assert store.facts(actor="CHN") == []
        assert len(store.facts(measure="investment")) == 1


@pytest.mark.parametrize(
    "sentence, value, unit, measure, actors, period",
    [
        ("The pipeline to Japan would cost about 700 billion yen.", 700 * B, "JPY", "cost", ("JPN",), None),
        ("Russia spent $70 billion on defence in 2014.", 70 * B, "USD", None, ("RUS",), "2014"),
        ("China's defence budget rose 12 percent to $132 billion in 2014.", 132 * B, "USD", "military spending", ("CHN",), "2014"),
        ("Saudi Arabia pumped 10 million barrels per day in 2015.", 10 * M, "barrels per day", None, ("SAU",), "2015"),
        ("Iran's oil exports fell to 1 million barrels a day.", 1 * M, "barrels per day", "exports", ("IRN",), None),
        ("Japan pledged $200 million in humanitarian aid for Syria.", 200 * M, "USD", "aid", ("JPN", "SYR"), None),
        ("The World Bank lent Ukraine $3 billion.", 3 * B, "USD", "loan", ("IGOWBK", "UKR"), None),
        ("The IMF approved a $17.5 billion loan for Ukraine.", 17.5 * B, "USD", "loan", ("IGOIMF", "UKR"), None),
        ("Rosneft holds a 20 percent stake in the Sakhalin-1 project with Japanese partners.", 20, "percent", "stake", ("RUSBUS",), None),
        ("China's trade surplus with the United States reached $365 billion in 2015.", 365 * B, "USD", "trade", ("CHN", "USA"), "2015"),
        ("Germany's exports to Russia fell 18 percent in 2014.", 18, "percent", "exports", ("DEU", "RUS"), "2014"),
        ("India bought 5 million tonnes of Iranian crude in 2013.", 5 * M, "tonnes", "oil", ("IND", "IRN"), "2013"),
        ("Russia's gas exports to Europe reached 160 bcm last year.", 160 * B, "cubic metres", "exports", ("RUS",), "2015"),
        ("Japan will provide 1.5 trillion yen in loans to India.", 1.5e12, "JPY", "loan", ("JPN", "IND"), None),
        ("Qatar's investment in Britain exceeds £30 billion.", 30 * B, "GBP", "investment", ("QAT", "GBR"), None),
        ("Kazakhstan's oil output rose 2 percent in the first half of 2014.", 2, "percent", "production", ("KAZ",), "2014"),
        ("Ukraine owes Gazprom $4.5 billion for gas.", 4.5 * B, "USD", "gas supply", ("UKR", "RUSBUS"), None),
        ("Brazil's GDP grew 0.1 percent in 2014.", 0.1, "percent", "gdp", ("BRA",), "2014"),
        ("Nigeria's debt rose to $63 billion.", 63 * B, "USD", "debt", ("NGA",), None),
        ("The United States deployed 3,000 troops to Poland.", 3000, "people", None, ("USA", "POL"), None),
    ],
)
def test_more_facts(pipeline, sentence, value, unit, measure, actors, period):
    facts = _facts(pipeline, sentence)
    match = [f for f in facts if f.quantity == pytest.approx(value) and f.unit == unit]
    assert match, [(f.text, f.quantity, f.unit) for f in facts]
    f = match[0]
    assert f.measure == measure, f.measure
    assert all(code.startswith(prefix) for code, prefix in zip(f.actors, actors)) and len(f.actors) >= len(actors), f.actors
    assert f.period == period


@pytest.mark.parametrize(
    "sentence",
    [
        "Two Su-27 fighters and a Tu-95 bomber approached Japan.",
        "The G20 summit in Brisbane discussed Russia.",
        "Flight MH17 was shot down over Ukraine.",
        "Japan and Russia met for the 3rd time.",
    ],
)
def test_model_numbers_are_not_facts(pipeline, sentence):
    assert _facts(pipeline, sentence) == ()
