"""Number parsing and normalizers: examples and hypothesis properties."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from extractors.facts.numbers import (
    as_percent,
    decimal_text,
    find_numbers,
    integer_text,
    parse_quantity,
    parse_rank,
)


def test_examples() -> None:
    q = parse_quantity("87.2%")
    assert q is not None and q.value == 87.2 and q.percent
    q = parse_quantity("1,417")
    assert q is not None and q.value == 1417
    q = parse_quantity("671 billion")
    assert q is not None and q.value == 671e9
    q = parse_quantity("1M tokens")
    assert q is not None and q.value == 1e6
    q = parse_quantity("$14.3B")
    assert q is not None and q.currency == "USD" and q.value == 14.3e9
    q = parse_quantity("10x")
    assert q is not None and q.multiplier and q.value == 10
    q = parse_quantity("one trillion")
    assert q is not None and q.value == 1e12
    assert parse_quantity("n/a") is None


def test_ranks() -> None:
    assert parse_rank("fourth") == 4
    assert parse_rank("4th") == 4
    assert parse_rank("No. 3") == 3
    assert parse_rank("#3") == 3
    assert parse_rank("32nd place") == 32
    assert parse_rank("first-class") is None or parse_rank("first-class") == 1
    assert parse_rank("model") is None


def test_numbers_glued_to_names_are_not_numbers() -> None:
    text = "GPT-5.4 hit 42.8 on v4.0 with pass@1; GPT-5.475.1 and Corvid-3 and 141GB"
    assert [n.raw for n in find_numbers(text)] == ["42.8"]


def test_fraction_to_percent() -> None:
    assert as_percent(0.428, 3) == 42.8
    assert as_percent(0.3, 1) == 0.3  # one decimal: not a fraction written by a grader
    assert as_percent(57.0, 0) == 57.0


@given(st.integers(min_value=0, max_value=10**13))
def test_integer_text_round_trips(n: int) -> None:
    assert int(integer_text(float(n))) == n


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["K", "M", "B", "T"]))
def test_magnitude_suffixes(n: int, suffix: str) -> None:
    scale = {"K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}[suffix]
    q = parse_quantity(f"{n}{suffix}")
    assert q is not None and q.value == n * scale


@given(st.decimals(min_value=0, max_value=100, places=1, allow_nan=False))
def test_percent_parse(d: object) -> None:
    q = parse_quantity(f"{d}%")
    assert q is not None and q.percent and abs(q.value - float(str(d))) < 1e-9


@given(st.integers(min_value=1000, max_value=10**9))
def test_grouped_thousands(n: int) -> None:
    q = parse_quantity(f"{n:,}")
    assert q is not None and q.value == n
    found = find_numbers(f"a total of {n:,} prompts")
    assert len(found) == 1 and found[0].number == n


@given(st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False))
def test_decimal_text_is_parseable(x: float) -> None:
    assert abs(float(decimal_text(x)) - x) <= 0.005 + 1e-9


@given(st.integers(min_value=1, max_value=999))
def test_fractions_become_percentages(k: int) -> None:
    value = as_percent(k / 1000, 3)
    assert abs(value - k / 10) < 1e-6


def test_number_scan_equals_the_pattern_scan() -> None:
    """find_numbers tries NUMBER_RE only where a number can start: the same matches as finditer."""
    import json
    from pathlib import Path

    from extractors.facts.numbers import NUMBER_RE, _number_matches

    root = Path(__file__).parent / "fixtures"
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(root.glob("nlp*/*.json"))]
    texts.append(
        "US$3, USD 4.5bn, EUR12, GBP 7, ¥80, €2.5M, 1,234.5%, GPT-5.4, 12:30, [01:57], x2 3x 40 percent"
    )
    for text in texts:
        for start, end in ((0, len(text)), (3, len(text) // 2), (len(text) // 3, len(text) + 5)):
            want = [(m.span(), m.groupdict()) for m in NUMBER_RE.finditer(text, start, end)]
            got = [(m.span(), m.groupdict()) for m in _number_matches(text, start, end)]
            assert got == want


@given(st.text(alphabet="0123456789.,:%$€¥£USDEGBPKMxk@#/- \n", max_size=40))
def test_number_scan_equals_the_pattern_scan_on_any_text(text: str) -> None:
    from extractors.facts.numbers import NUMBER_RE, _number_matches

    want = [(m.span(), m.groupdict()) for m in NUMBER_RE.finditer(text, 1, len(text))]
    assert [(m.span(), m.groupdict()) for m in _number_matches(text, 1, len(text))] == want


@given(
    st.decimals(min_value=0, max_value=100, places=1, allow_nan=False), st.sampled_from(["分", "点", "점"])
)
def test_figures_in_cjk_points_are_numbers(d: object, unit: str) -> None:
    """'取得81.5分', '50点', '64점을': a figure glued to the point it is counted in is read whole."""
    found = find_numbers(f"模型取得{d}{unit},")
    assert [n.number for n in found] == [float(str(d))]
    assert not found[0].percent


@given(st.integers(min_value=1, max_value=99))
def test_minutes_and_fractions_are_not_points(k: int) -> None:
    """'30分钟' (minutes), '3分之1' and '3分の1' (fractions), '10点30分' (a clock time): no points."""
    for text in (f"用{k}分钟。", f"仅{k}分之一。", f"约{k}分の1。", f"在{k}点30分。"):
        assert all(n.start != 1 for n in find_numbers(text)), text
