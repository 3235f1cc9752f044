"""Attributes and claims generalise: floors on our own fixture articles written in other styles than the dev
corpus (ordinal ranks in lists, ISO and day-month dates, one fact for several models, spec-sheet wording,
prices, comparative claims), plus per-pattern unit tests.

The fixtures (tests/fixtures/nlp_attributes/*.json) are new prose with invented models, labs and boards. Gold
rows may carry a qualifier (compared like names, parentheses dropped) and `optional` (neither required nor
counted against precision).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bench.evaluation import norm, same_attr_value
from extractors.facts.nlp import extract
from schema.records import Article, AttributeFact, ClaimFact, Extraction
from tests.test_nlp_quality import load_fixture

FIXTURES = Path(__file__).parent / "fixtures" / "nlp_attributes"
load = load_fixture  # one reader for every fixture folder
FLOORS = {"attributes": (0.99, 0.99), "claims": (0.80, 0.80)}


def _attr_match(s: AttributeFact, g: dict[str, Any]) -> bool:
    ok = norm(s.subject) == norm(g["subject"]) and s.attribute == g["attribute"]
    ok = ok and same_attr_value(s.value, g["value"])
    if g.get("qualifier"):
        ok = ok and norm(s.qualifier) == norm(g["qualifier"])
    return ok


def _claim_match(s: ClaimFact, g: dict[str, Any]) -> bool:
    ok = norm(s.subject) == norm(g["subject"]) and s.relation == g["relation"]
    ok = ok and norm(s.object) == norm(g.get("object"))
    if g.get("magnitude") is not None:
        ok = ok and s.magnitude is not None and abs(s.magnitude - float(g["magnitude"])) <= 0.051
        ok = ok and (not g.get("unit") or s.unit == g["unit"])
    if g.get("benchmark"):
        ok = ok and norm(s.benchmark) == norm(g["benchmark"])
    return ok


def evaluate(label: str) -> tuple[int, int, int, list[str]]:
    tp = fp = fn = 0
    notes: list[str] = []
    for path in sorted(FIXTURES.glob("*.json")):
        article, gold = load(path)
        ex: Extraction = extract(article)
        remaining = list(gold[label])
        facts: list[Any] = list(ex.attributes if label == "attributes" else ex.claims)
        match = _attr_match if label == "attributes" else _claim_match
        for s in facts:
            hit = next((g for g in remaining if match(s, g)), None)
            if hit is None:
                fp += 1
                notes.append(f"FALSE {path.name} {s.subject} | {_show(s)}")
                continue
            remaining.remove(hit)
            tp += 0 if hit.get("optional") else 1
        for g in remaining:
            if not g.get("optional"):
                fn += 1
                notes.append(f"MISS {path.name} {g}")
    return tp, fp, fn, notes


def _show(s: AttributeFact | ClaimFact) -> str:
    if isinstance(s, AttributeFact):
        return f"{s.attribute} {s.value} {s.qualifier or ''}"
    return f"{s.relation} {s.object} {s.magnitude} {s.unit} {s.benchmark}"


@pytest.mark.parametrize("label", sorted(FLOORS))
def test_floor(label: str) -> None:
    tp, fp, fn, notes = evaluate(label)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    p_floor, r_floor = FLOORS[label]
    assert precision >= p_floor and recall >= r_floor, (
        f"{label}: P={precision:.3f} R={recall:.3f}\n" + "\n".join(notes)
    )


def run(text: str, published_at: datetime | None = datetime(2026, 6, 5, 12, tzinfo=UTC)) -> Extraction:
    return extract(Article(url="https://t.example/a", text=text, published_at=published_at))


def attrs(ex: Extraction, attribute: str) -> set[tuple[str, str]]:
    return {(a.subject, a.value) for a in ex.attributes if a.attribute == attribute}


if __name__ == "__main__":
    for lab in sorted(FLOORS):
        t, f, n, out = evaluate(lab)
        print("\n".join(out))
        print(f"{lab}: tp={t} fp={f} fn={n} P={t / max(t + f, 1):.3f} R={t / max(t + n, 1):.3f}")


def test_month_day_without_year_takes_the_publication_year_else_a_stated_year() -> None:
    text = "Pallas Labs released Pallas-3 March 12. Pallas-3 scores 71.0 on GPQA Diamond."
    assert attrs(run(text), "release_date") == {("Pallas-3", "2026-03-12")}
    stated = text + " The 2025 model it replaces is retired."
    assert attrs(run(stated, published_at=None), "release_date") == {("Pallas-3", "2025-03-12")}
    assert attrs(run(text, published_at=None), "release_date") == set()


def test_month_day_past_the_publication_date_stays_in_the_only_year_the_page_names() -> None:
    text = "Pallas Labs released Pallas-3 on October 8. Pallas-3 scores 71.0 on GPQA Diamond."
    january = datetime(2026, 1, 20, 12, tzinfo=UTC)
    assert attrs(run(text, published_at=january), "release_date") == {("Pallas-3", "2025-10-08")}
    own = text + " It is the lab's third model of 2026."
    assert attrs(run(own, published_at=january), "release_date") == {("Pallas-3", "2026-10-08")}
    both = own + " Its 2025 predecessor is retired."
    assert attrs(run(both, published_at=january), "release_date") == {("Pallas-3", "2025-10-08")}


def test_a_day_written_with_a_full_stop_and_the_danish_release_verb() -> None:
    text = "Pallas Labs udgav Pallas-3 den 4. juni 2026. Pallas-3 scores 71.0 on GPQA Diamond."
    assert attrs(run(text), "release_date") == {("Pallas-3", "2026-06-04")}
    german = "Pallas-3 wurde am 4. Juni 2026 veröffentlicht. Pallas-3 scores 71.0 on GPQA Diamond."
    assert attrs(run(german), "release_date") == {("Pallas-3", "2026-06-04")}


def test_cutoffs_papers_and_funding_dates_are_not_releases() -> None:
    text = (
        "Pallas Labs released Pallas-3 on 2026-05-02. Pallas-3 has a knowledge cutoff of January 2026, "
        "its paper was posted on 2026-04-20, and a funding round announced on 14 May 2026 raised $90 million."
    )
    assert attrs(run(text), "release_date") == {("Pallas-3", "2026-05-02")}


def test_weekday_counts_back_from_the_publication_date() -> None:
    ex = run("Pallas Labs on Wednesday released Pallas-3, its first open model.")
    assert attrs(ex, "release_date") == {("Pallas-3", "2026-06-03")}  # published Friday 2026-06-05


def test_family_sizes_and_expert_shapes_are_not_one_models_count() -> None:
    text = (
        "Pallas Labs released Pallas-3 in 7B/13B/70B variants. "
        "Its older Pallas-2 is an 8x22B mixture-of-experts. Pallas-3 scores 71.0 on GPQA Diamond."
    )
    assert attrs(run(text), "parameters_total") == set()


def test_beta_context_is_extra_and_output_limits_are_not_context() -> None:
    ex = run(
        "Pallas Labs released Pallas-3, which reads 1M tokens (2M in beta) and has a 64K-token output limit."
    )
    assert ("Pallas-3", "1000000") in attrs(ex, "context_window_tokens")
    assert not any(v == "64000" for _, v in attrs(ex, "context_window_tokens"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pallas-3 is listed at $3/M in, $15/M out.", {("in", "3.00"), ("out", "15.00")}),
        (
            "Pallas-3 is priced at $0.40 / $1.60 per 1M tokens (input/output).",
            {("in", "0.40"), ("out", "1.60")},
        ),
        (
            "Pallas-3 costs $1.25 per million input tokens and $10 per million output tokens.",
            {("in", "1.25"), ("out", "10.00")},
        ),
        ("Pallas-3 is priced at $3/$15 per million tokens.", {("in", "3.00"), ("out", "15.00")}),
        ("Pallas-3 costs $0.30 in / $1.20 out.", {("in", "0.30"), ("out", "1.20")}),
        ("Pallas Labs raised $150 million for Pallas-3, which costs $2 per million tokens.", set()),
        ("Pallas-3 and its rivals are served at well under $1 per million input tokens.", set()),
    ],
)
def test_price_shapes(sentence: str, expected: set[tuple[str, str]]) -> None:
    ex = run("Pallas Labs released Pallas-3 this week. " + sentence)
    got = {
        ("in" if a.attribute.startswith("price_input") else "out", a.value)
        for a in ex.attributes
        if a.attribute.startswith("price")
    }
    assert got == expected


def test_ranks_from_list_ordinals_top_spot_and_open_model_rank() -> None:
    text = (
        "Pallas Labs' Pallas-3 takes the top spot on HarborBench. Corvane AI's Tessel-2 is now the No. 2 "
        "open-weight model on the board.\n\n## HarborBench this week\n\n- Pallas-3 — 1,480 (1st)\n"
        "- Tessel-2 — 1,466 (4th)\n"
    )
    got = {
        (a.subject, a.value, a.qualifier) for a in run(text).attributes if a.attribute == "leaderboard_rank"
    }
    assert got == {
        ("Pallas-3", "1", "HarborBench"),
        ("Tessel-2", "2", "HarborBench (open models)"),
        ("Tessel-2", "4", "HarborBench"),
    }


def test_claims_with_margins_after_the_object_and_benchmark_after() -> None:
    text = (
        "Pallas Labs released Pallas-3 to compete with Corvane AI's Tessel-2. "
        "On LiveCodeBench, Pallas-3 beats Tessel-2 by 4.6 points, "
        "but it trails Tessel-2 by 2 points on SWE-bench Verified."
    )
    got = {(c.subject, c.relation, c.object, c.magnitude, c.benchmark) for c in run(text).claims}
    assert ("Pallas-3", "outperforms", "Tessel-2", 4.6, "LiveCodeBench") in got
    assert ("Pallas-3", "behind", "Tessel-2", 2.0, "SWE-bench Verified") in got


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A single request to Pallas-3 can hold up to 400,000 tokens.", {("Pallas-3", "400000")}),
        ("Pallas-3 accepts inputs of up to 1M tokens.", {("Pallas-3", "1000000")}),
        ("Pallas-3 reads up to 256K tokens at once.", {("Pallas-3", "256000")}),
        ("Pallas-3 has its output capped at 32,000 tokens.", set()),
        ("Pallas-3 was trained on 15 trillion tokens and reads code well.", set()),
        ("The API lets Pallas-3 handle 2 million tokens per minute.", set()),
    ],
)
def test_context_windows_stated_by_input_capacity(sentence: str, expected: set[tuple[str, str]]) -> None:
    ex = run("Pallas Labs released Pallas-3 this week.\n\n" + sentence)
    assert attrs(ex, "context_window_tokens") == expected


def test_context_windows_by_role_and_group() -> None:
    text = (
        "Pallas Labs released Pallas-3 Max and Pallas-3 Lite this week. The 900-billion-parameter "
        "Pallas-3 Max is a mixture-of-experts model. The dense models read 128K tokens; "
        "the flagship handles 512K.\n\n"
        "Lite supports 200K tokens in a beta."
    )
    got = attrs(run(text), "context_window_tokens")
    assert {("Pallas-3 Lite", "128000"), ("Pallas-3 Max", "512000")} <= got
    assert not any(s == "Pallas-3" for s, _ in got)


def test_pre_modifiers_bind_to_the_name_they_precede() -> None:
    text = (
        "Pallas Labs released Pallas-3 this week. Unlike Tessel-2, the 70-billion-parameter "
        "Pallas-3 is dense, and against Tessel-2 the 400K-context Pallas-3 also reads longer files."
    )
    ex = run(text)
    assert attrs(ex, "parameters_total") == {("Pallas-3", "70000000000")}
    assert attrs(ex, "context_window_tokens") == {("Pallas-3", "400000")}


def test_family_release_dates_date_every_member() -> None:
    ex = run("Pallas Labs released Pallas-3 Pro and Pallas-3 Flash on Monday.\n\nThey replace Pallas-2.")
    assert attrs(ex, "release_date") == {("Pallas-3 Pro", "2026-06-01"), ("Pallas-3 Flash", "2026-06-01")}
    ex = run("Pallas Labs said Pallas-3 Mini, Pallas-3 and Pallas-3 Max are available from 2026-04-28.")
    assert {s for s, _ in attrs(ex, "release_date")} == {"Pallas-3 Mini", "Pallas-3", "Pallas-3 Max"}


def test_past_ranks_are_not_current_and_prose_lists_rank_in_order() -> None:
    text = (
        "Pallas Labs released Pallas-3 this week. On HarborBench, Pallas-3 ranks second. Tessel-2 previously "
        "ranked fourth on HarborBench, and Corvane's Rill-4 landed in sixth place on HarborBench a year ago. "
        "Last month Pallas-3 ranked third on HarborBench.\n\n"
        "On the Pylon leaderboard the order is Rill-4 first, then Tessel-2 and Pallas-3."
    )
    got = {
        (a.subject, a.value, a.qualifier) for a in run(text).attributes if a.attribute == "leaderboard_rank"
    }
    assert got == {
        ("Pallas-3", "2", "HarborBench"),
        ("Rill-4", "1", "Pylon"),
        ("Tessel-2", "2", "Pylon"),
        ("Pallas-3", "3", "Pylon"),
    }


def test_unnamed_statements_take_the_paragraph_subject_or_focus_and_tier_words_their_member() -> None:
    text = (
        "Pallas Labs ships Pallas-3\n\n"
        "Pallas Labs released Pallas-3 on Monday, and Tessel-2 got an update.\n\n"
        "The model activates 9B parameters per token.\n\n"
        "Pallas Labs also sells Rill-4 Pro and Rill-4 Lite. The Lite model supports 128K tokens of context, "
        "and Pro handles 1M tokens.\n\n"
        "Rill-4 Pro is the larger one. The lab describes a model with 40B active parameters."
    )
    ex = run(text)
    assert attrs(ex, "parameters_active") == {("Pallas-3", "9000000000"), ("Rill-4 Pro", "40000000000")}
    assert attrs(ex, "context_window_tokens") == {("Rill-4 Lite", "128000"), ("Rill-4 Pro", "1000000")}


def test_faq_answer_takes_the_question_model_even_when_discovery_only_half_trusts_it() -> None:
    text = (
        "All about the Tovin TX-9 Reasoner\n\nQ: What exactly is TX-9 Reasoner?\n"
        "A: A reasoning model from Tovin. It has 120 billion parameters in total.\n\n"
        "Q: How much can it read?\nA: It ships with a context length of 256k tokens.\n"
    )
    ex = extract(Article(url="https://t.example/q", text=text, title=text.split("\n")[0]))
    assert attrs(ex, "parameters_total") == {("TX-9 Reasoner", "120000000000")}
    assert attrs(ex, "context_window_tokens") == {("TX-9 Reasoner", "256000")}


def test_published_weights_or_checkpoints_are_a_release_but_a_published_post_is_not() -> None:
    text = "Dorrit Labs released Dorrit-5 this spring. The checkpoints were published on 2026-02-17."
    assert attrs(run(text), "release_date") == {("Dorrit-5", "2026-02-17")}
    post = "Dorrit Labs released Dorrit-5 this spring. A blog post was published on 2026-02-17."
    assert attrs(run(post), "release_date") == set()


def test_a_size_token_stands_for_the_family_member_of_that_size() -> None:
    text = (
        "Wren Tiler 12B is a dense model with 12 billion parameters. Its 4B sibling has 3.9 billion "
        "parameters and shipped on 2026-05-20."
    )
    ex = run(text)
    assert attrs(ex, "parameters_total") == {
        ("Wren Tiler 12B", "12000000000"),
        ("Wren Tiler 4B", "3900000000"),
    }
    assert attrs(ex, "release_date") == {("Wren Tiler 4B", "2026-05-20")}


def test_coordinated_models_share_a_capacity_and_the_compared_flagship_is_not_the_subject() -> None:
    text = "On context, Brisk 2 4B and Brisk 2 27B read 128K; the 90B-A12B flagship handles 512K."
    got = attrs(run(text), "context_window_tokens")
    assert got == {("Brisk 2 4B", "128000"), ("Brisk 2 27B", "128000"), ("Brisk 2 90B-A12B", "512000")}
    story = (
        "Nimbel-5 Turbo is out\n\nNimbel released Nimbel-5 Turbo on Monday, a faster take on Nimbel-5.\n\n"
        "The context budget is unchanged from the flagship: a 400K-token window."
    )
    ex = extract(Article(url="https://t.example/t", text=story, title="Nimbel-5 Turbo is out"))
    assert attrs(ex, "context_window_tokens") == {("Nimbel-5 Turbo", "400000")}


def test_a_bare_count_after_a_parameter_count_is_the_same_attribute() -> None:
    text = "Lark-R1-Distill-8B has 8 billion parameters and Lark-R1-Distill-32B has 32 billion."
    got = attrs(run(text), "parameters_total")
    assert got == {("Lark-R1-Distill-8B", "8000000000"), ("Lark-R1-Distill-32B", "32000000000")}


def test_a_name_with_an_ordinal_and_a_board_score_is_a_rank_but_a_rank_on_joining_is_past() -> None:
    text = (
        "On LMArena's text leaderboard, Quill-4 keeps first place at 1,502, with Ressa-2 Max second on 1,497."
        " Dunmore-3 joined the board last Friday in sixth place on a provisional rating."
    )
    got = {
        (a.subject, a.value, a.qualifier) for a in run(text).attributes if a.attribute == "leaderboard_rank"
    }
    assert got == {("Quill-4", "1", "LMArena Text"), ("Ressa-2 Max", "2", "LMArena Text")}


def test_a_capitalised_name_ending_in_index_is_a_board() -> None:
    text = "On the Farrow Reasoning Index, Quill-4 is the No. 2 open-weight model."
    got = {
        (a.subject, a.value, a.qualifier) for a in run(text).attributes if a.attribute == "leaderboard_rank"
    }
    assert got == {("Quill-4", "2", "Farrow Reasoning Index (open models)")}


def test_an_implied_subject_is_not_the_model_the_sentence_compares_with() -> None:
    text = (
        "Halden-4 Turbo undercuts its big brother\n\nBrightmoor released Halden-4 Turbo on Monday.\n\n"
        "Pricing comes in at $1.25 per million input "
        "tokens, roughly a third of what the full Halden-4 costs."
    )
    ex = extract(
        Article(url="https://t.example/p", text=text, title="Halden-4 Turbo undercuts its big brother")
    )
    assert attrs(ex, "price_input_per_mtok") == {("Halden-4 Turbo", "1.25")}


def test_checkpoints_for_a_group_date_each_member() -> None:
    text = (
        "Pell Labs released Pell-2 Mini, Pell-2 and Pell-2 Max. "
        "The checkpoints for all three were published on 2026-02-17."
    )
    got = attrs(run(text), "release_date")
    assert got == {("Pell-2 Mini", "2026-02-17"), ("Pell-2", "2026-02-17"), ("Pell-2 Max", "2026-02-17")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Most read: Inside the race for 1M-token context windows",
        "Pallas-3 arrives as the industry's 1M-token context race heats up.",
        "Pallas-3 lands just as a 2M-token context window becomes the next target.",
    ],
)
def test_generic_and_clutter_context_sizes_are_nobodys(sentence: str) -> None:
    ex = run("Pallas Labs released Pallas-3 this week. It reads 256K tokens.\n\n" + sentence)
    got = {a.value for a in ex.attributes if a.attribute == "context_window_tokens"}
    assert got == {"256000"}


def test_a_published_model_is_released_but_a_published_paper_is_not() -> None:
    ex = run(
        "Corvane published the weights of Ember 2 Large on 3 March 2026. The smaller Ember 2 Lite followed "
        "on 17 March 2026, and Ember 2 Mini was published on 20 March 2026.\n\n"
        "A paper describing Ember 2 Large was published on 5 March 2026."
    )
    assert attrs(ex, "release_date") == {
        ("Ember 2 Large", "2026-03-03"),
        ("Ember 2 Lite", "2026-03-17"),
        ("Ember 2 Mini", "2026-03-20"),
    }


# fixtures in tests/fixtures/nlp/ for attribute shapes of real pages, in our own words: each one exactly
REAL_SHAPES = [
    "132_tarn-shared-specs",  # 'They share', 'Both models' after a grid, '14B active … each', 'from X to Y'
    "133_quorra-unnamed-window",  # a window sentence naming nobody in a one-model section; "expanded to"
    "134_pemberly-suite-ranks",  # "is ranked at the 2nd place" , the board "on 9 benchmarks"
    "135_vesk-built-upon",  # "Built upon the A model, B is …": B is what "It" means afterwards
    "136_brisk-dateline-today",  # a dateline and "Today, we introduce two new family members: A and B"
    "137_kolm-today-releasing",  # a date line alone and "Today, we're releasing A"
    "138_sorrel-card-context-line",  # "Context window: N tokens · Max output" line; "N-token input context"
    "139_wrenna-leads-shapes",  # "A (with B …, 61) leads the X Index", "achieved top ranking"
    "140_holt-sized-member",  # family count whose sized member the article names; "a 30B Mixture of Experts"
    "141_garnet-fragment-count",  # "A is the teacher. 210 billion active parameters, distilled …"
    "142_marl-followed-with",  # "B followed with A (codename …) on <date>", "the latest addition to …—A"
    "143_ostra-hypothetical-sizes",  # "the same cost as a 30B dense model", "several 7B and 9B models"
    "154_nemotron-9-mini-family-line",  # "The smallest model in Lab's Name 9 family" on Name 9 Mini's page
    "155_corvid-vocabulary-not-window",  # "a vocabulary of 200K tokens" is no context window
    "156_corvid-release-pairs",  # "the first release (A, February 3) and the last (B, March 5)"
    "40_corvane-foreign-rank-table",  # a board table with its header in French ('Rang | Modèle | Score Elo')
    "41_pell-bulleted-numbered-board",  # '- 1. Name …' lines under a board named in Portuguese
    "42_brisa-headerless-spec-rows",  # '| Total Parameters | 480B |' rows over a benchmark table
    "43_harlow-card-count-label",  # 'Number of model parameters: 236B' on a model card: the card's model
    "44_tarn-chinese-counts",  # Chinese counts ('总参数 80B', '从1200亿…扩展至3000亿'), names glued
    "45_vela-cjk-dates-context",  # Chinese, Japanese and Swedish release dates; '… tokens 上下文'
    "46_corvane-long-context-item",  # '2M-Token Long Context Window' as a list item on the model's page
    "47_tamsin-speed-of-yardstick",  # 'three times the speed of B, a 2M-token context window': not B's
    "49_corvane-size-is-the-count",  # 'Name 3 400B total / 20B active parameters': the size is the count
    "50_vela-approximate-cells",  # '~1.2T' and '~40B' in a table's parameter columns
    "48_corvane-pair-and-point-version",  # 'shipped on <date> as a pair of models: A and B'; 'Command A 2.5'
    "664_first-in-n-out-of-m-tests",  # 'first place in 9 out of 14 … tests': tests won, not a place on one
    # "Family 4 is …. The Family 4 18B variant … It supports … 96K tokens": the one sized member's window;
    # "released Family 4 on <date>" stays the family's
    "270_a-family-window-on-a-members-page-is-the-members",
    "271_a-card-names-its-unknown-model-at-its-head",  # 'Parameters220B (9B active)' under a head line
    "272_a-rows-notes-cell-and-name-parenthesis",  # '| Name | 96k context, … |', '| **Name (61B)** | … |'
    # flattened tables with a size column: beside benchmark columns ('Model Total Params. B1 B2' over
    # 'Name 11B 48.2 …') and beside one benchmark's percentage ('Variant Parameters … B Score')
    "290_flattened-size-columns-beside-scores",
    # flattened spec lists: sizes in M ('Name 58M 0.3 GB …'), and after a rank in words ('1 Name 62 billion')
    "291_flattened-spec-lists-of-sizes",
    # 'Name (Lab, April 2026)', 'Name (alias id, launched on <date>)', 'Name (the … option shipped in <date>)'
    # date the name; 'Name (as of May 2026)' does not
    "292_a-names-parenthesis-of-parts-with-its-date",
    # '25 million input tokens every two weeks', '60 million tokens monthly', 'cost for 2M context', '₽/1M
    # tokens': tokens used or billed, no window
    "293_tokens-used-or-billed-are-no-window",
    # 'a 600M parameter speech encoder', '0.05B params/block', 'a draft model estimated at 3B parameters': a
    # part's count, not the model's
    "294_a-parts-count-is-not-the-models",
]


@pytest.mark.parametrize("name", REAL_SHAPES)
def test_real_attribute_shapes_are_read_exactly(name: str) -> None:
    path = Path(__file__).parent / "fixtures" / "nlp" / f"{name}.json"
    article, gold = load(path if path.exists() else FIXTURES / f"{name}.json")
    remaining = list(gold["attributes"])
    false = []
    for a in extract(article).attributes:
        hit = next((g for g in remaining if _attr_match(a, g)), None)
        if hit is None:
            false.append((a.subject, a.attribute, a.value))
        else:
            remaining.remove(hit)
    assert not false and not remaining, (false, remaining)


def test_windows_of_lines_possessors_unnamed_variants_and_intervals_are_not_the_models() -> None:
    ex = run(
        "Corvane shipped Ember 5.2 in March as the second release in the Ember 5 line, focused on agent "
        "reliability and a 1M-token context window.\n\n"
        "Pallas-3 tops the coding board with 71.2%, but Nimbus's 2M context window still impresses.\n\n"
        "Tamsin-2 reads 128K tokens. A 512K-context variant shipped alongside the base version.\n\n"
        "Orrin-3 compacts its context every 40k tokens during long agent runs."
    )
    assert attrs(ex, "context_window_tokens") == {("Ember 5.2", "1000000"), ("Tamsin-2", "128000")}


def test_a_family_section_lists_its_member_sizes() -> None:
    ex = run(
        "## Brisa-4\n\nOsric's open family for local use.\n\n"
        "Sizes:       3B, 12B, 48B\nContext:     64K tokens\n\n"
        "## Tamsin-2 Vision\n\nThe multimodal branch ships in 9B and 36B variants for image and text input."
    )
    assert attrs(ex, "parameters_total") == {
        ("Brisa-4 3B", "3000000000"),
        ("Brisa-4 12B", "12000000000"),
        ("Brisa-4 48B", "48000000000"),
        ("Tamsin-2 Vision 9B", "9000000000"),
        ("Tamsin-2 Vision 36B", "36000000000"),
    }


def test_a_model_named_as_where_an_architecture_was_introduced_is_not_it() -> None:
    ex = run(
        "Vesk 2 Thinking arrives\n\n"
        "Vesk 2 Thinking is Marrow AI's most capable open reasoning model so far. Built on the sparse "
        "architecture introduced in Vesk 2, it activates 20 billion parameters per forward pass and supports "
        "a 300K context window."
    )
    assert attrs(ex, "parameters_active") == {("Vesk 2 Thinking", "20000000000")}
    assert attrs(ex, "context_window_tokens") == {("Vesk 2 Thinking", "300000")}


def test_a_name_between_the_date_and_a_passive_release_word_is_the_one_released() -> None:
    ex = run(
        "By early 2026, the Tarsk-5 series pushed further: Tarsk-5 reads 256K tokens and Tarsk-5 leads its "
        "class on agentic coding.\n\n"
        "At the end of April 2026, Tarsk-6 was released, focusing on the feedback that made the model "
        "more stable for long agent runs."
    )
    assert attrs(ex, "release_date") == {("Tarsk-6", "2026-04")}


def test_placing_and_listing_give_ranks_on_a_named_benchmark_board() -> None:
    ex = run(
        "According to the Halvard Analysis benchmark, Pira 3 achieved a score of 48, placing fifth behind "
        "Wrenna 4 and Osk-2.\n\n"
        "Brannock 2 also did well on the Loomwright leaderboard, with its maintainers listing it third among "
        "open models."
    )
    got = {(a.subject, a.value) for a in ex.attributes if a.attribute == "leaderboard_rank"}
    assert ("Pira 3", "5") in got and ("Brannock 2", "3") in got


def test_a_value_with_its_model_in_brackets_and_a_per_million_price_unit() -> None:
    ex = run(
        "Pallas-3 and Tamsin-2 both ship as open weights.\n\n"
        "Context window\n\n"
        "2M tokens (Pallas-3) vs 384K (Tamsin-2).\n\n"
        "$0.30/1M blended (Pallas-3) vs $0.55/1M (Tamsin-2)."
    )
    assert attrs(ex, "context_window_tokens") == {("Pallas-3", "2000000"), ("Tamsin-2", "384000")}


def test_a_versus_pair_of_counts_is_the_subjects_then_the_other_models() -> None:
    ex = run(
        "Compared to Osk-2, Brannock 2 has about half the active parameters (12B vs 25B), and about 60% of "
        "the total parameters (300B vs 500B)."
    )
    assert attrs(ex, "parameters_active") == {("Brannock 2", "12000000000"), ("Osk-2", "25000000000")}
    assert attrs(ex, "parameters_total") == {("Brannock 2", "300000000000"), ("Osk-2", "500000000000")}


def test_the_model_that_recorded_the_highest_score_is_first_on_that_benchmark() -> None:
    ex = run(
        "Scores on TesselBench stay low. According to results released by its maintainers, Pira 3 recorded "
        "the highest score with an accuracy of 41.2%, while Osk-2 scored 33.0%."
    )
    got = {(a.subject, a.value) for a in ex.attributes if a.attribute == "leaderboard_rank"}
    assert got == {("Pira 3", "1")}


def test_the_model_a_series_began_with_is_dated() -> None:
    ex = run("Vantor's reasoning series began with Brin-R1 in March 2026; the idea: more compute.")
    assert attrs(ex, "release_date") == {("Brin-R1", "2026-03")}


def test_a_token_word_after_a_sentence_end_is_not_the_figures_unit() -> None:
    """'for 3 million. Tokens per second…': the dot ends the sentence; only a Russian abbreviation ('тыс.',
    'млн.') carries a dot before its token word."""
    from extractors.facts.attributes import _TOKEN_HINT, CONTEXT_RE

    en = "Vell was tuned for 3 million. Tokens per second reached 90."
    m = CONTEXT_RE.search(en, en.index("3"))
    assert m is not None and m.group("tail") is None
    assert _TOKEN_HINT.search("for 5 millones. Tokens per second reached 90.") is None
    for ru, mag in (("Vell держит до 128 тыс. токенов.", "тыс"), ("Vell держит до 2 млн. токенов.", "млн")):
        m = CONTEXT_RE.search(ru)
        assert m is not None and m.group("mag") == mag and m.group("tail"), ru
        assert _TOKEN_HINT.search(ru) is not None


def test_a_place_with_its_margin_is_a_rank() -> None:
    # 'is a comfortable first', 'sits a narrow second', 'is a clear third': fixture 260
    article, _ = load(FIXTURES / "260_a-place-with-its-margin.json")
    got = attrs(extract(article), "leaderboard_rank")
    assert {("Heron-7", "1"), ("Marten-3", "2"), ("Tansy-2", "3")} <= got
    assert not any(v in ("14", "2025") for _, v in got)  # a count of models, a year


def test_a_size_columns_amount_of_data_or_price_quantity_is_no_parameter_count() -> None:
    """'Name Size …' over '<name> 1.3B tokens …' lists a corpus, '$0.40 per 1M' a price: neither row's figure
    is a parameter count (spec_grids.sized_score_grids)."""
    for text in (
        "Corpora we mixed\n\nName Size Source MMLU Score\n"
        "Drell-Web 1.3B tokens web 45.1%\nDrell-Code 0.4B tokens repos 41.0%",
        "Corpora\n\nName Size Licence\nDrell-Web 8M documents open\nDrell-Code 365M documents open",
        "Prices\n\nModel Params Price\nCorvo-3 Mini $0.40 per 1M\nCorvo-3 Max $4.00 per 1M",
    ):
        assert not attrs(run(text), "parameters_total"), text
    sized = "Sizes\n\nName Size Licence MMMU Score\nCorvo-3 Mini 6B open 44.9%\nCorvo-3 Max 40B open 58.7%"
    got = attrs(run(sized), "parameters_total")
    assert got == {("Corvo-3 Mini", "6000000000"), ("Corvo-3 Max", "40000000000")}


def test_a_part_named_after_the_count_in_another_phrase_leaves_the_models_count() -> None:
    """model_parts: 'has 7B parameters and a vision encoder' names the part in a phrase of its own, and 'the
    7B parameter Name encoder model' is the model itself; both counts are the model's. The part's own count
    stays refused."""
    for text in (
        "Corvo-4 has 7B parameters and a vision encoder trained on 2B images.",
        "The 7B parameter Corvo-4 encoder model tops the retrieval board.",
    ):
        assert attrs(run(text), "parameters_total") == {("Corvo-4", "7000000000")}, text
    part = "Corvo-4 is a 52B parameter model; its 1.3B parameter vision encoder is frozen."
    got = attrs(run(part), "parameters_total")
    assert got == {("Corvo-4", "52000000000")}


def test_a_period_later_in_the_clause_leaves_a_window_written_as_one() -> None:
    """token_volumes: a count the page writes as a window keeps it whatever period the clause names later
    ('… and is updated every month', '… a year ago', 'enough for a year of email'); a volume over a period
    stays refused (fixture 293)."""
    for text in (
        "Pellar-3 supports 1M tokens of context and is updated every month.",
        "Pellar-3 handles 1M tokens of context, twice what it managed a year ago.",
        "Pellar-3 has a context window of 1M tokens, which arrived a week after launch.",
        "Pellar-3 offers a 1M-token context window for every user, weekly limits aside.",
    ):
        assert attrs(run(text), "context_window_tokens") == {("Pellar-3", "1000000")}, text
    volume = "Our desk feeds Pellar-3 about 25 million input tokens every two weeks."
    assert not attrs(run(volume), "context_window_tokens")


def test_written_member_takes_a_cut_short_name_to_the_member_its_evidence_writes() -> None:
    from extractors.facts.sole_members import written_member

    page = {"Vessa 4", "Vessa 4 Lark", "Tamsin Grand", "Tamsin Grand 2.3", "Orvo 7", "Orvo 7 Preview"}
    # the member written without its first part, and a member whose snapshot id repeats the short name
    assert written_member("Vessa 4", "4 Lark reads 80K tokens at once.", page) == "Vessa 4 Lark"
    said = "Tamsin Grand 2.3 (id tamsin-grand-2611) shipped on 9 May 2026."
    assert written_member("Tamsin Grand", said, page) == "Tamsin Grand 2.3"
    # the short name on its own, a release stage, or two members: the name stays as read
    assert written_member("Vessa 4", "Vessa 4 and Vessa 4 Lark both read 80K.", page) == "Vessa 4"
    assert written_member("Orvo 7", "Orvo 7 Preview reads 80K tokens.", page) == "Orvo 7"
    two = page | {"Vessa 4 Wren"}
    assert written_member("Vessa 4", "4 Lark reads 80K tokens at once.", two) == "Vessa 4"
