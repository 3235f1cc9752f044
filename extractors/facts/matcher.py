"""The span ruler's matches without building a spaCy Doc: the same tokens, the same phrase matches, faster.

spaCy's tokenizer splits the text at whitespace first and tokenizes every whitespace-free chunk on its own
(prefixes, suffixes, infixes, special cases), so a chunk's tokens do not depend on its neighbours. This
module tokenizes each distinct chunk once with the pipeline's own tokenizer (cached across articles) and
runs the phrase patterns over the resulting token stream. Two chunks are adjacent in the token stream only
when a single space separates them; any other gap makes a whitespace token, which no pattern contains.
Chunks none of whose tokens occur in any pattern cannot be part of a match and act as barriers; a run between
barriers none of whose chunks holds a pattern's first token is skipped, and at each first token the patterns
are looked up by their whole token tuple (one dict probe per pattern length). Overlaps are
resolved exactly as `spacy.util.filter_spans` resolves the ruler's sorted spans (longest in tokens, then
earliest, then spaCy's span order: label hash, then id hash). `tests/test_nlp_patterns.py` checks the
equality against the ruler.

A new chunk of a plain shape (ASCII letters, a figure, words joined by hyphens, one mark after them: `_PLAIN`)
is not given to the tokenizer at all: its tokens follow from the tokenizer's rules and are written down
directly (`_plain_tokens`; 59% of the new chunks of the real dev pages, a third of the tokenizing time),
special cases excepted; the index checks the shortcut against the tokenizer on probes of every shape when
it is built and turns it off if they disagree (`tests/test_nlp_matcher_shapes.py`)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate, compress

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.vocab import Vocab

_WS_SPLIT = re.compile(r"(\s\s*)")  # (\s+), written so that re skips to the next space at once
# chunks whose tokens are known without the tokenizer (unless a special case holds the chunk or its first
# group: 'cannot', 'dont', '0.0'): ASCII letters alone are one token (no prefix, suffix or infix rule
# matches a letter between letters, and the URL match wants a dot), and so is a figure of digits with single
# '.' or ',' between them (no rule splits a digit from a digit or a mark between digits; an IP address the
# URL match takes is one token too); a comma, semicolon, colon, '!' or '?' after letters, and '%' after a
# figure, is a suffix of its own ('word,' is 'word' ','; '12.5%' is '12.5' '%'), and so is a period after
# two letters or more or a small one ('end.' is 'end' '.'; 'A.' is one token, left to the tokenizer); a
# hyphen between letters is an infix of its own ('SWE-bench' is 'SWE' '-' 'bench'; no special case is made of
# letters and hyphens only, but one made of a piece and the mark, 'x-f.', is matched after: left to spaCy)
_PLAIN = re.compile(
    r"([A-Za-z]+(?:-[A-Za-z]+)*|\d+(?:[.,]\d+)*)((?<=[A-Za-z])[,;:!?]|(?:(?<=[A-Za-z][A-Za-z])|(?<=[a-z]))\.|(?<=\d)%)?"
)
# chunks of each plain shape, checked against the tokenizer when the index is built
_PROBES = (
    "Tarn",
    "tarn",
    "TARN",
    "T",
    "t",
    "Tarn,",
    "tarn;",
    "TARN:",
    "tarn!",
    "Tarn?",
    "tarn.",
    "TARN.",
    "TaRn.",
    "Ta.",
    "ta.",
    "T.",
    "2031",
    "40.25",
    "8,420",
    "5.5%",
    "77%",
    "Tarn-Vel",
    "tarn-vel-osk,",
    "TARN-V.",
    "tarn-v.",
    "Tarn-vel:",
    "x-Tarn!",
    "3,1.4",
    "cannot",
    "dont,",
    "Tarn-dont",
)
_CACHE_LIMIT = 200_000
_Hit = tuple[tuple[int, int], str, str]  # a pattern's (spaCy span order, label, id)


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
        # the same patterns looked up by their whole token tuple, per first token and length
        self.by_tokens: dict[str, list[tuple[int, dict[tuple[str, ...], list[_Hit]]]]] = {}
        for first, cands in self.by_first.items():
            by_len: dict[int, dict[tuple[str, ...], list[_Hit]]] = {}
            for orths, label, pid, order in cands:
                by_len.setdefault(len(orths), {}).setdefault(orths, []).append((order, label, pid))
            self.by_tokens[first] = sorted(by_len.items())
        # chunks are tokenized by the pipeline's tokenizer rules over a vocab that computes no lexical
        # attributes: a new word's lexeme otherwise runs ~20 Python attribute getters (lower, shape, like_num,
        # ...) that nothing here reads, 40% of tokenizing a page's new words; the same tokens (the rules
        # decide them, not the attributes)
        t = nlp.tokenizer
        assert isinstance(t, Tokenizer)
        self.tokenizer = Tokenizer(
            Vocab(lex_attr_getters={}),
            rules=t.rules,
            prefix_search=t.prefix_search,
            suffix_search=t.suffix_search,
            infix_finditer=t.infix_finditer,
            token_match=t.token_match,
            url_match=t.url_match,
            faster_heuristics=t.faster_heuristics,
        )
        self.specials = frozenset(t.rules or ())  # the chunks a special case tokenizes
        self.plain = self._plain_holds()  # chunks of the plain shapes are stored without the tokenizer
        self.chunks: dict[str, tuple[tuple[str, int, int], ...]] = {}
        self.orths: dict[str, tuple[str, ...]] = {}  # a chunk's token texts
        self.relevant: set[str] = set()  # chunks that hold a token some pattern contains
        self.starting: set[str] = set()  # chunks that hold a token some pattern starts with

    def _plain_tokens(self, c: str) -> tuple[tuple[str, int, int], ...] | None:
        """The tokens of a chunk of a plain shape (`_PLAIN`), None for a chunk left to the tokenizer."""
        m = _PLAIN.fullmatch(c)
        specials = self.specials
        if m is None or c in specials:
            return None
        w, mark = m.group(1), m.group(2)
        pieces = w.split("-") if "-" in w else [w]
        if (mark is not None and w in specials) or (
            len(pieces) > 1  # a special case made of a piece (and the mark) would be matched in it
            and (any(x in specials for x in pieces) or pieces[-1] + (mark or "") in specials)
        ):
            return None
        toks: list[tuple[str, int, int]] = []
        at = 0
        for piece in pieces:  # words joined by hyphens: each, and each '-'
            if at:
                toks.append(("-", at - 1, at))
            toks.append((piece, at, at + len(piece)))
            at += len(piece) + 1
        if mark is not None:  # the mark after the letters or the figure (see _PLAIN)
            toks.append((mark, len(w), len(c)))
        return tuple(toks)

    def _plain_holds(self) -> bool:
        """Whether the tokenizer gives the probes of every plain shape the tokens `_plain_tokens` gives them
        (a tokenizer with other rules turns the shortcut off rather than tokenize otherwise)."""
        for c in _PROBES:
            mine = self._plain_tokens(c)
            if mine is not None and mine != tuple(
                (t.orth_, t.idx, t.idx + len(t)) for t in self.tokenizer(c)
            ):
                return False
        return True

    def _tokenize(self, chunks: set[str]) -> None:
        """Tokenize new chunks in one call: joined by single spaces they are tokenized independently."""
        if len(self.chunks) > _CACHE_LIMIT:
            self.chunks.clear()
            self.orths.clear()
            self.relevant.clear()
            self.starting.clear()
        todo = []
        for c in chunks:
            toks = self._plain_tokens(c) if self.plain else None
            if toks is None:
                todo.append(c)
            else:
                self._store(c, toks)
        if not todo:
            return
        todo.sort()
        doc = self.tokenizer(" ".join(todo))
        spans = [(t.orth_, t.idx) for t in doc]
        ti = 0
        pos = 0
        for c in todo:
            end = pos + len(c)
            got: list[tuple[str, int, int]] = []
            while ti < len(spans) and spans[ti][1] < end:
                orth, idx = spans[ti]
                got.append((orth, idx - pos, idx - pos + len(orth)))
                ti += 1
            self._store(c, tuple(got))
            pos = end + 1

    def _store(self, c: str, toks: tuple[tuple[str, int, int], ...]) -> None:
        """Keep a chunk's tokens, their texts, and whether a pattern contains or starts with one of them."""
        self.chunks[c] = toks
        orths = self.orths[c] = tuple(o for o, _s, _e in toks)
        if any(o in self.vocab_words for o in orths):
            self.relevant.add(c)
        if any(o in self.by_first for o in orths):
            self.starting.add(c)

    def find(self, text: str) -> list[RulerMatch]:
        parts = _WS_SPLIT.split(text)  # chunk, gap, chunk, gap, ..., chunk
        chunks = parts[0::2]
        new = set(chunks).difference(self.chunks)
        new.discard("")
        if new:
            self._tokenize(new)
        offs = list(accumulate(map(len, parts), initial=0))  # chunk i starts at offs[2 * i]
        rel = list(compress(range(len(chunks)), map(self.relevant.__contains__, chunks)))
        # runs of relevant chunks joined by single spaces (chunk indexes); only a run holding a chunk with a
        # pattern's first token can hold a match
        runs: list[list[int]] = []
        cur: list[int] = []
        cur_starts = False
        starting = self.starting
        prev = -2
        for i in rel:
            if cur and not (i == prev + 1 and parts[2 * i - 1] == " "):
                if cur_starts:
                    runs.append(cur)
                cur = []
                cur_starts = False
            cur.append(i)
            if not cur_starts and chunks[i] in starting:
                cur_starts = True
            prev = i
        if cur and cur_starts:
            runs.append(cur)
        out: list[RulerMatch] = []
        by_tokens = self.by_tokens
        chunk_orths = self.orths
        for run in runs:
            orths: list[str] = []
            first_tok: list[int] = []  # the index in `orths` of each chunk's first token
            for ci in run:
                first_tok.append(len(orths))
                orths.extend(chunk_orths[chunks[ci]])
            spans: list[tuple[int, int, tuple[int, int], str, str]] = []
            n = len(orths)
            for i in [i for i, o in enumerate(orths) if o in by_tokens]:
                for k, table in by_tokens[orths[i]]:
                    if i + k > n:
                        break
                    hits = table.get(tuple(orths[i : i + k]))
                    if hits:
                        spans.extend((i, i + k, order, label, pid) for order, label, pid in hits)
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
                start = self._token_span(run, first_tok, chunks, offs, a)[0]
                out.append(
                    RulerMatch(label, pid, start, self._token_span(run, first_tok, chunks, offs, b - 1)[1])
                )
        return out

    def _token_span(
        self, run: list[int], first_tok: list[int], chunks: list[str], offs: list[int], t: int
    ) -> tuple[int, int]:
        """The char offsets of token `t` of a run (`first_tok`: where each of its chunks starts)."""
        j = bisect_right(first_tok, t) - 1
        ci = run[j]
        _orth, a, b = self.chunks[chunks[ci]][t - first_tok[j]]
        return offs[2 * ci] + a, offs[2 * ci] + b
