"""A single board named once above its rows, by the subject of the page's opening sentence or by the head of
its title (extractors/facts/opening_boards.py), and what must not be read so. Own words and invented names."""

from __future__ import annotations

from extractors.facts.nlp import extract
from schema.records import Article

_RANKED = (
    "| # | Model | Maker | Score |\n|---|---|---|---|\n"
    "| 01 | GPT-4o | OpenAI | 71.5 |\n| 02 | Claude 3.5 Sonnet | Anthropic | 66.0 |\n"
    "| 03 | Gemini 1.5 Pro | Google | 58.25 |\n"
)


def _extract(text: str) -> tuple[set[tuple[str, str, float]], set[tuple[str, str, str]]]:
    ex = extract(Article(url="https://t.example/board", text=text))
    scores = {(s.model, s.benchmark, s.value) for s in ex.scores}
    ranks = {
        (a.subject, str(a.value), a.qualifier or "")
        for a in ex.attributes
        if a.attribute == "leaderboard_rank"
    }
    return scores, ranks


def test_an_acronym_opening_the_first_sentence_names_the_board() -> None:
    text = (
        "Errands that take a browser, a spreadsheet and some patience.\n"
        "KORVALD gives an agent a chore to finish and checks the single answer it returns. Each chore needs "
        "a few steps in a row.\n" + _RANKED
    )
    scores, ranks = _extract(text)
    assert {("GPT-4o", "KORVALD", 71.5), ("Gemini 1.5 Pro", "KORVALD", 58.25)} <= scores
    assert ("Claude 3.5 Sonnet", "2", "KORVALD") in ranks


def test_the_named_arena_opening_a_sentence_over_a_rating_table() -> None:
    text = (
        "Narration standings, updated every Sunday night.\n"
        "The Quillon Arena keeps an Elo-style figure for each narrator after thousands of blind votes.\n"
        "| Place | Model | Elo |\n|---|---|---|\n| 1 | Claude 3.5 Sonnet | 1311 |\n| 2 | GPT-4o | 1296 |\n"
        "| 3 | Gemini 1.5 Pro | 1262 |\n"
    )
    scores, _ranks = _extract(text)
    assert {("GPT-4o", "Quillon Arena", 1296.0), ("Gemini 1.5 Pro", "Quillon Arena", 1262.0)} <= scores


def test_the_head_of_a_title_with_its_edition_over_a_list() -> None:
    text = (
        "Dunmore Memory Benchmark 2032 - standings after round two\n"
        "Every assistant answered 2,400 questions about old chats; the share it got right is below.\n"
        "* Gemini 1.5 Pro - 83.6%\n* GPT-4o - 80.2%\n* Claude 3.5 Sonnet - 74.9%\n"
    )
    scores, _ranks = _extract(text)
    assert ("GPT-4o", "Dunmore Memory Benchmark", 80.2) in scores
    assert ("Gemini 1.5 Pro", "Dunmore Memory Benchmark", 83.6) in scores


def test_a_benchmark_named_in_passing_after_the_rows_does_not_take_them() -> None:
    text = (
        "A board for agents that run shell commands.\n"
        "Skiffline Bench drops an agent into a fresh machine and asks it to fix a broken build.\n"
        + _RANKED
        + "Agents that do well here tend to do well on MMLU-Pro style quizzes too, though the two differ.\n"
    )
    scores, _ranks = _extract(text)
    assert ("GPT-4o", "Skiffline Bench", 71.5) in scores
    assert not any(b == "MMLU-Pro" for _m, b, _v in scores)


def test_no_board_below_the_name_is_no_board() -> None:
    """Must not: an acronym opening a sentence on a page that lays out no rows of figures."""
    text = (
        "A short note.\nKORVALD gives an agent a chore and checks the answer. GPT-4o did well on it, by all "
        "accounts, and the makers plan a second round next spring.\n"
    )
    scores, _ranks = _extract(text)
    assert not any(b == "KORVALD" for _m, b, _v in scores)


def test_a_known_benchmark_above_the_rows_keeps_them() -> None:
    """Must not: the opening subject does not take a board whose rows follow a known benchmark's name."""
    text = (
        "Errands that take a browser.\n"
        "KORVALD gives an agent a chore to finish. Below, the same agents on MMLU-Pro instead.\n" + _RANKED
    )
    scores, _ranks = _extract(text)
    assert not any(b == "KORVALD" for _m, b, _v in scores)
    assert ("GPT-4o", "MMLU-Pro", 71.5) in scores


def test_titles_and_openers_that_name_no_board() -> None:
    """Must not: a title whose head goes on past the benchmark's word, a sentence opened by a plain word the
    page also writes in lower case, the bare word 'Benchmark', a model or a lab as the subject."""
    for top in (
        "Halvard 5 Benchmark Predictions: What To Expect\nSome guesses.\n",
        "Notes on agents\nWHEN agents fail, when they stall, they cost money.\n",
        "Benchmark: how we test\nSome words on method.\n",
        "OpenAI ships a new model\nOpenAI releases its figures below.\n",
        "GPT-4o leads again\nGPT-4o tops the chart this week.\n",
    ):
        scores, _ranks = _extract(top + _RANKED)
        benches = {b for _m, b, _v in scores}
        assert not benches & {"Halvard 5 Benchmark", "WHEN", "Benchmark", "OpenAI", "GPT-4o"}, (top, scores)


def test_a_board_in_aligned_columns_is_a_board_too() -> None:
    """The rows below the name may reach us as aligned columns instead of pipes (a table the layout
    recovers): the name above them is still their board."""
    text = (
        "Errands that take a browser, a spreadsheet and some patience.\n"
        "KORVALD gives an agent a chore to finish and checks the single answer it returns.\n\n"
        "#    Model               Maker       Score\n"
        "01   GPT-4o              OpenAI      71.5\n"
        "02   Claude 3.5 Sonnet   Anthropic   66.0\n"
        "03   Gemini 1.5 Pro      Google      58.25\n"
    )
    scores, _ranks = _extract(text)
    assert {("GPT-4o", "KORVALD", 71.5), ("Gemini 1.5 Pro", "KORVALD", 58.25)} <= scores


def test_a_board_one_cell_per_line_or_flattened() -> None:
    """Rows that reach us one cell per line, or flattened to single spaces, are a board under the name."""
    intro = (
        "Errands that take a browser, a spreadsheet and some patience.\n"
        "KORVALD gives an agent a chore to finish and checks the single answer it returns.\n\n"
    )
    rows = [("01", "GPT-4o", "OpenAI", "71.5"), ("02", "Claude 3.5 Sonnet", "Anthropic", "66.0")]
    rows.append(("03", "Gemini 1.5 Pro", "Google", "58.25"))
    cells = "#\nModel\nMaker\nScore\n" + "".join("\n".join(r) + "\n" for r in rows)
    flat = "# Model Maker Score\n" + "".join(" ".join(r) + "\n" for r in rows)
    for board in (cells, flat):
        scores, _ranks = _extract(intro + board)
        assert {("GPT-4o", "KORVALD", 71.5), ("Gemini 1.5 Pro", "KORVALD", 58.25)} <= scores, board


def test_lines_closing_on_years_are_no_board() -> None:
    """Must not: three short lines closing on a year (a timeline) lay out no board under an opening name."""
    text = (
        "A short history.\nKORVALD gives an agent a chore and checks the answer it returns.\n\n"
        "First public round in 2029\nSecond round in 2030\nThird round in 2031\n"
        "GPT-4o did well, at 71.5 by most counts, the makers say.\n"
    )
    scores, _ranks = _extract(text)
    assert not any(b == "KORVALD" for _m, b, _v in scores)


def test_a_sentence_defining_the_name_as_a_test_outranks_one_named_in_passing_above_it() -> None:
    """A name the opening sentence defines as a test ('<name> is an evaluation of …') takes the rows, over
    a known test the line above mentions as an aside (the name may open in lower case when a capital
    follows)."""
    text = (
        "Earlier checks, MMLU-Pro among them, never asked a model to read a picture.\n"
        "quillQA is an evaluation of how well a model reads hand-drawn transit maps.\n" + _RANKED
    )
    scores, _ranks = _extract(text)
    assert {("GPT-4o", "quillQA", 71.5), ("Gemini 1.5 Pro", "quillQA", 58.25)} <= scores
    assert not any(b == "MMLU-Pro" for _m, b, _v in scores)


def test_a_test_named_above_an_opener_that_defines_nothing_keeps_the_rows_from_it() -> None:
    """Must not: without a definition, a known test named above the opening subject still bars the name."""
    text = (
        "Earlier checks, MMLU-Pro among them, never asked a model to read a picture.\n"
        "KORVALD gives an agent a chore to finish and checks the answer.\n" + _RANKED
    )
    scores, _ranks = _extract(text)
    assert not any(b == "KORVALD" for _m, b, _v in scores)


def test_a_readers_column_a_price_index_or_a_poll_is_no_board() -> None:
    lists = "\n\n- Corvane 3 — 512\n- Tessel-7 — 200\n- Brinwood 4 — 64\n"
    pages = [
        # a readers' questions column over a list of context sizes
        "Reader QA: what you asked about long inputs\n\nYou wanted to know how much text each model takes "
        "in. The answers, in thousands of tokens:" + lists,
        # an index of what tokens cost: prices, no scores
        "Spring price check\n\nThe Compute Cost Index follows what teams spend per million input tokens."
        + lists,
        # a poll's shares of answers
        "Dunmere Index - the half-year poll\n\nDUNMERE polls engineers about the assistants they rely on. "
        "Share of answers:" + lists,
    ]
    for text in pages:
        scores, _ranks = _extract(text)
        assert not any(v in (512.0, 200.0, 64.0) for _m, _b, v in scores), text
