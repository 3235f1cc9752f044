"""Comparatives of other languages followed by their word for 'than' ("besser als B", "más rápido que B",
"plus performant que B", "дешевле, чем B"): the words and the relation each states are data
(patterns/comparatives.jsonl, one row per word: its pattern, language and relation; `measure: size` for a word
that says bigger or smaller only of a size, such as 'mayor' or 'größer'). `HEAD_ALT` is their alternative of
`comparison_words.HEAD`, `foreign_relation` reads a match of it."""

from __future__ import annotations

import re

from extractors.facts.patterns import PATTERN_DIR, data_rows

ROWS = data_rows(PATTERN_DIR / "comparatives.jsonl", ("id", "lang", "relation"))
# each language's word for 'than' (a comma may come before the Russian one)
_THAN = {
    "de": r"\s+als",
    "nl": r"\s+dan",
    "es": r"\s+que",
    "pt": r"\s+(?:do\s+)?que",
    "fr": r"\s+que",
    "it": r"\s+(?:di|del|dello|della|dei|degli|delle|rispetto\s+a[il]?)",
    "ru": r",?\s+чем",
    "id": r"\s+(?:dari(?:pada)?)",
}
# up to three words between the comparative and its 'than' name the measure or area ("teurer pro MTok als")
_BETWEEN = r"(?:\s+(?!(?:als|dan|que|di|чем)\b)[\w.'’/-]+){0,3}?"
HEAD_ALT = (
    "".join(sorted({str(r["id"])[0].lower() for r in ROWS})),
    r"(?P<xcmp>"
    + "|".join(
        rf"(?:{'|'.join(str(r['id']) for r in ROWS if r['lang'] == lang)}){_BETWEEN}{than}"
        for lang, than in _THAN.items()
    )
    + ")",
)
_THAN_END = {lang: re.compile(than + "$", re.I) for lang, than in _THAN.items()}
# the words as the comparison gate lists them (a word may hold a group of spellings: never split on "|")
GATE_WORDS = [str(r["id"]) for r in ROWS]
_WORDS = [(re.compile(str(r["id"]) + r"(?![\w])", re.I), r) for r in ROWS]
_SIZE_NOUN = re.compile(r"\b(?:par[aá]m[eè]tr\w*|tama[ñn]\w*|taille|dimensio\w*|gr(?:ö|oe)(?:ß|ss)e)\b", re.I)
# "nicht besser als B", "no es mejor que B", "n'est pas meilleur que B": a denial, never read as a lead;
# "nicht nur schneller als B", "no solo es más rápido que B" ('not only') asserts it
_DENIED = re.compile(
    r"\b(?:nicht|kein\w*|niet|geen|no|não|nem|pas|non|не|ни|tidak|bukan)\s+"
    r"(?!(?:nur|alleen|s[oó]lo|solamente|s[oó]|somente|apenas|seulement|только|hanya)\b)(?:\w+\s+){0,2}$",
    re.I,
)


def foreign_relation(text: str, m: re.Match[str], seg_start: int) -> str:
    """The relation a foreign comparative states, or "": a word of size with another measure between it and
    'than' ("menor latencia que B" is faster, not smaller), or a comparative denied."""
    head = m.group("xcmp")
    # the rows whose word opens the head and whose language's 'than' closes it; the fewest words between win
    # ('menor' is Spanish and Portuguese: in "menor do que" the 'than' is the Portuguese one)
    found = [
        (between, row)
        for rx, row in _WORDS
        if (word := rx.match(head)) is not None
        and (between := _THAN_END[str(row["lang"])].sub("", head[word.end() :])) != head[word.end() :]
    ]
    if not found:
        return ""
    between, row = min(found, key=lambda f: len(f[0]))
    between = between.strip()
    if row.get("measure") == "size" and between and not _SIZE_NOUN.search(between):
        return ""
    if _DENIED.search(text, max(seg_start, m.start() - 30), m.start()):
        return ""
    return str(row["relation"])
