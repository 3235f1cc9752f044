"""Focused tests per pattern type of the NLP stage, on short invented texts."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from extractors.facts.nlp import extract, get_pipeline
from extractors.facts.segments import clean_text, segment_text
from schema.records import Article, Extraction, Table

REPO = Path(__file__).resolve().parent.parent


def run(text: str, **kw: object) -> Extraction:
    return extract(Article(url="https://t.example/a", text=text, **kw))  # type: ignore[arg-type]


def scores(ex: Extraction) -> set[tuple[str, str, float]]:
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


def test_pipeline_is_cached_and_blank_english() -> None:
    nlp = get_pipeline()
    assert nlp is get_pipeline()
    assert nlp.lang == "en" and nlp.pipe_names == ["newskb_segmenter", "span_ruler"]


def test_prose_and_parenthetical_comparison() -> None:
    ex = run(
        "On HealthBench Hard, Quorra-2 Max scored 41.5, ahead of GPT-5.4 (40.1) and Gemini 3.1 Pro (20.6)."
    )
    assert scores(ex) == {
        ("Quorra-2 Max", "HealthBench Hard", 41.5),
        ("GPT-5.4", "HealthBench Hard", 40.1),
        ("Gemini 3.1 Pro", "HealthBench Hard", 20.6),
    }
    assert all(s.unit == "%" for s in ex.scores)


def test_colon_list_uses_the_focus_model_and_settings() -> None:
    text = (
        "Orca-Vantage 2 arrives\n\nThe vendor's figures:\n\n"
        "- MMLU (5-shot): 84.0\n- LiveCodeBench v6 (pass@1): 55.5\n"
    )
    ex = run(text)
    got = {(s.model, s.benchmark, s.value, s.setting) for s in ex.scores}
    assert ("Orca-Vantage 2", "MMLU", 84.0, "5-shot") in got
    assert ("Orca-Vantage 2", "LiveCodeBench", 55.5, "v6; pass@1") in got


def test_pronoun_subject_resolves_to_the_model_before() -> None:
    text = "Plover Labs also released a small sibling, Plover-3 Mini. It scores 61.2 on GPQA Diamond."
    assert ("Plover-3 Mini", "GPQA Diamond", 61.2) in scores(run(text))


def test_model_settings_are_kept_apart_from_names() -> None:
    text = (
        "The grid compares GPT-5.4 (xhigh) and Gemini 3.1 Deep Think.\n\n"
        "On ARC-AGI-2, GPT-5.4 (xhigh) reaches 76.1 and Gemini 3.1 Deep Think reaches 70.2."
    )
    ex = run(text)
    got = {(s.model, s.value, s.setting) for s in ex.scores}
    assert ("GPT-5.4", 76.1, "xhigh") in got
    assert ("Gemini 3.1 Deep Think", 70.2, None) in got


def test_tools_condition() -> None:
    text = (
        "On Humanity's Last Exam, Tamarind-4 scores 30.5 without tools "
        "and 41.0 with search and a code interpreter."
    )
    got = {(s.value, s.setting) for s in run(text).scores}
    assert got == {(30.5, "no tools"), (41.0, "with tools")}


def test_a_setting_stays_in_its_own_clause() -> None:
    text = (
        "Kelp-5 launch\n\nKelp-5 scores 44.0 on Humanity's Last Exam with tools, and 31.2 on GPQA Diamond. "
        "Kelp-5 posts 50.2 on Terminal-Bench 2.0 with the Tiller harness, and 81.0 on SWE-bench Verified."
    )
    got = {(s.value, s.setting) for s in run(text, title="Kelp-5 launch").scores}
    assert got == {(44.0, "with tools"), (31.2, None), (50.2, "Tiller harness"), (81.0, None)}


def test_retest_measurements_keep_their_own_harness() -> None:
    text = (
        "We re-ran Kelp-5\n\nKelp-5 is Tidewater's new model. Tidewater's 68.7% on Terminal-Bench 2.0 was "
        "produced in its own agent harness. On the standard Terminus-2 harness we measured 64.1%."
    )
    got = {(s.model, s.value, s.setting) for s in run(text, title="We re-ran Kelp-5").scores}
    assert got == {("Kelp-5", 68.7, "own agent harness"), ("Kelp-5", 64.1, "Terminus-2 harness")}


def test_list_under_an_index_named_in_the_title_takes_its_version() -> None:
    title = "Artificial Analysis Intelligence Index v4.0, May update"
    rows = "1. GPT-5.4 (xhigh) — 60\n2. Gemini 3.1 Pro — 57\n3. Grok 4 — 50\n"
    text = f"{title}\n\nThe top three as of May 21:\n\n{rows}"
    got = {(s.model, s.benchmark, s.value, s.setting) for s in run(text, title=title).scores}
    idx = "Artificial Analysis Intelligence Index"
    assert got == {
        ("GPT-5.4", idx, 60.0, "xhigh; v4.0"),
        ("Gemini 3.1 Pro", idx, 57.0, "v4.0"),
        ("Grok 4", idx, 50.0, "v4.0"),
    }


def test_markdown_pipe_table_models_in_columns() -> None:
    text = (
        "Results\n\n| Benchmark | Wren-7 | GPT-5.4 |\n|---|---|---|\n"
        "| BrowseComp | 70.1% | 82.7% |\n| GDPval | n/a | 83.0% |"
    )
    assert scores(run(text)) == {
        ("Wren-7", "BrowseComp", 70.1),
        ("GPT-5.4", "BrowseComp", 82.7),
        ("GPT-5.4", "GDPval", 83.0),
    }


def test_pipe_table_broken_one_cell_per_line() -> None:
    text = "Grid\n\n| Benchmark |\nWren-7 |\nGPT-5.4 |\n| BrowseComp |\n70.1% |\n82.7% |"
    assert scores(run(text)) == {("Wren-7", "BrowseComp", 70.1), ("GPT-5.4", "BrowseComp", 82.7)}


def test_html_table_with_rank_and_generic_score_column() -> None:
    table = Table(("Rank", "Model", "Index score"), (("1", "Sorrel 9", "61"), ("2", "GPT-5.4", "57")), None)
    ex = run("The Artificial Analysis Intelligence Index was updated this week.", tables=(table,))
    assert scores(ex) == {
        ("Sorrel 9", "Artificial Analysis Intelligence Index", 61.0),
        ("GPT-5.4", "Artificial Analysis Intelligence Index", 57.0),
    }
    ranks = {(a.subject, a.value, a.qualifier) for a in ex.attributes if a.attribute == "leaderboard_rank"}
    assert ("Sorrel 9", "1", "Artificial Analysis Intelligence Index") in ranks
    assert all(s.evidence.start == -1 for s in ex.scores)


def test_distractor_numbers_are_not_scores() -> None:
    text = (
        "Fenwick-2 Pro scored 77.0 on MMLU-Pro. The lab raised $2.5 billion in 2025 and trained on "
        "14 trillion tokens with 1,024 accelerators. Its 12-point gap and a 92-94 band are not scores, "
        "nor is the 18% speedup. "
        "It costs $3 per million input tokens, and about 300 physicians helped. GPT-5.475.1 is garbled."
    )
    assert scores(run(text)) == {("Fenwick-2 Pro", "MMLU-Pro", 77.0)}


def test_fraction_scores_become_percentages() -> None:
    text = "HealthBench Hard standings\n\n| Rank | Model | Score |\n|---|---|---|\n| #1 | Heron-5 | 0.412 |"
    ex = run(text)
    assert scores(ex) == {("Heron-5", "HealthBench Hard", 41.2)}


def test_arena_ratings_are_elo() -> None:
    ex = run("On the LMArena text leaderboard, Marlin-6 Ultra holds a rating of 1421 and ranks 7th.")
    assert [(s.model, s.benchmark, s.value, s.unit) for s in ex.scores] == [
        ("Marlin-6 Ultra", "LMArena Text", 1421.0, "elo")
    ]
    assert [(a.attribute, a.value, a.qualifier) for a in ex.attributes] == [
        ("leaderboard_rank", "7", "LMArena Text")
    ]


def test_evidence_offsets_point_into_the_original_text_even_with_mojibake() -> None:
    text = "Tern-4\n\nTern-4â€™s score on GPQA Diamond is 70.3, the vendor said â€” a record."
    ex = run(text)
    (s,) = ex.scores
    assert text[s.evidence.start : s.evidence.end] == s.evidence.text
    assert "70.3" in s.evidence.text


def test_discovery_candidates_and_threshold() -> None:
    text = (
        "Kiteworks released Sablewing-3 Ultra on Monday. Sablewing-3 Ultra scores 66.0 on SWE-bench Verified."
    )
    ex = run(text)
    names = {c.name: c.confidence for c in ex.candidates}
    assert names.get("Sablewing-3 Ultra", 0) >= 0.75
    assert ("Sablewing-3 Ultra", "SWE-bench Verified", 66.0) in scores(ex)
    strict = extract(Article(url="u", text=text), candidate_threshold=1.0)
    assert not any(s.model == "Sablewing-3 Ultra" for s in strict.scores)


def test_attributes_parameters_context_prices() -> None:
    text = (
        "Gannet-2 is a mixture-of-experts model with 560 billion total parameters, 28 billion of them "
        "active, and a 256K-token context window. It costs $1.25 per million input tokens and $5 per "
        "million output tokens."
    )
    got = {(a.subject, a.attribute, a.value) for a in run(text).attributes}
    assert got == {
        ("Gannet-2", "parameters_total", "560000000000"),
        ("Gannet-2", "parameters_active", "28000000000"),
        ("Gannet-2", "context_window_tokens", "256000"),
        ("Gannet-2", "price_input_per_mtok", "1.25"),
        ("Gannet-2", "price_output_per_mtok", "5.00"),
    }


def test_release_dates_absolute_month_and_relative() -> None:
    ex = run("Pipit Labs released Pipit-4 on March 3, 2026, its biggest launch.")
    assert [(a.subject, a.value) for a in ex.attributes if a.attribute == "release_date"] == [
        ("Pipit-4", "2026-03-03")
    ]
    ex = run("Pipit Labs shipped Pipit-4 in early March 2026.")
    assert [a.value for a in ex.attributes if a.attribute == "release_date"] == ["2026-03"]
    published = datetime(2026, 3, 6, 10, 0, tzinfo=UTC)  # a Friday
    ex = run("Pipit Labs on Wednesday released Pipit-4 to developers.", published_at=published)
    assert [a.value for a in ex.attributes if a.attribute == "release_date"] == ["2026-03-04"]


def test_ranks_in_prose() -> None:
    text = (
        "On the Artificial Analysis Intelligence Index, Grebe-3 Pro and GPT-5.4 are tied for first at 60, "
        "and Claude Opus 4.6 is third with 53."
    )
    ranks = {(a.subject, a.value) for a in run(text).attributes if a.attribute == "leaderboard_rank"}
    assert ranks == {("Grebe-3 Pro", "1"), ("GPT-5.4", "1"), ("Claude Opus 4.6", "3")}


def test_claims_with_magnitudes() -> None:
    text = (
        "Avocet-2 Flash answers 30% faster than Claude Opus 4.6 and needed 5x less training compute "
        "than GPT-5.4. "
        "On SWE-bench Verified it sits 2.5 points behind GPT-5.4."
    )
    got = {(c.subject, c.relation, c.object, c.magnitude, c.unit) for c in run(text).claims}
    assert ("Avocet-2 Flash", "faster_than", "Claude Opus 4.6", 30.0, "%") in got
    assert ("Avocet-2 Flash", "less_compute_than", "GPT-5.4", 5.0, "x") in got
    assert ("Avocet-2 Flash", "behind", "GPT-5.4", 2.5, "points") in got


def test_segmentation_units() -> None:
    text = (
        "Title here\n\nFirst sentence. Second one, No. 3 in line.\n\n"
        "- item one: 1\n- item two\n\n| a | b |\n| c | d |"
    )
    layout = segment_text(clean_text(text).text)
    kinds = [s.kind for s in layout.segments]
    assert kinds == ["heading", "sentence", "sentence", "item", "item", "row", "row"]
    assert layout.tables[0].header == ("a", "b")


def test_extract_is_deterministic() -> None:
    text = "Lark-2 Max scored 70.0 on MMLU-Pro, ahead of GPT-5.4 (68.0)."
    assert run(text) == run(text)


def test_no_published_date_is_fine() -> None:
    ex = run("Finch Labs on Tuesday released Finch-2 Pro.")
    assert not [a for a in ex.attributes if a.attribute == "release_date"]


def test_tab_and_space_aligned_tables() -> None:
    text = (
        "Grid\n\nBenchmark\tKoru-5\tGPT-5.4\nGPQA Diamond\t81.0\t83.9\nBrowseComp\tn/a\t82.7\n\n"
        "Model          MMLU-Pro    AIME 2025\nKoru-5 Mini     70.2        75.0\n"
        "GPT-5.4 mini    79.9        84.3\n"
    )
    assert scores(run(text)) == {
        ("Koru-5", "GPQA Diamond", 81.0),
        ("GPT-5.4", "GPQA Diamond", 83.9),
        ("GPT-5.4", "BrowseComp", 82.7),
        ("Koru-5 Mini", "MMLU-Pro", 70.2),
        ("Koru-5 Mini", "AIME 2025", 75.0),
        ("GPT-5.4 mini", "MMLU-Pro", 79.9),
        ("GPT-5.4 mini", "AIME 2025", 84.3),
    }


def test_table_flattened_to_single_spaces() -> None:
    text = (
        "How they compare\n\nBenchmark GPT-5.4 Claude Opus 4.6 Gemini 3.1 Pro\n"
        "GPQA Diamond 83.9 84.0 80.2\nHealthBench Hard 40.1 20.6\nLicense closed closed closed\n\n"
        "Model GPQA Diamond MMLU-Pro\nGPT-5.4 83.9 81.0\nGemini 3.1 Pro 80.2 79.5\n"
    )
    assert scores(run(text)) == {
        ("GPT-5.4", "GPQA Diamond", 83.9),
        ("Claude Opus 4.6", "GPQA Diamond", 84.0),
        ("Gemini 3.1 Pro", "GPQA Diamond", 80.2),
        ("GPT-5.4", "MMLU-Pro", 81.0),
        ("Gemini 3.1 Pro", "MMLU-Pro", 79.5),
    }


def test_comparison_second_values_and_value_before_model() -> None:
    got = {
        (s.model, s.value, s.setting)
        for s in run("Coding\n\nOn SWE-bench Pro, GPT-5.4 scores 57.7 at xhigh against 55.9 at high.").scores
    }
    assert got == {("GPT-5.4", 57.7, "xhigh"), ("GPT-5.4", 55.9, "high")}
    text = (
        "Arena\n\nOn the LMArena text leaderboard voters gave 1,468 Elo for GPT-5.4 and 1,440 Elo "
        "for Gemini 3.1 Pro."
    )
    assert scores(run(text)) == {
        ("GPT-5.4", "LMArena Text", 1468.0),
        ("Gemini 3.1 Pro", "LMArena Text", 1440.0),
    }


def test_new_value_of_a_rise_gaps_and_software_versions_are_not_scores() -> None:
    text = (
        "Kelpie 4 Pro launch\n\nGammon Labs released Kelpie 4 Pro on Monday. Its GPQA Diamond accuracy rose "
        "from 71% to 84%, a gap of 13 points, and it scores 71.2 percent on MMLU-Pro. It runs on CUDA 12.4; "
        "the lab expects between 85 and 88 next time."
    )
    assert scores(run(text)) == {("Kelpie 4 Pro", "GPQA Diamond", 84.0), ("Kelpie 4 Pro", "MMLU-Pro", 71.2)}


def test_discovered_name_shapes_with_sizes_and_spaced_versions() -> None:
    from extractors.facts.name_templates import NAME_RE

    def names(s: str) -> list[str]:
        return [m.group() for m in NAME_RE.finditer(s)]

    assert names("Brantle-22B scored well") == ["Brantle-22B"]
    assert names("Osprit4-70B is open") == ["Osprit4-70B"]
    assert names("Corvane-30B-A3B ships") == ["Corvane-30B-A3B"]
    assert names("Wexford-Q 3 scored 61.0") == ["Wexford-Q 3"]
    assert names("Wexford-Q scored 2.5%") == ["Wexford-Q"]


def test_snapshot_id_with_its_own_size_is_not_the_base_model() -> None:
    from extractors.facts import entities as ent
    from extractors.facts import members

    parts = {ent.name_parts(n): n for n in ("Vela-R1", "Claude Opus 4.6")}
    found = {
        m.surface: m.canonical
        for m in members.snapshot_mentions("Vela-R1-Distill-32B, claude-opus-4-6", parts)
    }
    assert found == {"Vela-R1-Distill-32B": "Vela-R1-Distill-32B", "claude-opus-4-6": "Claude Opus 4.6"}


def test_scorecard_intro_setting_applies_to_the_table_unless_a_column_states_its_own() -> None:
    text = (
        "Pardo-2 scorecard\n\nPardo Labs published its scorecard on Friday. "
        "All runs use the Tiller scaffold, pass@1 with tools:\n\n"
        "| Model | SWE-bench Verified | Humanity's Last Exam (no tools) |\n|---|---|---|\n"
        "| Pardo-2 | 71.2 | 24.9 |\n| GPT-5.4 | 77.0 | 30.1 |\n"
    )
    ex = extract(Article(url="https://pardo.example/card", text=text, title=None, published_at=None))
    got = {(s.model, s.benchmark): s.setting for s in ex.scores}
    assert got[("GPT-5.4", "SWE-bench Verified")] == "with tools; Tiller scaffold; pass@1"
    assert got[("Pardo-2", "Humanity's Last Exam")] == "no tools; Tiller scaffold; pass@1"


def test_numbered_list_after_a_plain_lead_ranks_on_the_board_the_paragraph_before_named() -> None:
    text = (
        "The June refresh of the Artificial Analysis Intelligence Index v4.0 adds one name. "
        "Pardell's Wren-2 debuts fourth with 51 points.\n\nThe top three as of June 3:\n\n"
        "1. GPT-5.4 (xhigh) — 60\n2. Gemini 3.1 Pro — 59\n3. Claude Opus 4.6 (max) — 55\n\n"
        "Pardell's Vesk-1 is now the best open model at 40 points, just ahead of Kimi K2.5 at 38.\n\n"
        "Separately, Wren-2 posts 80.2% on GPQA Diamond."
    )
    got = {(s.model, s.benchmark, s.value, s.setting) for s in run(text).scores}
    idx = "Artificial Analysis Intelligence Index"
    assert {
        ("GPT-5.4", idx, 60.0, "xhigh; v4.0"),
        ("Gemini 3.1 Pro", idx, 59.0, "v4.0"),
        ("Claude Opus 4.6", idx, 55.0, "max; v4.0"),
        ("Vesk-1", idx, 40.0, "v4.0"),
        ("Kimi K2.5", idx, 38.0, "v4.0"),
        ("Wren-2", "GPQA Diamond", 80.2, None),
    } <= got


def test_follows_at_binds_to_its_own_clause_subject() -> None:
    text = (
        "On the Artificial Analysis Intelligence Index, Daska-2 leads with 66, Morrow-4 follows at 64, "
        "while Tansy 4 sits at 61."
    )
    got = scores(run(text))
    idx = "Artificial Analysis Intelligence Index"
    assert ("Daska-2", idx, 66.0) in got and ("Morrow-4", idx, 64.0) in got
    assert not any(m == "Daska-2" and v != 66.0 for m, _, v in got)


def test_rival_values_in_comparison_phrases() -> None:
    text = (
        "Orlen-4 arrives\n\nOn SWE-bench Verified, Orlen-4 reaches 77.0%, compared with 80.1% for "
        "Anthropic's Claude Opus 4.6.\n\nOrlen-4 trailed GPT-5.4 on Terminal-Bench 2.0, "
        "scoring 61.3 against 66.0."
    )
    assert scores(run(text)) == {
        ("Orlen-4", "SWE-bench Verified", 77.0),
        ("Claude Opus 4.6", "SWE-bench Verified", 80.1),
        ("Orlen-4", "Terminal-Bench 2.0", 61.3),
        ("GPT-5.4", "Terminal-Bench 2.0", 66.0),
    }


def test_portion_of_a_benchmark_is_its_setting_and_a_gain_is_no_score() -> None:
    text = (
        "Fable-2 posts 61.0% on BrowseComp. It reaches 76.4% on the telecom portion of τ2-bench, "
        "and a gain of 0.6 on GPQA Diamond over its predecessor."
    )
    got = {(s.model, s.benchmark, s.value, s.setting) for s in run(text).scores}
    assert got == {("Fable-2", "BrowseComp", 61.0, None), ("Fable-2", "τ2-bench", 76.4, "telecom")}


def test_table_with_effort_rows_scores_the_model_named_before_it() -> None:
    text = (
        "Brisa-2 and Osk-4 compared\n\nOsk-4 scores 70.0% on GPQA Diamond. "
        "Brisa-2's results by effort level:\n\n"
        "| | GPQA Diamond | AIME 2025 |\n|---|---|---|\n| low | 71.0 | 80.2 |\n| High | 77.9 | 90.1 |\n"
    )
    got = {(s.model, s.benchmark, s.value, s.setting) for s in run(text).scores}
    assert {
        ("Brisa-2", "GPQA Diamond", 71.0, "low"),
        ("Brisa-2", "AIME 2025", 80.2, "low"),
        ("Brisa-2", "GPQA Diamond", 77.9, "high"),
        ("Brisa-2", "AIME 2025", 90.1, "high"),
    } <= got


def test_benchmark_label_line_and_independent_runs() -> None:
    text = (
        "Our test of Pell-3\n\nRook Labs released Pell-3 on Monday. We ran it twice.\n\nGPQA Diamond.\n\n"
        "Our run landed at 0.861.\n\nTerminal-Bench 2.0 is harder. Rook Labs reports 57.5% using its own "
        "agent harness."
    )
    got = {(s.model, s.benchmark, s.value, s.setting) for s in run(text, title="Our test of Pell-3").scores}
    assert got == {
        ("Pell-3", "GPQA Diamond", 86.1, None),
        ("Pell-3", "Terminal-Bench 2.0", 57.5, "own agent harness"),
    }


def test_elo_in_prose_uses_the_board_named_before_a_percent_benchmark() -> None:
    text = (
        "Lusk-2 week one\n\nNorrow Labs released Lusk-2 on Monday. It scores 70.1% on GPQA Diamond.\n\n"
        "It also went onto the Text Arena leaderboard this week.\n\n"
        "Lusk-2 debuted at No. 9 with 1442. Claude Opus 4.6 is holding fifth at 1519.\n\n"
        "Gemini 3.1 Pro is still first at 1561."
    )
    got = scores(run(text, title="Lusk-2 week one"))
    assert {
        ("Lusk-2", "LMArena Text", 1442.0),
        ("Claude Opus 4.6", "LMArena Text", 1519.0),
        ("Gemini 3.1 Pro", "LMArena Text", 1561.0),
    } <= got


def test_a_makers_reported_figure_needs_the_maker() -> None:
    base = "Pell-3 tested\n\nRook released Pell-3 on Monday. On GPQA Diamond our run landed at 80.0%. "
    got = {(s.model, s.value) for s in run(base + "Rook reports 82.5%.", title="Pell-3 tested").scores}
    assert got == {("Pell-3", 80.0), ("Pell-3", 82.5)}
    got = {(s.model, s.value) for s in run(base + "Reuters reports 40%.", title="Pell-3 tested").scores}
    assert got == {("Pell-3", 80.0)}


def test_list_line_of_an_unknown_name_is_not_credited_to_the_model_before() -> None:
    text = (
        "The Artificial Analysis Intelligence Index v4.0 has a new entry.\n\nThe top three:\n\n"
        "1. GPT-5.4 (xhigh) — 60\n2. Gemini 3.1 Pro — 59\n3. Lumen Pro — 58\n"
    )
    got = scores(run(text))
    assert ("Gemini 3.1 Pro", "Artificial Analysis Intelligence Index", 58.0) not in got
    assert ("GPT-5.4", "Artificial Analysis Intelligence Index", 60.0) in got


def test_a_word_and_tier_name_on_a_ranked_line_is_a_model() -> None:
    text = (
        "The Artificial Analysis Intelligence Index v4.0 has a new entry: "
        "Moonvale's Lumen Pro debuts third.\n\n"
        "The top three:\n\n1. GPT-5.4 (xhigh) — 60\n2. Gemini 3.1 Pro — 59\n3. Lumen Pro — 58\n"
    )
    assert ("Lumen Pro", "Artificial Analysis Intelligence Index", 58.0) in scores(run(text))


def test_table_with_effort_columns_and_benchmark_rows() -> None:
    text = (
        "Brisa-2 arrives\n\nNorrow Labs released Brisa-2 on Monday. Brisa-2's results by effort level:\n\n"
        "| Benchmark | Low | Max |\n|---|---|---|\n"
        "| GPQA Diamond | 71.0 | 79.2 |\n| AIME 2025 | 80.2 | 92.4 |\n"
    )
    got = {(s.model, s.benchmark, s.value, s.setting) for s in run(text).scores}
    assert got == {
        ("Brisa-2", "GPQA Diamond", 71.0, "low"),
        ("Brisa-2", "GPQA Diamond", 79.2, "max"),
        ("Brisa-2", "AIME 2025", 80.2, "low"),
        ("Brisa-2", "AIME 2025", 92.4, "max"),
    }


def test_parameter_columns_named_with_total_and_active_in_parentheses() -> None:
    from extractors.facts.nlp import extract
    from schema.records import Article

    text = (
        "Brisa Labs published the weights of Brisa-2 236B and Brisa-2 16B this week.\n\n"
        "| Model | Params (total) | Parameters (active) |\n| --- | --- | --- |\n"
        "| Brisa-2 236B | 236B | 21B |\n| Brisa-2 16B | 16B | 2.4B |\n"
    )
    facts = {(a.subject, a.attribute, a.value) for a in extract(Article(url="t", text=text)).attributes}
    assert ("Brisa-2 236B", "parameters_active", "21000000000") in facts
    assert ("Brisa-2 16B", "parameters_total", "16000000000") in facts


def test_settings_in_a_model_header_keep_two_columns_of_one_model_apart() -> None:
    text = (
        "Cobalt-R2 report\n\nAzure Finch AI released Cobalt-R2, its second reasoning model.\n\n"
        "| Benchmark | Cobalt-R2 cons@64 | Cobalt-R2 Pass@1 | DeepSeek-R1 (Pass@1) |\n|---|---|---|---|\n"
        "| AIME 2025 | 93.3 | 87.1 | 70.0 |\n"
    )
    got = {(s.model, s.value, s.setting) for s in run(text).scores}
    assert got == {
        ("Cobalt-R2", 93.3, "cons@64"),
        ("Cobalt-R2", 87.1, "pass@1"),
        ("DeepSeek-R1", 70.0, "pass@1"),
    }


def test_max_after_another_tier_is_the_effort_not_a_model() -> None:
    text = (
        "DeepSeek V9 notes\n\nDeepSeek-V9-Pro-Max scores 91.0 on LiveCodeBench, and V9-Pro-Max rates 3100 on "
        "Codeforces. DeepSeek V9 Flash Max reaches 84.5 on LiveCodeBench.\n"
    )
    got = {(s.model, s.benchmark, s.value, s.setting) for s in run(text).scores}
    assert got == {
        ("DeepSeek-V9 Pro", "LiveCodeBench", 91.0, "max"),
        ("DeepSeek-V9 Pro", "Codeforces", 3100.0, "max"),
        ("DeepSeek-V9 Flash", "LiveCodeBench", 84.5, "max"),
    }


def test_two_rows_of_one_benchmark_are_told_apart_by_their_qualifiers() -> None:
    text = (
        "Kelp-5 card\n\n| Benchmark | Kelp-5 | Marlin-3 |\n| --- | --- | --- |\n"
        "| Codeforces (Rating) | 2011 | 1890 |\n| Codeforces (Percentile) | 95.1 | 91.0 |\n"
        "| MMMLU (multilingual) | 81.5 | 80.2 |\n"
    )
    got = {(s.model, s.benchmark, s.value, s.setting) for s in run(text).scores}
    assert got == {
        ("Kelp-5", "Codeforces", 2011.0, "Rating"),
        ("Marlin-3", "Codeforces", 1890.0, "Rating"),
        ("Kelp-5", "Codeforces", 95.1, "Percentile"),
        ("Marlin-3", "Codeforces", 91.0, "Percentile"),
        ("Kelp-5", "MMMLU", 81.5, None),  # a qualifier alone describes the benchmark
        ("Marlin-3", "MMMLU", 80.2, None),
    }


def test_an_items_number_where_its_line_opens_is_no_score() -> None:
    text = (
        "Ranking\n\nBelow, the models with the highest reasoning scores as judged by the MMLU-Pro test:\n"
        "- 1. Kelp-5 (high) da Brine (EUA) = 69%\n- 2. Marlin 4 da Orca (EUA) = 68%\n"
        "- 3. o3 da OpenAI (EUA) = 67%\n- 4. Llama 4 Maverick da Meta (EUA) = 42%\n"
    )
    assert not [s for s in run(text).scores if s.value in (1.0, 2.0, 3.0, 4.0)]


def test_a_rating_on_a_benchmark_scored_in_percent_is_its_rated_variants() -> None:
    text = (
        "Kelp-5 breakdown\n\n| Benchmark | Kelp-5 | Marlin-3 |\n| --- | --- | --- |\n"
        "| GDPval (office work) | 1588 Elo | 71.2% |\n| SWE-bench Verified | 74.0% | 70.1% |\n"
    )
    got = {(s.model, s.benchmark, s.value) for s in run(text).scores}
    assert got == {
        ("Kelp-5", "GDPval-AA", 1588.0),  # GDPval rated in Elo is Artificial Analysis's GDPval-AA
        ("Marlin-3", "GDPval", 71.2),
        ("Kelp-5", "SWE-bench Verified", 74.0),
        ("Marlin-3", "SWE-bench Verified", 70.1),
    }


def test_a_size_column_names_the_sized_model_the_article_names_elsewhere() -> None:
    text = (
        "Small models\n\n| Model | Params | MMLU |\n|---|---|---|\n"
        "| Kelp-5 | 3B | 63.4% |\n| Marlin-3 | 14B | 80.2% |\n\n"
        "Our pick beats Kelp-5 3B (61.8% MMLU) on every test.\n"
    )
    got = {(s.model, s.benchmark, s.value) for s in run(text).scores}
    assert ("Kelp-5 3B", "MMLU", 63.4) in got  # the article names 'Kelp-5 3B': the row is that model's
    assert ("Marlin-3", "MMLU", 80.2) in got  # no 'Marlin-3 14B' elsewhere: the size stays an attribute


def test_a_table_of_its_own_after_a_table_as_wide_is_not_its_continuation() -> None:
    text = (
        "Kelp-5 vs Marlin-3\n\n| Benchmark | Kelp-5 | Marlin-3 | Winner |\n|---|---|---|---|\n"
        "| MMLU | 88.5% | 87.2% | Kelp-5 |\n| HumanEval | 79.2% | 90.1% | Marlin-3 |\n"
        "Pricing\n| Model | Input | Output | Context |\n| Kelp-5 | $0.14 | $0.55 | 128K |\n"
        "| Marlin-3 | $2.50 | $10.00 | 200K |\n"
    )
    ex = run(text)
    assert {(s.model, s.benchmark, s.value) for s in ex.scores} == {
        ("Kelp-5", "MMLU", 88.5),
        ("Marlin-3", "MMLU", 87.2),
        ("Kelp-5", "HumanEval", 79.2),
        ("Marlin-3", "HumanEval", 90.1),
    }
    windows = {(a.subject, a.value) for a in ex.attributes if a.attribute == "context_window_tokens"}
    assert windows == {("Kelp-5", "128000"), ("Marlin-3", "200000")}


def test_rivals_figures_counts_and_boards_from_a_review_of_round_7() -> None:
    """Wrong facts a review of round 7's rules wrote from short texts of its own, each kept out."""

    def scores(text: str) -> set[tuple[str, str, float]]:
        return {(s.model, s.benchmark, s.value) for s in run(text).scores}

    # names listed before figures pair in order only with nobody named between, and not across a ';'
    for text in (
        "Compared with Zorblax-2 and Quenta-5, the new Mirovia-3 posts 71.2% and 64.0% on MMLU-Pro and GPQA "
        "Diamond.",
        "Zorblax-2 and Quenta-5 both trail Mirovia-3 on MMLU-Pro, which reached 71.2% and 64.0% in two "
        "modes.",
        "Zorblax-2 and Quenta-5 lead the pack; Mirovia-3 follows with 71.2% and 64.0% on MMLU-Pro and GPQA "
        "Diamond.",
    ):
        assert not {s for s in scores(text) if s[0] in ("Zorblax-2", "Quenta-5")}, text
    # a family's sizes in parentheses after the model's own counts are not the model's members
    sizes = (
        "Zorblax-2 has 400B total parameters with 17B active, far larger than the Quenta family (7B and 70B)."
    )
    attrs = {(a.subject, a.attribute, a.value) for a in run(sizes).attributes}
    assert ("Zorblax-2", "parameters_total", "400000000000") in attrs
    assert not {a for a in attrs if a[0].startswith("Zorblax-2 ")}
    # 活跃 alone is monthly active users, not active parameters
    zh = run("Zorblax-2 的参数量为4000亿，其应用月活跃约3亿。").attributes
    assert not [a for a in zh if a.attribute == "parameters_active"]
    # a rank among a field of no stated size is on the board 'overall'
    ranks = [a for a in run("Zorblax-2 ranks #3 overall among open models.").attributes]
    assert ranks and all("None" not in (a.qualifier or "") for a in ranks)
    # '(vs Name)' in a list line names the rival, not the figure's owner
    owned = scores(
        "Zorblax-2, a 400B model, beats its rival.\n- GPQA Diamond (vs Quenta-5) 71.0%\n"
        "- MMLU-Pro (vs Quenta-5) 80.2%\n"
    )
    assert not {s for s in owned if s[0] == "Quenta-5"}
    # lower-case category columns are not benchmarks ('math' is no MATH)
    board = scores(
        "Board\n\n| Model | overall | math | coding |\n|---|---|---|---|\n| Zorblax-2 | 1 | 3 | 2 |\n"
        "| Quenta-5 | 2 | 1 | 4 |\n"
    )
    assert not {s for s in board if s[1] == "MATH"}
    # a flattened spec row with a cell missing: the name's version is not read as a value
    spec = run(
        "Specs\n\nModel Total parameters Active parameters Context length\nZorblax 2 400B 17B 1M tokens\n"
        "Quenta 5 70B 128K\nMirovia 3 30B 3B 256K\n"
    ).attributes
    assert not [a for a in spec if a.subject == "Quenta"]
    # "In January's rankings" names a time, not a board
    january = run(
        "In January's rankings the picture was different. Zorblax-2 ranks 4th, while Quenta-5 ranks 9th."
    )
    assert not [a for a in january.attributes if "January" in (a.qualifier or "")]


_SCORED_LEDE = "The lab says GPT-5 scores 74.9% on SWE-bench Verified.\n\n"


def _ranks(text: str) -> set[tuple[str, str]]:
    return {(a.subject, a.value) for a in run(text).attributes if a.attribute == "leaderboard_rank"}


def test_a_top_three_of_reasons_ranks_no_models() -> None:
    text = _SCORED_LEDE + (
        "## Top 3 reasons to switch\n\n1. Claude Opus 4 handles long files well.\n"
        "2. GPT-5 answers faster.\n3. Gemini 2.5 Pro costs less.\n"
    )
    assert _ranks(text) == set()


def test_falling_prices_or_sizes_are_no_ranking() -> None:
    prices = _SCORED_LEDE + (
        "What the three cost per million input tokens:\n\n"
        "1. GPT-5: $1.25\n2. Claude Opus 4: $1.00\n3. Gemini 2.5 Pro: $0.50\n"
    )
    table = _SCORED_LEDE + (
        "The models we tried, in the order we tried them:\n\n| Step | Model | Price |\n|---|---|---|\n"
        "| 1 | GPT-5 | $1.25 |\n| 2 | Claude Opus 4 | $1.00 |\n| 3 | Gemini 2.5 Pro | $0.50 |\n"
    )
    sizes = _SCORED_LEDE + (
        "The open models we ran at home:\n\n1. Llama 3.1 405B, 405.0 billion parameters\n"
        "2. Qwen2.5 72B, 72.7 billion\n3. Mistral 7B, 7.3 billion\n"
    )
    assert _ranks(prices) == _ranks(table) == _ranks(sizes) == set()


def test_a_ranking_still_reads_with_falling_scores() -> None:
    text = _SCORED_LEDE + (
        "Where the board stood on Friday:\n\n"
        "1. Claude Opus 4: 72.5%\n2. GPT-5: 70.1%\n3. Gemini 2.5 Pro: 63.2%\n"
    )
    assert _ranks(text) == {("Claude Opus 4", "1"), ("GPT-5", "2"), ("Gemini 2.5 Pro", "3")}


def test_an_entry_takes_no_figure_from_the_next_entrys_name() -> None:
    # before, entry 1 took 4.5 from 'Claude Opus 4.5', entry 2 took 4.1 …: falling figures, read as a board
    text = _SCORED_LEDE + (
        "The models we tried this week:\n\n1. Grok 4\n2. Claude Opus 4.5\n3. GPT-4.1\n"
        "4. Gemini 2.5 Pro, at 1.5 times the speed\n"
    )
    assert _ranks(text) == set()


def test_a_span_of_years_is_no_former_window() -> None:
    text = "The successor to GPT-4o, GPT-5 has a 400K context window; the context race ran from 2024 to 2025."
    windows = {(a.subject, a.value) for a in run(text).attributes if a.attribute == "context_window_tokens"}
    assert windows == {("GPT-5", "400000")}
    grown = "The successor to Kestrel-2, Kestrel-3 grows the context window from 128,000 to 200,000 tokens."
    got = {(a.subject, a.value) for a in run(grown).attributes if a.attribute == "context_window_tokens"}
    assert ("Kestrel-2", "128000") in got


def test_a_spaced_dash_after_a_name_opens_no_span_of_counts() -> None:
    text = (
        "Open models at a glance:\n\n- Grok 1 – 314B parameters, open weights\n- Falcon 2 – 11B parameters\n"
    )
    totals = {(a.subject, a.value) for a in run(text).attributes if a.attribute == "parameters_total"}
    assert totals == {("Grok 1", "314000000000"), ("Falcon 2", "11000000000")}
    span = "Kestrel-4 comes in sizes of 40B–150B parameters."
    assert not [a for a in run(span).attributes if a.attribute == "parameters_total"]


def test_our_family_names_no_other_family() -> None:
    text = "Our family of Orca-3 models: Orca-3 comes in 7B and 70B parameter versions."
    totals = {(a.subject, a.value) for a in run(text).attributes if a.attribute == "parameters_total"}
    assert totals == {("Orca-3 7B", "7000000000"), ("Orca-3 70B", "70000000000")}


def test_a_participle_hyphenated_on_a_name_makes_no_new_model() -> None:
    text = "The GPT-5-Driven Agent beats Claude Opus 4 on SWE-bench Verified, scoring 74.9%."
    assert not any(s.model.startswith("GPT-5-") for s in run(text).scores)
    assert ("Qwen3-Coder-Next", "SWE-bench Verified", 70.6) in scores(
        run("Alibaba shipped Qwen3-Coder-Next, which scores 70.6% on SWE-bench Verified.")
    )


def test_a_table_introduced_by_the_base_benchmark_stays_on_it() -> None:
    text = (
        "Kestrel-4 leads MMLU-Pro at 81.0%, and on MMLU-Pro its margin over Talon-3 is wide; MMLU-Pro is "
        "harder.\n\nThe older MMLU still separates them, though:\n\n| Model | Score |\n|---|---|\n"
        "| Kestrel-4 | 92.1 |\n| Talon-3 | 90.4 |\n"
    )
    got = scores(run(text))
    assert ("Kestrel-4", "MMLU", 92.1) in got and ("Talon-3", "MMLU", 90.4) in got


def test_a_names_version_is_no_group_of_a_spaced_window() -> None:
    text = "Context windows: GPT-4o 128 000 tokens, Claude 3 200 000 tokens."
    windows = {(a.subject, a.value) for a in run(text).attributes if a.attribute == "context_window_tokens"}
    assert windows == {("GPT-4o", "128000"), ("Claude 3", "200000")}


def test_a_digest_of_news_items_under_a_ranking_heading_is_no_board() -> None:
    text = _SCORED_LEDE + (
        "## Leaderboard news: five things to know this week\n\n1. GPT-5 is now free for every user.\n"
        "2. Claude Opus 4 writes longer code than before.\n3. Gemini 2.5 Pro gets a new voice mode.\n"
    )
    assert _ranks(text) == set()
