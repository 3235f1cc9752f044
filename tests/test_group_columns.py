"""A column of groups before a table's row labels (`group_columns.grouped_labels`): found by its cells'
shape, whatever language the header is in and however few of the labels we know, so each row's figures
stay under their own benchmark; and tables whose first column is their labels are left as they are."""

from __future__ import annotations

from extractors.facts.grids import Grid
from extractors.facts.group_columns import grouped_labels
from extractors.facts.nlp import extract
from schema.records import Article


def _scores(text: str) -> set[tuple[str, str, float]]:
    ex = extract(Article(url="https://t.example/groups", text=text, title=text.split("\n")[0]))
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


def _grid(header: str, *rows: str) -> Grid:
    def cells(line: str) -> tuple[str, ...]:
        return tuple(c.strip() for c in line.split("|"))

    return Grid(cells(header), tuple(cells(r) for r in rows), (), None, "pipe_table")


def test_groups_written_once_in_a_header_of_other_words() -> None:
    # the group's name stands on its first row only, so the rows under it are one cell short (their cells run
    # left, an empty cell at the end); the header is not in English and most row labels are new names
    text = (
        "Halyard-2 model card\n\nHalyard-2 is compared with two open models of its size.\n\n"
        "| Bereich | Prüfung | Halyard-2 | Pennant-5 | Corvid-2.1 |\n|---|---|---|---|---|\n"
        "| Rechnen | GSM8K | 91.2 | 88.0 | 85.5 |\n"
        "| Ledger bench shop | 70.1 | 66.4 | 61.0 | |\n"
        "| Ledger bench travel | 44.0 | 39.5 | 30.2 | |\n"
        "| Programmieren | HumanEval | 82.3 | 79.9 | 75.0 |\n"
        "| Ledger bench phone | 58.6 | 51.7 | 49.3 | |\n"
        "| Patch IF | 33.3 | 29.1 | 21.8 | |\n\n"
        "Halyard-2 leads on every test.\n"
    )
    got = _scores(text)
    assert ("Halyard-2", "GSM8K", 91.2) in got
    assert ("Corvid-2.1", "GSM8K", 85.5) in got
    assert ("Pennant-5", "HumanEval", 79.9) in got
    # no row's figures move under another column: each model has one value per benchmark, its own
    by_pair: dict[tuple[str, str], set[float]] = {}
    for m, b, v in got:
        by_pair.setdefault((m, b), set()).add(v)
    assert all(len(vs) == 1 for vs in by_pair.values()), by_pair
    assert ("Halyard-2", "HumanEval") in by_pair and by_pair[("Halyard-2", "HumanEval")] == {82.3}


def test_the_group_column_goes_and_the_labels_stay() -> None:
    grid = _grid(
        "Área | Prueba | Vale-3 | Tarn-4",
        "Lógica | Quillset | 61.0 | 58.2",
        "Lógica | Orrery-R | 40.5 | 38.8",
        "Lógica | GSM8K | 90.1 | 88.4",
        "Visión | Sextant | 71.4 | 69.9",
        "Visión | Plinth-V | 55.0 | 54.1",
    )
    out = grouped_labels(grid, lambda c: c == "GSM8K")
    assert out.header == ("Prueba", "Vale-3", "Tarn-4")
    assert out.rows[0] == ("Quillset", "61.0", "58.2")


def test_labels_in_the_first_column_are_left_alone() -> None:
    def known(cell: str) -> bool:
        return cell in {"HLE", "GPQA", "AIME 2025"}

    # a benchmark on two rows with a setting beside it: the first column repeats, but it holds the names
    settings = _grid(
        "Benchmark | Setting | Vale-3 | Tarn-4",
        "HLE | no tools | 20.1 | 18.0",
        "HLE | with search | 31.5 | 29.9",
        "GPQA | diamond split | 80.2 | 78.8",
        "AIME 2025 | avg of 8 | 90.0 | 85.5",
    )
    assert grouped_labels(settings, known) == settings
    # labels that do not repeat: no groups to drop
    plain = _grid(
        "Test | Notes | Vale-3 | Tarn-4",
        "Quillset | long form | 61.0 | 58.2",
        "Orrery-R | short | 40.5 | 38.8",
        "Sextant | images | 71.4 | 69.9",
    )
    assert grouped_labels(plain, known) == plain
    # a figure among the leading columns (a rank, a size): not a column of groups
    ranked = _grid(
        "Tier | Size | Vale-3 | Tarn-4",
        "Small | 7B | 61.0 | 58.2",
        "Small | 8B | 40.5 | 38.8",
        "Large | 70B | 71.4 | 69.9",
    )
    assert grouped_labels(ranked, known) == ranked


def test_a_rank_column_with_tied_places_is_no_column_of_groups() -> None:
    # a rank written twice for a tie ('#2 (tied)') repeats down its column as a group would; it is a place,
    # and the places must stay with their models
    grid = _grid(
        "Place | System | Spend | Points",
        "#1 | Orrin Max | 41M | 63",
        "#2 (tied) | Pennant-5 | 97M | 60",
        "#2 (tied) | Halyard 3 (long) | 70M | 60",
        "#4 | Corvid-2.1 | 132M | 58",
    )
    assert grouped_labels(grid, lambda c: c in {"Orrin Max", "Pennant-5", "Corvid-2.1"}) == grid
