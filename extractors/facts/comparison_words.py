"""The words that head a comparison: the English comparatives, verbs and prepositions (each with the relation
it states), the particles and verb stems of Japanese, Korean and Hindi comparisons, the Chinese verbs and
comparatives, the `HEAD` scanner built from them, and `GATE`, the cheap test that skips segments without any.

`comparisons.read_head` reads a match of `HEAD` into a `Head`.
"""

from __future__ import annotations

import re

from extractors.facts.alternation import by_first_char
from extractors.facts.document import in_parts
from extractors.facts.foreign_comparatives import GATE_WORDS, HEAD_ALT
from extractors.facts.numbers import WORD_NUMBERS
from extractors.facts.patterns import PATTERN_DIR, data_rows, word_alternation

_WORDS = "|".join(w for w in WORD_NUMBERS if w not in ("a", "half", "one"))
NUM = r"(?:\d+(?:\.\d+)?|" + _WORDS + r")"
APPROX = (
    r"(?:(?:about|roughly|around|nearly|almost|over|more\s+than|up\s+to|approximately|some|just|only|~)\s*)?"
)
# "18% ", "10x ", "3.5 times ", "16 points ", "a 16-point "
MAG = (
    r"(?:"
    + APPROX
    + r"(?P<mag>"
    + NUM
    + r")(?:\s?(?P<unit>%|x|×|times|percentage\s+points|percent|points?|pp)"
    r"|-(?P<unit2>point|percent|fold|x|times))\s+)"
)

COMPARATIVE = {
    "faster": "faster_than",
    "quicker": "faster_than",
    "sooner": "faster_than",
    "slower": "slower_than",
    "cheaper": "cheaper_than",
    "pricier": "more_expensive_than",
    "costlier": "more_expensive_than",
    "smaller": "smaller_than",
    "larger": "larger_than",
    "bigger": "larger_than",
    "better": "outperforms",
    "stronger": "outperforms",
    "worse": "behind",
    "weaker": "behind",
    "poorer": "behind",
}
# the verbs of beating a rival are data (patterns/comparison_verbs.jsonl: pattern, language, relation); the
# English ones are also read before a size comparative (`comparison_measures`: "beats bigger models like B")
_VERBS = data_rows(PATTERN_DIR / "comparison_verbs.jsonl", ("id", "lang", "relation"))
if any(r["relation"] != "outperforms" for r in _VERBS):
    raise ValueError("comparison_verbs.jsonl: the HEAD reads these verbs as a lead ('outperforms') only")
OUT_VERBS = "|".join(str(r["id"]) for r in _VERBS if r["lang"] == "en")
# each verb's letters before its first pattern sign, for the gate
_VERB_STEMS = "|".join(re.split(r"[\\(\[?*+]", w)[0] for r in _VERBS for w in str(r["id"]).split("|"))
# the adverbs of degree that may stand between a score verb and 'below' ('sits markedly below B'): a size of
# the gap, never a word that denies or doubts it ('rarely', 'hardly', 'supposedly below B' assert nothing)
_DEGREE = word_alternation(
    (str(r["id"]) for r in data_rows(PATTERN_DIR / "degree_adverbs.jsonl", ("id",))),
    spaces=r"\s+",
    longest_first=True,
)
BEAT_VERBS = "beat|beats|beating|beaten|tops|topped|topping"
# the heads of comparison; `than` marks the object slot of a comparative, the rest take their object after
# Each alternative sits behind a lookahead of the letters it can start with: under re.I `re` enters every
# alternative at every word's start, and the lookahead turns most of them away at once (the matches are
# the same; tests/test_nlp_claims.py checks each set of letters against its alternative).
_HEAD_ALTS: list[tuple[str, str]] = [
    # comparative + (dimension) + than / compared with
    (
        "bcfhlmpqsw",
        r"(?P<cmp>faster|quicker|sooner|slower|cheaper|pricier|costlier|smaller|larger|bigger|better|stronger|worse|weaker|poorer|"
        r"more\s+expensive|less\s+expensive|more\s+affordable|less\s+affordable|higher|lower|more|less|fewer)"
        # "2x faster decode and prefill performance than B", "… vs B"
        r"(?:(?P<dim>(?:\s+(?!than\b|vs\b|versus\b)[a-z][\w-]*){0,4})"
        r"(?P<than>\s+(?:than|compared\s+(?:to|with)|relative\s+to|vs\.?|versus)(?![\w-]))|)",
    ),
    # twice as fast as, three times as expensive as
    (
        "\\ddefhnst",
        r"(?P<times>twice|double|three\s+times|four\s+times|five\s+times|ten\s+times|"
        + NUM
        + r"\s?(?:x|×|times))"
        r"\s+as\s+(?P<adj>fast|quick|cheap|expensive|costly|large|big|small|much(?:\s+(?:training\s+)?(?:compute|"
        # then "as B", or nothing ("twice as fast: 14.9 s vs B's 31.6")
        r"gpu[- ]hours|flops|tokens|money|memory))?)(?:\s+as\b|(?=\s*[:;,(]))",
    ),
    # N times / a fifth of the speed / cost / compute of
    (
        "\\dadefhnoqst",
        r"(?P<frac>(?:a|one)[-\s](?:tenth|ninth|eighth|seventh|sixth|fifth|quarter|third)|an[-\s]eighth|a\s+fraction|"
        r"1/\d+(?:th|rd|nd)?|half|twice|double|"
        r"triple|quadruple|three\s+times|four\s+times|five\s+times|ten\s+times|"
        + NUM
        # "2x+ speed": a bare speed after a multiple, without "the"
        + r"\s?(?:x|×|times)\+?)(?:\s+(?:of\s+)?(?:the\s+|(?=(?:speed|throughput)\b))"
        r"(?P<fdim>(?:[a-z-]+\s+)?(?:speed|throughput|costs?|price|compute|gpu[- ]hours|training\s+compute|"
        r"tokens|flops|scale|size|parameter\s+count|parameters|context\s+windows?|context\s+length)|"
        # "triple the 75 tok/s of B": the measure is the figure's unit
        r"[\d.,]+\s?(?:tok(?:ens)?/s|tokens?\s+per\s+second))\b"
        r"(?:\s+of\b)?"
        # "2.4 times the throughput of A and up to 6.5 times that of B": the dimension said before
        r"|\s+(?:that|those)\s+of\b"
        # "a fraction of B's compute": the measure after B's names the dimension; "half B's $3/$15 list
        # price", "less than half of B's 5 million hours": a price or an amount of hours ("10x less than last
        # year's price" is a comparative's figure, no share of a model's price)
        r"|(?:\s+of)?(?=\s+(?!(?:less|more|fewer|lower|higher)\b)(?:the\s+)?[A-Z][^()\n]{0,40}?['’]s?\s+(?:(?P<fdim2>(?:[a-z-]+\s+)?(?:speed|"
        r"throughput|costs?|price|compute|gpu[- ]hours|budget|tokens|flops))\b|"
        r"(?:[a-z]+\s+)?(?P<fmoney>[$€£]\s?\d)|"
        r"[\d.,]+\s+(?:million\s+|billion\s+)?(?P<fhours>(?:gpu[- ])?hours)\b))"
        # "costs just 1/10 of B": the measure said before it
        r"|\s+of(?=\s+(?-i:[A-Z])[\w.-]*\d[\w.-]*(?:\s+[A-Z][\w.-]*)?[\s,.;:)])"
        # "costs one-fifth what B costs": the measure said before it, the object after "what"
        r"|\s+what(?=\s+(?:the\s+)?(?:[a-z-]+\s+)?(?-i:[A-Z])))",
    ),
    # "cuts compute to 27% of B", "needs 27% of B's FLOPs": a share of the other's measure
    ("\\d", r"(?P<pct>\d+(?:\.\d+)?\s?(?:%|percent))\s+of(?=\s)"),
    # verbs and prepositions of comparison (the plain words grouped by first letter, the other alternatives
    # behind a lookahead of their first letters, as above)
    (
        "",
        r"(?P<out>"
        + by_first_char(
            # (not the German participle 'übertroffen': 'übertroffen von B' is a passive, B leads)
            "|".join(str(r["id"]) for r in _VERBS),
            guarded=True,
        )
        + r"|(?=[ml])(?:me)?lampaui|"
        # "en avance sur B", "por encima de B", "à frente de B": ahead of B (French, Spanish, Portuguese)
        r"(?=[eàp])(?:en\s+avance\s+sur|por\s+(?:encima|delante)\s+de|à\s+frente\s+de)|"
        # "wins 9 of 10 shared benchmarks against B": a count of wins over B is a lead over B
        r"(?=w)win(?:s|ning)?\s+(?:\d+\s+(?:of|out\s+of)\s+(?:the\s+)?\d+|most|all|every|the\s+majority\s+of)\s+"
        r"(?:[a-z-]+\s+){0,2}?(?:benchmarks?|evals?|evaluations|tests|tasks|categories)\s+(?:against|over|versus|vs\.?)|"
        + by_first_char(
            ["mengungguli", "overt(?:ake|akes|aking|ook)"],
            BEAT_VERBS,
            ["crush(?:es|ed|ing)?", r"trounc\w*", r"edg(?:e|es|ed|ing)\s+(?:out|past)"],
            guarded=True,
        )
        + r"|(?=[acefilmprsw])(?:edg(?:e|es|ed|ing)|pull(?:s|ed|ing)?|stays?|stayed|(?:comes?|came)\s+out|"
        r"finish(?:es|ed)?|is|are|was|sits?|"
        r"ranks?|ranked|lands?|placed?|placing|meaningfully|well|comfortably|clearly|firmly)\s+ahead\s+of|"
        r"(?=[hkm])(?P<hold>(?:holds?|held|holding|keeps?|kept|keeping|maintains?|maintained|maintaining)\s+"
        r"(?:a|an|the|its|their)\s+(?:[a-z]+\s+){0,2}?lead)(?!\s+(?:over|on|in|of)\b)|"
        r"(?=l)(?P<lead>leads|leading|led)|ahead\s+of|(?P<clear>clear\s+of)|"
        # "holds a clear lead in X", "shows a slight edge in X", "wins on X": ahead of the model the passage
        # weighs it against
        r"(?=ha|he|ho|ke|ma|re|sh|wi)(?P<edge>(?:has|have|had|shows?|showed|holds?|held|keeps?|kept|retains?|retained|"
        r"maintains?|maintained)\s+(?:(?:a|an|the|its|their)\s+(?:[a-z]+\s+){0,2}?(?:lead|edge|advantage)s?|"
        r"(?:clear\s+|real\s+|decisive\s+|notable\s+)?(?:leads|edges|advantages))"
        r"(?=\s+(?:in|on|across|for)\s|\s*(?:[,;]|\.(?!\d)))|win(?:s|ning)?(?=\s+(?:\w+ly\s+)?(?:on|in|across)\s))|"
        # "placing it above B", "puts them above B": a place given above B; never the noun after a determiner
        # ("as the ranking above B shows")
        # "shows performance above B", "posts results well above B": the quality it shows is placed above B's
        r"(?=[lprs])(?:(?<!the\s)(?<!this\s)(?<!that\s)(?<!our\s)(?<!its\s)rank(?:s|ed|ing)?|sits?|sitting|"
        r"land(?:s|ed|ing)?|scor(?:es|ed|ing)|perform(?:s|ed|ing)?|"
        r"performance|results|scores|"
        r"(?:plac(?:es|ed|ing)|puts?|putting)\s+(?:it|them)(?:\s+(?:well|far|just|slightly))?)\s+"
        r"(?:just\s+|slightly\s+|well\s+|far\s+)?above|above|"
        r"(?=[dm])(?:more\s+than\s+)?doubl(?:e|es|ed|ing)\s+(?:the\s+)?(?:score|result|performance)s?\s+of|"
        # "menggandakan skor B" (doubling B's score); "(2x B's 10.0)": a multiple of B's score
        r"menggandakan(?:\s+skor)?|(?=\d)(?P<xof>\d+(?:\.\d+)?\s?[x×])(?=\s+(?-i:[A-Z])[^()\n]{0,30}?['’]s\s+\d)|"
        r"(?=[dm])(?:more\s+than\s+)?doubl(?:e|es|ed|ing)(?=\s+(?-i:[A-Z]))|"
        # "A leads the board at 79%, followed by B (73%) and C": the places after the leader's
        # (French: "A est suivi par B")
        # "A sits third at 1493, with B close behind at 1491": B's place and figure right after A's
        r"(?=[fsw])(?P<follow>followed\s+(?:closely\s+|narrowly\s+)?by|suivie?s?\s+(?:de\s+près\s+)?par|"
        r"with(?=\s+(?:[\w.-]+['’]s\s+)?(?-i:[A-Z])(?:[^,;()\n.]|\.(?=\d)){0,50}?\s+(?:close|closely|right|just|hot)\s+"
        r"behind\s+(?:at|with)\s+[\d~]))|"
        r"(?=[aceiprsw])(?P<ahead>(?:edg(?:e|es|ed|ing)|pull(?:s|ed|ing)?|stays?|stayed|(?:comes?|came)\s+out|"
        r"is|are|was|remains?)"
        r"\s+(?:slightly\s+|well\s+|far\s+|clearly\s+|comfortably\s+|firmly\s+|narrowly\s+|just\s+)?(?:(?P<amag>\d+(?:\.\d+)?)\s?(?P<aunit>points?|pts|pp|%)\s+)?"
        r"ahead)(?!\s+of)|"
        # "a 148% improvement (46 points) over B": a bracket may give the margin again; "a 50% increase in
        # active parameters versus B", "a clear upgrade over B", "a leap over B": a change named as a noun
        r"(?=[abegijlmru])(?:(?:improvement|jump|gain|leap|boost|increase|upgrade|regression)s?|"
        # ("regression tests compared to B": a kind of test)
        r"lead|edge|advantage|margin|gap)(?!(?<=regression)\s+(?:tests?|testing|analys|suites?))\s+"
        r"(?:[\w-]+\s+|\([^()]{1,30}\)\s+){0,4}?(?:over|on|compared\s+(?:to|with)|versus|vs\.?)|"
        # "a 27-point jump from B's 69.3%": a rise from B's figure to the subject's
        r"(?=[bgijl])(?:improvement|jump|gain|leap|boost)\s+from(?=\s+(?:the\s+)?(?:previous\s+|prior\s+|earlier\s+)?"
        r"(?-i:[A-Z])[^()\n]{0,30}?['’]s\s+(?:[a-z]+\s+){0,2}?\d)|"
        # "claiming dominance over B", "its superiority over B"
        r"(?=[ds])(?:dominance|superiority)\s+over|"
        # "+4.1 over B", "(61.4, +4.1 vs. B)", "+8 points on the index compared to B": a signed margin over B
        r"(?=[+＋])(?P<plus>[+＋]\s?\d+(?:\.\d+)?)\s?(?P<plus_unit>%|points?|pts|pp|percentage[\s-]points?)?"
        r"(?:\s+(?:on|in)\s+(?:the\s+)?[\w-]+)?\s+(?:over|vs\.?|versus|compared\s+(?:to|with))(?=\s))",
    ),
    (
        "abdfgilprstu",
        r"(?P<behind>trail(?:s|ed|ing)?|lag(?:s|ged|ging)?(?:\s+behind)?|underperform\w*(?:\s+compared\s+(?:to|with))?|"
        r"behind|(?:ranks?|ranked|sits?|lands?|is|are|scor(?:es|ed|ing)|perform(?:s|ed|ing)?)\s+(?:"
        + _DEGREE
        + r"\s+)?below|"
        r"(?:falls?|fell|falling)\s+(?:just\s+|slightly\s+|narrowly\s+|well\s+|far\s+)?short\s+of|"
        r"second\s+(?:only\s+)?to|"
        r"los(?:e|t|es|ing)\s+to|below|"
        # Portuguese and Spanish "perde (feio) pro B", "perdió frente a B": loses to B, by as much as the
        # adverb says; not "perdeu espaço/clientes para B" (ground or users lost to B)
        r"perd(?:e|eu|em|eram|ió|ieron)\s+(?:(?:feio|feo|fácil|f[aá]cilmente|claramente|longe|lejos|"
        r"(?:por|de)\s+(?:pouco|poco|muito|mucho|longe|lejos))\s+)?(?:pro|pra|para|ante|contra|frente\s+a)(?=\s)|"
        r"(?:gap|deficit)\s+(?:to|behind))",
    ),
    ("u", r"(?P<under>undercut(?:s|ting)?)"),
    # "besser als B", "más rápido que B": other languages' comparatives (`foreign_comparatives`)
    HEAD_ALT,
    # German "… setzt sich an die Spitze, vor B und C": ahead of B (only after a word of the top place)
    ("v", r"(?P<vor>vor)(?=\s+(?-i:[A-Z]))"),
    # "superior to B", "superior performance compared to B", "inferior results to B"; "best-in-class
    # performance in 10 languages when compared with B"
    (
        "bimsu",
        # "superior results on the X benchmark compared to B": the measure and where it was taken between
        # Spanish, Portuguese, French "superior a B", "supérieur à B", "inferior ao B": right before the model
        # ("mejora a B": improves on B; "una mejora a B", an upgrade to B, is the noun)
        r"(?P<sup>(?:superior|inferior|supérieure?s?|inférieure?s?|(?<!\buna\s)(?<!\bla\s)(?<!\bsu\s)mejora(?:n|ba)?)\s+(?:a|à|ao|al|aos)"
        r"(?=\s+(?:o\s+|el\s+)?(?-i:[A-Z]))|"
        r"(?:superior|inferior)\s+(?:[\w-]+\s+){0,5}?(?:to|compared\s+(?:to|with)|over|beyond|"
        r"relative\s+to|against)|best[-\s]in[-\s]class\b(?:[^.;:\n]|\.(?=\d)){0,120}?\bcompared\s+(?:to|with))",
    ),
    (
        "ademoprt",
        r"(?P<par>(?:match|reach)(?:es|ed|ing)?\s+the\s+(?:same\s+)?(?:quality|performance|level|accuracy)\s+of|"
        r"the\s+same\s+(?:capabilit(?:y|ies)|performance|quality|level|accuracy|results|scores?|intelligence|tier|"
        r"league)\s+as|"
        r"reach(?:es|ed|ing)?(?=\s+(?:the\s+)?[A-Z][^()\n]{0,30}?['’]s?\s+(?:level|performance|quality)\b)|"
        r"dead\s+heat\s+with|(?:at|on)\s+the\s+(?:same\s+)?level\s+of|"
        # "is at the same level as B", "… at the same level or better than B" (read once, as the parity)
        r"(?:at|on)\s+the\s+same\s+level(?=\s+(?:as|or\s+(?:even\s+)?(?:better|higher)\s+than)\b)(?:\s+as)?|"
        # "achieving B-level performance", "delivers B level intelligence": B's level, named as an adjective
        r"(?:achiev(?:es|ed|ing|e)|deliver(?:s|ed|ing)?|offer(?:s|ed|ing)?|provid(?:es|ed|ing|e))"
        r"(?=\s+(?-i:[A-Z])[\w.]*(?:[-\s][\w.]+){0,2}?[-\s]level\s+(?:performance|capabilit(?:y|ies)|"
        r"intelligence|quality|reasoning)\b)|"
        # "breaks the tie with B", "broke a tie with B": a tie ended, not a parity ("in a tie with B" is one)
        r"match(?:es|ed|ing)?|(?<!\bthe\s)(?<!\bbroke\sa\s)(?<!\bbreaks\sa\s)ties?\s+with|tied\s+with|equals?)",
    ),
    (
        "acnorsw",
        r"(?P<near>rival(?:s|ed|ing)?|approach(?:es|ed|ing)?|on\s+par\s+with|comparabl[ey]\s+to|close\s+to|"
        # "comparable answer quality to B", "similar performance to B": the quality compared is named between
        r"(?:comparable|similar)\s+(?:[a-z-]+\s+)?(?:performance|quality|results|accuracy|scores|capabilit(?:y|ies)|"
        r"intelligence)\s+(?:to|with)|"
        r"within\s+reach\s+of|"
        r"competitive\s+with|near(?:-|\s)parity\s+with|near\s+that\s+of|similar\s+to|within\s+"
        + NUM
        + r"(?:[-–]\d+)?"
        r"\s+(?:percentage\s+)?points?\s+of)",
    ),
    (
        "aenrst",
        r"(?P<pair>neck[- ]and[- ]neck|tie\s+at|tied\s+(?:at|for)|are\s+tied|roughly\s+even|"
        # "A, B e C estão (tecnicamente) empatados": tied, on Portuguese, Spanish and French pages
        r"(?:estão|están|son|são|sont)\s+(?:[a-zé]+mente\s+|techniquement\s+)?(?:empatad[oa]s|à\s+égalité))",
    ),
]
# the particle that marks the object of a Japanese, Korean or Hindi comparison, and the verbs or comparatives
# after it (their stems: the endings vary)
_SOV_PARTICLE = r"(?<=[A-Za-z0-9)）'’\"」』\s])(?:を|より|보다|를|을|को|से)"
SOV_VERBS = {
    **dict.fromkeys(
        ("上回", "凌駕", "超え", "抜い", "抜き", "앞섰", "앞서", "능가", "제쳤", "제치", "이겼"),
        "outperforms",
    ),
    **dict.fromkeys(("हराकर", "हराया", "हरा दिया", "बेहतर", "आगे"), "outperforms"),
    **dict.fromkeys(("高い", "強い", "優れ", "높", "뛰어나"), "outperforms"),
    **dict.fromkeys(("下回", "劣", "低い", "낮", "뒤처", "뒤졌", "पीछे"), "behind"),
    **dict.fromkeys(("速い", "빠르", "빨라", "빠른", "तेज़"), "faster_than"),
    **dict.fromkeys(("安い", "저렴", "싸", "सस्ता"), "cheaper_than"),
    **dict.fromkeys(("匹敵", "필적"), "on_par_with"),
    # an English verb or comparative in a page written in those languages: "B को outperform करता है",
    # "अन्य models से 4x faster"
    **dict.fromkeys(("outperform", "surpass", "beat"), "outperforms"),
    **dict.fromkeys(("faster",), "faster_than"),
    **dict.fromkeys(("cheaper",), "cheaper_than"),
}
# Chinese writes no spaces between words, so its verbs of comparison cannot wait for a word's start; like
# English, the verb stands between the subject and the object ("A 超越了 B", "A 显著高于 B 的 31%")
# (力压 / 碾压: "presses down", "crushes"; the traditional script's forms too)
_ZH_OUT = (
    "超越|超过|超出|胜过|优于|强于|高于|击败|打败|领先于|领先|远超|远胜|力压|碾压|完胜|反超|赶超|"
    "超過|勝過|優於|強於|擊敗|領先於|領先|遠超|遠勝|碾壓|力壓"
)
# 紧逼 ("presses close on"): just behind
_ZH_BEHIND = "落后于|落后|逊于|低于|不及|仅次于|次于|紧逼|落後於|落後|遜於|僅次於|緊逼"
# "毫不逊色于 B" (no whit inferior to B), "不亚于 B": a level held, not a step behind (scanned before 逊于)
_ZH_PAR = "媲美|比肩|追平|持平于|毫不逊色于|不逊色于|不逊于|不亚于"
# "参数量仅为 B 的 1/3", "成本是 B 的五分之一", "得分是前代模型 B(5.7)的五倍以上": a share or a multiple of
# B's measure; the measure (size, price, speed, an error rate, a score) is named before it (`comparison_zh`)
_ZH_NAME = (
    r"[\u4e00-\u9fff]{0,8}?\s*[A-Za-z0-9][A-Za-z0-9_.\- ]{0,40}?\s*(?:[(（][^()（）\n]{0,24}[)）])?\s*的\s*"
)
_ZH_NUMERAL = "[一二三四五六七八九十两兩]+"
_ZH_OF = (
    r"(?P<zh_of>(?:仅|僅|只|约|約|大约|大約)?(?:为|為|是|相当于|相當於))(?="
    + _ZH_NAME
    + rf"(?:(?P<zh_frac>1/\d+|(?:\d+|{_ZH_NUMERAL})分之一|一半)|"
    + rf"(?P<zh_times>\d+(?:\.\d+)?|{_ZH_NUMERAL})\s*倍))"
)
# "得分从 B 的 54.5 分提升至 57.8 分", "幻觉率从 B 的 92% 下降至 61%": a measure moved from B's figure to the
# subject's
_ZH_FROM = (
    r"(?P<zh_from>从|從)(?=" + _ZH_NAME + r"[\d.]+\s*(?:分|%|％)?\s*[\u4e00-\u9fff]{0,3}?"
    r"(?:(?P<zh_up>提升|提高|增长|增長|增加|上升|飙升|飆升|跃升|躍升)|"
    r"(?P<zh_down>下降|降低|减少|減少|降))(?:至|到))"
)
HEAD = re.compile(
    r"(?<![\w-])(?:"  # at a word's start only: the scan skips every other position at once
    + "|".join((rf"(?=[{first}])" if first else "") + f"(?:{alt})" for first, alt in _HEAD_ALTS)
    + r")(?![\w-])"
    # the other scripts behind one lookahead, so that the scan of an English page never enters them
    + r"|(?=[\u0900-\u097f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af])(?:"
    + rf"(?:(?P<zh_out>{_ZH_OUT})|(?P<zh_behind>{_ZH_BEHIND})|(?P<zh_par>{_ZH_PAR}))了?"
    # "A 比 B 快 37%", "A 较 B 实现显著提升": the marker before the object, the comparative after it
    + r"|(?P<zh_than>比|较|相比于?)(?=\s*[A-Za-z0-9])"
    # "与 B 持平", "与 B 相当" (level with B): the marker before the object, the word of parity after it
    + r"|(?P<zh_with>与|跟|同|和|與)(?=\s*[A-Za-z0-9])"
    + rf"|{_ZH_OF}|{_ZH_FROM}"
    # Japanese, Korean and Hindi put the object before the verb, marked by a particle: "A が B を上回る",
    # "A 가 B 를 앞섰다", "A ने B को हराकर", "B より速い", "B 보다 높다", "B से बेहतर"
    + rf"|(?P<sov>{_SOV_PARTICLE})\s*(?:[\s\d.x×\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{{0,8}}?)"
    + rf"(?P<sov_verb>{'|'.join(SOV_VERBS)}))",
    re.I,
)

# "un precio superior a B", "latência superior ao B": a higher price, latency or size than B's, no lead
HIGHER_MEASURE_BEFORE = re.compile(
    r"\b(?:precios?|preços?|prix|prezzo|costes?|costos?|custos?|coûts?|latencias?|latências?|latences?|latenza|"
    r"tamaños?|tamanhos?|taille|consumo|consommation|memoria|memória|mémoire)\b[^.;:!?\n]{0,40}$",
    re.I,
)
# a cheap gate over the whole text (lower-cased): segments without any of these are skipped. It is searched
# as parts that open on disjoint characters (`document.in_parts`): the words (English and the other languages'
# comparatives, one alternation grouped by first letter, so that a position pays one check per letter instead
# of one per word), the alternatives that open on a digit (in their order: '\\dx', '1/\\d', '\\d … contre'),
# a signed margin, and the words of the other scripts (those of SOV_VERBS written in Latin letters never
# matched behind the gate's lookahead of those scripts, so they are left out)
_GATE_WORDS = by_first_char(
    "than|compared|relative to|overt|beat|crush|edg|ahead|above|"
    "improvement|empatad|égalité|lampaui|mengungguli|"
    "jump|gain|leap|boost|increase|upgrade|lead|advantage|margin|gap|dominance|superiority|trail|lag|underperform|behind|below|"
    "short of|second to|match|"
    "tie|clear of|wins |win on|win in|winning |second only to|lost to|lose to|loses to|losing to|"
    "dead heat|"
    "equal|rival|approach|par with|comparabl|close to|competitive|parity|near that|similar|within|neck|"
    "even|speed of|cost of|compute|price of|fast|quick|slower|cheap|expensive|costly|pric|less|fewer|"
    "more |doubl|better|worse|stronger|weaker|poorer|smaller|larger|bigger|higher|lower",
    ["topp?(?:s|ed|ing)"],
    "undercut|superior|inferior|supérieur|inférieur|mejora|perde|perdi|"
    "in-class|in class|throughput|tenth|ninth|eighth|seventh|sixth|fifth|third|fraction|"
    "percent|gpu|"
    "level of|sooner|suivi|followed by|vor |"
    "gganda|same|tripl|quadrupl|that of|those of|% of|versus|vs|against|half the|half of|twice the|"
    "times the|up from|down from|quarter|en avance|por encima|por delante|à frente",
    _VERB_STEMS,  # the verbs of beating a rival (patterns/comparison_verbs.jsonl)
    GATE_WORDS,  # after the English words, as the gate wrote them
)[3:-1]
# a figure set against another's on French, Spanish, Portuguese, German pages ("68 % contre 65 % pour B")
_GATE_DIGITS = r"\d(?:x|(?<=1)/\d|\s?(?:%|percent|points?|pts|elo)?,?\s+(?:contre|contra|frente|gegenüber)\s)"
_GATE_PLUS = r"\+\s?\d[\d.]*\s?(?:%|points?|pts|pp)?\s+(?:over|vs|versus)\s"  # a signed margin over B
_OTHER_SCRIPT = re.compile(r"[\u0900-\u097f\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
_GATE_SCRIPTS = "|".join(
    w
    for w in "|".join(
        (_ZH_OUT, _ZH_BEHIND, _ZH_PAR, "比|较|持平|相当|相當|不相上下|一致|倍|分之一|一半|从|從", *SOV_VERBS)
    ).split("|")
    if _OTHER_SCRIPT.match(w)
)
GATE = in_parts(
    re.compile("|".join((_GATE_WORDS, _GATE_DIGITS, _GATE_PLUS, _GATE_SCRIPTS)), re.I),
    *map(re.compile, (_GATE_WORDS, _GATE_DIGITS, _GATE_PLUS, _GATE_SCRIPTS)),
)


# after "比 B": B's name (Latin letters, digits, spaces, dots and dashes), then the comparative it is given
ZH_AFTER_OBJECT = re.compile(r"\s*[A-Za-z0-9][\w.\- ]*?(?=[\u4e00-\u9fff])", re.A)
# 大幅 / 小幅 ("by a wide / small margin") say how much, not bigger or smaller: never the relation
ZH_COMPARATIVE = re.compile(
    r"(?:领先|落后|快|慢|便宜|贵|高|强|好|优|提升|提高|低|差|弱|小(?!幅)|大(?!幅)|少)"
)
# after "与 B": the words that make it a level held with B ("与 B 持平", "与 B 不相上下")
ZH_LEVEL = re.compile(r"(?:基本|大致|几乎|保持|整体)?(?:持平|相当|相當|不相上下|旗鼓相当|旗鼓相當|一致)")
ZH_RELATION = {
    "快": "faster_than",
    "慢": "slower_than",
    "便宜": "cheaper_than",
    "贵": "more_expensive_than",
    "小": "smaller_than",
    "大": "larger_than",
    "少": "less_compute_than",
    **dict.fromkeys(("高", "强", "好", "优", "提升", "提高", "领先"), "outperforms"),
    **dict.fromkeys(("低", "差", "弱", "落后"), "behind"),
}
