"""Shared checks for the project's hand-coded gold sets (bench/dev, bench/heldout)."""

MODES = {"asserted", "negated", "denied", "hypothetical", "planned"}


def assert_well_formed(rows: list[dict], minimum: int) -> None:
    """At least ``minimum`` rows, unique ids, a text and date on each, and events with a known
    mode, codes of at least three letters and a numeric CAMEO code."""
    assert len(rows) >= minimum
    assert len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert row["text"] and row["date"], row["id"]
        for e in row["expected"]:
            assert e["mode"] in MODES, row["id"]
            assert len(e["source"]) >= 3 and len(e["target"]) >= 3 and e["code"].isdigit(), row["id"]
