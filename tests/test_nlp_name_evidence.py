"""Evidence from a name's own structure and position (extractors/facts/name_evidence.py) and a family's
siblings written by their version alone (extractors/facts/sibling_versions.py); invented names throughout."""

from __future__ import annotations

from extractors.facts.discovery import discover
from extractors.facts.name_evidence import row_head, sized_name
from extractors.facts.sibling_versions import sibling_versions


def _at(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


def test_a_word_and_a_parameter_count_is_a_model() -> None:
    text = "Notes\n\nThen Corvid 14B, then Teasel Vox 9B and the larger Pewter Large 70B.\n"
    for name in ("Corvid 14B", "Teasel Vox 9B", "Pewter Large 70B"):
        assert sized_name(name, text, (), *_at(text, name)), name


def test_sizes_that_are_no_model_name() -> None:
    cases = [
        # a word the page also writes in lower case: prose or a label before a size
        ("Effective 2B", "Sizes\n\nEffective 2B\n\nThe effective size is what runs on a phone."),
        # the kind of model, not its name
        ("LLM Tamsin 12B", "It is built on the LLM Tamsin 12B from a lab in Lyon."),
        # an acronym's tail of a longer name ('Hollin TDX 2B')
        ("TDX 2B", "| 4 | Hollin TDX 2B | 6.1 |"),
        # a count of tokens
        ("Nears 100B", "Relay Nears 100B Tokens a Day"),
        # no size, a version ('Python 3.12') or a chip ('H100') is not this shape
        ("Python 3.12", "Python 3.12 is required."),
    ]
    for name, text in cases:
        assert not sized_name(name, text, (), *_at(text, name)), name
    text = "| LicenseCorvid 14B | Corvid 14B |"
    assert not sized_name("LicenseCorvid 14B", text, {"Corvid 14B"}, *_at(text, "LicenseCorvid 14B"))


def test_a_name_heading_a_row_of_figures() -> None:
    text = "| 3 | Hollin 2 | Pewter | 84.0 |\nTamsin 3,-,no,49,51,48\n| | Brisk 4 | notes | 71.0 |\n"
    assert row_head(text, *_at(text, "Hollin 2"))  # after a rank cell, one figure is enough
    assert row_head(text, *_at(text, "Tamsin 3"))  # a CSV line with figures after it
    assert not row_head(text, *_at(text, "Brisk 4"))  # one figure without a rank: not enough
    prose = "We tried Hollin 2, 84.0 and 71.0 were its scores."
    assert not row_head(prose, *_at(prose, "Hollin 2"))


def test_a_row_head_raises_a_weak_name_over_the_threshold() -> None:
    text = (
        "Standings\n\n| Pos | Entry | Maker | Points |\n|---|---|---|---|\n| 1 | Hollin 2 | Pewter | 84 |\n"
    )
    conf = {c.name: c.confidence for c in discover(text, [])}
    assert conf["Hollin 2"] >= 0.5


def test_a_bare_version_names_the_page_familys_sibling() -> None:
    text = "DeepSeek-V9 is out.\n\nIt reaches 63.5%, while V8.5 had 49.8%. The older V8.5 stays online."
    got = [(m.canonical, m.surface) for m in sibling_versions(text, ["DeepSeek-V9"])]
    assert got == [("DeepSeek-V8.5", "V8.5"), ("DeepSeek-V8.5", "V8.5")]


def test_a_bare_version_that_names_no_sibling() -> None:
    # another name's version ('Pictor V8'), the family's line ('the V8 series'), a version of no family
    # lettered so on the page ('Q3'), and no lettered model on the page at all
    text = "DeepSeek-V9 beats Pictor V8, the whole V8 series and everything shipped in Q3."
    assert sibling_versions(text, ["DeepSeek-V9"]) == []
    assert sibling_versions("V8 was slower.", ["Hollin 2"]) == []


def test_a_bare_version_glued_to_chinese_with_its_snapshot() -> None:
    text = "DeepSeek-V9 发布。上一代V8.5-0612在测试中得分较低,V8比它更慢。"
    got = [m.canonical for m in sibling_versions(text, ["DeepSeek-V9"])]
    assert got == ["DeepSeek-V8.5-0612", "DeepSeek-V8"]
