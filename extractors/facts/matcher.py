"""The span ruler's matches without building a spaCy Doc: the same tokens, the same phrase matches, faster.

spaCy's tokenizer splits the text at whitespace first and tokenizes every whitespace-free chunk on its own
(prefixes, suffixes, infixes, special cases), so a chunk's tokens do not depend on its neighbours. This
module tokenizes each distinct chunk once with the pipeline's own tokenizer (cached across articles) and
runs the phrase patterns over the resulting token stream. Two chunks are adjacent in the token stream only
when a single space separates them; any other gap makes a whitespace token, which no pattern contains.
Chunks none of whose tokens occur in any pattern cannot be part of a match and act as barriers. Overlaps are
resolved exactly as `spacy.util.filter_spans` resolves the ruler's sorted spans (longest in tokens, then
earliest, then spaCy's span order: label hash, then id hash). `tests/test_nlp_patterns.py` checks the
equality against the ruler."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate, compress

from spacy.language import Language

_WS_SPLIT = re.compile(r"(\s+)")
_CACHE_LIMIT = 200_000


@dataclass(frozen=True, slots=True)
class RulerMatch:
    label: str
    id: str
    start: int  # char offsets
    end: int


class PhraseIndex:
    def __init__(self, nlp: Language, patterns: list[tuple[str, str, str]]) -> None:
        """`patterns`: (label, surface, id) as given to the span ruler."""
        self.nlp = nlp
        self.by_first: dict[str, list[tuple[tuple[str, ...], str, str, tuple[int, int]]]] = {}
        self.vocab_words: set[str] = set()
        strings = nlp.vocab.strings
        seen: set[tuple[tuple[str, ...], str, str]] = set()
        for label, surface, pid in patterns:
            orths = tuple(t.orth_ for t in nlp.make_doc(surface))
            if not orths or (orths, label, pid) in seen:
                continue
            seen.add((orths, label, pid))
            order = (strings.add(label), strings.add(pid))
            self.by_first.setdefault(orths[0], []).append((orths, label, pid, order))
            self.vocab_words.update(orths)
        self.chunks: dict[str, tuple[tuple[str, int, int], ...]] = {}
        self.relevant: set[str] = set()  # chunks that hold a token some pattern contains

    def _tokenize(self, chunks: set[str]) -> None:
        """Tokenize new chunks in one call: joined by single spaces they are tokenized independently."""
        if len(self.chunks) > _CACHE_LIMIT:
            self.chunks.clear()
            self.relevant.clear()
        todo = sorted(chunks)
        doc = self.nlp.make_doc(" ".join(todo))
        toks = [(t.orth_, t.idx) for t in doc]
        ti = 0
        pos = 0
        words = self.vocab_words
        for c in todo:
            end = pos + len(c)
            got: list[tuple[str, int, int]] = []
            while ti < len(toks) and toks[ti][1] < end:
                orth, idx = toks[ti]
                got.append((orth, idx - pos, idx - pos + len(orth)))
                ti += 1
            self.chunks[c] = tuple(got)
            if any(o in words for o, _s, _e in got):
                self.relevant.add(c)
            pos = end + 1

    def find(self, text: str) -> list[RulerMatch]:
        parts = _WS_SPLIT.split(text)  # chunk, gap, chunk, gap, ..., chunk
        chunks = parts[0::2]
        new = set(chunks).difference(self.chunks)
        new.discard("")
        if new:
            self._tokenize(new)
        offs = list(accumulate(map(len, parts), initial=0))  # chunk i starts at offs[2 * i]
        rel = list(compress(range(len(chunks)), map(self.relevant.__contains__, chunks)))
        # runs of relevant chunks joined by single spaces, as flat token lists with char offsets
        runs: list[list[tuple[str, int, int]]] = []
        cur: list[tuple[str, int, int]] = []
        prev = -2
        for i in rel:
            if cur and not (i == prev + 1 and parts[2 * i - 1] == " "):
                runs.append(cur)
                cur = []
            s = offs[2 * i]
            cur.extend((o, s + a, s + b) for o, a, b in self.chunks[chunks[i]])
            prev = i
        if cur:
            runs.append(cur)
        out: list[RulerMatch] = []
        by_first = self.by_first
        for run in runs:
            spans: list[tuple[int, int, tuple[int, int], str, str]] = []
            n = len(run)
            for i, (orth, _s, _e) in enumerate(run):
                cands = by_first.get(orth)
                if not cands:
                    continue
                for orths, label, pid, order in cands:
                    k = len(orths)
                    if i + k <= n and all(run[i + j][0] == orths[j] for j in range(1, k)):
                        spans.append((i, i + k, order, label, pid))
            if not spans:
                continue
            spans = sorted(set(spans), key=lambda sp: (sp[0], sp[1], sp[2]))
            taken: set[int] = set()
            keep = []
            for sp in sorted(spans, key=lambda sp: (sp[1] - sp[0], -sp[0]), reverse=True):
                if any(t in taken for t in range(sp[0], sp[1])):
                    continue
                taken.update(range(sp[0], sp[1]))
                keep.append(sp)
            for a, b, _o, label, pid in sorted(keep, key=lambda sp: sp[0]):
                out.append(RulerMatch(label, pid, run[a][1], run[b - 1][2]))
        return out
