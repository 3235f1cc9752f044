"""Benchmarks no list knows, as Chinese, Japanese and Korean pages name them: a name in Latin letters set
in the language's own frame for a test (used by mentions.py beside unknown_bench.discover_benchmarks).

An English page says 'on <Name>' or 'the <Name> benchmark'; these pages glue the Latin name to the words
around it and use their own words:

- the frame 'on B' with a figure after it in the clause, or a score verb right after the name:
  '在 B 上得分 61%', '於 B 中取得 61%', '在 B 达到 61%';
- the word for a benchmark or a board before or after the name: '基准测试 B', 'B 基准上', 'Bベンチマーク',
  'B 벤치마크', 'B 榜单', and the names joined by 'and' before that word ('A 和 B 基准测试');
- a particle of place with the figure right after it: 'Bで61%', 'B에서 61점', 'B에서 각각 61점'.

A frame with a figure whose clause speaks of speed, latency, growth or a share ('在 B 上的吞吐提升 30%',
'Bで25%のシェア') names where a model runs or sells, and its figure is a change: no benchmark.

Only a name no list knows is read so (a name the page's patterns know is skipped, and a known name the
match opens with is cut off). A score word after a name ('Name 得分 61%') is no frame: a model's own
score is written so too. Neither is a verb for testing that could take a model as its object
('测试 Name-5'), nor a figure that is a price, a year or a count ('19.9 元', '2026年'). The words are
data: patterns/cjk_frames.jsonl.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from extractors.facts.entities import Mention, Spans
from extractors.facts.name_templates import STOP_HEADS
from extractors.facts.numbers import CJK_LETTERS
from extractors.facts.patterns import PATTERN_DIR, data_rows, word_alternation

_ROWS = data_rows(PATTERN_DIR / "cjk_frames.jsonl", ("id", "kind"))


def _words(kind: str) -> str:
    return word_alternation((str(r["id"]) for r in _ROWS if r["kind"] == kind), longest_first=True)


# Chinese, Japanese and Korean characters: the gate, and what may stand glued to a name
_GATE = re.compile(f"[{CJK_LETTERS}]")
# a name in Latin letters: words joined by a space only when the next opens on a capital or a digit
# ('Quill-Bench Verified', 'Quill QA 2'); the letters are ASCII, so the CJK text glued on is no part of it
_NAME = (
    r"(?P<name>(?<![A-Za-z0-9.\-_/])[A-Za-zτ][A-Za-z0-9_.+²³'’-]*?[A-Za-z0-9²³+]"
    r"(?:[ \t](?:[A-Z0-9][A-Za-z0-9_.+²³-]*[A-Za-z0-9²³+]|[A-Z0-9]))*)"
)
# a figure: a share, a score in the language's word for points, or a decimal
_FIGURE = (
    r"[~≈约約]?\d+(?:\.\d+)?\s?(?:%|％|分|点|점|pts)"
    r"|\d+\.\d+(?![\d.]|\s?(?:[元円원倍xX]|美元|年|月|亿|億|万|萬|B\b))"
)
_CLAUSE = "[^。！？!?；;\\n]{0,24}?"
_FRAMES = [
    # '在 B 上 … 61%', '於 B 中 … 61%'
    re.compile(
        f"(?:{_words('open')})\\s?{_NAME}\\s?(?:(?:{_words('close')}){_CLAUSE}|(?:{_words('verb')})\\s?)(?:{_FIGURE})"
    ),
    # '基准测试 B', '新基準 B': the word for a benchmark, then the name
    re.compile(f"(?:{_words('noun')})\\s?{_NAME}(?=\\s?[{CJK_LETTERS}，。、,.:：(（)）]|\\s*$)", re.M),
    # 'B 基准上', 'Bベンチマーク', 'B 榜单'
    re.compile(f"{_NAME}\\s?(?:{_words('noun')})"),
    # 'Bで61%', 'B에서 각각 61점'
    re.compile(f"{_NAME}\\s?(?:{_words('place')})\\s?(?:{_words('each')})?\\s?(?:{_FIGURE})"),
]
# a speed, latency, growth or share word in the clause of a frame's figure: the name is where a model runs or
# sells (a chip, a serving stack, a cloud, a code host) and the figure a change or a share, no score
_CHANGE = re.compile(_words("change"))
_CLAUSE_END = re.compile("[。！？!?；;，,\\n]")


def _changed(text: str, m: re.Match[str]) -> bool:
    """Whether the clause from the name to the end of the frame's figure's clause holds a change word."""
    end = _CLAUSE_END.search(text, m.end())
    return _CHANGE.search(text, m.end("name"), end.start() if end else len(text)) is not None


_FIGURED = (_FRAMES[0], _FRAMES[3])
# a name that is a word of a sentence or a unit, never a benchmark's ('API', 'token': kind 'not_a_name'), a
# pass@k or a bare version
_NOT_A_NAME = re.compile(f"(?i){_words('not_a_name')}|pass@\\d+|v?\\d+(?:\\.\\d+)*")


def cjk_benchmarks(text: str, known: Sequence[Mention]) -> list[str]:
    """The names these frames call a benchmark that no known mention covers, in order, once each."""
    if _GATE.search(text) is None:
        return []
    spans = [k for k in known if k.kind != "lab"]
    covered = Spans(spans).overlaps
    out: list[str] = []
    for rx in _FRAMES:
        for m in rx.finditer(text):
            s, e = m.start("name"), m.end("name")
            name = m.group("name")
            if rx in _FIGURED and _changed(text, m):
                continue
            inside = [k for k in spans if s <= k.start < e or s < k.end <= e]
            if inside:
                # 'Name-5 ZRA-Bench Verified 得分': what follows the known name the match opens with
                cut = max(k.end for k in inside)
                if cut >= e or text[cut] not in " \t":
                    continue
                s, name = cut + 1, text[cut + 1 : e]
            if covered(s, e) or len(name) <= 2 or name.split()[0] in STOP_HEADS:
                continue
            if _NOT_A_NAME.fullmatch(name) or not re.search(r"[A-Z]|\d|[a-z]-", name):
                continue
            if name not in out and not _subject(text, name):
                out.append(name)
            if rx is _FRAMES[2]:
                out += [n for n in _coordinated(text, s, covered) if n not in out]
    return out


# the particles that make a name the subject of its sentence: glued on in Korean and Japanese ('Name-7은',
# 'Name-7は'), maybe after a space in Chinese ('Name-7 在 B 上')
_SUBJECT = (
    word_alternation(str(r["id"]) for r in _ROWS if r["kind"] == "subject" and r["lang"] != "zh")
    + r"|\s?"
    + word_alternation(str(r["id"]) for r in _ROWS if r["kind"] == "subject" and r["lang"] == "zh")
)


def _subject(text: str, name: str) -> bool:
    """Whether the page writes the name as a sentence's subject: a model that does something, not a test
    ('Name-7 벤치마크 정리' over 'Name-7은 … 기록했다' is the model's benchmarks)."""
    return re.search(r"(?<![A-Za-z0-9.-])" + re.escape(name) + f"(?:{_SUBJECT})", text) is not None


# a name and the word for 'and' before another name: 'A 和 B 基准测试', 'AとBベンチマーク'
_AND_BEFORE = re.compile(f"{_NAME}\\s?(?:{_words('and')}|[,，])\\s?$")


def _coordinated(text: str, at: int, covered: Callable[[int, int], bool]) -> list[str]:
    """The names joined by 'and' before the name at `at` that a word for a benchmark follows: benchmarks
    too."""
    out: list[str] = []
    for _ in range(3):
        m = _AND_BEFORE.search(text, max(0, at - 60), at)
        if m is None or covered(m.start("name"), m.end("name")):
            break
        name = m.group("name")
        if (
            len(name) > 2
            and not _NOT_A_NAME.fullmatch(name)
            and re.search(r"[A-Z]|\d|[a-z]-", name)
            and not _subject(text, name)
        ):
            out.append(name)
        at = m.start()
    return out
