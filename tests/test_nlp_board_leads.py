"""First places stated as a lead with its figure (extractors/facts/board_leads.py), and what must not be
read so. Every model, board and figure below is made up for these tests."""

from __future__ import annotations

from extractors.facts.nlp import extract
from schema.records import Article

_TITLE = "Autumn 2026 round-up: brindle coding and voice leaderboards"


def _ranks(body: str) -> set[tuple[str, str]]:
    text = _TITLE + "\nWe track the boards and leaderboards that moved this week.\n\n" + body
    ex = extract(Article(url="https://t.example/leads", text=text, title=_TITLE))
    return {(a.subject, a.value) for a in ex.attributes if a.attribute == "leaderboard_rank"}


def test_a_lead_on_a_known_test_with_its_figure() -> None:
    got = _ranks("On fact recall this month, Kettle-9 Max leads SimpleQA at 47.3%.\n")
    assert ("Kettle-9 Max", "1") in got


def test_top_of_a_test_by_a_fraction() -> None:
    got = _ranks("Notes\n- Sorrel-1.5-MoE-chat tops TruthfulQA at 0.774, ahead of far larger systems.\n")
    assert ("Sorrel-1.5-MoE-chat", "1") in got


def test_a_board_named_in_lowercase_and_a_place_taken_after_it() -> None:
    got = _ranks(
        "With 83.6% on bug fixing, Brisket-2 tops the brindle patch leaderboard; with 52.9% it takes "
        "third on brindle's translation leaderboard with 52.9% as well.\n"
    )
    got |= _ranks("Brisket-2 tops the brindle patch leaderboard at 83.6% this week.\n")
    got |= _ranks("Brisket-2 takes third on the brindle translation leaderboard with 52.9%.\n")
    assert {("Brisket-2", "1"), ("Brisket-2", "3")} <= got


def test_an_arena_led_with_its_elo() -> None:
    got = _ranks("For voice, Kettle-9 Max tops the Brindle Voice Arena with Elo 1,318 after two weeks.\n")
    assert ("Kettle-9 Max", "1") in got


def test_a_task_led_on_a_named_test() -> None:
    got = _ranks("In vision, Kettle-9 Max leads chart reading on MMMU-Pro at 91%, a clear margin.\n")
    assert ("Kettle-9 Max", "1") in got


def test_a_task_led_on_a_test_never_seen() -> None:
    got = _ranks("In video, Sorrel-3 leads clip questions on VQM-Hard at 0.861, the best of the month.\n")
    assert ("Sorrel-3", "1") in got


def test_leads_that_are_no_first_place() -> None:
    """Must not: a figure set against a rival's, a lead held before, a lead by money or counts, a lead over a
    named model, a lead with no test or board."""
    got = _ranks(
        "Kettle-9 Max leads SimpleQA at 47.3% versus Sorrel-3's 46.8%, a narrow gap.\n\n"
        "Sorrel-3 had topped the Brindle Voice Arena with 1,277 Elo before the update.\n\n"
        "Pell-7 leads the pack at $0.40 per million tokens.\n\n"
        "Pell-7 leads SimpleQA with 12 million queries served.\n\n"
        "Pell-7 leads Sorrel-3 on the brindle recall leaderboard at 58%.\n\n"
        "Pell-7 leads GSM8K at 3x the speed of its peers.\n\n"
        "Pell-7 leads most runs on weekdays at 80% load.\n"
    )
    assert not {r for r in got if r[0] in ("Kettle-9 Max", "Sorrel-3", "Pell-7") and r[1] == "1"}


def test_leading_or_heading_not_said_of_the_subject_is_no_place() -> None:
    """Must not: 'leading' as an adjective of other entries, 'heading' as motion."""
    for line in (
        "Nimbus 6 still trails the leading systems on the Brindle coding leaderboard at 44.5%, by a lot.\n",
        "Nimbus 6 holds up against the leading models on the Brindle board with 52.5%, yet sits mid-table.\n",
        "Nimbus 6, heading to the Brindle arena with 3,100 prompts of its own, has a busy month ahead.\n",
    ):
        assert not {r for r in _ranks(line) if r[0] == "Nimbus 6"}, line


def test_a_lead_within_a_group_is_no_first_place() -> None:
    """Must not: first among a size class, among open models or in a tier is no first place on the board."""
    for line in (
        "Nimbus 6 leads the sub-20B class on the Brindle leaderboard at 57.9%, far from the top.\n",
        "Nimbus 6 is the leading open-weights entry in the Brindle index at 66.3, four places down.\n",
        "Among the open models, Nimbus 6 leads map questions on GridQA-X at 0.71.\n",
        "Nimbus 6 leads the budget tier of the Brindle arena with 1,150 Elo.\n",
    ):
        assert not {r for r in _ranks(line) if r[0] == "Nimbus 6"}, line


def test_a_lead_by_a_count_or_a_share_is_no_place() -> None:
    """Must not: a lead in votes, in usage share or in sign-ups, also on a shape-found name or a quarter."""
    for line in (
        "Nimbus 6 leads the Brindle arena with 2,310 votes so far, more than any rival.\n",
        "Nimbus 6 leads request share on RT-Gate at 27%, up from 19% in May.\n",
        "Nimbus 6 leads new accounts on Q3-2027 at 35% of the total.\n",
    ):
        assert not {r for r in _ranks(line) if r[0] == "Nimbus 6"}, line


def test_a_lead_denied_or_only_supposed_is_no_place() -> None:
    """Must not: a lead the sentence denies or sets under a condition."""
    for line in (
        "Nimbus 6 no longer leads map questions on GridQA-X at 0.71, after the spring update.\n",
        "If Nimbus 6 leads map questions on GridQA-X at 0.75 next month, its weights go public.\n",
        "Nimbus 6 does not lead map questions on GridQA-X at 0.66 any more.\n",
    ):
        assert not {r for r in _ranks(line) if r[0] == "Nimbus 6"}, line


def test_the_bare_word_leaderboard_names_no_board() -> None:
    """Must not: 'tops the leaderboard' names no board of its own (the page's board is another reader's)."""
    text = _TITLE + "\nRankings and leaderboards of the week.\n\nNimbus 6 tops the leaderboard at 79.4%.\n"
    ex = extract(Article(url="https://t.example/bare", text=text, title=_TITLE))
    boards = {a.qualifier for a in ex.attributes if a.attribute == "leaderboard_rank"}
    assert "leaderboard" not in boards


def test_a_lead_on_a_bare_test_in_a_comparison_is_no_place() -> None:
    """Must not: a page setting a few models' scores side by side, no board named, states leads on tests."""
    text = (
        "Three assistants, tried side by side\n\nWe ran Kettle-9 Max, Sorrel-3 and Pell-7 for a week.\n\n"
        "Kettle-9 Max leads SimpleQA at 47.3%, while Sorrel-3 leads GSM8K at 93.0%.\n"
    )
    ex = extract(Article(url="https://t.example/side", text=text, title=text.split("\n")[0]))
    assert not [a for a in ex.attributes if a.attribute == "leaderboard_rank"]


def test_a_lead_on_a_known_test_needs_no_figure() -> None:
    """The same reader takes a lead on a benchmark it knows with no figure when 'the', a board's noun after
    the test or a 'first' place goes with it (`board_leads.bench_leads`)."""
    from extractors.facts.board_leads import bench_leads

    assert bench_leads.__module__ == "extractors.facts.board_leads"
    for line, who in (
        ("This week Marl-5 tops the multilingual SimpleQA after its update.\n", "Marl-5"),
        ("Orrin 2 leads the public TruthfulQA leaderboard for a second month.\n", "Orrin 2"),
        ("Tamsin-X placed first on MMMU-Pro in the latest round.\n", "Tamsin-X"),
    ):
        assert (who, "1") in _ranks(line), line


def test_a_known_test_led_in_passing_is_no_place() -> None:
    """Must not: 'leads to', 'tops out at', 'tops all of them', a lead over a named model, a bare test with no
    'the' and no board's noun after it (a score set beside another)."""
    for line in (
        "Marl-5 leads to fewer slips on SimpleQA than last year.\n",
        "Marl-5 tops all of them on SimpleQA for now.\n",
        "Marl-5 tops out at 61% on SimpleQA before it stalls.\n",
        "Marl-5 leads Orrin 2 on SimpleQA by a nose.\n",
        "Marl-5 tops SimpleQA, and Orrin 2 tops GSM8K.\n",
    ):
        assert not {r for r in _ranks(line) if r[0] == "Marl-5"}, line


def test_a_group_word_before_an_abbreviation_still_holds_the_lead_in_its_group() -> None:
    """Must not: the words before the verb are read from where their clause starts, and a 'vs.' or an 'e.g.'
    in brackets ends no clause, so a group or a condition named before it still holds."""
    got = _ranks("Among open-weight systems (vs. the closed ones), Quorra-4 leads SimpleQA at 47.3%.\n")
    got |= _ranks("If rivals slip (e.g. Pell-7 stalls), Quorra-4 leads SimpleQA at 47.3% next week.\n")
    assert ("Quorra-4", "1") not in got
    # the same lead with no group word and no condition keeps its first place
    assert ("Quorra-4", "1") in _ranks("This week (vs. last), Quorra-4 leads SimpleQA at 47.3%.\n")
