"""Benchmarks named by their place in a run of results with no known benchmark beside them
(extractors/facts/run_benchmarks.py), and what must not be read so. Own words and invented names."""

from __future__ import annotations

from extractors.facts.nlp import extract
from schema.records import Article

_INTRO = "Vesk Labs released Halyard 3, its new open model, on Tuesday.\n\n"


def _scores(body: str) -> set[tuple[str, str, float]]:
    ex = extract(Article(url="https://t.example/run", text=_INTRO + body))
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


def test_a_sentence_of_figures_on_shaped_names() -> None:
    got = _scores("In Vesk's own runs, Halyard 3 scores 61.2% on QRX-Hard and 48.0% on TALLY.\n")
    assert {("Halyard 3", "QRX-Hard", 61.2), ("Halyard 3", "TALLY", 48.0)} <= got


def test_a_list_of_labelled_figures() -> None:
    got = _scores("Halyard 3 results:\n- KELP-Long: 71.0%\n- RidgeMath: 64.5%\n- Tarn QX: 58.3%\n")
    assert {("Halyard 3", "KELP-Long", 71.0), ("Halyard 3", "RidgeMath", 64.5)} <= got


def test_a_sentence_framed_by_a_shaped_name() -> None:
    got = _scores("On ORBIT-Long, Halyard 3 reaches 58.1%, well clear of last year's models.\n")
    assert ("Halyard 3", "ORBIT-Long", 58.1) in got


def test_platforms_places_and_models_in_a_run_are_no_benchmarks() -> None:
    """Must not: shares on cloud platforms, a sentence framed by a place, models valued in parentheses."""
    got = _scores(
        "Halyard 3 cut serving costs 40% on AWS and 30% on GCP this quarter.\n\n"
        "In NYC, Halyard 3 drew 55% of the votes at the meetup.\n\n"
        "On the public board Halyard 3 (61.5%) and Pennant-5 (58.2%) lead the pack.\n"
    )
    assert not {b for _m, b, _v in got} & {"AWS", "GCP", "NYC", "Pennant-5", "Halyard 3"}


def test_business_figures_in_runs_are_no_benchmarks() -> None:
    """Must not: regions, finance ratios, platforms and market shares in a run of percentages, and a figure
    of growth framed by a fiscal year (a review's own invented text)."""
    bodies = [
        "Halyard 3 sales by region:\n- EMEA: 35%\n- APAC: 40%\n- LATAM: 25%\n",
        "Vesk's quarter:\n- EBITDA: 18%\n- ROI: 12%\n- YoY: 9%\n",
        "Halyard 3 traffic came from TikTok (40%), YouTube (35%), LinkedIn (25%).\n",
        "In FY2025, Halyard 3 revenue rose 20% over the year before.\n",
        "Halyard 3 holds 25% on OpenRouter and 10% on TogetherAI by volume.\n",
        "Vesk stock rose 8% on NYSE and 6% on NASDAQ after the launch.\n",
    ]
    for body in bodies:
        assert not _scores(body), body


def test_a_run_of_bare_figures_after_names() -> None:
    """'Name N%, Name N%': each name followed by its figure with no ':' between, in parentheses, after a
    colon, or as a bulleted line's items."""
    got = _scores(
        "Halyard 3 is strong on reasoning (KELP-Long 71.0, TARN Diamond 64.5, QuoinMath 2026 58.3) "
        "and on code.\n\n"
        "Headline numbers: RidgeCode Verified 49.2%, Sallow-Bench 2.1 37.5%.\n\n"
        "- ORBIT-Hard 44.1%, VOLE 2025 80.0%\n\n"
        "Context 256K tokens\nHeadline Results KILN-Agent 33.0%, MarlQA 61.5%\n"
    )
    assert {
        ("Halyard 3", "KELP-Long", 71.0),
        ("Halyard 3", "TARN Diamond", 64.5),
        ("Halyard 3", "QuoinMath 2026", 58.3),
        ("Halyard 3", "RidgeCode Verified", 49.2),
        ("Halyard 3", "ORBIT-Hard", 44.1),
        ("Halyard 3", "VOLE 2025", 80.0),
        ("Halyard 3", "KILN-Agent", 33.0),
    } <= got


def test_bare_figures_after_models_hardware_or_regions_are_no_benchmarks() -> None:
    """Must not: models valued one after another, chips with their memory, regions' shares, a price list."""
    bodies: list[str] = [
        "On the public board: Pennant-5 61.5%, Corvid3-27B 58.2%, Tarn V4 55.0%.\n",
        "Vesk trained Halyard 3 on racks of (HX200 80, QX300 96) accelerators.\n",
        "Halyard 3 users by region: EMEA 35%, APAC 40%, LATAM 25%.\n",
        "Halyard 3 plans: Basic 10, Plus 20, Team 30.\n",
    ]
    for body in bodies:
        assert not {b for _m, b, _v in _scores(body)}, body


def test_a_plain_table_row_is_not_a_name_before_its_last_figure() -> None:
    """Must not: a row of a table flattened to text gives no name holding the row's other figures."""
    got = _scores("Test Halyard 3 Pennant-5 Corvid-2\nKELP-Long 71.0 64.2 60.9\nTARN-X 55.5 51.0 47.7\n")
    assert not [b for _m, b, _v in got if any(c.isdigit() for c in b.split()[-1])]


def test_capitals_with_a_count_or_a_year_glued_on_name_a_test() -> None:
    """A name of capitals with a count in thousands or two digits of a year glued on or after a hyphen or a
    blank ('TALLY8K', 'QUOIN25', 'ORBIT-26') is a test's set, not a model's version, in a run or alone after
    a result."""
    got = _scores(
        "Halyard 3 reaches 81.5% on TALLY8K and 40.2% on QUOIN25.\n\n"
        "On grade-school maths Halyard 3 scores 77.4% on KELP24 without tools.\n\n"
        "On contest maths it scored 64.2% on ORBIT-26 and, later, 59.9% on VOLE 26 math.\n"
    )
    assert {
        ("Halyard 3", "TALLY8K", 81.5),
        ("Halyard 3", "QUOIN25", 40.2),
        ("Halyard 3", "KELP24", 77.4),
        ("Halyard 3", "ORBIT-26", 64.2),
        ("Halyard 3", "VOLE 26", 59.9),
    } <= got


def test_capitals_with_a_one_digit_version_stay_models() -> None:
    """Must not: capitals with one digit or a point release glued on ('TARN4', 'KELP4.5') name models, and
    so does a name going on after its two digits ('QX-35-Lite')."""
    got = _scores(
        "On the public board Halyard 3 beats TARN4 (61.0%) and KELP4.5 (58.0%) by a wide margin, "
        "and QX-35-Lite (52.0%) too.\n"
    )
    assert not {b for _m, b, _v in got} & {"TARN4", "KELP4.5", "QX-35-Lite", "QX-35"}


def test_bare_runs_of_codes_chips_venues_sizes_and_illnesses_are_no_benchmarks() -> None:
    """Must not: a bare 'NAME N' run with no sign of a test in any item (no closing word such as 'Bench' or
    'QA', no year after a name, no known benchmark beside it) is a breakdown by locale, accelerator, venue,
    window size or illness, and its counted capitals ('WIN-48') are no test sets."""
    bodies = [
        "Halyard 3 per locale: FR 87.5, IT 83.2, KO 78.4.\n",
        "Halyard 3 gain per accelerator: HXA50 36%, QMI40 25%, NPX7 17%.\n",
        "Vesk talks accepted for Halyard 3: ACLX24 21%, EMNLQ25 30%.\n",
        "Halyard 3 by window: WIN-16 93%, WIN-48 88%, WIN-96 81%.\n",
        "Halyard 3 on clinic questions: COVID-19 72%, HIV 66%, SARS 59%.\n",
    ]
    for body in bodies:
        ex = extract(Article(url="https://t.example/run", text=_INTRO + body))
        assert not ex.scores, body


def test_a_bare_run_of_rival_names_on_a_named_test_is_no_run_of_tests() -> None:
    """Must not: the items after 'other systems on <Test>:' are the systems measured, not tests."""
    got = _scores(
        "Halyard 3 is mid-pack. Other systems on QuillBench: MARROW 84.5, TEVIN 81.9 and OSPREY 78.2.\n"
    )
    assert not {b for _m, b, _v in got} & {"MARROW", "TEVIN", "OSPREY"}


def test_what_a_figure_was_measured_on_is_no_test() -> None:
    """Must not: 'N% accuracy on <Name> outputs / logs / traces' measures on a source of data, and 'on
    <laptop>' measures on a device, with or without the noun of the figure."""
    bodies = [
        "A filter built on Halyard 3 has 87% accuracy on Tarn-4 outputs and 70.5% accuracy on KelpNet "
        "traces.\n",
        "Halyard 3 reaches 92% accuracy on RX45 outputs and 84% accuracy on VX30 logs.\n",
        "Laptop checks: Halyard 3 reads handwriting with 84% accuracy on MacBook Pro and 80% accuracy "
        "on ThinkPad.\n",
        "Laptop checks: Halyard 3 reads handwriting at 84.5% on MacBook Pro and 80.5% on ThinkPad.\n",
    ]
    for body in bodies:
        got = _scores(body)
        assert not {b for _m, b, _v in got} & {
            "Tarn-4",
            "KelpNet",
            "RX45",
            "VX30",
            "MacBook Pro",
            "ThinkPad",
        }, body


def test_a_bare_run_with_a_known_test_or_a_closing_word_among_its_items() -> None:
    """A bare run shows it lists tests by a known benchmark among its items or by an item's closing word."""
    got = _scores(
        "Halyard 3 posted solid marks (GSM8K 91.2, TALLY 80.1, KELP-Long 70.4) in Vesk's run.\n\n"
        "Halyard 3 Mini posted: WREN 66.1, ORBIT-Hard 52.4 and QuillQA 48.0.\n"
    )
    assert {
        ("Halyard 3", "TALLY", 80.1),
        ("Halyard 3", "KELP-Long", 70.4),
        ("Halyard 3 Mini", "WREN", 66.1),
        ("Halyard 3 Mini", "ORBIT-Hard", 52.4),
    } <= got
