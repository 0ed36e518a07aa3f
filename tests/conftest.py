from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
SHARED_EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


@pytest.fixture(scope="session")
def pipeline():
    """One real pipeline (real spaCy model) for the whole test session."""
    from dyadwatch.pipeline import Pipeline

    return Pipeline()


@pytest.fixture()
def store():
    from dyadwatch.store import Store

    with Store(":memory:") as s:
        yield s


@pytest.fixture()
def runner():
    from click.testing import CliRunner

    return CliRunner()


@pytest.fixture()
def code(pipeline):
    """Code one sentence (optionally with a publication date) and return its events."""

    def _code(text: str, date: str | None = "2014-06-15"):
        return pipeline.code_text(text, date=date).events

    return _code


@pytest.fixture()
def actor_codes(pipeline):
    """The actor codes the actor coder gives a text on a story date (a ``datetime.date``)."""
    from datetime import date

    from dyadwatch.nlp import sentence_bounds

    def _codes(text: str, when: date = date(2015, 6, 1)):
        doc = pipeline.nlp.make_doc(text)
        return [m.code for m in pipeline.actor_coder.mentions(doc, sentence_bounds(doc), when)]

    return _codes
