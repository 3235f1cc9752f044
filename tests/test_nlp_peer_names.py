"""Names that stand where a page's sure models stand (extractors/facts/peer_names.py), in invented text."""

from __future__ import annotations

import re

from extractors.facts.peer_names import peer_names


def _spans(text: str, name: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]


def _peers(text: str, weak: list[str], sure: list[str]) -> set[str]:
    sure_spans = [span for name in sure for span in _spans(text, name)]
    return set(peer_names(text, {n: _spans(text, n) for n in weak}, sure_spans))


def test_coordinated_with_a_sure_model() -> None:
    text = "Of the entrants, Orrin 7, Tamsel 2.2 and Pelk 5 were run by their own labs."
    assert _peers(text, ["Tamsel 2.2"], ["Orrin 7", "Pelk 5"]) == {"Tamsel 2.2"}
    text = "Orrin 7 reached 40.2% and Tamsel 2.2 36.5% on the hard split."
    assert _peers(text, ["Tamsel 2.2"], ["Orrin 7"]) == {"Tamsel 2.2"}


def test_a_line_shaped_like_the_lines_sure_models_open() -> None:
    text = "Results:\n- 1. Orrin 7 leads (40%)\n- 2. Tamsel 2.2 follows (38%)\n- 3. Pelk 5 is third (31%)\n"
    assert _peers(text, ["Tamsel 2.2"], ["Orrin 7", "Pelk 5"]) == {"Tamsel 2.2"}
    # one sibling line is not a list
    assert _peers(text, ["Tamsel 2.2"], ["Orrin 7"]) == set()


def test_a_name_cut_short_or_a_plain_sentence_is_no_peer() -> None:
    # the next capitalised word belongs to the name: 'Tamsel 2.2' is not what the list names
    text = "Of the entrants, Orrin 7, Tamsel 2.2 Vanta and Pelk 5 were run by their own labs."
    assert _peers(text, ["Tamsel 2.2"], ["Orrin 7", "Pelk 5"]) == set()
    # a bare line that is a sentence is no cell of a board
    text = "Orrin 7\n41\nPelk 5\n39\nPublished 8 May in the journal's spring issue.\n"
    assert _peers(text, ["Published 8"], ["Orrin 7", "Pelk 5"]) == set()
    # the short form of a longer sure name is left to the short-form readers
    text = "Orrin-7-Vision-12B leads; Orrin-7-Vision, Pelk 5 and Dray 2 follow."
    assert _peers(text, ["Orrin-7-Vision"], ["Orrin-7-Vision-12B", "Pelk 5"]) == set()


def test_a_list_item_without_its_own_figure_or_in_another_list_is_no_peer() -> None:
    # 'Spans 4 areas': a count of things, the item gives no score of its own
    text = "Notes:\n- Orrin 7 (40%) leads\n- Pelk 5 (31%) follows\n- Spans 4 areas of work\n"
    assert _peers(text, ["Spans 4"], ["Orrin 7", "Pelk 5"]) == set()
    # the sure models open the items of a list that a heading separates from the weak name's list
    text = "- Orrin 7: 40.1%\n- Pelk 5: 31.0%\nRules of thumb\n- Tamsel 2.2: 38.5%\n"
    assert _peers(text, ["Tamsel 2.2"], ["Orrin 7", "Pelk 5"]) == set()


def test_a_cell_beside_a_sure_model_in_a_table_header_row() -> None:
    # a comparison table's header row lists its columns' models between pipes
    text = "| Test | Orrin 7 | Tamsel2.2-4B | Pelk 5 |\n|---|---|---|---|\n| Quarry | 61.0 | 58.2 | 55.9 |\n"
    assert _peers(text, ["Tamsel2.2-4B"], ["Orrin 7", "Pelk 5"]) == {"Tamsel2.2-4B"}
    # a chain: the weak cell beside the peer is one in turn
    # (a row of group labels may stand between the separator and the first row of figures)
    text = (
        "Task | Orrin 7 | Tamsel2.2-4B | Brell Mini 3 |\n---|---|---|---|\n"
        "Core | |||\nQuarry | 61.0 | 58.2 | 55.9 |\n"
    )
    assert _peers(text, ["Tamsel2.2-4B", "Brell Mini 3"], ["Orrin 7"]) == {"Tamsel2.2-4B", "Brell Mini 3"}


def test_a_body_row_cell_or_a_name_cut_short_in_a_header_is_no_peer() -> None:
    # a figure between two name cells: a body row, the weak name is not beside a sure one
    text = "| Orrin 7 | 61.0 | Cask 12 |\n"
    assert _peers(text, ["Cask 12"], ["Orrin 7"]) == set()
    # the cell's next word belongs to the name: 'Tamsel 2.2' is not the column's whole name
    text = "| Test | Orrin 7 | Tamsel 2.2 Vanta |\n"
    assert _peers(text, ["Tamsel 2.2"], ["Orrin 7"]) == set()


def test_a_size_cell_of_a_body_row_is_no_peer() -> None:
    # 'Orrin 7B' is sure and its short '7B' stands in the next cell: a body row's size, not a header's model
    text = "| Variant | Size | Score |\n|---|---|---|\n| Tamsel-VL-Chat | 7B | 34.9% |\n"
    assert _peers(text, ["Tamsel-VL-Chat"], ["7B"]) == set()


def test_a_header_over_no_scores_or_without_a_separator_is_no_list_of_models() -> None:
    # a table of apps: the rows give prices and words, no scores
    text = "| Feature | Orrin 7 | Notes App 3 |\n|---|---|---|\n| Price | Free | $10 |\n| Sync | yes | no |\n"
    assert _peers(text, ["Notes App 3"], ["Orrin 7"]) == set()
    # a line of pipes with no separator under it is no header
    text = "Orrin 7 | Notes App 3 | 61.0\n"
    assert _peers(text, ["Notes App 3"], ["Orrin 7"]) == set()
