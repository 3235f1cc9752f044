"""Names a page defines as models by the shape of its sentence, whatever the name's own shape (issue #9).

A page about a model never seen usually says what it is once: 'Name is a series of sparse speech models',
'Name, a coding model tuned for …', 'Introducing Name — a translation model'. The name itself may have
any shape (one word and its digits, an acronym, a plain brand word, a lower-case tail), so the name shapes
miss it, while the cue holds whatever the name: a copula or an apposition and an article before the head
noun of a model within a few words, or a launch word opening a line or a sentence. Such a name is a model
of the page. The model noun must be the head of the phrase the article opens: no other kind of thing's noun,
preposition or relative word before it ('Name is a benchmark of models', 'a toolkit for serving models', 'an
engineer who tunes models'), no other thing's noun or doer's noun after it ('a model compression library',
'an LLM inference server', 'a model researcher'); what a launch word's name is said to be, if said, is a
model ('Introducing Name 3: our new budgeting app' is not).

Refused: the names we know as families, labs or benchmarks, a benchmark's word in the name ('Name-Bench'),
a section's or a figure's label ('Figure 2, our model …'), a sentence's opening word ('Interesting, a new
open model …', 'Tuesday, …'), a name of head nouns ('Small Open Models'), the tail of a longer name
('… 14B Chat is a compact chat model'), and a launch word's name with no version and no model on its
line (a product: 'Introducing Canvas').
"""

from __future__ import annotations

import re

from extractors.facts.entities import knowledge, lab_aliases
from extractors.facts.introduced_names import NOT_NAME

# a name: a word with a capital first, then up to two more words that open with a capital or a digit or are
# a version tag ('v6'); no point at its end
# (no word, dot or hyphen before it: the lookbehind after the capital, so that `re` skips to the capitals; a
# name after 'Introducing ' always passes it)
_NAME = (
    r"(?P<name>[A-Z](?<![\w.-].)[\w·+-]*(?:\.[\w+-]+)*"
    r"(?:[ \t](?:[A-Z0-9][\w·+-]*(?:\.[\w+-]+)*|v\d[\w.]*)){0,2})"
)
# the noun of another kind of thing: before the model noun ('a benchmark of models') it is the phrase's head,
# right after it ('a model compression library', 'an LLM-powered app') the model noun is its modifier
_OTHER = (
    r"benchmarks?|datasets?|leaderboards?|suites?|platforms?|frameworks?|tools?|toolkits?|library|libraries|"
    r"compan(?:y|ies)|startups?|labs?|chips?|APIs?|apps?|services?|evaluations?|tests?|protocols?|"
    r"assistants?|products?|features?|architectures?|hubs?|providers?|gateways?|routers?|cards?|formats?|"
    r"registr(?:y|ies)|marketplaces?|serving|comparisons?|rankings?|compression|zoos?|engines?|"
    r"powered|based|driven"
)
# a preposition or a relative word closes the phrase the article opens ('a toolkit for … models', 'an engineer
# who tunes … models', 'a way to run models'): a model noun after it is not that phrase's head. Not 'of',
# which joins a model's own phrase as often ('a family of …', 'a new version of …', 'a mixture of experts …')
_CLOSES = (
    r"(?:for|to|on|in|into|onto|with|without|from|by|around|about|at|over|under|behind|through|via|like|than|"
    r"that|which|who|whom|whose|where|when)\b"
)
# the phrase an article opens, whose head is a model's noun: 'a compact 1.5B vision language model'
_MODEL_PHRASE = (
    r"[ \t]+(?:(?!(?:"
    + _OTHER
    + r")\b|"
    + _CLOSES
    + r")(?:[\w,-]+(?:\.\d+[\w-]*)?|\([^()\n]{0,20}\))[ \t]+){0,7}?(?:models?|LLMs?|VLMs?|SLMs?)\b"
    # not a thing for models: 'Name is an open model hub', 'a model evaluation suite', 'an LLM-powered app'
    + r"(?![ \t-]*(?:(?!"
    + _CLOSES
    + r"|(?:and|or|the|an?|is|was)\b)[a-z]+[ \t-]+){0,2}(?:"
    + _OTHER
    + r")\b)"
    # nor a doer's noun for models ('a model researcher', 'an LLM inference server'): a word in -er or -or
    # right after the head or after one plain word, not a comparative ('a model faster than') or an adverb
    + r"(?![ \t-]*(?:(?!"
    + _CLOSES
    + r")[a-z]+(?<!ed)(?<!ly)[ \t-]+)?"
    r"(?!(?:later|earlier|ever|never|together|rather|further|under|over|after|other|either|whether|per|or|nor)\b)"
    r"[a-z]{2,}(?:er|or)s?\b(?![ \t]+than\b))"
)
# a maker's possessive ("Lab's", "Tern Labs'")
_MAKERS = r"(?:[A-Z][\w-]*[ \t]){0,2}[A-Z][\w-]*(?:['’]s|(?<=s)['’])"
_DEFINED = re.compile(
    _NAME
    # an apposition takes an article or a maker's name ('Name, a … model', "Name, Lab's … model"), a copula
    # also a pronoun ('Name is our … model'); not 'As shown in Figure 2, our model …'
    + r"(?:(?P<cue>,)[ \t]+(?:an?|"
    + _MAKERS
    + r")|[ \t]+(?:is|was)[ \t]+(?:an?|its|their|our|"
    + _MAKERS
    + r"))"
    + _MODEL_PHRASE
)
_INTRODUCING = re.compile(
    r"(?=[IAM])(?:Introducing|Announcing|Meet)[ \t]+" + _NAME + r"(?=[ \t]*(?:[:,!—–(\n]|\.(?!\w)|$))"
)
# what a launch word's name is said to be ('Introducing Name 3: our new app', 'Meet Name, our head of …'):
# unless it is a model, the name is not one even with a version
_SAID_TO_BE = re.compile(r"[ \t]*[:,—–][ \t]*(?:an?|the|our|its|their)\b")
_SAID_A_MODEL = re.compile(r"[ \t]*[:,—–][ \t]*(?:an?|the|our|its|their)" + _MODEL_PHRASE)
# where a launch word opens a line, a heading or a sentence
_OPENS = re.compile(r"(?:^|[\n.!])[ \t]*(?:#+[ \t]+)?$")
# a section's or a figure's label before the name ('## Introduction Name is …', 'Figure 2'): no part of it
_LABEL = re.compile(
    r"(?:Introduction|Overview|Summary|Abstract|Background|Conclusions?|TL;?DR|Figure|Fig|Table|Section|Chart|"
    r"Introducing|Announcing|Meet)"
    r"(?:[ \t]+|$)"
)
# a benchmark's word in the name ('Name-Bench 2 is a … suite of models'); an acronym benchmarks share ('SWE',
# 'QA', 'ARC') does not refute a page that calls the name a model
_BENCH_WORD = re.compile(r"(?i)bench|eval|exam|arena|index|leaderboard|\btest")
# a name made of a head noun ('Small Open Models'), not one model
_HEAD_IN_NAME = re.compile(r"\b(?:Models?|LLMs?|Series|Family)\b")
# a name-like word: a digit, a capital or a hyphen inside it ('LFM2', 'SWE-grep', 'MiMo')
_NAME_LIKE = re.compile(r"\d|\w[-_]\w|[a-z][A-Z]")
_DIGIT = re.compile(r"\d")
_WORD_OR_DASH = re.compile(r"[\w-]")
_HEAD_ON_LINE = re.compile(r"[^\n]{0,80}?\b(?i:models?|LLMs?|VLMs?)\b")
# a capitalised word or a figure right before: the name found is the tail of a longer one
_TAIL_OF = re.compile(r"[A-Z0-9](?:[\w.·+-]*[\w+])?[ \t]$")


def defined_models(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of the names the page defines as models ('Name is a … model', 'Name, a … model',
    'Introducing Name' where the name holds a digit or its line names a model)."""
    found = list(_DEFINED.finditer(text)) if "model" in text or "LM" in text else []
    if "Introducing" in text or "Announcing" in text or "Meet " in text:
        found += [
            m for m in _INTRODUCING.finditer(text) if _OPENS.search(text[max(0, m.start() - 12) : m.start()])
        ]
    if not found:
        return []
    kb = knowledge()
    out: list[tuple[str, int, int]] = []
    for m in found:
        rx = m.re
        name, start = m.group("name"), m.start("name")
        label = _LABEL.match(name)
        if label is not None:
            name, start = name[label.end() :], start + label.end()
        if (
            not name
            or name[0].isdigit()
            or name in kb.family_alias
            or name in kb.bench_ids
            or name in lab_aliases()
            or any(name == n for n, _s, _e in out)
            or NOT_NAME.match(name.split()[0]) is not None
            or _HEAD_IN_NAME.search(name) is not None
            or _BENCH_WORD.search(name) is not None
            or (rx is _DEFINED and not label and _TAIL_OF.search(text, max(0, start - 30), start))
            # an apposition's name must look like one ('Interesting, a new model …' opens a sentence)
            or (rx is _DEFINED and m.group("cue") and not _NAME_LIKE.search(name))
            # a launch word introduces products and features too: a version, or a model on its line
            or (rx is _INTRODUCING and not _DIGIT.search(name) and not _HEAD_ON_LINE.match(text, m.end()))
            or (
                rx is _INTRODUCING
                and _SAID_TO_BE.match(text, m.end())
                and not _SAID_A_MODEL.match(text, m.end())
            )
        ):
            continue
        out.append((name, start, m.end("name")))
    return out


# a word right before a name ('Kimi' of 'Kimi K5 Thinking')
_WORD_BEFORE = re.compile(r"(?P<word>[A-Z](?<![\w.-].)[\w.-]*)[ \t]$")


def written_longer(text: str, name: str) -> str:
    """The name as the page also writes it after a family we know ('K5 Thinking is a … model' on a page
    that names 'Kimi K5 Thinking'): that family's member, under its full name; else the name."""
    families = knowledge().family_alias
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        m = _WORD_BEFORE.search(text, max(0, at - 30), at)
        if m is not None and m.group("word") in families and not _WORD_OR_DASH.match(text, end):
            return f"{m.group('word')} {name}"
        at = text.find(name, end)
    return name
