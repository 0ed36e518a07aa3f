from pathlib import Path

from dyadwatch.clidoc import cli_reference

DOC = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def test_cli_reference_is_current():
    assert DOC.read_text() == cli_reference(), "regenerate it: python -m dyadwatch.clidoc > docs/cli.md"


def test_every_design_verb_is_documented():
    text = DOC.read_text()
    for verb in ("demo", "code", "extract", "ingest", "events", "dyad", "brief", "eval", "facts", "doctor"):
        assert f"## dyadwatch {verb}\n" in text
