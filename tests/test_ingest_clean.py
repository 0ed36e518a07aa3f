"""The plain-text cleaner on realistic scraped pages (our own article prose inside the furniture
of blog, news, Medium, Substack, think-tank and ministry pages), with gold files of the
paragraphs to keep."""

import json
from pathlib import Path

import pytest

from dyadwatch.ingest.clean import clean_text, find_date, split_blocks

INGEST = Path(__file__).parent / "data" / "ingest"
SAMPLE = Path(__file__).resolve().parents[1] / "src" / "dyadwatch" / "data" / "sample" / "corpus.jsonl"
PAGES = [(folder, name) for folder in ("pages", "heldout")
         for name in json.loads((INGEST / folder / "expected.json").read_text())]


def _blocks(text):
    return [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]


@pytest.mark.parametrize("folder, name", PAGES)
def test_scraped_page_keeps_the_article_and_drops_the_page(folder, name):
    meta = json.loads((INGEST / folder / "expected.json").read_text())[name]
    raw = (INGEST / folder / f"{name}.txt").read_text()
    gold = _blocks((INGEST / folder / f"{name}.expected.txt").read_text())
    cleaned = clean_text(raw, english=meta["language"] == "en")
    assert list(cleaned.kept) == gold  # every paragraph, heading and the title, in order; nothing else
    assert cleaned.title == meta["title"] and cleaned.text.split("\n\n")[0] == meta["title"]
    assert cleaned.date == meta.get("date")
    if "author" in meta:
        assert cleaned.author == meta["author"]
    assert cleaned.boilerplate_chars == sum(len(b) for b, _ in cleaned.dropped) > 0


def test_clean_articles_pass_through_whole():
    """The bundled sample corpus: 37 clean articles and 3 scraped blog pages."""
    for line in SAMPLE.read_text().splitlines():
        row = json.loads(line)
        paragraphs = _blocks(row["text"])
        cleaned = clean_text(row["text"])
        if "Skip to main content" in row["text"]:
            assert "comments:" not in cleaned.text and "Popular posts" not in cleaned.text
            assert len(cleaned.kept) >= 6
        else:
            assert list(cleaned.kept) == paragraphs, row["id"]


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Skip to main content", "furniture"),
        ("Click to Enlarge", "furniture"),
        ("Share this:", "furniture"),
        ("Prime Minister Shinzo Abe speaks in Tokyo on August 5, 2014. (KAZUHIRO NOGI/AFP/Getty Images)", "caption"),
        ("Photo: Reuters/Kim Kyung-Hoon", "caption"),
        ("Ministers at the signing in Honiara. (Supplied: DFAT)", "caption"),
        ("Read more: How the Galwan clash changed India's China policy", "teaser"),
        ("Labels: Japan, Kurils, Russia", "tags"),
        ("By Priya Raman, Delhi correspondent", "byline"),
        ("Updated: Tuesday, 3 November 2020, 10:15 GMT", "date line"),
        ("Sign up to our daily briefing and get the day's top stories in your inbox.", "promotion"),
        ("Home | Research | Events | About", "navigation"),
        ("7 min read", "reading time"),
    ],
)
def test_furniture_inside_an_article_is_dropped(line, reason):
    para = ("Japan imposed new sanctions on Russia on Tuesday, freezing the assets of people that it holds "
            "responsible for the crisis, and officials said more steps could follow in the autumn.")
    after = f"{para.replace('Tuesday', 'Monday')}\n{para.replace('Tuesday', 'Friday')}"
    cleaned = clean_text(f"Japan widens its sanctions on Russia\n{para}\n{line}\n{after}")
    assert line not in cleaned.kept and len(cleaned.kept) == 4
    assert reason in dict(cleaned.dropped)[line]


def test_comments_cut_the_tail_but_a_mid_article_related_line_does_not():
    para = ("The talks in Moscow ended without agreement on Friday, but both delegations said they would meet "
            "again before the end of the year to continue work on a peace treaty.")
    long_tail = "\n".join([para.replace("Moscow", f"city {i}") for i in range(3)])
    cleaned = clean_text(f"Talks end without a deal\n{para}\nRelated\n{long_tail}")
    assert len(cleaned.kept) == 5  # "Related" with most of the article after it is not the tail
    cleaned = clean_text(f"Talks end without a deal\n{para}\n{para.replace('Friday', 'Monday')}\n12 Comments\n{long_tail}")
    assert len(cleaned.kept) == 3 and "city" not in cleaned.text


def test_hard_wrapped_text_is_joined_into_paragraphs():
    text = (
        "Policy brief\n\nThe two governments agreed on Tuesday to extend the\nfisheries agreement for another "
        "five years, officials\nsaid after the meeting in Oslo.\n\nA second paragraph follows here, wrapped at\n"
        "the same width as the first one was, and it\nalso ends with a full stop.\n"
    )
    blocks = [b.text for b in split_blocks(text)]
    assert blocks[1].startswith("The two governments") and blocks[1].endswith("meeting in Oslo.")
    assert len(blocks) == 3


def test_text_without_prose_is_kept_except_furniture():
    assert clean_text("Japan met Russia on Monday.").text == "Japan met Russia on Monday."
    assert clean_text("Share\nJapan met Russia on Monday.").text == "Japan met Russia on Monday."
    assert clean_text("Click to enlarge").text == ""
    assert clean_text("").kept == ()


@pytest.mark.parametrize(
    "text, iso",
    [("Posted on 14 May 2015", "2015-05-14"), ("August 07, 2014", "2014-08-07"), ("Publié le 12 mars 2019", "2019-03-12"),
     ("2020-09-22T16:31", "2020-09-22"), ("Sept 22, 2020", "2020-09-22"), ("no date", None), ("31 February 2020", None)],
)
def test_find_date(text, iso):
    assert find_date(text) == iso
