import json

from hypothesis import given, settings
from hypothesis import strategies as st

from dyadwatch.records import (
    ActorMention, CodedDocument, Document, Event, Fact, Location, content_hash, normalise_text,
)

codes = st.from_regex(r"[A-Z]{3}(GOV|MIL|BUS)?", fullmatch=True)
text = st.text(max_size=60)
events = st.builds(
    Event,
    event_id=st.text(min_size=1, max_size=16), doc_id=st.text(min_size=1, max_size=20),
    sentence_idx=st.integers(0, 500), char_start=st.integers(0, 10_000), char_end=st.integers(0, 10_000),
    sentence=text, date=st.none() | st.dates().map(lambda d: d.isoformat()),
    date_precision=st.sampled_from([None, "day", "month", "year"]), source=codes, target=codes,
    source_country=st.none() | codes, target_country=st.none() | codes, source_text=text, target_text=text,
    cameo=st.from_regex(r"[0-2][0-9]{2,3}", fullmatch=True), cameo_root=st.from_regex(r"[0-2][0-9]", fullmatch=True),
    plover=st.none() | st.sampled_from(["CONSULT", "SANCTION"]), quad_class=st.integers(1, 4),
    goldstein=st.floats(-10, 10), mode=st.sampled_from(["asserted", "negated", "planned"]),
    issues=st.lists(st.sampled_from(["ENERGY", "TERRITORY"]), max_size=2).map(tuple),
    location=st.none() | st.builds(Location, name=text, country=st.none() | codes,
                                   lat=st.none() | st.floats(-90, 90), lon=st.none() | st.floats(-180, 180)),
    rule=text, date_from=st.sampled_from(["text", "publication"]),
)


@given(events)
def test_event_json_round_trip_is_lossless(event):
    assert Event.from_json(event.to_json()) == event
    assert Event.from_dict(json.loads(json.dumps(event.to_dict()))) == event


@settings(max_examples=30, deadline=None)
@given(events)
def test_event_duckdb_round_trip_is_lossless(event):
    from dyadwatch.store import Store

    with Store(":memory:") as store:
        doc = Document.from_text("x", id=event.doc_id)
        store.write([CodedDocument(document=doc, events=(event,))])
        (back,) = store.events()
    assert back == event


def test_coded_document_round_trip_keeps_nested_records():
    doc = Document.from_text("Japan met Russia.", date="2014-01-01", title="t")
    mention = ActorMention("Japan", 0, 5, "JPN", "JPN", None, "country:JPN:iso", 0)
    fact = Fact("f1", doc.id, 0, "s", 0, 3, "$1", 1.0, "USD", actors=("JPN",))
    coded = CodedDocument(document=doc, actors=(mention,), facts=(fact,))
    back = CodedDocument.from_json(coded.to_json())
    assert back == coded
    assert isinstance(back.actors[0], ActorMention) and isinstance(back.facts[0].actors, tuple)


def test_document_id_is_the_hash_of_normalised_text():
    a = Document.from_text("Japan  met\nRussia.")
    b = Document.from_text("Japan met Russia.")
    assert a.id == b.id == content_hash("Japan met Russia.")
    assert normalise_text(" a \n b ") == "a b"
    assert Document.from_text("x", id="given").id == "given"


def test_event_record_has_every_field_of_the_contract():
    contract = """event_id doc_id sentence_idx char_start char_end sentence date date_precision source target
        source_country target_country source_text target_text cameo cameo_root plover quad_class goldstein
        mode issues location rule coder_version""".split()
    assert set(contract) <= set(Event.__dataclass_fields__)


def test_event_id_is_stable():
    assert Event.make_id("d", 1, "JPN", "RUS", "040") == Event.make_id("d", 1, "JPN", "RUS", "040")
    assert Event.make_id("d", 1, "JPN", "RUS", "040") != Event.make_id("d", 1, "RUS", "JPN", "040")
