import base64
import re
from pathlib import Path

import pytest

from dyad_fixtures import ENERGY_SENTENCE, jpn_rus_documents, step_documents
from dyadwatch.analysis import AnalysisError
from dyadwatch.report import ReportError, build_brief, chart_bytes, render_html, save_chart, write_brief
from dyadwatch.report.labels import actor_label
from dyadwatch.store import Store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture()
def dyad_store():
    with Store(":memory:") as store:
        store.write(jpn_rus_documents())
        yield store


def test_brief_sentences(dyad_store):
    brief = build_brief(dyad_store, "JPN", "RUS", by="month")
    assert brief.title == "Japan–Russia relations"
    assert brief.headline == ("Japan–Russia relations worsened from 2014-01 to 2014-02 – 2014-03: "
                              "the net cooperation index fell from +1.00 to -0.33.")
    assert brief.overview == ("5 asserted events from 2014-01-10 to 2014-03-01: 3 cooperative and 2 conflictual "
                              "(net cooperation index +0.20; Goldstein sum +5.4, mean +1.08).")
    assert brief.drivers == ("Cooperation came in energy and diplomatic dialogue, alongside conflict over "
                             "military, sanctions and territory.")
    assert brief.evidence == []  # three months are too short for a shift: the key events are listed
    assert [e["sentence"] for e in brief.key_events][1] == ENERGY_SENTENCE
    assert brief.limits[0].startswith("5 events counted, from 4 documents of 2 sources (Northern Dispatch, Test Wire)")
    assert "3 of 8 events found between the two (38%) are not asserted (1 hypothetical, 1 negated, 1 planned)" in brief.limits[1]


def test_brief_with_a_shift_lists_its_evidence():
    with Store(":memory:") as store:
        store.write(step_documents())
        brief = build_brief(store, "JPN", "RUS", by="month")
    assert brief.headline == ("Japan–Russia relations turned toward conflict from 2014-09: the net cooperation "
                              "index fell from +1.00 (2014-01 – 2014-08) to -1.00 (2014-09 – 2015-04).")
    (shift,) = brief.evidence
    assert shift["change"] == "more conflict and less cooperation" and shift["nci"] == "+1.00 → -1.00"
    assert len(shift["events"]) == 5 and {e["plover"] for e in shift["events"]} == {"SANCTION"}
    html = render_html(brief)
    assert "From 2014-09: more conflict and less cooperation" in html


def test_html_is_self_contained_and_links_evidence(dyad_store):
    html = render_html(build_brief(dyad_store, "JPN", "RUS", by="month"))
    assert "<script" not in html and "<link" not in html
    assert not re.search(r'src="(?!data:)', html)  # every image is embedded
    (png,) = re.findall(r'src="data:image/png;base64,([^"]+)"', html)
    assert base64.b64decode(png).startswith(b"\x89PNG")
    assert '<a href="https://example.org/d2">Gas deal</a>' in html
    assert "document d3, Northern Dispatch" in html  # no url: id and source instead
    assert ENERGY_SENTENCE in html


def test_markdown_brief(dyad_store, tmp_path):
    path = write_brief(dyad_store, "JPN", "RUS", tmp_path / "brief.md", by="month")
    text = path.read_text()
    assert text.startswith("# Japan–Russia relations")
    assert "![Japan–Russia relations" in text and "(data:image/png;base64," in text
    assert "[Gas deal](https://example.org/d2)" in text
    assert "| energy | 2 | 2 | 0 | +1.00 | +14.4 |" in text


def test_brief_errors(dyad_store, tmp_path):
    with pytest.raises(ReportError, match=r"\.html, \.htm, \.md"):
        write_brief(dyad_store, "JPN", "RUS", tmp_path / "brief.pdf")
    with pytest.raises(AnalysisError, match="no asserted events between JPN and KOR"):
        build_brief(dyad_store, "JPN", "KOR")
    with pytest.raises(ReportError, match=r"\.png, \.svg"):
        save_chart(build_brief(dyad_store, "JPN", "RUS").analysis.series, tmp_path / "c.gif")


def test_chart_png_and_svg(dyad_store, tmp_path):
    series = build_brief(dyad_store, "JPN", "RUS", by="month").analysis.series
    assert chart_bytes(series, "png").startswith(b"\x89PNG")
    svg = save_chart(series, tmp_path / "chart.svg").read_text()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert save_chart(series, tmp_path / "c.svg").read_text() == svg  # deterministic


def test_actor_labels():
    assert [actor_label(c) for c in ("JPN", "RUSGOV", "USAMIL", "IGOUNO", "XYZ")] == [
        "Japan", "Russia (government)", "United States (military)", "United Nations", "XYZ"]


def test_brief_renders_in_headless_chromium(dyad_store, tmp_path):
    if not CHROMIUM.exists():
        pytest.skip("browser test needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="browser test needs the playwright package")
    path = write_brief(dyad_store, "JPN", "RUS", tmp_path / "brief.html", by="month")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1100, "height": 900})
            page.goto(path.as_uri())
            chart = page.locator("img#chart")
            assert chart.is_visible()
            assert chart.evaluate("img => img.complete && img.naturalWidth") > 300
            assert chart.bounding_box()["height"] > 150
            items = page.locator("ol.evidence > li")
            assert items.count() == 5
            assert items.first.is_visible()
            energy = page.locator("ol.evidence > li", has_text=ENERGY_SENTENCE)
            assert energy.is_visible()
            assert energy.locator("a").get_attribute("href") == "https://example.org/d2"
            assert page.locator(".headline").inner_text().startswith("Japan–Russia relations worsened")
        finally:
            browser.close()


@pytest.mark.slow
def test_demo_writes_the_japan_russia_brief(tmp_path):
    from dyadwatch.demo import run_demo

    result = run_demo(tmp_path / "demo.duckdb")
    brief = Path(result.brief)
    assert brief == tmp_path / "demo-brief.html" and brief.is_file()
    html = brief.read_text()
    assert "<h1>Japan–Russia relations</h1>" in html and 'class="evidence"' in html
    drivers = re.search(r"<p>(Cooperation came in .*?)</p>", html).group(1)
    cooperation, _, conflict = drivers.partition("alongside conflict over")
    assert "dialogue" in cooperation
    assert "territory" in conflict and "sanctions" in conflict
