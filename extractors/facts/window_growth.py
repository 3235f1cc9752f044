"""A context window that grew, written as a change between two sizes: "A lifted the window from B's 16K to
160K tokens", "It went from 300K to 600K in C", "They then stretched the context from 24K to 96K",
"a 256K context (doubled from B's 128K)". The old size belongs to the model named with it (a possessive
before it), the new one to the model that grew: the clause's subject, the model the sentence releases, or
the section's model when a pronoun or a team is the subject. Neither size is a window of the possessor's
successor or of a name between the two. A context that grew in training ('the training context rose from 2K
to 16K during pretraining') or a price tier that moved ('the surcharge from 64K to 512K tiers') is no window;
nor is another limit that grew ('the reply cap went from 2K to 24K') or a change to come or hoped for ('may
widen from 96K to 2M next year'): no size is read from it. The words are data (window_words.jsonl).

`with_growth` corrects the windows `attributes.context_windows` read from one segment: it adds the two
sizes' owners and drops a new size given to the old size's possessor.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.numbers import integer_text
from extractors.facts.patterns import PATTERN_DIR, data_rows, word_alternation
from extractors.facts.subjects import Subjects, fact
from extractors.facts.titles import Titles
from schema.records import AttributeFact

WindowRule = Callable[[DocView, SegView, Subjects, Titles | None], list[AttributeFact]]

_ROWS = data_rows(PATTERN_DIR / "window_words.jsonl", ("id", "kind"))


def _words(kind: str) -> list[str]:
    return [str(r["id"]) for r in _ROWS if r["kind"] == kind]


_SIZE = r"(?P<{0}>\d+(?:\.\d+)?)\s?(?P<{0}m>[KkM])(?![\w])(?:[\s-]*tokens?)?"
# 'from [B's] 16K [tokens] [up] to 160K', 'from 24K to 96K'
_FROM_TO = re.compile(
    r"\bfrom\s+(?:(?:the|its|their)\s+)?(?P<own>[^\s,;:()]+(?:\s[^\s,;:()]+){0,3}?['’]s\s+)?"
    + _SIZE.format("a")
    + r"\s+(?:(?:all\s+the\s+way|up)\s+)?to\s+(?:a\s+|an\s+)?"
    + _SIZE.format("b")
)
# '(doubled from B's 128K)', 'up from B's 32K': only the old size, its possessor's
_FROM_OWNED = re.compile(
    r"\b" + word_alternation(_words("change_from")) + r"\s+from\s+"
    r"(?P<own>[^\s,;:()]+(?:\s[^\s,;:()]+){0,3}?['’]s\s+)" + _SIZE.format("a") + r"(?!\s+(?:up\s+)?to\b)"
)
# a verb of change in the clause before 'from' ('lifted the window from', 'went from', 'doubled … from'):
# window_words.jsonl, kind 'change', the stems
_GROW_VERB = re.compile(r"\b" + word_alternation(_words("change")) + r"\w*\b[^.;,]*$", re.I)
# the clause of a change speaks of training ('training context rose from', anywhere in the clause) or of
# prices ('the surcharge from 64K to 512K tiers', before the change or a tier right after it)
_TRAINING = re.compile(r"(?<![A-Za-z])" + word_alternation(_words("training"), longest_first=True), re.I)
_PRICE = re.compile(r"\b" + word_alternation(_words("price"), longest_first=True) + r"s?\b", re.I)
_TIER = re.compile(r"\s*tiers?\b", re.I)
# the clause names another limit before the change ('the output limit rose from 8K to 64K') or tells a change
# yet to come or only hoped for ('will grow', 'could grow', 'next quarter'): no window the model has now.
# Future words are matched in lower case only, so that the month 'May' is none.
_OTHER_LIMIT = re.compile(r"\b" + word_alternation(_words("other_limit"), longest_first=True) + r"\b", re.I)
_FUTURE = re.compile(r"\b" + word_alternation(_words("future"), longest_first=True) + r"\b")
_BREAK = re.compile(r"[,;:]")
_CLAUSE_END = re.compile(r"[,;:]|\.(?!\d)")
# the model a sentence releases after the change: 'with the release of C', 'with C', 'in C'
_RELEASED_AFTER = re.compile(r"\s*,?\s+(?:with|in|for)\s+(?:the\s+)?(?:(?:release|launch|arrival)\s+of\s+)?")
# a sentence whose subject is the section's model or its makers: 'They stretched …', 'The model now …'
_OWN_SUBJECT = re.compile(
    r"\s*(?:(?:It|They|We|The\s+(?:model|team|lab|company|researchers|authors|developers))\s)", re.I
)
_CONTEXT = re.compile(r"\bcontext\b|\bwindow\b|上下文|контекст", re.I)
_MAG = {"k": 1e3, "K": 1e3, "M": 1e6}


def _size(m: re.Match[str], key: str) -> float:
    return float(m.group(key)) * _MAG[m.group(key + "m")]


def _possessor(subs: Subjects, sv: SegView, m: re.Match[str]) -> Ref | None:
    """The model whose name ends right before the possessive 's of the old size."""
    if m.group("own") is None:
        return None
    own_end = m.start("own") + len(m.group("own").rstrip()) - 2
    named = [r for r in subs.models(sv) if r.via not in ("pronoun", "implied") and r.canonical]
    return next((r for r in named if r.start >= m.start("own") and r.end == own_end), None)


def _grown(subs: Subjects, sv: SegView, m: re.Match[str], old: Ref | None) -> Ref | None:
    """The model whose window grew to the new size."""
    text = subs.view.text
    named = [r for r in subs.models(sv) if r.via not in ("pronoun", "implied") and r.canonical]
    ra = _RELEASED_AFTER.match(text, m.end(), sv.seg.end)
    if ra is not None:
        later = next((r for r in named if r.start == ra.end()), None)
        if later is not None:
            return later
    skip = {old.canonical} if old is not None else set()
    subj = [r for r in subs.before(sv, m.start(), True) if r.canonical and r.canonical not in skip]
    if subj:
        return subj[0]
    if old is not None and sv.focus and sv.focus != old.canonical:
        return Ref("model", sv.focus, m.start(), m.start(), m.start(), None, 0.7, "implied")
    return None


def _about_context(view: DocView, sv: SegView) -> bool:
    """The segment or the two before it in its paragraph speak of context ('Lab keeps chasing longer context.
    It went from 300K to 600K in C')."""
    for i in range(sv.index, max(-1, sv.index - 3), -1):
        seg = view.segs[i].seg
        if seg.para != sv.seg.para:
            break
        if _CONTEXT.search(view.text, seg.start, seg.end):
            return True
    return False


def _training_or_price(text: str, sv: SegView, m: re.Match[str]) -> bool:
    """Whether the clause of the change (from the last ',;:' before it to the first ',;:.' after it) speaks of
    training, or names a price before the change or a tier right after it."""
    start = max((k.end() for k in _BREAK.finditer(text, sv.seg.start, m.start())), default=sv.seg.start)
    after = _CLAUSE_END.search(text, m.end(), sv.seg.end)
    end = after.start() if after is not None else sv.seg.end
    return (
        _TRAINING.search(text, start, end) is not None
        or _PRICE.search(text, start, m.start()) is not None
        or _TIER.match(text, m.end()) is not None
    )


def _other_limit_or_future(text: str, sv: SegView, m: re.Match[str]) -> bool:
    """Whether the clause of the change names a limit other than the context before it (and no context), or
    tells the change as one to come or a hedge ('will grow from 128K to 1M next quarter')."""
    start = max((k.end() for k in _BREAK.finditer(text, sv.seg.start, m.start())), default=sv.seg.start)
    after = _CLAUSE_END.search(text, m.end(), sv.seg.end)
    end = after.start() if after is not None else sv.seg.end
    other = _OTHER_LIMIT.search(text, start, m.start()) is not None and not _CONTEXT.search(
        text, start, m.start()
    )
    return other or _FUTURE.search(text, start, end) is not None


def grown(rule: WindowRule) -> WindowRule:
    """`rule` (the prose window reader) with `with_growth`'s corrections of each segment's windows."""

    def read(view: DocView, sv: SegView, subs: Subjects, titles: Titles | None = None) -> list[AttributeFact]:
        return with_growth(view, sv, subs, rule(view, sv, subs, titles))

    return read


def with_growth(
    view: DocView, sv: SegView, subs: Subjects, found: list[AttributeFact]
) -> list[AttributeFact]:
    """The windows read from the segment, with each change between two sizes given to its models."""
    text = view.text
    if "from" not in text[sv.seg.start : sv.seg.end] or not _about_context(view, sv):
        return found
    out = list(found)
    have = {(f.subject, f.value) for f in out}

    def add(ref: Ref, value: float) -> None:
        if 1000 <= value <= 1e8 and (ref.canonical, integer_text(value)) not in have:
            out.append(fact(view, sv, ref, "context_window_tokens", integer_text(value), 0.75, "growth"))
            have.add((ref.canonical, integer_text(value)))

    for m in _FROM_TO.finditer(text, sv.seg.start, sv.seg.end):
        if not _GROW_VERB.search(text, max(sv.seg.start, m.start() - 60), m.start()):
            continue  # 'context windows from 128K to 256K': the sizes a family spans, no change
        if _training_or_price(text, sv, m) or _other_limit_or_future(text, sv, m):
            continue
        old = _possessor(subs, sv, m)
        if m.group("own") is not None and old is None:
            continue  # 'from the lab's 8K to …': a possessor that is no model we know
        new = _grown(subs, sv, m, old)
        if old is None and not (
            new is not None and (new.via != "implied" or _OWN_SUBJECT.match(text, sv.seg.start, m.start()))
        ):
            continue  # 'windows grew from 4K to 128K in two years': no model's change
        b = integer_text(_size(m, "b"))
        if old is not None:
            out = [f for f in out if not (f.subject == old.canonical and f.value == b)]
            have.discard((old.canonical, b))
            add(old, _size(m, "a"))
        if new is not None:
            add(new, _size(m, "b"))
    for m in _FROM_OWNED.finditer(text, sv.seg.start, sv.seg.end):
        old = _possessor(subs, sv, m)
        if old is not None:
            add(old, _size(m, "a"))
    return out
