"""The grammar of a comparison inside one clause: its head (a verb, a preposition or a comparative with its
dimension; the words themselves and the `HEAD` scanner are in `comparison_words`), the margin it states, its
polarity (the clause and sentence bounds around it are in `sentence_bounds`).

`read_head` turns a match of `HEAD` into a `Head`: the relation in the gold's vocabulary (the dimension after
or before a comparative picks speed, price, compute, size or quality), where its object is looked for (-1 when
the comparative names none), the margin ("18%", "11x", "3 points", "a fifth of") and whether the head itself
is a near-parity ("comparable to", "rivals"). `polarity` reads negation and hedges in the clause before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.facts.comparison_measures import (
    BY_DIM,
    CHANGE_NOUN,
    DIM,
    FRACTION,
    LEAD_OBJECT,
    MONEY_AFTER,
    QUALITY_ADJ,
    QUALITY_NOUN,
    SIZED_RIVAL,
    TIMES,
    change_relation,
    dimension,
    judged_speed,
    listed_dimensions,
    number,
    share,
    sized_rival,
    speed_relation,
    unit_of,
)
from extractors.facts.comparison_words import (
    APPROX,
    COMPARATIVE,
    HIGHER_MEASURE_BEFORE,
    MAG,
    NUM,
    SOV_VERBS,
    ZH_AFTER_OBJECT,
    ZH_COMPARATIVE,
    ZH_LEVEL,
    ZH_RELATION,
)
from extractors.facts.comparison_zh import zh_measured, zh_remeasured
from extractors.facts.foreign_comparatives import foreign_relation
from extractors.facts.patterns import place_words, word_alternation

# words a comparison's "behind" follows ("a step behind", "sits behind"), unlike "the team behind X"
_BEHIND_AFTER = re.compile(
    r"(?:step|way|far|well|just|only|slightly|narrowly|closely|points?|%|pp|is|are|sits?|ranks?|falls?|slip(?:s|ped)?|"
    r"drop(?:s|ped)?|mov(?:es|ed)|stay(?:s|ed)?|"
    r"fell|lands?|remains?|still|(?:comes?|came)(?:\s+in)?|finish(?:es|ed)?|trails?|places?|spots?|notch(?:es)?|rungs?|"
    r"positions?|distance)(?:\s+\w+ly)?\s*$"
)
# a figure or a place just before: "scored 81% on math, behind B at 84%", "the second-best model, behind
# only B"
_RANKED_BEFORE = re.compile(
    r"(?:\d|\b(?:best|place|spot|position|ranked|placed|first|second|third|fourth|fifth|overall))[^,;:.()]{0,25},\s*$",
    re.I,
)
# a placing in the same clause: "placing fourth behind B", "ranks in the top five globally behind B"
# ("places ahead of B 27B (22) but behind C": a figure or note in brackets after a name, a word with a capital
# or a digit, is not a word)
_PLACED_BEFORE = re.compile(
    r"\b(?:plac|rank|finish|land|position)\w*\s+"
    r"(?:(?:(?-i:[A-Z])[\w.-]*|[\w.-]*\d[\w.-]*)\s+\([^()\n]{0,40}\)\s+|[\w.-]+\s+){0,6}$",
    re.I,
)
# a place given before a bare "above" / "below": a verb of placing ("ranks fifth overall, below B") or a label
# of the place ("Position: above A, below B"); never a ranking noun ("our ranking above B")
# 'puts/leaves' place only a pronoun ('leaves it below B'); with a noun after them they move a quantity
# ('leaves its latency below B') or order what is no result ('leaves A below B in its roadmap')
_PLACED_AT = re.compile(
    r"(?:\b(?:" + word_alternation(place_words("below_place_verb")) + r")\s+(?:[\w.-]+,?\s+){0,6}|"
    r"\b(?:"
    + word_alternation(place_words("below_pronoun_verb"))
    + r")\s+(?:it|them)\s+(?:[\w.-]+,?\s+){0,2}|"
    r"\b(?:position(?:ing)?|placement|rank(?:ing)?)\s*:\s*(?:[\w.-]+,?\s+){0,6})$",
    re.I,
)
_BAD_TOP = re.compile(
    r"\s+(?:the\s+)?(?:\w+\s+)?(?:leaderboard|rankings?|standings|charts?|board|list)\b", re.I
)

_NEGATION = re.compile(
    r"(?:\b(?:not|never|no\s+longer|fails?\s+to|failed\s+to|cannot|can't|won't|didn't|"
    r"doesn't|don't|isn't|aren't|wasn't|weren't|nor|neither|no\s+model)\b|n['’]t\b)"
    r"(?!\s+(?:only|just|merely|simply)\b)",  # "isn't just faster …; it's also cheaper" states both
    re.I,
)
_NEG_REPLY = re.compile(
    r"\s*[—–-]+\s*(?:it|they)\s+(?:doesn't|does\s+not|didn't|did\s+not|don't|do\s+not)\b", re.I
)
# the verb 'claim(s/ed) to' ('claims to match B'), not the noun ('its claim to the top spot')
CLAIMS_TO = (
    r"(?<!\bits\s)(?<!\btheir\s)(?<!\bthe\s)(?<!\ba\s)(?<!\bhis\s)(?<!\bher\s)claim(?:s|ed)?\s+to"
    r"(?!\s+(?:the|a|an|fame|its|their)\b)"
)
_HEDGE = re.compile(
    r"\b(?:supposedly|allegedly|apparently|purportedly|may(?!\s+\d)|might|could|likely|seems?|seemingly|"
    r"appears?\s+to|suggests?|rumou?red|whether|if\s+accurate|expected\s+to|would|match(?:es|ing)\s+or|"
    # "purporting to beat B"; "pitched it as a third of B's price", "positioned as an upgrade": a maker's say
    r"purport(?:s|ed|ing)?|(?:pitch(?:es|ed|ing)?|positioned)(?:\s+[\w.-]+){0,4}?\s+as|"
    # "is reported to outperform B", "claims to match B": what is said, not shown ('reportedly' is an
    # attribution: fixture 101)
    r"(?:is|are|was|were)\s+reported\s+to|" + CLAIMS_TO + r")\b",
    re.I,
)
# what a clause's host says a maker or a report claims ('A claims to match B while running 5x faster'): a
# hedge the subjectless clause shares (not 'could', 'may' of another clause)
_REPORTING = re.compile(
    r"\b(?:purport(?:s|ed|ing)?|pitch(?:es|ed|ing)?(?:\s+[\w.-]+){0,4}?\s+as|(?:is|are|was|were)\s+"
    r"reported\s+to|" + CLAIMS_TO + r")\b",
    re.I,
)
# ", which the lab says is faster,": a relative clause closed inside the host says nothing of the host's verb
# (", which the lab pitched as a tenth of B's price while running faster": that clause is the host)
_RELATIVE = re.compile(r",\s*(?:which|who)\b[^,;]*,", re.I)
# "nearly matches", "almost ties": the adverb right before the head makes it a near-parity
_DOUBLING = re.compile(r"(?:more\s+than\s+)?doubl", re.I)
_FIGURE_AT = re.compile(
    r"[~$€£]?\d|(?:an?|one)[-\s](?:tenth|ninth|eighth|seventh|sixth|fifth|quarter|third|half)\b|"
    r"(?:half|twice|double|triple|quadruple)\b",
    re.I,
)
_NEAR_BEFORE = re.compile(r"\b(?:nearly|almost|roughly|practically|virtually|all\s+but)\s+$", re.I)
# "leads by 2 runs", "leads by nearly three percent": a margin, with no object after it
LEAD_BY = re.compile(
    r"\s+by\s+(?:nearly\s+|about\s+|roughly\s+|around\s+|almost\s+|just\s+|only\s+|~)?"
    r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:single\s+|wide\s+|narrow\s+)?)"
    r"\s?(?:%|percent|percentage\s+points?|points?|pts|pp|runs?|wins?|votes?|elo|margin\b)",
    re.I,
)
# a leader before "followed by": "A leads the snapshot at 79%", "A tops the board", "A ranks first"
_LEADER_BEFORE = re.compile(
    r"\b(?:leads|led|leading|tops|topped|(?:takes|took|holds|held|claims|claimed)\s+(?:the\s+)?(?:top|first|#1)"
    r"|ranks?\s+(?:first|#1|No\.\s?1)|(?:is|was|comes|came|sits|sat)\s+first|in\s+first\s+place)\b",
    re.I,
)
# "often beats B", "frequently outperforms B": a lead some of the time, not a lead stated outright
# "A is followed by B (1 252)", "A est suivi par B (73 %)": the places after A, with their figures
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|est|sont|était)\s+(?:closely\s+|de\s+près\s+)?$", re.I)
_RANKED_FIGURE = re.compile(r"\s+[^\s()][^()\n,;]{0,50}?\s*\(([^()\n]{0,40}?\d[^()\n]{0,20})\)")
_DATED = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|févr|avr|mai|juin|juil|"
    r"août|sept|déc)[a-zéû]*\.?\b",
    re.I,
)
# German words of the top place before "vor B": "an die Spitze", "auf Platz 1", "führt", "Spitzenreiter"
_DE_TOP_BEFORE = re.compile(
    r"\b(?:an\s+die\s+Spitze|an\s+der\s+Spitze|auf\s+(?:Platz|Rang)\s+(?:1|eins)\b|(?:Platz|Rang)\s+(?:1|eins)\b|"
    r"führt|führen|Spitzenreiter|Spitzenplatz|(?:ersten|1\.)\s+(?:Platz|Rang))",
    re.I,
)
_OFTEN_BEFORE = re.compile(r"\b(?:often|frequently|sometimes|occasionally|at\s+times)\s+$", re.I)


@dataclass(slots=True)
class Head:
    relation: str
    start: int
    end: int
    obj_from: int  # where the object is looked for; -1: the comparative names none (elliptical)
    polarity: str
    magnitude: float | None
    unit: str | None
    pair: bool = False  # "A and B are neck-and-neck": both sides are the clause's subjects
    weak: bool = False  # a comparative with neither object nor figure: read only after another comparison
    # where the particle that marks an object named before the verb stands ("B を上回る")
    obj_before: int = -1
    alone: bool = False  # only the first model after it is its object ("larger models like B, C": B's size)


_APPROX_BEFORE = re.compile(
    r"\b(?:about|roughly|around|nearly|almost|less\s+than|under|approximately|some|just|only)\s+$|~\s*$", re.I
)


_CAUSE_BEFORE = re.compile(
    r"\b(?:due\s+to|thanks\s+to|because\s+of|owing\s+to)\s+(?:its|their|the)\s+$", re.I
)
_DEGREE_BEFORE = re.compile(r"\b(?:far|well|way|just|slightly|significantly|substantially)\s+$", re.I)
# the object's price named after it: "below B's pricing", "under the cost of B"
_PRICE_OF_OBJECT = re.compile(
    r"\s+(?:(?:the\s+)?[^\s,;:()]*[^\s,.;:()](?:\s+[^\s,;:()]*[^\s,.;:()]){0,3}?['’]s?\s+(?:list\s+|API\s+)?"
    r"(?:price|prices|pricing|cost|costs|rates?)(?![\w-])"
    r"|(?:the\s+)?(?:price|prices|pricing|cost|costs)\s+of\s)",
    re.I,
)
_PRICED_BEFORE = re.compile(
    r"(?:cheaper|less\s+expensive|more\s+affordable|lower\s+(?:cost|price)|undercut\w*)\s+(?:than\s+)?[^.;:]{0,60}?"
    r"(?:,\s*|\s+and\s+)(?:\w+\s+)?$",
    re.I,
)
_EDGE_AREA = re.compile(r"\s+(?:\w+ly\s+)?(?:on|in|across|for)\s+(?:the\s+)?([\w-]+(?:\s+[\w-]+)?)")
_CLEAR_BEFORE = re.compile(
    r"\b(?:pull\w*|edg\w*|mov\w*|break\w*|broke|is|are|was|sits?|stays?|finish\w*)\s+$", re.I
)
_NOUN_AFTER = re.compile(r"\s+(?:such\s+as|like|including)\b|\s*,\s*(?:such\s+as|like|including)\b", re.I)
_SCORED = re.compile(r"\b(?:scor|rank|rat|perform|finish|land|place)\w*\s+$", re.I)
APPROX_THAN = re.compile(r"\s+(?:\d|doubl|tripl|twice|half|a\s+(?:third|quarter|fifth|tenth))", re.I)
_MAG_BEFORE = re.compile(r"(?=[\daefhjmnorstu~])" + MAG + r"$", re.I)  # (a lookahead: see score_gates)
_ORDER_BEFORE = re.compile(r"\b(?:an?|one)\s+order[-\s\u2011]of[-\s\u2011]magnitude\s+$", re.I)
_OWNER_BEFORE = re.compile(r"(?:['’]s?|\b(?:its|their|the|a|an))\s+$", re.I)
NOUN_BEFORE = re.compile(r"\b(?:its|their|his|her|the|a|an|main|closest|nearest|biggest|chief)\s+$", re.I)
_NEXT_WORD = re.compile(
    r"\s+(?!(?:at|on|in|for|and|or|while|than|across|with|by|but|to|as|per|of|thanks|overall|still|too)\b(?!-))"
    r"(?:per-\w+\s+|tokens?\s+(?=(?:costs?|prices?|pricing|fees)\b))?([a-z][\w-]*)",  # "(per-)token cost"
    re.I,
)


_DIM_WORD_BEFORE = re.compile(r"(?<![\w.-])([a-z][\w-]*)\s+$", re.I)
_LEAD_IN = {"cost": "cheaper_than", "speed": "faster_than", "compute": "less_compute_than"}


def _measured_lead(
    text: str, at: int, seg_start: int, mag: float | None, unit: str | None
) -> tuple[str, float | None, str | None, int] | None:
    """'a 19x cost advantage over B' is cheaper than B, 'a speed edge over B' faster; '… and a 35x advantage
    over C' (a multiple, no measure named) keeps the measure named before it. The relation, the figure and
    where the head starts; None for a lead in quality."""
    dim_word = _DIM_WORD_BEFORE.search(text, max(seg_start, at - 30), at)
    if dim_word is not None:
        dim = next((d for d, rx in DIM.items() if rx.fullmatch(dim_word.group(1))), None)
        if dim not in _LEAD_IN:
            return None
        start = dim_word.start()
        before = _MAG_BEFORE.search(text, max(seg_start, start - 40), start)
        if before is not None:
            mag, unit = number(before.group("mag")), unit_of(before.group("unit") or before.group("unit2"))
            start = before.start()
        return _LEAD_IN[str(dim)], mag, unit, start
    if unit == "x":  # "19x cost advantage over B and 35x advantage over C"
        dim = dimension(text, "", at, seg_start)
        if dim in _LEAD_IN:
            return _LEAD_IN[str(dim)], mag, unit, at
    return None


def read_head(text: str, m: re.Match[str], seg_start: int) -> Head | None:
    g = m.groupdict()
    start = m.start()
    before = _MAG_BEFORE.search(text, max(seg_start, start - 40), start)
    order = _ORDER_BEFORE.search(text, max(seg_start, start - 40), start)
    if before is not None:  # "18% faster", "about 11x less", "3 points ahead of"
        g.update(before.groupdict())
        start = before.start()
    elif order is not None:  # "an order of magnitude less compute": ten times
        g.update({"mag": "10", "unit": "x"})
        start = order.start()
    mag = number(g["mag"]) if g.get("mag") else None
    unit = unit_of(g.get("unit") or g.get("unit2")) if mag is not None else None
    near = False
    pair = False
    weak = False
    obj_from = m.end()
    obj_before = -1
    if g["cmp"]:
        cmp = re.sub(r"\s+", " ", g["cmp"].lower())
        if g["than"] and cmp in ("more", "less", "fewer") and APPROX_THAN.match(text, m.end()):
            return None  # "more than 3,000 votes", "more than doubling": a figure, not a comparison
        nxt = _NEXT_WORD.match(text, m.end())
        dim_words = g["dim"] or ""
        # "while being 30% more cost-efficient": the dimension before the suffix
        nxt_dim = re.sub(r"-(?:efficient|effective)$", "", nxt.group(1)) if nxt else ""
        rival = None if g["than"] or mag is not None else sized_rival(text, cmp, start, m.end(), seg_start)
        if rival is not None:  # "beats much larger models such as B": smaller than B, as a fact of size
            return Head(SIZED_RIVAL[cmp], start, m.end(), rival, "asserts", None, None, alone=True)
        if not g["than"] and nxt and not any(rx.fullmatch(nxt_dim) for rx in DIM.values()):
            return None  # "larger tokenizer": the comparative describes a noun, it compares nothing
        if not g["than"] and mag is None and _CAUSE_BEFORE.search(text, max(seg_start, start - 24), start):
            return None  # "outperforms B due to its larger context window": why it leads, no claim of its own
        if not g["than"]:
            weak = mag is None and cmp not in ("better",)  # "at a higher cost": only after a comparison
            obj_from = -1
            dim_words = nxt.group(1) if nxt else ""
        if cmp in COMPARATIVE:
            relation = judged_speed(COMPARATIVE[cmp], dim_words)  # "better throughput than B": faster
        elif cmp == "more expensive":
            relation = "more_expensive_than"
        elif cmp in ("less expensive", "more affordable"):
            relation = "cheaper_than"
        elif cmp == "less affordable":
            relation = "more_expensive_than"
        else:
            # "38% higher accuracy compared to B": a quality named with the comparative is what it measures,
            # whatever measure the clause named before it ("uses 70% fewer tokens while …")
            quality = QUALITY_NOUN.fullmatch(dim_words.strip())
            # "less reliable than B", "more capable than B": a quality adjective is the score's side
            adj = cmp in ("more", "less") and g["than"] and QUALITY_ADJ.fullmatch(dim_words.strip())
            dim = None if quality or adj else dimension(text, dim_words, m.start(), seg_start)
            if dim is None and g["than"] and MONEY_AFTER.match(text, m.end()):
                dim = "cost"  # "lower than the $5.6 million reported for B": a price or a cost is compared
            if (
                cmp in ("higher", "lower")
                and not dim_words.strip()
                and _SCORED.search(text, seg_start, start)
            ):
                dim = None  # "… more parameters than B but scores lower": the score is compared, not the size
            if cmp in ("more", "less", "fewer") and dim is None and not adj:
                return None  # "more than", "less than X": not a comparison of two models
            more = cmp in ("higher", "more")
            if re.search(r"efficien|effective", dim_words, re.I):
                if dim is None:
                    return None  # "more efficient than": efficient in what is not said
                # "11x more compute-efficient than B": less compute than B; "more cost-effective": cheaper
                more = not more
            relation = BY_DIM[dim][0 if more else 1]
            if dim == "speed":  # 'more speed', 'higher throughput', 'lower latency' are faster
                relation = speed_relation(dim_words, more)
    elif g["times"]:
        if not m.group(0).endswith("as"):  # "twice as fast: 14.9 s vs B's 31.6": set against B's figure
            obj_from = -1
        approx = _APPROX_BEFORE.search(text, max(seg_start, start - 16), start)
        start = approx.start() if approx else start  # "nearly twice as fast": the figure's, not a hedge
        frac = re.sub(r"\s+", " ", g["times"].lower())
        mag = TIMES.get(frac) or number(re.sub(r"\s?(?:x|×|times)$", "", frac))
        unit = "x"
        adj = g["adj"].lower()
        if adj.startswith("much"):  # "11 times as much (compute) as": the dimension in or before it
            dim = dimension(text, adj, m.start(), seg_start)
            if dim is None:
                return None
            relation = BY_DIM[dim][0]
        else:
            relation = {
                "fast": "faster_than",
                "quick": "faster_than",
                "cheap": "cheaper_than",
                "expensive": "more_expensive_than",
                "costly": "more_expensive_than",
                "small": "smaller_than",
            }.get(adj, "larger_than")
    elif g["frac"]:
        frac = re.sub(r"[\s-]+", " ", g["frac"].lower())
        part = re.fullmatch(r"1/(\d+)\D*", frac)
        fdim = g["fdim"] or g["fdim2"] or ("price" if g["fmoney"] else "gpu hours" if g["fhours"] else "")
        if re.search(
            r"\b(?:scale|size|parameter\s+count|parameters|context\s+windows?|context\s+length)$", fdim
        ):
            dim = "size"  # "double the scale of B"
        elif re.search(r"/s|per\s+second", fdim):
            dim = "speed"  # "triple the 75 tok/s of B"
        elif not fdim:  # "6.5 times that of B": what was measured before it
            dim = dimension(text, "", m.start(), seg_start)
            if dim is None:
                return None
        else:
            dim = dimension(text, fdim, m.start(), seg_start) or "cost"
        less = {"speed": "slower_than", "cost": "cheaper_than", "compute": "less_compute_than"}.get(
            dim, "smaller_than"
        )
        approx = _APPROX_BEFORE.search(text, max(seg_start, start - 16), start)
        start = approx.start() if approx else start  # "roughly a tenth of": the figure's, not a hedge
        if part or frac in FRACTION or frac == "a fraction":
            # "a tenth of", "1/10th the", "a fraction of the cost of" (no figure)
            relation = less
            mag = float(part.group(1)) if part else FRACTION.get(frac)
        else:
            mult = TIMES.get(frac) or number(re.sub(r"\s?(?:x|×|times)\+?$", "", frac))
            relation, mag = BY_DIM.get(dim, BY_DIM[None])[0], mult
        unit = "x" if mag is not None else None
    elif g["pct"]:
        shared = share(text, m, seg_start)
        if shared is None:
            return None
        relation, obj_from = shared
    elif g["out"]:
        relation = "outperforms"
        word = g["out"].lower()
        if g["lead"]:
            if g["lead"].lower() == "leads" and _EDGE_AREA.match(text, m.end()):
                # "A leads in factual knowledge": ahead of the model the passage weighs it against
                area = _EDGE_AREA.match(text, m.end())
                if area is not None and (
                    any(rx.search(area.group(1)) for rx in DIM.values()) or area.group(1)[0].isdigit()
                ):
                    # "leads on price": not in quality; "leads on 3 benchmarks": over whom, unsaid
                    return None
                obj_from = -1
            elif g["lead"].lower() in ("leads", "led") and LEAD_BY.match(text, m.end()):
                obj_from = -1  # "A leads by 2 runs (29/30 vs 27/30)": ahead of the model the passage weighs
            elif not LEAD_OBJECT.match(text, m.end()) or (
                g["lead"].lower() == "leading"
                and _OWNER_BEFORE.search(text, max(seg_start, m.start() - 8), m.start())
            ):
                return None  # "leads at 78%", "leads the board"; "OpenAI's leading GPT-4o": no model is led
        elif g.get("plus"):  # "+4.1 over B": the margin signed
            mag, unit = number(g["plus"].lstrip("+＋ ")), unit_of(g.get("plus_unit") or "points")
        elif CHANGE_NOUN.match(word):
            relation = change_relation(text, m.start(), word)  # "an increase in parameters over B": larger
            if re.match(r"(?:edge|margin|gap|lead|advantage)\b", word) and not re.search(r"over$", word):
                return None  # "the gap on X", "lead on X": the object is not what follows
            if mag is None and re.match(r"(?:gap|margin)\b", word) and not word.endswith("over"):
                return None
            if re.match(r"(?:lead|edge|advantage)\b", word):
                measured = _measured_lead(text, m.start(), seg_start, mag, unit)
                if measured is not None:
                    relation, mag, unit, start = measured
        elif (
            word == "above"
            and mag is None
            and not _PLACED_AT.search(text, max(seg_start, m.start() - 60), m.start())
        ):
            return None  # "above" alone: a position in a list, not a comparison ("ranks fifth, above B" is)
        elif g["clear"] and mag is None and not _CLEAR_BEFORE.search(text, max(seg_start, start - 24), start):
            return None  # "steer clear of X": only a margin or a verb of moving ahead makes it a lead
        elif "doubl" in word or "menggandakan" in word:
            mag, unit = 2.0, "x"
        elif g["xof"]:
            mag, unit = number(re.sub(r"\s?[x×]$", "", g["xof"])), "x"
        elif (
            g["edge"]
            and (area := _EDGE_AREA.match(text, m.end()))
            and any(rx.search(area.group(1)) for rx in DIM.values())
            and not {"cost", "speed"} & set(listed_dimensions(text, m.end(), len(text)) or ())
        ):
            # "wins on context window (1M vs 256K)": not a lead in quality ("… speed (…), and price": `claims`
            # reads each area's own relation)
            return None
        elif g["follow"]:
            if g["follow"].lower() == "with":
                pass  # "…, with B close behind": the closeness says B's place is right after the subject's
            elif not _LEADER_BEFORE.search(text, seg_start, m.start()) and not (
                _COPULA_BEFORE.search(text, max(seg_start, m.start() - 12), m.start())
                and (ranked := _RANKED_FIGURE.match(text, m.end()))
                and not _DATED.search(ranked.group(1))
            ):
                # "GPT-4 came in March, followed by GPT-4o": an order in time, not a lead; "A is followed by
                # B (1 252), C (1 250)": places on a board, each with its figure
                return None
        elif g["ahead"] or g["hold"] or g["edge"]:
            # "… still edges ahead at 80%", "holds a decisive lead at 77%": ahead of the sentence's other side
            obj_from = -1
            if g["amag"]:  # "is 3 points ahead"
                mag, unit = float(g["amag"]), unit_of(g["aunit"])
    elif g["behind"]:
        # "well below the $6.2 million spent on B": a price or cost is compared
        relation = "cheaper_than" if MONEY_AFTER.match(text, m.end()) else "behind"
        if _PRICE_OF_OBJECT.match(text, m.end()):
            relation = "cheaper_than"  # "40 percent below B's pricing": B's price is what is compared
        if g["behind"].lower() == "below" and mag is None and relation == "behind":
            if _PLACED_AT.search(text, max(seg_start, start - 60), start):
                pass  # "Position: above A, below B", "ranks fifth, below B": a place given below B's
            elif _DEGREE_BEFORE.search(text, max(seg_start, start - 8), start) and _PRICED_BEFORE.search(
                text, max(seg_start, start - 120), start
            ):
                # "$0.50 per million tokens — six times cheaper than A and far below B": the price goes on
                relation = "cheaper_than"
            else:
                return None  # "below" alone: a position in a list, not a comparison
        if (
            g["behind"].lower() == "behind"
            and mag is None
            and not _BEHIND_AFTER.search(text[max(0, m.start() - 26) : m.start()])
            and not _RANKED_BEFORE.search(text, max(seg_start, m.start() - 40), m.start())
            and not _PLACED_BEFORE.search(text, max(seg_start, m.start() - 60), m.start())
        ):
            return None  # "the team behind X", "behind the scenes"
    elif g["sov"]:
        relation = SOV_VERBS[g["sov_verb"]]
        obj_from, obj_before = -1, m.start("sov")
    elif g["zh_than"]:
        after = ZH_AFTER_OBJECT.match(text, m.end())
        said = ZH_COMPARATIVE.search(text, after.end(), after.end() + 16) if after else None
        if said is None:
            return None
        word = said.group(0)
        relation = zh_remeasured(
            text, word, ZH_RELATION[word], m.start(), said.start(), seg_start, said.end()
        )
    elif g["zh_with"]:
        after = ZH_AFTER_OBJECT.match(text, m.end())
        if after is None or not ZH_LEVEL.match(text, after.end()):
            return None  # "与 B 合作" (with B), "A 与 B 的区别": no level held
        relation = "on_par_with"
    elif g["zh_of"] or g["zh_from"]:
        zh = zh_measured(text, g, m.start(), seg_start)
        if zh is None:
            return None
        relation, mag = zh
        unit = "x" if mag is not None else None
    elif g["zh_out"] or g["zh_behind"] or g["zh_par"]:
        relation = "outperforms" if g["zh_out"] else "behind" if g["zh_behind"] else "on_par_with"
        word = (g["zh_out"] or g["zh_behind"] or "").rstrip("了")
        relation = zh_remeasured(text, word, relation, m.start(), m.start(), seg_start)
    elif g["sup"]:
        if HIGHER_MEASURE_BEFORE.search(text, max(seg_start, start - 60), start):
            return None
        relation = "behind" if g["sup"].lower().startswith(("inferior", "inférieur")) else "outperforms"
    elif g["vor"]:
        if not _DE_TOP_BEFORE.search(text, seg_start, m.start()):
            return None  # "vor Ort", "vor Jahren", "vor dem Start": before, not ahead of
        relation = "outperforms"
    elif g["xcmp"]:
        if not (relation := foreign_relation(text, m, seg_start)):
            return None
    elif g["under"]:
        relation = "cheaper_than"  # "A undercuts B (on price) by 60%"
    elif g["par"]:
        if re.match(r"\s+or\s+(?:beat|exceed|surpass|outperform|top)", text[m.end() : m.end() + 30], re.I):
            return None  # "matches or beats X" is read once, as a hedged outperforms
        relation = "on_par_with"
        # "delivers B-level performance": a level offered, stated as loosely as "comparable to B" ("achieving
        # B-level performance" is a level reached, as "reaches the level of B")
        near = bool(re.match(r"(?:deliver|offer|provid)", g["par"], re.I))
    elif g["near"]:
        if NOUN_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _NOUN_AFTER.match(text, m.end()):
            return None  # "its rival X", "the closest rival", "Rivals such as X": a noun, not a comparison
        relation, near = "on_par_with", True
    else:
        relation, pair, near = (
            "on_par_with",
            True,
            not g["pair"].lower().startswith(("tie", "tied", "are tied"))
            and not re.search(r"empatad|égalité", g["pair"], re.I),
        )
        obj_from = -1
    head = Head(relation, start, m.end(), obj_from, "hedged" if near else "asserts", mag, unit, pair, weak)
    head.obj_before = obj_before
    return head


def polarity(text: str, head: Head, clause_start: int, seg_end: int) -> str:
    before = text[clause_start : head.start]
    if _NEG_REPLY.search(text, head.end, min(seg_end, head.end + 80)):
        return "negated"  # "… whether it beats X — it doesn't"
    if re.search(r"\bwhether\b", before, re.I):
        return "hedged"  # "the question isn't whether it beats X": nothing is stated
    if _NEGATION.search(before):
        return "negated"
    if (
        head.polarity == "hedged"
        or _HEDGE.search(before)
        # "nearly double B's score": the margin is approximate, the lead is stated
        # "roughly 8% of B's price", "nearly a third of it": the figure is approximate, the comparison stated
        or (
            _NEAR_BEFORE.search(before)
            and not _DOUBLING.match(text, head.start, head.end)
            and not _FIGURE_AT.match(text, head.start)
        )
        or _OFTEN_BEFORE.search(before)
    ):
        return "hedged"
    # "matches or beats X": the weaker reading is what is stated
    if re.match(r"\s+or\s+(?:beats?|exceeds?|surpass\w*)\b", text[head.end : head.end + 20], re.I):
        return "hedged"
    return "asserts"


def hedged_host(text: str, sent: int, cs: int) -> bool:
    """A clause without a subject of its own ('…, while running 5x faster', '…, surpassing B') is said as
    surely as the clause it hangs on: 'A claims to match B while running 5x faster' claims the speed too."""
    # only a reporting hedge of the host's own verb counts: not "could" in ", which could matter," nor the
    # "matching or" of "matching or exceeding B, while …" (its own head's, the weaker of two)
    spans = [m.span() for m in _RELATIVE.finditer(text, sent, cs)]
    return any(not any(a <= h.start() < b for a, b in spans) for h in _REPORTING.finditer(text, sent, cs))


BY_N = re.compile(
    r"\s*(?:\([^)]*\)\s*)?(?:(?:on|in|across|at)\s+[^,;.]{1,40}?\s+)?(?:by\s+|with\s+a\s+)"
    + APPROX
    + r"(?P<mag>"
    + NUM
    + r"|a\s+single)"
    r"(?:\s?(?P<unit>percentage\s+points|points?|pts|pp|%|x|×)|-(?P<unit2>point)\s+(?:lead|margin|gap))(?![\w])",
    re.I,
)
