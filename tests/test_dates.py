from datetime import date

import pytest

from dyadwatch.events.dates import resolve_date

PUB = date(2014, 3, 20)  # a Thursday


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("They met on Nov. 2, 2013.", ("2013-11-02", "day", "text")),
        ("They met on 2 November 2013.", ("2013-11-02", "day", "text")),
        ("They met on March 3.", ("2014-03-03", "day", "text")),
        ("They met on Dec. 28.", ("2013-12-28", "day", "text")),
        ("They met in June 2012.", ("2012-06-01", "month", "text")),
        ("They met in early February.", ("2014-02-01", "month", "text")),
        ("They met in 2012.", ("2012-01-01", "year", "text")),
        ("They met on Tuesday.", ("2014-03-18", "day", "text")),
        ("They met yesterday.", ("2014-03-19", "day", "text")),
        ("He plans to visit next month.", ("2014-04-01", "month", "text")),
        ("They met.", ("2014-03-20", "day", "publication")),
    ],
)
def test_resolve_date(sentence, expected):
    assert resolve_date(sentence, PUB) == expected


def test_no_publication_date():
    assert resolve_date("They met.", None) == (None, None, "publication")
    assert resolve_date("They met on Nov. 2, 2013.", None) == ("2013-11-02", "day", "text")
