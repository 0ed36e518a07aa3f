"""Near-duplicates: MinHash LSH (datasketch) over word shingles.

A story reposted on several sites differs in a byline, a sentence of boilerplate the cleaner
missed, a changed headline; its word 5-shingles still overlap far more than any two different
stories do. Each document's MinHash signature is looked up in an LSH index of the documents
kept so far; a match with estimated Jaccard similarity of at least ``threshold`` makes the
document a copy (``duplicate_of`` = the earlier document's id), stored but not coded.

Exact copies (same normalised text) are linked whatever their length; near-copies only when
both have at least ``min_words`` words, since two one-line reports of the same meeting are
different documents.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

import numpy as np

from ..records import Document

NUM_PERM = 128
SHINGLE_WORDS = 5
THRESHOLD = 0.7
MIN_WORDS = 50
_SCHEME = "affine32"
_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Match:
    doc_id: str
    similarity: float


class NearDuplicates:
    """An index of the canonical (first-seen) documents of a run or a store."""

    def __init__(
        self, *, threshold: float = THRESHOLD, num_perm: int = NUM_PERM,
        shingle_words: int = SHINGLE_WORDS, min_words: int = MIN_WORDS,
    ) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle_words = shingle_words
        self.min_words = min_words
        self._lsh = None  # built on first use: importing datasketch takes most of a second
        self._signatures: dict[str, object] = {}
        self._order: dict[str, int] = {}
        self._by_hash: dict[str, str] = {}

    def _load(self) -> None:
        if self._lsh is None:
            from datasketch import MinHash, MinHashLSH

            self._MinHash = MinHash
            self._permutations = MinHash(num_perm=self.num_perm, scheme=_SCHEME).permutations
            self._lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._order

    def __len__(self) -> int:
        return len(self._order)

    # ------------------------------------------------------------------ signatures
    def signature(self, text: str):
        """The MinHash of ``text``'s word shingles, or None if it is too short to compare."""
        words = [w.lower() for w in _WORD.findall(text)]
        if len(words) < self.min_words:
            return None
        self._load()
        k = self.shingle_words
        shingles = {" ".join(words[i:i + k]).encode("utf-8") for i in range(len(words) - k + 1)}
        sig = self._MinHash(num_perm=self.num_perm, permutations=self._permutations, scheme=_SCHEME)
        sig.update_batch(sorted(shingles))
        return sig

    def to_bytes(self, signature) -> bytes | None:
        return None if signature is None else np.asarray(signature.hashvalues, dtype=np.uint32).tobytes()

    def from_bytes(self, blob: bytes | None):
        if not blob:
            return None
        values = np.frombuffer(blob, dtype=np.uint32)
        if len(values) != self.num_perm:
            return None  # written with other settings: not comparable
        self._load()
        return self._MinHash(
            num_perm=self.num_perm, hashvalues=values.copy(), permutations=self._permutations, scheme=_SCHEME,
        )

    # ------------------------------------------------------------------ the index
    def add(self, doc_id: str, content_hash: str, signature) -> None:
        """Index a canonical document (its exact hash and, if long enough, its signature)."""
        if doc_id in self._order:
            return
        self._order[doc_id] = len(self._order)
        self._by_hash.setdefault(content_hash, doc_id)
        if signature is not None:
            self._load()
            self._signatures[doc_id] = signature
            self._lsh.insert(doc_id, signature)

    def find(self, content_hash: str, signature) -> Match | None:
        """The earliest, most similar indexed document this one copies, if any."""
        exact = self._by_hash.get(content_hash)
        if exact is not None:
            return Match(exact, 1.0)
        if signature is None or self._lsh is None:
            return None
        best: Match | None = None
        for candidate in self._lsh.query(signature):
            similarity = float(signature.jaccard(self._signatures[candidate]))
            if similarity < self.threshold:
                continue
            if best is None or (similarity, -self._order[candidate]) > (best.similarity, -self._order[best.doc_id]):
                best = Match(candidate, similarity)
        return best

    def link(self, doc: Document):
        """(doc, signature): the document with ``duplicate_of`` set if it copies an indexed one,
        else the document itself, now indexed. A document already indexed is left as it is."""
        signature = self.signature(doc.text)
        if doc.id in self:
            return doc, signature
        match = self.find(doc.content_hash, signature)
        if match is not None and match.doc_id != doc.id:
            return dataclasses.replace(doc, duplicate_of=match.doc_id), signature
        self.add(doc.id, doc.content_hash, signature)
        return doc, signature
