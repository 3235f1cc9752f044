"""Text cleaning and news-shaped segmentation: headings, sentences, list items, table rows and table lines.

All functions are pure. Offsets are into the cleaned text; `CleanText.to_original` maps them back to the
article's own text (cleaning only repairs mojibake and unifies quotes, so the map is nearly the identity).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractors.facts.alternation import longest_first
from extractors.facts.decimal_marks import decimal_commas, space_thousands
from extractors.facts.held_lines import LineOpening
from extractors.facts.numbers import CJK_LETTERS, year_like
from extractors.facts.source_views import without_gutter
from extractors.facts.table_rows import (
    ALIGNED_GAP,
    continued_rows,
    is_pipe_line,
    more_rows,
    parse_aligned_rows,
    parse_pipe_rows,
    pipe_parts,
)
from extractors.facts.table_rows import (
    TextTable as TextTable,  # (re-exported: the layout holds them)
)

_MOJIBAKE = {
    "â€™": "'",
    "â€˜": "'",
    "â€œ": '"',
    "â€\ufffd": '"',
    "â€\x9d": '"',
    "â€”": "—",
    "â€“": "–",
    "â€¦": "…",
    "Â\xa0": " ",
    "Â ": "  ",
}
_MOJIBAKE_RE = re.compile("|".join(re.escape(k) for k in longest_first(_MOJIBAKE)))
_ONE_TO_ONE = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "\xa0": " ", "\u2009": " ", "\u202f": " ", "\u200b": " "}
    # hyphens that look like '-' ("K2‑Thinking", "GPT‑5") are '-', so names match as written
    | {c: "-" for c in "\u2010\u2011\u2012\u2212"}
    # footnote markers ("AIME 2026³", "HLE†") become spaces, so the name before them matches as written
    | {c: " " for c in "¹²³⁴⁵⁶⁷⁸⁹⁰†‡"}
)
# an asterisk glued to a name or figure ("SWE-bench Verified*", "77.4%*"), not markdown emphasis ("**x**")
_STAR_MARK = re.compile(r"(?<=[\w%)])\*(?=[\s,.;:)]|$)")


# page clutter: a "Most read" / "Related" / "More from …" heading line and the short headline lines under it
# (a line's opening, searched after the newlines: held_lines.LineOpening)
_CLUTTER_HEAD = LineOpening(
    r"[ \t#*]*(?:Most (?:read|popular|viewed|shared)|Trending(?: now| stories)?|Related(?: stories| articles"
    r"| coverage| reading| posts)?|Recommended(?: for you| reading| stories)?|More from [^\n]{1,40}|Read more"
    r"|Also read|Popular(?: now| stories)?|You may also like|Editor's picks|Top stories)[ \t:*]*$",
    re.M | re.I,
)
_HEADLINE_MAX = 110


# reference markers of wikis and papers ("… in 2025.[1][3]"): not figures
_CITATION = re.compile(r"\[(?:\d{1,3}|[a-z])\]")


# a markdown escape ("\\(73.3% vs 77.2%\\)", "GPT\\_5"): the backslash is not part of the text
_MD_ESCAPE = re.compile(r"\\(?=[()\[\]*_#|.+!`{}<>-])")
_ESCAPED_WORD = re.compile(r"[^\s\\]*(?:\\[()\[\]*_#|.+!`{}<>-][^\s\\]*)+")


def _unescape_word(m: re.Match[str]) -> str:
    """A markdown-escaped word ('SWE\\-bench', '74\\.9%', '\\(SOTA\\)') without its backslashes, padded with
    spaces after it to the same length, so the name or number stays whole and offsets stay in the word."""
    word = _MD_ESCAPE.sub("", m.group())
    return word + " " * (len(m.group()) - len(word))


# a pipe table's separator row ('|:---|---:|'); when its rows were flattened onto one line with it, each
# row is N+1 pipes, the next row starting after blanks
_PIPE_SEPARATOR = re.compile(r"\|(?:[ \t]*:?-{3,}:?[ \t]*\|){2,}")


def _unflatten_pipe_tables(text: str) -> str:
    """A pipe table whose rows text extraction ran onto one line ('| B | M1 | M2 | |---|---|---| | HLE | 41 |
    38 | | AIME | 90 | 88 |') gets its line breaks back, in place of the blank between two rows (same length):
    the separator row gives the column count, so every N+1 pipes end a row."""
    chars: list[str] | None = None
    for m in _PIPE_SEPARATOR.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if line_end - m.end() < 20:
            continue  # rows already on their own lines
        prev_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        if line_start and text[prev_start:line_start].lstrip().startswith("|"):
            continue  # right under another table's rows: the flat-line reader keeps the two tables apart
        n = m.group().count("|") - 1
        pipes = [i for i in range(line_start, line_end) if text[i] == "|"]
        sep_first = pipes.index(m.start())
        head = sep_first - (n + 1)
        cuts: list[int] = []
        if head >= 0 and not text[pipes[head + n] + 1 : m.start()].strip():
            cuts.append(pipes[head + n] + 1)  # between the header and the separator
            if pipes[head] > line_start and not text[pipes[head] - 1].strip():
                cuts.append(pipes[head] - 1)  # a title before the header
        k = sep_first + n + 1  # the first pipe after the separator
        cuts.append(pipes[sep_first + n] + 1)
        while k + n < len(pipes):
            end = pipes[k + n]
            if end + 1 < line_end and not text[end + 1 : end + 2].strip():
                cuts.append(end + 1)
            elif end + 1 < line_end:
                break  # the rows do not keep to N cells: not a flattened table
            k += n + 1
        if len(cuts) < 3:
            continue
        if chars is None:
            chars = list(text)
        for c in cuts:
            if c < len(chars) and chars[c] in " \t":
                chars[c] = "\n"
    return text if chars is None else "".join(chars)


# a name's word glued to a copy of itself, as an icon's label or a logo's alt text leaves it
# ('#1 OpusOpus 4.6', 'GeminiGemini 3 Pro'): the first copy is blanked
# (the capital first, the lookbehind after it: `re` then skips straight to the capitals, the rare
# characters, instead of trying the lookbehind at every position; the same matches)
_DOUBLED_WORD = re.compile(r"([A-Z](?<![\w-][A-Z])[a-z]{2,})\1(?= [A-Z\d])")


def _unmark(text: str) -> str:
    if "|" in text:
        text = _unflatten_pipe_tables(text)
    if "," in text:
        text = decimal_commas(text)
    text = space_thousands(text)
    if "\\" in text:
        text = _ESCAPED_WORD.sub(_unescape_word, text)
    if "*" in text:
        text = _STAR_MARK.sub(" ", text)
    if "[" in text:
        text = _CITATION.sub(lambda m: " " * len(m.group()), text)
    text = _DOUBLED_WORD.sub(lambda m: " " * len(m.group(1)) + m.group(1), text)
    m = _CLUTTER_HEAD.search(text)
    if m is None:
        return text
    chars = list(text)
    while m is not None:
        pos, end = m
        blank = [(pos, end)]
        nxt = end + 1
        while nxt < len(text):  # the headline lines under it (blank lines between them allowed)
            le = text.find("\n", nxt)
            le = len(text) if le < 0 else le
            line = text[nxt:le].strip()
            if line and (len(line) > _HEADLINE_MAX or line.endswith((".", '?"', '."')) or line.count(". ")):
                break
            blank.append((nxt, le))
            nxt = le + 1
        for a, b in blank:
            chars[a:b] = " " * (b - a)
        m = _CLUTTER_HEAD.search(text, nxt)
    return "".join(chars)


@dataclass(frozen=True, slots=True)
class CleanText:
    text: str
    offsets: tuple[int, ...] | None = (
        None  # original index of each clean char (+ one past the end); None = same
    )

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end]


# a superscript digit after a Greek letter is part of a name ('τ²-Bench' is τ2-bench), not a footnote mark
_GREEK_POWER = re.compile(r"(?<=[α-ωΑ-Ω])[²³]")


def _greek_power(text: str) -> str:
    if "²" not in text and "³" not in text:
        return text
    return _GREEK_POWER.sub(lambda m: "2" if m.group() == "²" else "3", text)


# a list item's running number glued to its label by text extraction ('- 3Gemma 2B scores …'): blanked, the
# same length, so the name is whole again and offsets still map to the original
_GLUED_ITEM_NUMBER = re.compile(r"(?m)^([ \t]*[-*•][ \t]*)(\d{1,2})(?=[A-Z][a-z])")


def _item_numbers(text: str) -> str:
    return _GLUED_ITEM_NUMBER.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)


def clean_text(text: str) -> CleanText:
    """`_clean_text` of the page (of the file, when the page is a source view: `source_views.py`)."""
    if (shown := without_gutter(text)) is None:
        return _clean_text(text)
    clean, offsets = _clean_text(shown[0]), shown[1]
    return CleanText(clean.text, tuple(offsets[i] for i in clean.offsets) if clean.offsets else offsets)


def _clean_text(text: str) -> CleanText:
    if "â€" not in text and "Â" not in text:
        return CleanText(_unmark(_item_numbers(_greek_power(text)).translate(_ONE_TO_ONE)))
    out: list[str] = []
    offs: list[int] = []
    pos = 0
    for m in _MOJIBAKE_RE.finditer(text):
        out.append(text[pos : m.start()])
        offs.extend(range(pos, m.start()))
        rep = _MOJIBAKE[m.group()]
        out.append(rep)
        offs.extend([m.start()] * len(rep))
        pos = m.end()
    out.append(text[pos:])
    offs.extend(range(pos, len(text)))
    offs.append(len(text))
    return CleanText(_unmark(_item_numbers(_greek_power("".join(out))).translate(_ONE_TO_ONE)), tuple(offs))


@dataclass(frozen=True, slots=True)
class Segment:
    start: int
    end: int
    kind: str  # heading | sentence | item | row | line
    para: int  # block index
    section: int  # index (into the segment list) of the heading above, -1 when none
    first: bool = False  # first segment of its block
    lead_para: int = -1  # for list items: the paragraph that introduces the list


@dataclass(frozen=True, slots=True)
class Layout:
    segments: tuple[Segment, ...]
    tables: tuple[TextTable, ...] = field(default=())


_LABEL_LINE = re.compile(
    r"[^:|]{2,60}:\s+\S"
    r"|[^\d|\s][^|]{1,60}?(?:\s*[—–:\t]\s*|\s+-\s+|\s+)\d[\d,]*(?:\.\d+)?\s*(?:%|percent)?(?:\s*\([^)]{1,30}\))?$"
)
_NOT_SPACE = re.compile(r"\S")
_LIST_RE = re.compile(r"\s*(?:[-*•·▪‣◦]|\d{1,2}[.)])\s+")
# a sentence ends at '. ' before a capital or a figure, and at a Chinese or Japanese full stop
# one class of stops first, so that re skips to them; the lookbehind after it says which kind was read
_SPLIT_RE = re.compile(
    r"[.!?\u3002\uff01\uff1f](?:(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9$#])"
    r"|(?<=[\u3002\uff01\uff1f])[」』\"')\]]*\s*(?=\S))"
)
_ABBREV = {
    "No",
    "no",
    "vs",
    "e.g",
    "i.e",
    "Inc",
    "Corp",
    "Ltd",
    "Co",
    "Calif",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "St",
    "Jr",
    "Sr",
    "U.S",
    "approx",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "est",
    "Fig",
    "Vol",
    "al",
    "etc",
    "Prof",
    "Gen",
    "Sen",
    "Rep",
    "Gov",
    "Ph.D",
    "U.K",
    "Op",
    # German ('68,2 bzw. 65,1 Prozent', 'ca. 70 %', 'z.B.', 'd.h.', 'u.a.')
    "bzw",
    "ca",
    "z.B",
    "d.h",
    "u.a",
}
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
# a day with a full stop before a capitalised month and its year ('am 5. Februar 2026'): no sentence end
_DAY_DOT = re.compile(r"(?<![\w.,])\d{1,2}$")
_MONTH_YEAR = re.compile(
    r"(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|"
    r"March|May|June|July|October|December)\s+(?:19|20)\d\d\b"
)


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end] (a single line)."""
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _SPLIT_RE.finditer(text, start, end):
        dot = m.start()
        wm = _WORD_BEFORE.search(text, max(cur, dot - 12), dot)
        if text[dot] == "." and wm:
            word = wm.group(1)
            # an initial ('J. Smith') stands alone: a capital ending a size or name ('Name-14B.', '7B.') ends
            # the sentence
            glued = wm.start() > 0 and (text[wm.start() - 1].isdigit() or text[wm.start() - 1] in "-_")
            if word in _ABBREV or (len(word) == 1 and word.isupper() and not glued):
                continue
        if (
            text[dot] == "."
            and _DAY_DOT.search(text, max(cur, dot - 3), dot)
            and _MONTH_YEAR.match(text, m.end())
        ):
            continue
        cut = m.end()
        seg_end = dot + 1
        while seg_end < cut and text[seg_end] in "\"')]":
            seg_end += 1
        if text[cur:seg_end].strip():
            spans.append((cur, seg_end))
        cur = cut
    if text[cur:end].strip():
        spans.append((cur, end))
    return spans


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        while s < e and text[s] in " \t\r":
            s += 1
        while e > s and text[e - 1] in " \t\r":
            e -= 1
        out.append((s, e))
        pos += len(line) + 1
    return out


_NUM_TOKEN = re.compile(r"(?<![\w.,-])\d[\d,]*(?:\.\d+)?%?(?![\w.,])")


def _is_label_line(text: str, s: int, e: int) -> bool:
    """'Label: value', 'Label — 70.3', 'Label 70.3%': a label and one value (a year in the label is fine)."""
    if not _LABEL_LINE.match(text, s, e):
        return False
    nums = _NUM_TOKEN.findall(text, s, e)
    return len(nums) <= 1 or (len(nums) == 2 and year_like(nums[0]))


# a clause break inside Chinese, Japanese or Korean text: a comma, an enumeration comma or a semicolon
# after one of their characters (CJK text has few spaces, so its sentences look short to a count of words)
_CJK_CLAUSE = re.compile(f"[{CJK_LETTERS})）][,，、;；]")


def _is_heading(line: str) -> bool:
    if not line or line[-1] in ".!?:;,\"'\u3002\uff01\uff1f\uff1a\uff1b\uff0c" or len(line) > 90:
        return False
    if len(_CJK_CLAUSE.findall(line)) >= 2:
        return False  # two clause breaks: a CJK sentence left without its full stop, no heading
    return len(line.split()) <= 12 and not _LIST_RE.match(line)


def _is_prose_line(line: str) -> bool:
    return len(line) > 100 or (
        len(line) > 40 and line[-1] in ".!?\u3002\uff01\uff1f" and not _LIST_RE.match(line)
    )


def _cut_row(text: str, s: int, e: int) -> bool:
    """A table row the page's text was cut off inside ('GSM8k | 73.46 | … | 8', nothing after it)."""
    return _NOT_SPACE.search(text, e) is None and text.count("|", s, e) >= 2


def _pipe_flags(text: str, block: list[tuple[int, int]]) -> list[bool]:
    """Which lines of a block are pipe-table lines: those a pipe opens or closes, a row cut off at the text's
    end, and a row's middle the page broke onto a line of its own after a line a pipe closes ('| 1 |' over
    'Name (Lab) | 50.2% | Yes')."""
    return [
        is_pipe_line(text[s:e])
        or _cut_row(text, s, e)
        or (
            k > 0
            and text.count("|", s, e) >= 2
            and text[block[k - 1][0] : block[k - 1][1]].rstrip().endswith("|")
        )
        for k, (s, e) in enumerate(block)
    ]


_FLAT_TABLE = re.compile(r"\S\s*\|\s*\|\s*:?-{2,}:?\s*\|")


def _runs(text: str, block: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """A block as text extraction leaves a page (one paragraph, heading, table row or list item per line, no
    blank lines between them) splits into runs: each prose line alone, runs of pipe-table lines, and runs of
    the other short lines (headings, lists, label lines, cells). A block of one kind stays whole."""
    if len(block) < 2:
        return [block]
    kinds = []
    flags = _pipe_flags(text, block)
    for (s, e), piped in zip(block, flags, strict=True):
        line = text[s:e]
        kinds.append(
            "flat"  # a whole pipe table on one line: a block of its own
            if _FLAT_TABLE.search(line)
            else "pipe"
            if piped
            else "prose"
            if _is_prose_line(line)
            else "short"
        )
    # columns aligned with runs of spaces or tabs (three cells or more): a table row, however long; a short
    # line between two such rows is a section's title in that table
    for i, (s, e) in enumerate(block):
        if kinds[i] == "prose" and len(ALIGNED_GAP.findall(text, s, e)) >= 2:
            kinds[i] = "aligned"
    for i in range(1, len(kinds) - 1):
        if kinds[i] == "short" and kinds[i - 1] == "aligned" and kinds[i + 1] == "aligned":
            kinds[i] = "aligned"
    if len(set(kinds)) == 1 and kinds[0] != "prose":
        return [block]
    if "pipe" not in kinds and kinds.count("prose") < 2:
        return [block]
    runs: list[list[tuple[int, int]]] = []
    prev = ""
    for span, kind in zip(block, kinds, strict=True):
        if kind in ("prose", "flat") or kind != prev or not runs:
            runs.append([span])
        else:
            runs[-1].append(span)
        prev = kind
    return runs


def segment_text(text: str) -> Layout:
    """Blocks (split at blank lines) become headings, sentences, list items, table rows or table lines."""
    segs: list[Segment] = []
    tables: list[TextTable] = []
    lines = _lines(text)
    blocks: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    for s, e in lines:
        if s == e:
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append((s, e))
    if cur:
        blocks.append(cur)
    blocks = [run for block in blocks for run in _runs(text, block)]
    section = -1
    last_prose_para = -1
    for para, block in enumerate(blocks):
        texts = [text[s:e] for s, e in block]
        pipe = _pipe_flags(text, block)
        if (sum(pipe) >= 2 and sum(pipe) >= len(block) - 1) or (
            len(block) == 1 and pipe[0] and texts[0].count("|") >= 8
        ):
            for part in pipe_parts(text, [b for b, p in zip(block, pipe, strict=True) if p]):
                more = continued_rows(text, part, tables[-1]) if tables else None
                if more is not None:  # a table the page broke with text between its rows: its header, and
                    rows, spans = more  # what its intro says (it starts where that table starts)
                    last = tables[-1]
                    tables.append(TextTable(last.header, rows, spans, para, last.start, part[-1][1]))
                    segs.extend(Segment(s, e, "row", para, section, False) for s, e in spans)
                    continue
                parsed = parse_pipe_rows(text, part)
                if len(parsed) < 2:
                    continue
                tables.append(
                    TextTable(
                        header=parsed[0][0],
                        rows=tuple(r[0] for r in parsed[1:]),
                        row_spans=tuple((r[1], r[2]) for r in parsed[1:]),
                        para=para,
                        start=part[0][0],
                        end=part[-1][1],
                    )
                )
                for i, (_cells, s, e) in enumerate(parsed):
                    segs.append(Segment(s, e, "row", para, section, i == 0))
            continue
        more = more_rows(text, block, tables[-1]) if tables else None
        if more is not None:
            rows, spans = more
            tables.append(TextTable(tables[-1].header, rows, spans, para, block[0][0], block[-1][1]))
            segs.extend(Segment(s, e, "row", para, section, i == 0) for i, (s, e) in enumerate(spans))
            continue
        aligned = parse_aligned_rows(text, block) if len(block) >= 2 else None
        if aligned is not None:
            tables.append(
                TextTable(
                    header=aligned[0][0],
                    rows=tuple(r[0] for r in aligned[1:]),
                    row_spans=tuple((r[1], r[2]) for r in aligned[1:]),
                    para=para,
                    start=block[0][0],
                    end=block[-1][1],
                )
            )
            for i, (_cells, s, e) in enumerate(aligned):
                segs.append(Segment(s, e, "row", para, section, i == 0))
            continue
        if len(block) == 1 and _is_heading(texts[0]):
            section = len(segs)
            segs.append(Segment(block[0][0], block[0][1], "heading", para, section, True))
            last_prose_para = -1  # a list under a heading is introduced by nothing above the heading
            continue
        is_list = [bool(_LIST_RE.match(t)) for t in texts]
        unpunct = sum(1 for t in texts if t[-1] not in ".!?:;")
        if any(is_list):
            lead = last_prose_para
            for (s, e), li in zip(block, is_list, strict=True):
                first = True
                m = _LIST_RE.match(text, s, e) if li else None
                s2 = m.end() if m else s
                for a, b in split_sentences(text, s2, e):
                    segs.append(Segment(a, b, "item" if li else "sentence", para, section, first, lead))
                    first = False
            continue
        if len(block) >= 3 and unpunct >= len(block) - 1:
            for i, (s, e) in enumerate(block):
                kind = "item" if _is_label_line(text, s, e) else "line"
                segs.append(
                    Segment(s, e, kind, para, section, True if kind == "item" else i == 0, last_prose_para)
                )
            continue
        first = True
        for s, e in block:
            for a, b in split_sentences(text, s, e):
                segs.append(Segment(a, b, "sentence", para, section, first))
                first = False
        last_prose_para = para
    return Layout(tuple(segs), tuple(tables))
