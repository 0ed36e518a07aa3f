"""A small store of hand-made events for the analysis, brief and CLI tests (exact numbers)."""

from __future__ import annotations

from dyadwatch.records import CodedDocument, Document, Event

_PLOVER = {"040": "CONSULT", "057": "AGREE", "061": "COOPERATE", "111": "ACCUSE", "130": "THREATEN",
           "163": "SANCTION"}
_QUAD = {"040": 1, "057": 1, "061": 2, "111": 3, "130": 3, "163": 4}
_GOLDSTEIN = {"040": 1.0, "057": 8.0, "061": 6.4, "111": -2.0, "130": -4.4, "163": -8.0}


def event(doc_id: str, date: str, src: str, tgt: str, cameo: str, *, mode: str = "asserted",
          issues: tuple[str, ...] = (), idx: int = 0, sentence: str | None = None) -> Event:
    return Event(
        event_id=Event.make_id(doc_id, idx, src, tgt, cameo), doc_id=doc_id, sentence_idx=idx,
        char_start=0, char_end=10, sentence=sentence or f"{src} {cameo} {tgt} on {date} ({doc_id}/{idx}).",
        date=date, date_precision="day", source=src, target=tgt, source_country=src[:3],
        target_country=tgt[:3], source_text=src, target_text=tgt, cameo=cameo, cameo_root=cameo[:2],
        plover=_PLOVER[cameo], quad_class=_QUAD[cameo], goldstein=_GOLDSTEIN[cameo], mode=mode,
        issues=issues, rule="test", date_from="text",
    )


def coded(doc_id: str, *events: Event, url: str | None = None, source: str = "Test Wire",
          title: str | None = None) -> CodedDocument:
    doc = Document.from_text(f"Text of {doc_id}.", id=doc_id, date=events[0].date if events else None,
                             url=url, source=source, title=title or f"Title of {doc_id}")
    return CodedDocument(document=doc, events=events)


ENERGY_SENTENCE = "Russia agreed to supply Japan with more liquefied natural gas."


def jpn_rus_documents() -> list[CodedDocument]:
    """JPN-RUS, asserted: Jan 2 cooperative, Feb 2 conflictual, Mar 1 cooperative (material);
    plus one planned and one hypothetical event in March, one negated in April, and other dyads."""
    return [
        coded("d1", event("d1", "2014-01-10", "JPNGOV", "RUSGOV", "040", issues=("DIPLOMACY",)),
              url="https://example.org/d1", title="Ministers meet"),
        coded("d2", event("d2", "2014-01-20", "RUS", "JPN", "057", issues=("ENERGY",), sentence=ENERGY_SENTENCE),
              url="https://example.org/d2", title="Gas deal"),
        coded("d3",
              event("d3", "2014-02-05", "JPN", "RUS", "163", issues=("SANCTIONS",)),
              event("d3", "2014-02-06", "RUSMIL", "JPN", "111", issues=("TERRITORY", "MILITARY"), idx=1),
              source="Northern Dispatch"),  # no url: the brief names the document instead
        coded("d4",
              event("d4", "2014-03-01", "JPN", "RUS", "061", issues=("ENERGY",)),
              event("d4", "2014-03-15", "JPN", "RUS", "040", mode="planned", issues=("DIPLOMACY",), idx=1),
              event("d4", "2014-03-20", "RUS", "JPN", "130", mode="hypothetical", issues=("TERRITORY",), idx=2),
              url="https://example.org/d4"),
        coded("d5", event("d5", "2014-04-02", "JPN", "RUS", "163", mode="negated", issues=("SANCTIONS",))),
        coded("d6",
              event("d6", "2014-01-05", "CHN", "JPN", "111"),
              event("d6", "2014-02-01", "USA", "RUS", "163", idx=1),
              event("d6", "2014-02-02", "JPN", "CHN", "040", idx=2)),
    ]


def step_documents() -> list[CodedDocument]:
    """JPN-RUS: 3 cooperative events a month in 2014-01..08, then 3 conflictual ones in 09..2015-04."""
    docs = []
    months = [f"2014-{m:02d}" for m in range(1, 13)] + [f"2015-{m:02d}" for m in range(1, 5)]
    for number, month in enumerate(months):
        cameo = "040" if number < 8 else "163"
        doc_id = f"s{number:02d}"
        docs.append(coded(doc_id, *[event(doc_id, f"{month}-{day:02d}", "JPN", "RUS", cameo, idx=day)
                                    for day in (3, 13, 23)]))
    return docs
