"""The pipeline: Document -> sentences -> actors -> (parse only where needed) -> events.

Reads like the diagram in DESIGN.md:

1. tokenize the whole document (tokenizer only: cheap);
2. split sentences on punctuation and line breaks;
3. find and code actor mentions with the phrase matchers;
4. keep the sentences that hold two actor mentions and an event cue word, or an actor and a
   quantity;
5. run the full spaCy pipeline (tagger, parser, lemmatizer) on those sentences only;
6. code events and extract facts on the parsed sentences.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from datetime import date

from .actors.coder import ActorCoder
from .actors.dictionary import load_dictionary
from .config import Options, load_options
from .events.coder import EventCoder
from .facts import FactExtractor, has_quantity
from .nlp import PARSE_DISABLE, align_mentions, load_model, sentence_bounds
from .records import ActorMention, CodedDocument, Document, Event, Fact

log = logging.getLogger(__name__)


class Pipeline:
    """Holds the loaded resources (model, dictionaries, rules) and codes documents.

    Build it once per process; ``code`` streams documents through it in batches.
    """

    def __init__(self, options: Options | None = None, *, nlp=None) -> None:
        self.options = options or load_options()
        self.nlp = nlp if nlp is not None else load_model(self.options.model)
        self.actor_coder = ActorCoder(self.nlp, load_dictionary(self.options.data_dirs))
        self.event_coder = EventCoder(self.options.data_dirs)
        self.fact_extractor = FactExtractor()
        self._cues = self.event_coder.cue_forms
        self._open_cues = self.event_coder.open_cue_forms
        self.stats = {"documents": 0, "sentences": 0, "parsed": 0}
        """Running counts: documents coded, sentences seen, sentences given to the parser."""

    # ---------------------------------------------------------------- public API
    def code(self, documents: Iterable[Document], batch_docs: int = 16) -> Iterator[CodedDocument]:
        """Code documents, yielding one CodedDocument each, in input order."""
        batch: list[Document] = []
        for doc in documents:
            batch.append(doc)
            if len(batch) >= batch_docs:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def code_document(self, document: Document) -> CodedDocument:
        return next(iter(self._code_batch([document])))

    def code_text(self, text: str, **meta) -> CodedDocument:
        return self.code_document(Document.from_text(text, **meta))

    # ---------------------------------------------------------------- internals
    def _code_batch(self, documents: list[Document]) -> list[CodedDocument]:
        prepared = []
        to_parse: list[str] = []
        for document in documents:
            published = _parse_date(document.date)
            tokens = self.nlp.make_doc(document.text)
            bounds = self.actor_coder.split_datelines(tokens, sentence_bounds(tokens))
            mentions = self.actor_coder.mentions(tokens, bounds, published)
            by_sentence: dict[int, list[ActorMention]] = {}
            for m in mentions:
                by_sentence.setdefault(m.sentence_idx, []).append(m)
            chosen = []
            self.stats["documents"] += 1
            self.stats["sentences"] += len(bounds)
            for idx, (start, end) in enumerate(bounds):
                if idx not in by_sentence:
                    continue
                span = tokens[start:end]
                # an event needs a source and a target, both named in the sentence: two mentions
                # and a cue word, or one actor and the cue of a one-sided action ("thousands of
                # Kenyans demonstrated"); a fact needs one actor and a quantity
                two_actors = len({(m.char_start, m.code) for m in by_sentence[idx]}) >= 2
                cues = self._cues if two_actors else self._open_cues
                if self.options.prefilter and not (
                    any(tokens[i].lower_ in cues for i in range(start, end)) or has_quantity(span.text)
                ):
                    continue
                chosen.append((idx, span.start_char, len(to_parse)))
                to_parse.append(span.text)
            prepared.append((document, published, mentions, by_sentence, chosen))
        self.stats["parsed"] += len(to_parse)
        parsed = list(self.nlp.pipe(to_parse, disable=PARSE_DISABLE, batch_size=self.options.batch_size))
        results = []
        for document, published, mentions, by_sentence, chosen in prepared:
            events: dict[str, Event] = {}
            facts: dict[str, Fact] = {}
            for idx, offset, k in chosen:
                by_token = align_mentions(parsed[k], by_sentence[idx], offset)
                where = {"doc_id": document.id, "sentence_idx": idx, "offset": offset, "published": published}
                for event in self.event_coder.code_sentence(parsed[k], by_token, **where):
                    events.setdefault(event.event_id, event)
                for fact in self.fact_extractor.extract(parsed[k], by_token, **where):
                    facts.setdefault(fact.fact_id, fact)
            results.append(CodedDocument(
                document=document, actors=tuple(mentions), events=tuple(events.values()), facts=tuple(facts.values()),
            ))
        return results


def _parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        log.debug("unreadable publication date %r", value)
        return None
