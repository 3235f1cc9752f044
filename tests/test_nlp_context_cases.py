"""Fixture articles whose every gold score must come out exactly, with nothing else (invented names)."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.facts.nlp import extract
from tests.test_nlp_quality import load_fixture

FIXTURES = Path(__file__).parent / "fixtures" / "nlp"
EXACT = [
    "39_quillmark-index-prose.json",  # a benchmark introduced in prose becomes the current one
    "40_gorse-3-interview-suite.json",  # 'our internal <Name> Tasks suite' in an interview answer
    "42_larkspur-3-lite-tier.json",  # a tier after the family name is part of the model's name
    "43_moorhen-5-pro-rival-it.json",  # "It" after a comparison is its subject, not the rival
    "41_bramble-retest-fractions.json",  # fractions of a re-test under a benchmark heading line
    "44_sorrel-2-tier-sections.json",  # "The Lite model" heading; a weakly named "Name-2 Max" in prose
    "45_unresolved-index-prose.json",  # a name we cannot resolve takes no values; nor does its tail
    "46_index-intro-new-paragraph.json",  # the introduced name holds for the section, under a heading
    "235_o-series-preview-names.json",  # 'o1-preview' and 'o3-preview' are models of their own, not o1 / o3
    "236_rival-setting-after-the-value.json",
    "237_versus-pairs-with-their-benchmark.json",  # 'x on B versus y, x2 on B2 versus y2': x the subject's
    "238_size-lines-under-a-score-heading.json",  # a line '31B 86.4%': the article model of that size
    "239_benchmark-versions-written-as-words.json",  # 'ARC-AGI v2' is ARC-AGI-2; 'BrowseComp ZH' too
    "240_rating-row-marked-elo-in-its-description.json",  # '(Elo)' beside a row: its figures are ratings
    "400_marrowind-k3-family-named-alone.json",  # 'K3 Pro' is the member of a new family the page names alone
    "401_pellucid-3-glued-metric-column.json",  # 'HexaLogicAcc' under 'BenchmarkMetric': label, then metric
    "402_quarry-board-lab-after-name.json",  # a lab cell after a new name, the lab seen after an access tag
    "403_vesk3-vl-glued-version-id.json",  # 'Vesk3-VL': a word, a glued version and one part is a name
    "404_corvane-5-25-two-digit-minor.json",  # 'Corvane 5.25': a minor version of two digits
    "460_fractions-of-one-percent.json",  # '0.37%' is a fraction of one percent, not 37%
    "461_unknown-benchmark-named-in-lower-case.json",  # 'leads the <Name> benchmark': not the current
    "462_unnamed-predecessor-figures.json",  # 'beating its predecessor's 80.6': not the subject's figure
    "463_quoted-name-after-model-word.json",  # "reasoning AI 'Name X THINK'": a new model's name in quotes
    "555_settings-stated-with-the-benchmark.json",  # settings written with the benchmark, checked below
    "600_family-names-written-in-hangul.json",  # Korean pages write the families in Hangul (그록 5)
    "601_family-possessive-owns-the-figure.json",  # "versus Claude's 88": the family's one model, or nobody
    "602_reasoning-series-after-a-vendor-prefix.json",  # 'GPT-o5 Pro', 'Openai O3-1108', 'OpenAI-o5(81.6分)'
    "603_change-verbs-before-points.json",  # 'jumped 9.6 points on B', 'mejora un 18 %': moves, not results
    "604_thousands-grouped-with-a-space.json",  # 'un score Elo de 1 312'; 'API-0612-Preview' is no model
    "605_list-item-figure-before-rivals-zh.json",  # '- 数学推理:B测评86.4分,领先Y(80.1分)': the page model's
    "606_owner-after-the-figure-in-romance-prose.json",  # 'el 52,4 % obtenido por Y', 'del 47 % de Z'
    "607_more-public-benchmarks-by-name.json",  # COLLIE, APEX-Agents, Open ASR Leaderboard, AA Video Arena
    # under a 'Benchmark' corner every row is a benchmark, known or not ('a_ChartQA'); 'Reasoning (GPQA)' is
    # the kind of task, then its benchmark; a row of descriptions with a figure in them is no benchmark
    "580_benchmark-corner-unknown-rows.json",
    "581_score-column-in-other-languages.json",  # '模型 | 得分', 'Modell | Punktzahl': the score column
    "582_lab-cell-glued-to-the-name.json",  # 'orla-4.1Halden Labs' beside 'Halden Labs': the name
    "583_cell-lines-with-a-bare-decimal-cell.json",  # '.30' is a figure; an 'Uptime' row is no benchmark
    "584_rival-cited-in-a-benchmark-row.json",  # 'Closest rival | Name at 88.4': that rival's score
    "585_flat-header-derived-column.json",  # 'A4B as share of 70B' in a flat header: a derived column
    "586_benchmark-infobox-sota-rows.json",  # 'Baseline | 12.4% (Name)', 'SOTA score' over 'SOTA model'
    "587_benchmark-cards-with-source-lines.json",  # name / how it was run / figure / source / note, per card
    "588_task-dataset-result-columns.json",  # 'Task | Dataset | Result': datasets we do not know, 'Score71.3'
    "589_contest-edition-from-the-page.json",  # 'Mathematics (AIME)' on a page naming AIME 2026 alone
    "590_flat-variant-size-score-rows.json",  # 'Variant Parameters Key Feature MMMU Score', flattened
    "591_flat-header-names-over-sizes.json",  # 'Wren Wren Whisper' over '15M 150M Large': one name each
    "660_mode-glued-to-a-known-name-by-a-hyphen.json",  # 'Qwen3-Max-Thinking' is its own checkpoint
    "781_benchmark-words-hyphens-written-as-spaces.json",  # 'Multi SWE Bench': not 'SWE Bench'
    "782_list-label-names-model-and-benchmark.json",  # 'Name 5 OSWorld' / '71.2%': the label's benchmark
    "783_models-in-general-as-the-clause-subject.json",  # 'earlier models barely passed 12%': the field's
    "785_chinese-comparison-verb-marks-the-object.json",  # '反超 Y,得分 88.6': Y is overtaken, not scoring
    "661_quoted-mode-that-ships-as-a-model.json",  # "with the 'Deep Think' mode", 'in its Deep Think preview'
    "662_test-named-only-in-the-title.json",  # a %-test the lead names alone holds until another is named
    "663_day-before-a-month-name.json",  # 'shipped on 12 March': a day, not a score on the page's benchmark
    "680_scores-in-nested-code-objects.json",  # "'GSM8K': {'A': 91.4, 'B': 88.7}," rows of a code dict
    "700_bare-decimal-commas-after-one-percent.json",  # one '~2,7%' and bare '77,3' cells: all commas
    "701_suite-cell-spanning-its-model-rows.json",  # 'Suite | Model | Score', each suite written once
    "703_score-column-naming-its-own-board.json",  # 'PrismLeague得分': a board of its own, not the page's
    "704_vision-model-and-multimodal-board-names.json",  # 'GPT-4V' is no GPT-4; OpenCompass is a board
    "705_score-after-a-versioned-benchmark-name.json",  # 'Terminal-Bench 29.7': a score, no version 29.7
    "720_verb-and-figure-is-no-name.json",  # 'Attains 84.2 on B': a verb and a figure, not 'Name 84.2'
    "721_one-owner-per-value-tuple.json",  # 'B (61.5, 58.2, 49.0)': a chart's systems in order, one each
    "722_counters-after-a-figure-zh-ja.json",  # '17 种自然语言', '1.5 美金', '3,000問': counts and prices
    "723_figures-glued-in-parentheses.json",  # 'BrowseComp(63.8%),Multi-SWE-Bench(44.6%)': each its own
    "724_effective-size-member.json",  # 'Name 4 E4B': an effective size makes the member, not 'Name 4'
    "725_item-opening-on-a-beat-verb.json",  # '- Beats Y on B (62.7% vs 58.0%)': the page model's, then Y's
    "726_benchmark-name-as-an-adjective.json",  # 'LiveCodeBench-style problems': a kind of task, not a test
    "727_gaps-and-shares-are-not-results.json",  # '快了 28%', '領先約 4%', 'the 85% of tickets'
    "728_bare-pair-with-no-owner.json",  # 'where the scores are 63 and 41': the implied model takes one
    "729_benchmark-in-parentheses-glued-to-cjk.json",  # '평가(MMLU-Pro) 76.8점': the name in its parentheses
    "730_error-rates-set-against-each-other.json",  # 'error rate of 3.12% against 5.08% for Y': rates
    "732_benchmark-spelled-with-a-hyphen-and-space.json",  # 'the tau-2 bench airline task' is τ2-bench
    "865_version-and-tier-of-a-page-family.json",  # '(2.5 Pro: 77.9%)': the known member of the page's family
    "1030_page-benchmark-named-most.json",  # a page on one test naming another once: its lists are on it
]


@pytest.mark.parametrize("name", EXACT)
def test_scores_exact(name: str) -> None:
    article, gold = load_fixture(FIXTURES / name)
    got = sorted((s.model, s.benchmark, round(s.value, 1)) for s in extract(article).scores)
    want = sorted((g["model"], g["benchmark"], round(float(g["value"]), 1)) for g in gold["scores"])
    assert got == want


def test_named_index_has_no_unit() -> None:
    article, _ = load_fixture(FIXTURES / "39_quillmark-index-prose.json")
    units = {s.unit for s in extract(article).scores if s.benchmark == "Quillmark Agentic Index"}
    assert units == {None}


def test_same_harness_carries_the_paragraphs_setting() -> None:
    article, _ = load_fixture(FIXTURES / "41_bramble-retest-fractions.json")
    settings = {s.model: s.setting for s in extract(article).scores if s.value != 74.0}
    assert settings["GPT-5.4"] == settings["Bramble 2 Ultra"]
    assert settings["GPT-5.4"] and "Tarn harness" in settings["GPT-5.4"]


def test_a_rivals_setting_after_the_value_is_not_the_values() -> None:
    """'Larch 3 scored 48, … level with GPT-5.2 (xhigh)': xhigh is GPT-5.2's, not the figure's; a value's own
    setting written after it ('91.0% (xhigh)') is still its own."""
    article, _ = load_fixture(FIXTURES / "236_rival-setting-after-the-value.json")
    settings = {s.model: s.setting for s in extract(article).scores}
    assert settings == {"Larch 3": None, "GPT-5.2": "xhigh"}


def test_a_benchmarks_own_version_word_is_no_setting() -> None:
    """'ARC-AGI v2' names ARC-AGI-2 (no 'v2' setting left over); 'LiveCodeBench v6' is still a version."""
    article, _ = load_fixture(FIXTURES / "239_benchmark-versions-written-as-words.json")
    settings = {s.benchmark: s.setting for s in extract(article).scores}
    assert (settings["ARC-AGI-2"], settings["ARC-AGI-1"], settings["LiveCodeBench"]) == (None, None, "v6")


def test_a_label_right_before_a_value_is_that_values_setting() -> None:
    """'通信类 91.2 分,零售类 74.8 分' (tau-bench's domains in Chinese), 'no tools: 42.1%, with tools: 55.0%':
    each value takes the label written right before it, not the next value's label after it."""
    article, _ = load_fixture(FIXTURES / "241_label-right-before-each-value.json")
    settings = {s.value: s.setting for s in extract(article).scores}
    want = {91.2: "telecom", 74.8: "retail", 60.5: "airline", 42.1: "no tools", 55.0: "with tools"}
    assert settings == want


def test_a_setting_written_with_the_benchmark_is_every_figure_on_it() -> None:
    """A condition written straight after the benchmark's name ('HLE with tools (58.4% vs 53.1%)',
    'the HumanEval pass@1 metric') is every figure's read on that mention, not only the first one's; a
    heading's or lead's ('scores for HLE w/o tools') passes to the figures below that take the benchmark
    from it. A value's aside closed by '), ' keeps the next item's condition ('(61.0% vs 57.7%), HLE with
    tools') out of that value."""
    article, _ = load_fixture(FIXTURES / "555_settings-stated-with-the-benchmark.json")
    settings = {(s.model, s.value): s.setting for s in extract(article).scores}
    assert settings[("GPT-5.4", 57.7)] is None
    assert settings[("GPT-5.4", 53.1)] == settings[("Claude Opus 4.6", 58.4)] == "with tools"
    assert settings[("Gemini 3.1 Pro", 93.4)] == settings[("Grok 4", 91.8)] == "pass@1"
    assert settings[("GPT-5.4", 39.2)] == "no tools"
    assert {settings[("Claude Opus 4.6", 41.7)], settings[("GPT-5.4", 38.0)], settings[("Grok 4", 30.3)]} == {
        "no tools"
    }


def test_figure_on_an_unknown_name_in_other_languages() -> None:
    """'19% на DriftCode' (Ukrainian 'on'): the figure of a test we do not know, never of the one before."""
    article, _ = load_fixture(FIXTURES / "731_unknown-benchmark-after-on-in-other-languages.json")
    got = {(s.model, s.benchmark, s.value) for s in extract(article).scores}
    assert ("Tamsin-4", "SWE-bench Verified", 68.0) in got
    assert not any(s[2] == 19.0 and s[1] != "DriftCode" for s in got)


def test_an_empty_cell_is_no_line_on_how_a_benchmark_was_run() -> None:
    """'62' / 'MMLU-Pro' / '-' / '48' / 'SimpleQA': the dash is a model's empty cell, so the figure under it
    opens the next row and is never MMLU-Pro's (a card's 'name / how it was run / figure' needs words)."""
    article, gold = load_fixture(FIXTURES / "780_dash-cell-between-a-benchmark-and-the-next-figure.json")
    got = {(s.model, s.benchmark, round(s.value, 1)) for s in extract(article).scores}
    want = {(g["model"], g["benchmark"], round(float(g["value"]), 1)) for g in gold["scores"]}
    assert got <= want, got - want


def test_a_list_under_its_own_section_title_is_not_the_benchmark_above() -> None:
    """A prose lead on MMLU-Pro, then 'Reasoning' over name / figure lines: the section's figures are not
    MMLU-Pro's (the page's own averages, which we do not name)."""
    article, gold = load_fixture(FIXTURES / "784_list-under-its-own-section-title.json")
    got = {(s.model, s.benchmark, round(s.value, 1)) for s in extract(article).scores}
    want = {(g["model"], g["benchmark"], round(float(g["value"]), 1)) for g in gold["scores"]}
    assert got <= want, got - want


def test_a_version_and_tier_two_page_families_know_is_refused() -> None:
    from extractors.facts.short_forms import family_version_tiers

    known = {"Nova 2.1 Pro", "Orca 2.1 Pro", "Nova 1.5 Max", "Nova 3.2 Lite", "Nova 1 Max"}
    got = family_version_tiers({"Nova 3.2 Lite", "Orca 4 Lite"}, known)
    # '2.1 Pro' could be either family's; '3.2 Lite' is the page's own; '1 Max' has no point version
    assert got == {"1.5 Max": "Nova 1.5 Max"}


def test_a_name_glued_to_a_table_cell_leaves_its_short_form_one_owner() -> None:
    """A table whose cells ran together ('MetricKestrel 4.2 FlashKestrel 4.1 Pro') leaves a name with the cell
    before it glued on; '4.1 Pro' still means 'Kestrel 4.1 Pro'. Two names that differ by a whole word
    ('Kestrel 4.1 Pro', 'Sea Kestrel 4.1 Pro') stay two, and the short form means neither."""
    from extractors.facts.short_forms import version_tier_shorts

    glued = version_tier_shorts({"Kestrel 4.2 Flash", "Kestrel 4.1 Pro", "FlashKestrel 4.1 Pro"})
    assert glued == {"4.2 Flash": "Kestrel 4.2 Flash", "4.1 Pro": "Kestrel 4.1 Pro"}
    two = version_tier_shorts({"Kestrel 4.1 Pro", "Sea Kestrel 4.1 Pro", "Orca 2.5 Lite", "Brisk 2.5 Lite"})
    assert two == {}
    figure = version_tier_shorts({"Kestrel 4.1 Pro", "88.2Kestrel 4.1 Pro"})
    assert figure == {"4.1 Pro": "Kestrel 4.1 Pro"}


def test_a_camel_case_rival_is_not_a_glued_cell() -> None:
    """'DuneWren 2 Max' is a model of its own, not 'Wren 2 Max' with a cell run into it: on a page that names
    both, '2 Max' alone means neither, and a figure written with it goes to no rival."""
    from extractors.facts.nlp import extract
    from extractors.facts.short_forms import version_tier_shorts
    from schema.records import Article

    assert version_tier_shorts({"DuneWren 2 Max", "Wren 2 Max"}) == {}
    text = (
        "Pebble Works ships DuneWren 2 Max this week, days after Sorrel AI put out Wren 2 Max. DuneWren 2"
        " Max reaches 66.5% on TallyBench; Wren 2 Max stops at 63.0%.\n\nOn ShelfQA, 2 Max posts 58.5%, a"
        " best for Pebble Works."
    )
    ex = extract(Article(url="https://t.example/w", text=text, title="DuneWren 2 Max lands"))
    assert not [s for s in ex.scores if s.model == "Wren 2 Max" and s.value == 58.5]


def test_a_version_and_tier_without_a_point_is_no_short_form() -> None:
    """'3 Pro' on a page about a Gemini model is as often a camera or a chapter ('our Mini 3 Pro drone'): only
    a point version ('3.1 Pro') stands for the family's member."""
    from extractors.facts.nlp import extract
    from schema.records import Article

    text = "Gemini 3 Flash goes mobile. We filmed it with a DJI Mini 3 Pro; the 3 Pro scored 60.0% on MMLU."
    ex = extract(Article(url="https://t.example/g", text=text, title="Gemini 3 Flash goes mobile"))
    assert not [s for s in ex.scores if s.model == "Gemini 3 Pro"]
