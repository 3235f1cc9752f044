"""The other spellings news text uses for a benchmark's name the lists hold: its letters in another case where
the name cannot be read as an ordinary word ('GSM8k', 'gsm8k', 'Livecodebench', 'livecodebench'), and a
contest's edition written with an apostrophe ('AIME'24', 'USAMO’25'). The name's hyphens and spaces vary
through entities._variants; these only add letters' case and the edition's forms (used by entities.py)."""

from __future__ import annotations

import re

# a name that cannot be an ordinary word in any case: a digit among letters ('GSM8K', 'MRCR v2'), a capital
# inside a word ('LiveCodeBench', 'OSWorld'), or a hyphen joining capitals ('SWE-bench', 'ARC-AGI')
_DISTINCT = re.compile(r"[A-Za-z]\d|\d[A-Za-z]|[a-z][A-Z]|[A-Z]-[A-Za-z]|[A-Za-z]-[A-Z]")
# the word a contest's name ends in before its year ('AIME 2025', 'USAMO 2026')
_EDITION = re.compile(r"([A-Z][A-Za-z-]*[A-Z]) 20(\d\d)")


def case_variants(name: str) -> list[str]:
    """'GSM8K' -> 'GSM8k', 'gsm8k', 'Gsm8k'; 'LiveCodeBench' -> 'livecodebench', 'Livecodebench'. Only a name
    that cannot be read as an ordinary word gets them ('RULER' stays as written: 'ruler' is a word)."""
    if not _DISTINCT.search(name):
        return []
    low = name.lower()
    out = [low, low[:1].upper() + low[1:]]
    # a letter after a digit written small, the rest kept ('GSM8k', 'MGSM8k')
    out.append(re.sub(r"(?<=\d)([A-Z])(?![A-Z])", lambda m: m[1].lower(), name))
    return [v for v in dict.fromkeys(out) if v != name]


# a hyphen between two words of letters ('Multi-SWE-bench'), not one before a version ('ARC-AGI-2')
_WORD_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")


def spaced_variants(name: str) -> list[str]:
    """'Multi-SWE-bench' -> 'Multi SWE bench', 'Multi SWE Bench'; 'MLE-bench Lite' -> 'MLE bench Lite', 'MLE
    Bench Lite': a benchmark's words joined by hyphens written apart, the word after each a capital or not.
    Only names of two words or more: one hyphenated word ('MLE-bench') stays with entities._variants."""
    if not _WORD_HYPHEN.search(name) or (" " not in name and name.count("-") < 2):
        return []
    spaced = _WORD_HYPHEN.sub(" ", name)
    capped = _WORD_HYPHEN.sub(" ", re.sub(r"(?<=[A-Za-z])-([a-z])", lambda m: "-" + m[1].upper(), name))
    return [v for v in dict.fromkeys((spaced, capped)) if v != name]


def edition_variants(name: str) -> list[str]:
    """'AIME 2025' -> 'AIME25', 'AIME 25', 'AIME-25', 'AIME2025', 'AIME'25', 'AIME’25': a contest's edition
    written short, glued or with an apostrophe."""
    m = _EDITION.fullmatch(name)
    if m is None:
        return []
    head, yy = m[1], m[2]
    return [f"{head}{yy}", f"{head} {yy}", f"{head}-{yy}", f"{head}20{yy}", f"{head}'{yy}", f"{head}’{yy}"]
