"""The model a block of spec lines is about: its title line.

Model cards, cheat sheets and spec lists put a model's name on a line of its own and its figures on the lines
below, with no name in them ("Name-4 Small:" / "- 12B active parameters, 96B total." / "- 256K token context
window"; or a card "Name-3 Pro" / "Long-document model; 1M context."). A title line holds nothing but model
names, separated by "/" or "," (a trailing colon or a parenthesised note allowed). Slash alternatives share
the first name's stem: "Name-2 70B / 8B" is "Name-2 70B" and "Name-2 8B", "Name 3 Pro / Flash" is "Name 3 Pro"
and "Name 3 Flash".

A line that names no known model is still a title when it is name-shaped (one to four capitalised words) and
the page is laid out as cards: at least three title lines with known names, each followed by a line that is
not a title.
"""

from __future__ import annotations

import re
from functools import cache

from extractors.facts import entities as ent
from extractors.facts import members
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.subjects import Subjects

_SEP = re.compile(r"\s*(?:/|,|&|\band\b)\s*")
_TAIL = re.compile(r"\s*(?:\((?P<note>[^()]{0,40})\))?\s*:?\s*")
_ALT = re.compile(r"[A-Z0-9][\w.+-]{0,15}")
_NAME_SHAPE = re.compile(r"(?:[A-Z][\w.+-]*|\d[\w.+-]*)(?:\s+(?:[A-Z][\w.+-]*|\d[\w.+-]*)){0,3}")
_LABEL_LINE = re.compile(r"[^:]{1,40}:\s*$")
# words that open a section, not a model's name
_NOT_NAME = re.compile(
    r"(?i)^(?:overview|summary|specs?|specifications|pricing|price|prices|context|features?|benchmarks?|"
    r"performance|notes?|misc|details|availability|architecture|conclusion|introduction|faq|verdict|"
    r"key\s+\w+|the\s+\w+|what\s.*|how\s.*|why\s.*|(?:active\s+|total\s+)?param\w*(?:\s+\w+)?|"
    r"context(?:\s+\w+)?|release(?:\s+date)?|licen[sc]e|knowledge\s+cut-?off|max(?:imum)?\s+output|"
    r"modalit\w+|input|output)$"
)
_PASS_KINDS = ("item", "line")
_RUN_ON = re.compile(r"\s(?:[A-Z][a-z][\w.+-]*)(?:\s[A-Z][a-z][\w.+-]*)?")
_SIZE = re.compile(r"\d+(?:\.\d+)?[BMT]")
_ITEM_LABEL = re.compile(r"\s*[A-Za-z][\w ()/-]{1,30}:\s")
_BOX_LEAD = re.compile(r"\s*(?:[A-Za-z][\w-]*\s*){1,4}:?\s*")


@cache
def _lab_words() -> frozenset[str]:
    return frozenset(r.alias.lower() for r in ent.knowledge().records if r.kind == "lab")


class Titles:
    """Per-document cache: which segments are title lines and the names each stands for."""

    def __init__(self, view: DocView, subs: Subjects) -> None:
        self.view = view
        self.subs = subs
        self._names: dict[int, list[Ref]] = {}
        self._cards: bool | None = None

    def _explicit(self, sv: SegView) -> list[Ref]:
        return [r for r in self.subs.models(sv) if r.via not in ("pronoun", "implied") and r.canonical]

    def _resolve(self, name: str, at: int) -> Ref:
        cache = self.view.cell_cache
        found = cache.get(name)
        if found is None:
            found = cache[name] = members.mentions_in(
                name, self.view.accepted, self.view.shorts, self.view.benches
            )
        whole = next((m for m in found if m.kind == "model" and m.start == 0 and m.end == len(name)), None)
        canonical = whole.canonical if whole is not None else name
        return Ref("model", canonical, at, at + len(name), at + len(name), None, 0.7, "title", name)

    def names(self, sv: SegView, known_only: bool = False) -> list[Ref]:
        """The models a title line names ([] when the segment is not a title line)."""
        got = self._names.get(sv.index * 2 + known_only)
        if got is None:
            got = self._names[sv.index * 2 + known_only] = self._read(sv, known_only)
        return got

    def _read(self, sv: SegView, known_only: bool) -> list[Ref]:
        text = self.view.text
        seg = sv.seg
        line = text[seg.start : seg.end]
        if len(line) > 80 or "\n" in line.strip():
            return []
        refs = self._explicit(sv)
        if _NOT_NAME.match(line.strip(" *:#")):
            return []  # a label line ('Context Length') read as a weak name
        if not refs:
            if known_only or not self.cards():
                return []
            m = re.match(r"\s*(?:\*\*)?(?P<n>[^:()*]+?)(?:\*\*)?" + _TAIL.pattern + r"$", line)
            if m is None:
                return []
            name = m.group("n").strip()
            parts = re.split(r"\s*/\s*", name)
            if not all(_NAME_SHAPE.fullmatch(p) for p in parts) or _NOT_NAME.match(name) or self._lab(name):
                return []
            base = seg.start + m.start("n")
            return self._alternatives(base, name, text, seg.start + m.end("n"), seg.end)
        pos = seg.start
        lead = re.match(r"\s*(?:\*\*)?\s*", line)
        pos += lead.end() if lead else 0
        out: list[Ref] = []
        for i, r in enumerate(refs):
            if r.start < pos or (i and not _SEP.fullmatch(text, pos, r.start)) or (not i and r.start != pos):
                return []
            if i and r.via in ("tier", "short") and " " not in r.surface and " " in out[0].surface:
                # "Name 3 Pro / Flash": the tier word is the stem's member, not the document's other Flash
                r = self._resolve(out[0].surface.rsplit(" ", 1)[0] + " " + r.surface, r.start)
            out.append(r)
            pos = max(r.end, r.reach)
            nxt = refs[i + 1].start if i + 1 < len(refs) else seg.end
            # "Stem 70B / 8B / 3B": alternatives that share the stem
            while True:
                sm = _SEP.match(text, pos, nxt)
                am = _ALT.match(text, sm.end(), nxt) if sm and sm.end() > pos else None
                if am is None or (i + 1 < len(refs) and am.end() == nxt):
                    break
                if am.end() < nxt and not (
                    _SEP.match(text, am.end(), nxt) or _TAIL.fullmatch(text, am.end(), nxt)
                ):
                    break
                stem = r.surface.rsplit(" ", 1)[0] if " " in r.surface.strip() else None
                if stem is None:
                    break
                if _SIZE.fullmatch(am.group()) and re.fullmatch(r"[\d.]+", r.surface.rsplit(" ", 1)[-1]):
                    pos = am.end()  # "Name 3.1 / 24B": the size of that version, not a sibling "Name 24B"
                    continue
                out.append(self._resolve(stem + " " + am.group(), am.start()))
                pos = am.end()
        run_on = _RUN_ON.match(text, pos, seg.end)
        if len(out) == 1 and run_on is not None and _TAIL.fullmatch(text, run_on.end(), seg.end):
            # "Name-3 Ranger:": a member name the patterns cut short runs on to the end of the title
            full = text[out[0].start : run_on.end()]
            return [Ref("model", full, out[0].start, run_on.end(), run_on.end(), None, 0.7, "title", full)]
        if not _TAIL.fullmatch(text, pos, seg.end) and not re.fullmatch(
            r"\s*(?:\*\*)?\s*:?\s*", text[pos : seg.end]
        ):
            return []
        return list({r.canonical: r for r in out}.values())

    def _alternatives(self, base: int, name: str, text: str, pos: int, end: int) -> list[Ref]:
        parts = [p.strip() for p in re.split(r"\s*/\s*", name)]
        first = parts[0]
        out = [self._resolve(first, base)]
        stem = first.rsplit(" ", 1)[0] if " " in first else None
        for p in parts[1:]:
            if _SIZE.fullmatch(p) and re.fullmatch(r"[\d.]+", first.rsplit(" ", 1)[-1]):
                continue  # "Name 3.1 / 24B": the size of that version, not a sibling named "Name 24B"
            if _ALT.fullmatch(p) and stem:
                out.append(self._resolve(stem + " " + p, base))
            elif " " in p:
                out.append(self._resolve(p, base))
        return out

    def _lab(self, name: str) -> bool:
        """A line opening on a lab's name ('Acme AI', 'Acme Models') heads a group of cards, not one card."""
        low = name.lower()
        return low in _lab_words() or low.split()[0] in _lab_words()

    def cards(self) -> bool:
        """The page is laid out as cards: three title lines with known names, each followed by a non-title."""
        if self._cards is None:
            segs = self.view.segs
            n = 0
            for sv in segs:
                if (
                    sv.index + 1 < len(segs)
                    and self.names(sv, True)
                    and not self.names(segs[sv.index + 1], True)
                ):
                    n += 1
                    if n >= 3:
                        break
            self._cards = n >= 3
        return self._cards

    def subject(self, sv: SegView, pos: int) -> list[Ref]:
        """For a statement naming no model before `pos`: the names of the title line its block hangs from."""
        text = self.view.text
        if any(r.reach <= pos for r in self._explicit(sv)) or self.names(sv):
            return []
        segs = self.view.segs
        for i in range(sv.index - 1, max(-1, sv.index - 9), -1):
            prev = segs[i]
            names = self.names(prev)
            if names:
                return [
                    Ref("model", r.canonical, pos, pos, pos, None, 0.75, "title", r.surface) for r in names
                ]
            if self._explicit(prev) or prev.seg.kind == "heading":
                return []
            if _LABEL_LINE.fullmatch(text, prev.seg.start, prev.seg.end):
                return []  # "Misc:" opens a section of its own
            if prev.seg.kind not in _PASS_KINDS or sv.seg.kind not in _PASS_KINDS:
                return self._fact_box(prev, sv, pos)
        return []

    def _fact_box(self, lead: SegView, sv: SegView, pos: int) -> list[Ref]:
        """A list under a short lead that names nothing ('QUICK FACTS', 'Key specs:'), its items 'Label:
        value': a facts box, about the article's model."""
        text = self.view.text
        head = [r for h in self.view.segs[:2] for r in self._explicit(h)]
        focus = head[0].canonical if head else self.view.focus  # the model the headline or lede names first
        if focus is None or sv.seg.kind != "item" or not _ITEM_LABEL.match(text, sv.seg.start, sv.seg.end):
            return []
        if not _BOX_LEAD.fullmatch(text, lead.seg.start, lead.seg.end):
            return []
        return [Ref("model", focus, pos, pos, pos, None, 0.7, "implied", focus)]
