"""A claim's side written without its version, short of the page's member: 'Opus' or 'Claude Opus' on a page
about 'Claude Opus 4.5' is that model, as a reader takes it.

The short name (no digit in it) stands for a member the page names writing it whole and going on past it with
a version ('Claude Opus' -> 'Claude Opus 4.5'): the one such member, else the one the page names at least
three times and twice as often as any other ('Claude Opus 4.5' over the 'Claude Opus 4' named once in
passing). Two members named alike leave it as written; a name with a version of its own is never lengthened
(a size or a word after it makes another model as often as a member: 'Qwen3' is the family on one page and
'Qwen3-235B-A22B' on another, 'GPT-4o' is not 'GPT-4o mini').
"""

from __future__ import annotations

import re
from collections import Counter

from extractors.facts.document import DocView

# what a member's name adds past the short name: a version ('4.5')
_VERSION = re.compile(r"[\s-]v?\d+(?:\.\d+)*(?=$|[\s-])")


def _continues(short: str, full: str) -> bool:
    """Whether `full` writes the versionless `short` whole (at a word start) and goes on with a version."""
    if re.search(r"\d", short):
        return False
    low, key = full.lower(), short.lower()
    at = low.find(key)
    while at >= 0:
        if (at == 0 or full[at - 1] in " -") and _VERSION.match(full, at + len(short)):
            return True
        at = low.find(key, at + 1)
    return False


def completed(view: DocView, name: str) -> str:
    """The page's member that `name` is written short of, else `name` itself."""
    if not name:
        return name
    longer = {m for m in view.doc_models if m != name and _continues(name, m)}
    if len(longer) == 1:
        return next(iter(longer))
    if not longer:
        return name
    counts = Counter(m.canonical for m in view.mentions if m.kind == "model")
    top, second = sorted(longer, key=lambda m: -counts[m])[:2]
    return top if counts[top] >= 3 and counts[top] >= 2 * counts[second] else name
