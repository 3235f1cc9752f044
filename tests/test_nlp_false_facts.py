"""False facts that follow from reading a figure for the wrong owner (issue #9): the older side of a move
written with an arrow, and a figure a page states for a group of models rather than for one."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.nlp import extract
from schema.records import Article


def scores(text: str, title: str | None = None) -> set[tuple[str, str, float]]:
    ex = extract(
        Article(
            url="https://t.example/f",
            title=title,
            text=text,
            published_at=datetime(2026, 6, 5, 12, tzinfo=UTC),
        )
    )
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


def test_the_model_before_an_arrow_in_a_lead_is_not_what_the_moves_below_measure() -> None:
    page = (
        "Torva 5 18B\n\nTorva 5 18B is the mid-sized release of the new Torva generation from Quell Labs.\n\n"
        "Between Torva 4 → Torva 5, these two moved the most in our runs:\n"
        "1. MathArena, 22.5% → 47.0%\n2. BigCodeBench, 30.8% → 36.1%\n"
    )
    got = scores(page, "Torva 5 18B")
    assert not {s for s in got if s[0] == "Torva 4" and s[2] in (47.0, 36.1)}  # the newer side's figures
    assert ("Torva 5 18B", "MathArena", 47.0) in got


def test_a_model_the_lead_measures_against_is_not_the_lists_subject() -> None:
    page = (
        "Kelp-3-Think arrives\n\n"
        "Kelp-3-Think is the reasoning edition Ardent AI trained on top of Kelp-3.\n\n"
        "Measured against the plain Kelp-3 checkpoint, two hard sets moved:\n\n"
        "- MathArena went 40.1% → 60.3%\n"
        "- BigCodeBench went 25.0% → 36.4%\n"
    )
    got = scores(page, "Kelp-3-Think arrives")
    assert not {s for s in got if s[0] == "Kelp-3" and s[2] in (60.3, 36.4)}  # the newer side's figures
    assert ("Kelp-3-Think", "MathArena", 60.3) in got


@pytest.mark.parametrize(
    "sentence",
    [
        "All Pell 4 models reach 64% on MMLU-Pro in our runs.",
        "The Pell 4 models all reach 64% on MMLU-Pro.",
        "On SimpleQA the Pell family all land at 40%.",
        "En SimpleQA todos quedan entre 38,5 y 41,0.",
        "SimpleQA: die Pell-Modelle alle bei 40 %.",
    ],
)
def test_a_figure_stated_for_a_group_is_no_members(sentence: str) -> None:
    page = f"Pell 4 Max is the new flagship from Orrin Labs. It scores 71.2% on GPQA Diamond.\n\n{sentence}\n"
    assert scores(page) == {("Pell 4 Max", "GPQA Diamond", 71.2)}


def test_a_quantifier_after_a_verb_is_the_object_and_keeps_the_figure() -> None:
    for sentence in (
        "Pell 4 Max beats all open models on MMLU-Pro with 64.5%.",
        "On MMLU-Pro, Pell 4 Max outscores all open rivals with 64.5%.",
    ):
        assert ("Pell 4 Max", "MMLU-Pro", 64.5) in scores(sentence)


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        (
            "Pell 4 Mini posts 81.0% on GSM8K, well ahead of its size class.\n\n"
            "- The small variant runs on 16 GB consumer cards.\n- Quantised, it fits in 8 GB.\n",
            {("Pell 4 Mini", "GSM8K", 81.0)},
        ),
        (
            "On LiveCodeBench, Pell 4 scores 55.1 and Vanta 2 scores 49.0.\n\nWhat you need to run them:\n\n"
            "- Pell 4 (9B): a 20 GB card or larger.\n"
            "- Vanta 2 (quantised): 10 GB of video memory is enough.\n",
            {("Pell 4", "LiveCodeBench", 55.1), ("Vanta 2", "LiveCodeBench", 49.0)},
        ),
        (
            "Pell 4 Max posts 71.2% on GPQA Diamond. The full Pell 4 Max fits on a single 4×H200 node.",
            {("Pell 4 Max", "GPQA Diamond", 71.2)},
        ),
        (
            "Pell 4 Max posts 71.2% on GPQA Diamond, after a 2.5 M sample distillation run.",
            {("Pell 4 Max", "GPQA Diamond", 71.2)},
        ),
    ],
)
def test_a_memory_size_a_machine_count_or_a_count_in_millions_is_no_score(
    page: str, kept: set[tuple[str, str, float]]
) -> None:
    assert scores(page) == kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "On Lumen-Bench Pell 4 Max reached 52.0, but Sorvin Group's Quiet Heron posted 38.5.",
            {("Pell 4 Max", "Lumen-Bench", 52.0)},
        ),
        (
            "Pell 4 Max reached 52.0 points on Lumen-Bench, while Vesk Labs' Lumo posted 38.5 points.",
            {("Pell 4 Max", "Lumen-Bench", 52.0)},
        ),
        (
            "Pell 4 Max scored 61% on Terminal-Bench 2.0, while the reference agent scored 55%.",
            {("Pell 4 Max", "Terminal-Bench 2.0", 61.0)},
        ),
        (
            "Pell 4 Max reaches 71.2% on MMMU, and Vox Studio excels at 64% on AndroidWorld.",
            {("Pell 4 Max", "MMMU", 71.2)},
        ),
        (  # a lower-case description of a model's other mode stays that model's
            "Pell 4 Max Thinking is at 1490 on LMArena, while the instant variant sits at 1472.",
            {
                ("Pell 4 Max Thinking", "LMArena Text", 1490.0),
                ("Pell 4 Max Thinking", "LMArena Text", 1472.0),
            },
        ),
    ],
)
def test_a_clause_with_a_subject_of_its_own_keeps_its_figure_from_the_model_before(
    sentence: str, kept: set[tuple[str, str, float]]
) -> None:
    assert scores(sentence) == kept


@pytest.mark.parametrize(
    "sentence",
    [
        # 'all but': nearly, said of one model
        "Pell 4 Max is the new model from Orrin Labs. Pell 4 Max all but solved GSM8K, scoring 97.5%.",
        "Pell 4 Max led the pack again. All told, it scored 97.5% on GSM8K.",  # 'all told': an aside
        "All in all, Pell 4 Max scored 97.5% on GSM8K.",
    ],
)
def test_an_all_that_gathers_no_group_keeps_the_models_figure(sentence: str) -> None:
    assert ("Pell 4 Max", "GSM8K", 97.5) in scores(sentence)


def test_a_ratio_of_small_counts_joined_by_to_is_no_pair_of_scores() -> None:
    for text in (
        "Pell 4 Max and Vanta 2 met again. On MMLU-Pro, Pell 4 Max leads Vanta 2, 4 to 2 in wins.",
        "Pell 4 Max and Vanta 2 met again. On MMLU-Pro, Pell 4 Max leads at a ratio of 3 to 1.",
    ):
        assert not {s for s in scores(text) if s[2] < 5}


def test_the_newer_side_of_an_arrow_under_a_section_is_the_sections_model() -> None:
    page = (
        "Pell 4 release notes\n\nPell 4 Max is the big model from Orrin Labs.\n\nPell 4 Mini\n\n"
        "Measured against the older Vanta 2 Mini, the small sibling moves a little:\n\n"
        "* MMMU 40.0 % → 44.5 %\n"
    )
    got = scores(page, "Pell 4 release notes")
    assert ("Pell 4 Max", "MMMU", 44.5) not in got
    assert ("Pell 4 Mini", "MMMU", 44.5) in got


@pytest.mark.parametrize(
    "sentence",
    [
        "Pell 4 Max scores 71% on MMLU-Pro, compared to 64% a year ago.",
        "On MMLU-Pro Pell 4 Max reaches 71.0 compared with 64.0 for its older build.",
        "On MMLU-Pro the new build of Pell 4 Max moved the needle: 64 to 71.",
    ],
)
def test_one_models_change_in_a_paragraph_of_two_is_not_the_rivals(sentence: str) -> None:
    page = f"Pell 4 Max and Vanta 2 were both tested this week. {sentence}"
    assert not {s for s in scores(page) if s[0] == "Vanta 2"}


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "Tarrow 3 scored 68% on SWE-bench Verified, while the high-effort setting scored 74%.",
            {("Tarrow 3", "SWE-bench Verified", 68.0), ("Tarrow 3", "SWE-bench Verified", 74.0)},
        ),
        (
            "Tarrow 3 scores 55% on BrowseComp, whereas the max-budget configuration scores 63%.",
            {("Tarrow 3", "BrowseComp", 55.0), ("Tarrow 3", "BrowseComp", 63.0)},
        ),
        (
            "Tarrow 3 reaches 61.5% on GPQA Diamond, but the thinking mode reaches 70.2%.",
            {("Tarrow 3", "GPQA Diamond", 61.5), ("Tarrow 3", "GPQA Diamond", 70.2)},
        ),
        (  # a possessive 'its' names the same model's facet, never another owner
            "Tarrow 3 lands at 40.1 on HLE, and its larger variant hits 47.3.",
            {("Tarrow 3", "Humanity's Last Exam", 40.1), ("Tarrow 3", "Humanity's Last Exam", 47.3)},
        ),
    ],
)
def test_a_setting_or_mode_of_the_model_as_a_clauses_subject_keeps_the_figure_the_models(
    sentence: str, kept: set[tuple[str, str, float]]
) -> None:
    assert scores(sentence) == kept


@pytest.mark.parametrize("sign", ["→", "->", "⟶", "➜", "⇒", "=>"])
def test_every_reader_of_an_arrow_knows_the_same_signs(sign: str) -> None:
    # the heading's pair (context, arrow_rows) and each row's move (value_clauses) read one set of signs
    page = (
        f"Tarrow 3 gains over Tarrow 2 (Tarrow 2 {sign} Tarrow 3):\n"
        f"- GPQA Diamond: 60.2 {sign} 71.4\n- MMLU-Pro: 70.3 {sign} 78.9\n"
    )
    assert scores(page) == {
        ("Tarrow 2", "GPQA Diamond", 60.2),
        ("Tarrow 2", "MMLU-Pro", 70.3),
        ("Tarrow 3", "GPQA Diamond", 71.4),
        ("Tarrow 3", "MMLU-Pro", 78.9),
    }


@pytest.mark.parametrize(
    ("page", "kept"),
    [
        (  # a lab as the clause's subject: its one model the page names
            "Vesk Labs' Corvane 2 came out in May. Tarrow 3 posts 22% on GPQA Diamond, but Vesk Labs leads "
            "on HLE at 30%.",
            {("Tarrow 3", "GPQA Diamond", 22.0), ("Corvane 2", "Humanity's Last Exam", 30.0)},
        ),
        (  # two of its models named: neither
            "Vesk Labs' Corvane 2 and Vesk Labs' Corvane 2 Mini came out in May. Tarrow 3 posts 22% on GPQA "
            "Diamond, but Vesk Labs leads on HLE at 30%.",
            {("Tarrow 3", "GPQA Diamond", 22.0)},
        ),
        (  # none of its models named: nothing, and never the model named before
            "Tarrow 3 posts 22% on GPQA Diamond, but Vesk Labs leads on HLE at 30%.",
            {("Tarrow 3", "GPQA Diamond", 22.0)},
        ),
    ],
)
def test_a_lab_as_a_clauses_subject_is_its_one_model_on_the_page(
    page: str, kept: set[tuple[str, str, float]]
) -> None:
    assert scores(page) == kept
