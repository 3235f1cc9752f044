"""A table row flattened into a plain line: a line of model names, then lines that open with an attribute
label and carry one value per model ("Context window 64K 128K 256K", "Parameters (total) 12B 70B 480B").

Lines the layout already reads as an aligned or pipe table are left to `tables.py`; this reads the ones it
could not split (single spaces between cells, names with spaces in them), pairing values with the models of
the header line in order.
"""

from __future__ import annotations

import re

from extractors.facts import dates
from extractors.facts.attribute_subjects import shared_base
from extractors.facts.discovery import LABEL_NAME
from extractors.facts.document import DocView, Ref, SegView
from extractors.facts.held_lines import LineOpening
from extractors.facts.numbers import CJK_MAGNITUDE, CJK_MAGNITUDES, MAGNITUDES, decimal_text, integer_text
from extractors.facts.subjects import Subjects, fact
from extractors.facts.titles import Titles
from schema.records import AttributeFact

_LABELS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"(?i)activ(?:e|ated)\s+param(?:eter)?s?(?:\s*/\s*token|\s+per\s+token)?|param(?:eter)?s?\s*\(active\)"
        ),
        "parameters_active",
    ),
    (
        re.compile(r"(?i)(?:total\s+)?param(?:eter)?s?(?:\s*\(total\)|\s+total)?|model\s+size|size"),
        "parameters_total",
    ),
    (
        re.compile(r"(?i)context(?:\s+(?:window|length|size))?(?:\s*\(tokens\))?|max(?:imum)?\s+input"),
        "context",
    ),
    (re.compile(r"(?i)input\s+(?:price|cost)|price\s*\(input\)"), "price_input_per_mtok"),
    (re.compile(r"(?i)output\s+(?:price|cost)|price\s*\(output\)"), "price_output_per_mtok"),
]
_ROW = re.compile(
    r"\s*(?P<label>[A-Za-z][A-Za-z ()/]{2,40}?)\s*:?\s+"
    # possessive: a run of digits is one cell (backtracking into it was most of this stage's time)
    r"(?P<cells>(?:[~$]?\d[\d,.]*+(?:\s?[KMBTkm](?![A-Za-z]))?\s*+)+)(?:tokens?\s*)?(?P<note>\([^()]*\)?)?\s*$"
)
_CELL = re.compile(r"\$?(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?P<mag>[KMBTkm])?")
_SEPARATORS = re.compile(r"[\s|/,;·•]*")


def _value(attr: str, num: str, mag: str | None) -> str | None:
    value = float(num.replace(",", "")) * (CJK_MAGNITUDES.get(mag or "") or MAGNITUDES.get(mag or "", 1.0))
    if attr.startswith("param"):
        sized = mag and (mag.upper() in ("B", "T", "M") or mag in CJK_MAGNITUDES)
        return integer_text(value) if sized and 1e8 <= value <= 1e14 else None
    if attr == "context":
        return integer_text(value) if 1000 <= value <= 1e8 else None
    return decimal_text(value) if not mag and value < 1000 else None


def _header(view: DocView, sv: SegView, subs: Subjects) -> list[Ref]:
    """The nearest line above (same paragraph) that holds nothing but model names."""
    text = view.text
    for i in range(sv.index - 1, max(-1, sv.index - 8), -1):
        prev = view.segs[i]
        if prev.seg.kind != "line" or prev.seg.para != sv.seg.para:
            return []
        refs = [r for r in subs.models(prev) if r.via not in ("pronoun", "implied")]
        if len(refs) < 2:
            continue
        pos, ok = prev.seg.start, True
        lead = re.match(r"\s*(?:models?|spec|specs|name)?\s*:?", text[pos : prev.seg.end], re.I)
        pos += lead.end() if lead else 0
        for r in refs:
            if not _SEPARATORS.fullmatch(text, pos, r.start):
                ok = False
                break
            pos = r.end
        if ok and _SEPARATORS.fullmatch(text, pos, prev.seg.end):
            return refs
    return []


def label_rows(view: DocView, sv: SegView, subs: Subjects) -> list[AttributeFact]:
    text = view.text
    m = _ROW.fullmatch(text, sv.seg.start, sv.seg.end)
    if m is None:
        return []
    label = m.group("label").strip()
    attr = next((a for rx, a in _LABELS if rx.fullmatch(label)), None)
    if attr is None:
        return []
    cells = list(_CELL.finditer(m.group("cells")))
    if len(cells) == 1:
        # a one-model spec sheet left as 'Total parameters 230B' lines: the page's model (a header line
        # names two models or more, so it never owns a one-value row)
        if not view.focus:
            return []
        at = sv.seg.start
        header = [Ref("model", view.focus, at, at, at, None, 0.7, "implied", view.focus)]
    else:
        header = _header(view, sv, subs)
    if len(header) != len(cells):
        return []
    name = "context_window_tokens" if attr == "context" else attr
    out: list[AttributeFact] = []
    for ref, c in zip(header, cells, strict=True):
        value = _value(attr, c.group("num"), c.group("mag"))
        if value is not None:
            out.append(fact(view, sv, ref, name, value, 0.8, "flat_row"))
    return out


# a spec sheet left one cell per line: a label line, then its value on the next line ("Context Length" /
# "128K", "Release Date" / "7 Nov 2025"); labels in the languages model cards are published in
_PAIR_LABELS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            r"(?i)(?:active|activated)\s+param(?:eter)?s?(?:\s+count)?|param(?:eter)?s?\s*\(active\)|活跃参数|激活参数"
        ),
        "parameters_active",
    ),
    (
        re.compile(
            r"(?i)(?:total\s+)?param(?:eter)?s?(?:\s*\(total\)|\s+count)?|model\s+size|参数量|参数总数|总参数|"
            r"параметры|par[áâ]metros|paramètres|パラメータ数?|파라미터|매개변수"
        ),
        "parameters_total",
    ),
    (
        re.compile(
            r"(?i)(?:max(?:imum)?\s+|input\s+)?context(?:\s+(?:window|length|size|limit))?(?:\s*\(tokens\))?|"
            r"上下文长度|上下文窗口|上下文|контекст(?:ное\s+окно)?|contexto|contexte|kontext(?:fenster|länge)?|"
            r"コンテキスト(?:長|ウィンドウ)?|컨텍스트"
        ),
        "context",
    ),
    (
        re.compile(
            r"(?i)release(?:d|\s+date)?|launch(?:ed|\s+date)|发布日期|发布时间|дата\s+(?:выпуска|релиза)|"
            r"fecha\s+de\s+lanzamiento|data\s+de\s+lançamento|date\s+de\s+sortie|veröffentlichungsdatum|"
            r"リリース日|출시일"
        ),
        "release_date",
    ),
]
# cheap whole-text gates: a label line, a lone 'tokens' line, a line ending in a token count (a line's opening
# searched after the newlines: held_lines.LineOpening)
_PAIR_GATE = LineOpening(
    r"[ \t*#-]*(?:active |activated |total |max(?:imum)? |input )?"
    r"(?:param|context|release|launch|model size|发布|上下文|参数|活跃|激活|总参数|"
    # the same labels as Russian, Spanish, Portuguese, French, German, Japanese and Korean sheets write them
    r"параметр|контекст|дата |parám|parâm|contexto|contexte|kontext|fecha |data de|date de|veröffentl|"
    r"パラメータ|コンテキスト|リリース|파라미터|매개변수|컨텍스트|출시)",
    re.I,
)
_UNIT_LINE = LineOpening(r"[ \t]*tokens[ \t]*$", re.M)
# (only whether it matches counts: it opens on its literal ' tokens', the digit a lookbehind, so that re finds
# the word at once instead of trying every digit)
_TOKENS_LINE = re.compile(r"(?m) tokens(?<=\d tokens)[ \t]*$")
_PAIR_VALUE = re.compile(r"\s*~?(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?P<mag>[KMBTkm])?(?P<tail>\s*tokens?)?\s*")
_BARE_TOKENS = re.compile(r"\s*(?P<num>\d{1,3}(?:,\d{3})+|\d{4,8})\s+tokens\s*")


def _page_subject(view: DocView, sv: SegView, titles: Titles) -> list[Ref]:
    """Who a spec sheet is about: the title line above it, else the page's model."""
    segs = view.segs
    for i in range(sv.index - 1, max(-1, sv.index - 40), -1):
        names = titles.names(segs[i], True)
        if names:
            return names
    if view.focus:
        at = sv.seg.start
        return [Ref("model", view.focus, at, at, at, None, 0.7, "implied", view.focus)]
    return []


def _own_line(text: str, sv: SegView) -> bool:
    """A segment alone on its line: a line, an item or a heading, or a 'sentence' the segmenter made of a
    line between two line breaks (a sheet with no blank lines between its cells)."""
    if sv.seg.kind in ("line", "item", "heading"):
        return True
    start, end = sv.seg.start, sv.seg.end
    return (
        sv.seg.kind == "sentence"
        and text[start - 1 : start] in ("\n", "")
        and text[end : end + 1] in ("\n", "")
    )


def label_pairs(view: DocView, subs: Subjects, titles: Titles) -> list[AttributeFact]:
    """Label and value on consecutive lines of a spec sheet, for the model the sheet is about; a line that
    is nothing but a token count ('131,072 tokens') among a model page's spec values is its context window."""
    text = view.text
    out: list[AttributeFact] = []
    segs = view.segs
    for sv in segs[:-1] if _PAIR_GATE.in_text(text) else []:
        if not _own_line(text, sv) or sv.seg.end - sv.seg.start > 44:
            continue
        label = text[sv.seg.start : sv.seg.end].strip(" *:")
        if len(label) > 40:
            continue
        attr = next((a for rx, a in _PAIR_LABELS if rx.fullmatch(label)), None)
        if attr is None:
            continue
        nxt = segs[sv.index + 1]
        if not _own_line(text, nxt):
            continue
        value = _pair_value(view, nxt, attr)
        if value is None:
            continue
        name = "context_window_tokens" if attr == "context" else attr
        out += [fact(view, nxt, r, name, value, 0.75, "spec_pair") for r in _page_subject(view, sv, titles)]
    if _UNIT_LINE.in_text(text):
        out += _split_unit(view, titles)
    for sv in view.segs[1:] if _TOKENS_LINE.search(text) else []:
        m = _BARE_TOKENS.fullmatch(text, sv.seg.start, sv.seg.end)
        prev = segs[sv.index - 1]
        if (
            m is None
            or sv.seg.kind not in ("line", "item")
            or not re.search(r"\d", text[prev.seg.start : prev.seg.end])
        ):
            continue  # after a label line ("Max output") the label says what it is
        count = float(m.group("num").replace(",", ""))
        if 1000 <= count <= 1e8 and view.focus:
            ref = Ref("model", view.focus, sv.seg.start, sv.seg.start, sv.seg.start, None, 0.7, "implied")
            out.append(fact(view, sv, ref, "context_window_tokens", integer_text(count), 0.7, "spec_pair"))
    return out


_BARE_NUMBER = re.compile(r"\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?P<mag>[KM])?\s*")
_CONTEXT_LABEL = re.compile(
    r"(?i)\s*(?:max(?:imum)?\s+|input\s+)?context(?:\s+(?:window|length|size))?(?:\s*\(tokens\))?\s*:?\s*"
)


def _split_unit(view: DocView, titles: Titles) -> list[AttributeFact]:
    """Cards under a 'Context Window' label, each a name line, a number line and a 'tokens' line."""
    text = view.text
    segs = view.segs
    out: list[AttributeFact] = []
    for sv in segs[1:-1]:
        m = _BARE_NUMBER.fullmatch(text, sv.seg.start, sv.seg.end)
        if (
            m is None
            or text[segs[sv.index + 1].seg.start : segs[sv.index + 1].seg.end].strip().lower() != "tokens"
        ):
            continue
        names = titles.names(segs[sv.index - 1], True)
        label = any(
            _CONTEXT_LABEL.fullmatch(text, p.seg.start, p.seg.end)
            for p in segs[max(0, sv.index - 9) : sv.index]
        )
        value = _value("context", m.group("num"), m.group("mag"))
        if names and label and value is not None:
            out += [fact(view, sv, r, "context_window_tokens", value, 0.75, "spec_pair") for r in names]
    return out


def _pair_value(view: DocView, sv: SegView, attr: str) -> str | None:
    text = view.text
    if attr == "release_date":
        found = dates.find_dates(view, sv.seg.start, sv.seg.end)
        whole = re.sub(r"\s*г\.?$", "", text[sv.seg.start : sv.seg.end].strip())  # '12 марта 2025 г.' (year)
        if len(found) == 1 and found[0].end - found[0].start >= len(whole) - 2:
            return found[0].value
        return None
    m = _PAIR_VALUE.match(text, sv.seg.start, sv.seg.end)
    if m is None:
        return None
    rest = text[m.end() : sv.seg.end]
    if rest.strip() and not re.match(r"\s*(?:\(|total\b|active\b)", rest):
        return None
    if attr == "context" and not m.group("mag") and not m.group("tail"):
        return None
    return _value(attr, m.group("num"), m.group("mag"))


# a spec line with its label and value on one line, glued as a flattened two-column table leaves them
# ('Context Window262,144 tokens (native)', 'Parameters120B (12B active)') or spelled out ('Context Length:
# 262,144 natively.'), in the languages model cards are published in; one value (a note may follow), so a
# row of several models' values is left to the table readers
_SPEC_CONTEXT = (
    r"(?:max(?:imum)?\s+|input\s+|native\s+)?context(?:\s+(?:window|length|size|limit))?(?:\s*\(tokens\))?|"
    r"kontekst(?:vindue|vindu|lengde|længde)?|kontext(?:fönster|fenster|länge|längd)|"
    r"fen[eê]tre\s+de\s+contexte|longueur\s+de\s+contexte|ventana\s+de\s+contexto|janela\s+de\s+contexto|"
    r"finestra\s+di\s+contesto|jendela\s+konteks|上下文(?:长度|長度|窗口|視窗)?|コンテキスト(?:長|ウィンドウ)?"
)
_SPEC_ACTIVE = (
    r"(?:active|activated)\s+param(?:eter)?s?(?:\s+per\s+token|\s*/\s*token|\s+count)?|"
    r"aktiv[ea]\s+(?:param(?:eter|etre|etrar)?\s*)?(?:(?:pr\.?|per)\s+token)?|par[aá]metros\s+activos|param[eè]tres\s+actifs|"
    r"(?:激活|[启啟]用)(?:参数|參數|引數)(?:量)?"
)
_SPEC_TOTAL = (
    r"(?:total\s+)?param(?:eter)?s?(?:\s*\(total\)|\s+total|\s+count)?|param(?:etre|eter)\s+i\s+alt|"
    r"totala\s+parametrar|gesamtparameter|"
    r"par[aá]metros(?:\s+totales)?|param[eè]tres|par[aâ]metros|[总總](?:参数|參數|引數)(?:量)?|参数量|參數量"
)
_SPEC_LINE = re.compile(
    r"[ \t]*(?:[-*•][ \t]*)?(?:\*\*)?(?i:(?P<a>"
    + _SPEC_ACTIVE
    + r")|(?P<t>"
    + _SPEC_TOTAL
    + r")|(?P<c>"
    + _SPEC_CONTEXT
    + r"))(?:\*\*)?[ \t]*[:：]?[ \t]*(?:\*\*)?(?:~|≈|(?i:about|approx\.?|up\s+to)\s+)?"
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)[ \t]?(?P<mag>[KMBTkm]|(?i:billion|trillion|million)|"
    + CJK_MAGNITUDE
    + r")?"
    r"(?![\w.,]\d|[A-Za-z])(?P<unit>[ \t]*(?i:tokens?))?(?:\*\*)?(?P<rest>.*)"
)
# whether a line opens on a spec label and its figure (held_lines.LineOpening)
_SPEC_GATE_REST = (
    r"[ \t]*(?:[-*•][ \t]*)?(?:\*\*)?(?:"
    + _SPEC_CONTEXT
    + "|"
    + _SPEC_TOTAL
    + "|"
    + _SPEC_ACTIVE
    + r")(?:\*\*)?[ \t]*[:：]?[ \t]*(?:\*\*)?~?\d"
)
_SPEC_GATE = LineOpening(_SPEC_GATE_REST, re.I)
_NOTE_ACTIVE = re.compile(r"\s*\(\s*~?(?P<num>\d+(?:\.\d+)?)\s?(?P<mag>[BMT])\s+(?i:active|activated)\b")


# other windows after the value, outside brackets: two or more make the line a row of several models' values
_ANOTHER_COUNT = re.compile(r"\d[\d.,]*\s?(?:[KkMm]|万|萬)?\s*(?i:tokens?|トークン)")
_NOTE_OWNER = re.compile(r"[ \t]?[KMBTkm]?[ \t]*(?:tokens?)?[ \t]*\([ \t]*")


def _sheet_owner(view: DocView, sv: SegView) -> str | None:
    """The model a spec sheet's section is about; the page's model when the section's is a row label read
    into a name ('FamilyName 3', 'Value 10'); the checkpoints' model when a list of them named one last; on
    a card page that names no model the reader knows, the name its head line gives (`_head_name`)."""
    owner = sv.focus or view.focus
    if owner and view.focus and owner != view.focus and LABEL_NAME.match(owner):
        return view.focus
    return shared_base(view, owner) if owner else _head_name(view, sv.seg.start)


# a card page's head line: a name alone, or before a colon or dash ('Name-3 Mini: the small one')
_HEAD = re.compile(
    r"\s*(?P<name>[A-Z][\w.+-]*(?:[ \t]+(?:[A-Z][\w.+-]*|\d[\w.+-]*)){0,3})\s*(?:(?::|[—–|]|\s-\s).*)?"
)


def _head_name(view: DocView, at: int) -> str | None:
    """The name one of the page's first three lines gives when the line is nothing but a name (or a name
    and a subtitle after a colon or dash) and no benchmark, lab or section word, and the text names it again
    or the spec line at `at` stands right under it: the model a spec card names at its head, which the reader
    did not know ('Name-VL-A3B', 'Arcticfox')."""
    for sv in view.segs[:3]:
        m = _HEAD.fullmatch(view.text, sv.seg.start, sv.seg.end)
        if m is None or _NOT_HEAD.fullmatch(m.group("name")):
            continue
        if any(r.kind in ("benchmark", "lab") for r in sv.refs):
            return None
        # a model's name recurs in its card's text, or the spec lines stand right under it; a section word
        # ('Contents') or a site's name said once heads text that goes on about other things first
        near = at - sv.seg.end <= 200
        return m.group("name") if near or view.text.count(m.group("name")) >= 2 else None
    return None


_NOT_HEAD = re.compile(
    r"(?i)(?:back|home|menu|blog|news|models?|overview|benchmarks?|leaderboards?|from\s.*|[\w.]+\.(?:com|ai|io)"
    r"|(?:.*\s)?(?:questions|faqs?|contents|summary|introduction|glossary|changelog|pricing))"
)  # a section heading ('Frequently Asked Questions', 'Table of Contents') names no model


def spec_lines(view: DocView, subs: Subjects) -> list[AttributeFact]:
    """'Context Window262,144 tokens (native), ~1M (YaRN extended)': one spec value on its label's line,
    for the model the spec sheet is about (its title line above, else the page's model)."""
    text = view.text
    if not _SPEC_GATE.in_text(text):
        return []
    out: list[AttributeFact] = []
    for sv in view.segs:
        if sv.seg.kind not in ("line", "item", "heading", "sentence") or sv.seg.end - sv.seg.start > 160:
            continue
        if sv.index in view.table_segs:
            continue
        m = _SPEC_LINE.fullmatch(text, sv.seg.start, sv.seg.end)
        if m is None or re.match(r"\s*[~≈]?\d", m.group("rest")):
            continue  # a row of values, one per model: the table readers' job
        if len(_ANOTHER_COUNT.findall(re.sub(r"\([^()]*\)", "", m.group("rest")))) >= 2:
            # '…100万トークン※1最大40万トークン20万トークン': the same, with notes glued between (one more
            # count is the value's own extension: '128K tokens, extendable to 1M tokens')
            continue
        mag = m.group("mag")
        mag = {"billion": "B", "trillion": "T", "million": "M"}.get((mag or "").lower(), mag)
        attr = "parameters_active" if m.group("a") else "parameters_total" if m.group("t") else "context"
        if attr == "context" and not (mag or m.group("unit") or "," in m.group("num")):
            continue
        value = _value(attr, m.group("num"), mag)
        if value is None:
            continue
        facts = [(attr, value)]
        note = _NOTE_ACTIVE.match(m.group("rest"))
        if attr == "parameters_total" and note is not None:
            active = _value("parameters_active", note.group("num"), note.group("mag"))
            if active is not None:
                facts.append(("parameters_active", active))
        named = [r for r in subs.models(sv) if r.via not in ("pronoun", "implied") and r.canonical]
        if named:
            # 'Parameters24B (Name A); undisclosed (Name B)': the model the note names right after the value
            subject = [r for r in named if _NOTE_OWNER.fullmatch(text, m.end("num"), r.start)][:1]
        else:
            owner = _sheet_owner(view, sv)
            at = sv.seg.start
            subject = [Ref("model", owner, at, at, at, None, 0.7, "implied", owner)] if owner else []
        for a, v in facts:
            name = "context_window_tokens" if a == "context" else a
            out += [fact(view, sv, r, name, v, 0.75, "spec_line") for r in subject]
    return out


# a release label and its date on one line, glued or not, the way a spec card's cells are left:
# 'Released2024-10-09', 'Release DateFebruary 24, 2026', 'Released 2025-12-03Knowledge cutoff: 2025-09' (the
# next label glued on)
_RELEASE_LINE = re.compile(
    r"[ \t]*(?:[-*•][ \t]*)?(?:\*\*)?(?i:released|release[ \t]+date|launch[ \t]+date|launched)(?:\*\*)?"
    r"[ \t]*[:：]?[ \t]*(?P<rest>(?:\d|[A-Z][a-z]).*)"
)
_GLUED_LABEL = re.compile(r"(?<=\d)(?=[A-Z][a-z])")


def release_lines(view: DocView, subs: Subjects) -> list[AttributeFact]:
    """A spec card's release line that names no model: its date is the release date of the model the card
    is about. A line with two dates or more is a row of several models' dates, the table readers' job."""
    text = view.text
    out: list[AttributeFact] = []
    for sv in view.segs:
        if sv.seg.kind == "row" or sv.seg.end - sv.seg.start > 80 or sv.index in view.table_segs:
            continue
        m = _RELEASE_LINE.fullmatch(text, sv.seg.start, sv.seg.end)
        if m is None or any(
            r.via not in ("pronoun", "implied") and r.start >= m.start("rest") for r in subs.models(sv)
        ):
            continue  # (a glued line may be read as a name itself: 'Released2024-10-09')
        cells = [dates.date_in_cell(c) for c in _GLUED_LABEL.split(m.group("rest"))]
        value = cells[0]
        if value is None or sum(c is not None for c in cells) > 1:
            continue
        owner = _sheet_owner(view, sv)
        if owner and _RELEASE_LINE.match(owner):
            owner = view.focus if view.focus and not _RELEASE_LINE.match(view.focus) else None
        if owner and _squeezed(owner) in _squeezed(text[:400]):  # (the card's model, named at its head)
            at = sv.seg.start
            ref = Ref("model", owner, at, at, at, None, 0.7, "implied", owner)
            out.append(fact(view, sv, ref, "release_date", value, 0.75, "spec_line"))
    return out


def _squeezed(s: str) -> str:
    return re.sub(r"[^a-z0-9]", "", s.lower())
