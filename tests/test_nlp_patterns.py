"""Pattern files: they load, aliases collapse to canonical ids, bad lines name their file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.facts.nlp import alias_triples, load_patterns
from extractors.facts.patterns import PatternError, load_file, parse_line


def test_every_pattern_loads_and_kinds_are_known() -> None:
    recs = load_patterns()
    assert {r.kind for r in recs} == {"model", "family", "lab", "benchmark"}
    ids = {r.alias: r.canonical for r in recs if r.kind == "model"}
    assert ids["Opus 4.6"] == "Claude Opus 4.6"
    bench = {r.alias: r.canonical for r in recs if r.kind == "benchmark"}
    assert bench["SWE-bench"] == "SWE-bench Verified"
    assert bench["GPQA"] == "GPQA Diamond"


def test_alias_triples_cover_canonicals() -> None:
    triples = alias_triples()
    assert ("model", "GPT-5.4", "GPT-5.4") in triples
    assert ("benchmark", "Humanity's Last Exam", "HLE") in triples


def test_no_invented_dev_names_in_patterns() -> None:
    aliases = {r.alias for r in load_patterns()}
    for name in (
        "Yunhai-2 Max",
        "Corvid-3 Ultra",
        "Kestrel-M 70B",
        "Nimbus-R2",
        "Aurelian 4",
        "Tessera 2.5 Pro",
    ):
        assert name not in aliases


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not valid JSON"),
        ('["a"]', "JSON object"),
        ('{"label": "THING", "pattern": "x", "id": "x"}', "label must be"),
        ('{"label": "MODEL", "pattern": "", "id": "x"}', "pattern"),
        ('{"label": "MODEL", "pattern": "x"}', "id"),
        ('{"label": "BENCHMARK", "pattern": "x", "id": "x", "unit": "pts"}', "unit"),
        ('{"label": "FAMILY", "pattern": "x", "id": "x"}', "lab"),
        ('{"label": "MODEL", "pattern": "x", "id": "x", "colour": 1}', "unknown keys"),
    ],
)
def test_bad_lines_are_reported_with_place(line: str, message: str) -> None:
    with pytest.raises(PatternError, match=message) as err:
        parse_line(line, "models.jsonl:7")
    assert "models.jsonl:7" in str(err.value)


def test_bad_file_names_its_line(tmp_path: Path) -> None:
    f = tmp_path / "models.jsonl"
    f.write_text(
        '{"label": "MODEL", "pattern": "A-1", "id": "A-1"}\n\n{"label": "MODEL"}\n', encoding="utf-8"
    )
    with pytest.raises(PatternError, match=r"models\.jsonl:3"):
        load_file(f)


def _fixture_texts() -> list[str]:
    import json

    root = Path(__file__).parent / "fixtures"
    paths = sorted(root.glob("nlp/*.json")) + sorted(root.glob("nlp_attributes/*.json"))
    return [json.loads(p.read_text(encoding="utf-8"))["text"] for p in paths]


def test_one_comma_percentage_is_no_bare_decimal() -> None:
    """Bare decimal commas become points on a page with one decimal-comma percentage only when two or more
    bare ones stand beside it; the percentage's own comma is not counted among them."""
    from extractors.facts.segments import clean_text

    one_bare = "Kolt 3 liegt bei ~2,4% Fehlern. In der Tabelle: Kolt 3 | 71,9"
    assert clean_text(one_bare).text == "Kolt 3 liegt bei ~2.4% Fehlern. In der Tabelle: Kolt 3 | 71,9"
    two_bare = one_bare + " | 65,3"
    assert clean_text(two_bare).text == "Kolt 3 liegt bei ~2.4% Fehlern. In der Tabelle: Kolt 3 | 71.9 | 65.3"


def test_fast_matcher_equals_the_span_ruler() -> None:
    """`pattern_mentions` (no Doc) finds exactly the ruler's filtered spans, gaps and punctuation included."""
    from extractors.facts import entities as ent
    from extractors.facts.segments import clean_text

    tricky = (
        "MMLU - Pro  GPT-5.4's score\nGemini 3.1\tPro (GPT-5.4) gpt-5.4, MMLU-Pro. Claude  Opus 4.6:\n"
        '  SWE-bench Verified; Humanity\'s Last Exam, "Gemini 3.1 Pro" — GPT-5.4/Gemini 3.1 Pro '
    )
    for raw in [*_fixture_texts(), tricky]:
        text = clean_text(raw).text
        ref = [
            (m.kind, m.canonical, m.start, m.end) for m in ent.ruler_mentions(ent.run_pipeline(text), text)
        ]
        fast = [(m.kind, m.canonical, m.start, m.end) for m in ent.pattern_mentions(text)]
        assert fast == ref


def test_alternation_grouped_by_first_char_matches_the_same() -> None:
    """`by_first_char` only regroups an alternation: the same leftmost-first matches, also under re.I."""
    import re

    from extractors.facts.alternation import by_first_char, distribute

    words = "than|tie|tied|ties|top|topped|gap|gain|a|at|ahead|more |lose to|loses to|übertr"
    tails = [r"\b", r"(?:\s+(?:on|in)\b|-best)", ""]
    texts = [
        "It ties with B, tied at 3; topped; Than at a gap — gaining ahead of more  models",
        "loses to X, übertrifft Y",
        "A TIE AT TOP, Ahead; at\nthe gap",
    ]
    for tail in tails:
        plain = "(?:" + "|".join(w + tail for w in words.split("|")) + ")"
        grouped = by_first_char(distribute(words, tail))
        for flags in (0, re.I):
            for text in texts:
                assert [m.span() for m in re.finditer(plain, text, flags)] == [
                    m.span() for m in re.finditer(grouped, text, flags)
                ]
    assert by_first_char("than|tie", ["#1"]) == r"(?:t(?:han|ie)|\#(?:1))"
    # names as written (re.escape'd, any case) for a case-sensitive pattern: the same first match
    names = ["Claude Sonnet", "Claude", "GPT-5", "gpt-oss", "GPT", "-x", "o3"]
    grouped = by_first_char([re.escape(n) for n in names], cased=True)
    plain = "|".join(re.escape(n) for n in names)
    text = "Claude Sonnet 4 beats GPT-5 and gpt-oss; -x o3 Claude GPT"
    assert [m.span() for m in re.finditer(plain, text)] == [m.span() for m in re.finditer(grouped, text)]
    for bad in ("Than", r"\dx", "(?:a)", " a"):
        with pytest.raises(ValueError, match="lower-case literal"):
            by_first_char([bad])


def test_possessive_id_patterns_match_as_the_plain_ones() -> None:
    """The id and name patterns with possessive runs match as the same patterns without them."""
    import random
    import re

    from extractors.facts.boards import _INDEX_BOARD_RE, _NAME_BEFORE, COMPOUND_BOARD_RE
    from extractors.facts.entities import LABMODEL_RE, SNAPSHOT_RE
    from extractors.facts.members import _SHORT_SLUG_RE
    from extractors.facts.name_templates import _FAMILY_WORD, _ID_NAME, NAME_RE

    patterns = [SNAPSHOT_RE, _SHORT_SLUG_RE, LABMODEL_RE, _ID_NAME, _FAMILY_WORD, NAME_RE]
    patterns += [COMPOUND_BOARD_RE, _INDEX_BOARD_RE, _NAME_BEFORE]
    plain = {
        rx: re.compile(rx.pattern.replace("*+", "*").replace("++", "+").replace("{2,}+", "{2,}"), rx.flags)
        for rx in patterns
    }
    rnd = random.Random(7)
    texts = ["claude-opus-4-6 qwen-3 a-b-c.d- x.y.z. Name-4-mini o3-mini v1.2.3"]
    texts.append("Acme AI's new model Gemini Lumen X")
    parts = [
        "A",
        "Ab",
        "b",
        "1",
        ".",
        "-",
        "_",
        " ",
        "'",
        "s",
        "&",
        " Preview",
        "Gemini",
        " Lumen",
        " X",
        "\t",
    ]
    parts += ["Foo", "Pro", " Pro", "-7", "2.5", " 70B", "%", "The"]
    parts.append(" model")
    texts += ["".join(rnd.choice(parts) for _ in range(rnd.randint(1, 12))) for _ in range(20000)]
    for fast, slow in plain.items():
        for text in texts:
            want = [(m.span(), m.groupdict()) for m in slow.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == want, text


def test_word_lists_kept_as_data_name_a_bad_line(tmp_path: Path) -> None:
    """patterns.data_rows reads the word lists (setting words, side words, name settings): a line that is not
    an object with the keys its reader needs raises PatternError naming the file and line."""
    from extractors.facts.patterns import PatternError, data_rows

    good = tmp_path / "words.jsonl"
    good.write_text('{"id": "beta", "words": ["beta"]}\n\n{"id": "x", "words": []}\n', encoding="utf-8")
    assert [r["id"] for r in data_rows(good, ("id", "words"))] == ["beta", "x"]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "beta", "words": ["beta"]}\n{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(PatternError, match=r"bad\.jsonl:2"):
        data_rows(bad, ("id", "words"))
    bad.write_text("[1, 2]\n", encoding="utf-8")
    with pytest.raises(PatternError, match=r"bad\.jsonl:1"):
        data_rows(bad)


def test_word_alternation_is_one_way_to_write_a_list() -> None:
    """word_alternation: each word literal, in the order given or longest first (ties in code-point order, so
    that a set's words give the same text under any hash seed), a space matching what the caller says;
    side_alternation joins kinds of side words in file order."""
    import re

    from extractors.facts.patterns import side_alternation, side_words, word_alternation

    assert word_alternation(["a.b", "to be", "xyz"]) == r"(?:a\.b|to\ be|xyz)"
    assert (
        word_alternation(["on", "on top", "at"], spaces=r"\s+", longest_first=True) == r"(?:on\s+top|at|on)"
    )
    assert word_alternation({"vex", "ab", "quill", "cd"}, longest_first=True) == "(?:quill|vex|ab|cd)"
    rx = re.compile(r"\b" + word_alternation(["such as"], spaces=r"\s+") + r"\b")
    assert rx.search("larger ones, such  as Zorb 2") and not rx.search("suchas")
    both = side_alternation("noun", "label")
    assert both == word_alternation([*side_words("noun"), *side_words("label")])
    assert re.fullmatch(both, side_words("label")[0])
