"""A model written with its lab's name in front and without it is one model for the reconciliation: 'Acme
Zephyr-9' in one article and 'Zephyr-9' in another are compared. Every model name here is invented."""

from __future__ import annotations

from pathlib import Path

from tests.test_reconcile import article, flagged, load_items, score
from warehouse.db import open_warehouse
from warehouse.lab_aliases import lab_aliases


def _labs(tmp_path: Path) -> Path:
    p = tmp_path / "labs.jsonl"
    p.write_text(
        '{"id": "Quillon", "spellings": ["Quillon", "Quillon Labs"]}\n'
        '{"id": "Brightmoor AI", "spellings": ["Brightmoor AI", "Brightmoor"]}\n',
        encoding="utf-8",
    )
    return p


def test_a_short_name_is_the_one_full_name_that_adds_a_lab(tmp_path: Path) -> None:
    names = ["Quillon Vex-2", "Vex-2", "Brightmoor-K7.5", "K7.5", "Quillon Labs/Tarn 3 Mini", "Tarn 3 Mini"]
    assert lab_aliases(names, _labs(tmp_path)) == {
        "Vex-2": "Quillon Vex-2",
        "K7.5": "Brightmoor-K7.5",
        "Tarn 3 Mini": "Quillon Labs/Tarn 3 Mini",
    }


def test_must_nots_are_left_alone(tmp_path: Path) -> None:
    labs = _labs(tmp_path)
    # two labs' models share the short name: which one a page meant is unknown
    assert lab_aliases(["Quillon Vex-2", "Brightmoor Vex-2", "Vex-2"], labs) == {}
    # a tier without a digit is no model of its own
    assert lab_aliases(["Quillon Pro", "Pro"], labs) == {}
    # a name that only starts with a lab's letters ('Quillonix 4') has no lab in front
    assert lab_aliases(["Quillonix 4", "4"], labs) == {}
    # a full name with no short one in the facts, and a name spelt two ways, give nothing
    assert lab_aliases(["Quillon Vex-2", "Quillon-Vex-2"], labs) == {}


def test_the_two_names_figures_meet_in_one_review_item(tmp_path: Path) -> None:
    """Through the pipeline's finalize (the derived aliases, then the reconciliation): the short name's figure
    disagrees with the full name's and the item opens; the public views keep each article's name."""
    from flows.pipeline import finalize

    items = [
        article("l1", [score("OpenAI Zephyr-9", "Pellet-QA", 61.0)]),
        article("l2", [score("Zephyr-9", "Pellet-QA", 48.5)]),
    ]
    with open_warehouse(tmp_path / "wh.duckdb") as con:
        finalize(con, load_items(con, items))
        assert flagged(con) == {("OpenAI Zephyr-9", "Pellet-QA", "setting not stated")}
        names = {r[0] for r in con.execute("SELECT model FROM scores").fetchall()}
        assert names == {"OpenAI Zephyr-9", "Zephyr-9"}


def test_a_bare_version_or_another_labs_release_is_left_alone(tmp_path: Path) -> None:
    labs = tmp_path / "labs.jsonl"
    labs.write_text(
        '{"id": "Pellmore", "spellings": ["Pellmore", "Pellmore Sable"]}\n'
        '{"id": "Ironwick", "spellings": ["Ironwick"]}\n',
        encoding="utf-8",
    )
    # a spelling of the lab that holds the family name leaves only a version after it
    assert lab_aliases(["Pellmore Sable 4", "4", "Pellmore Sable-1.5", "1.5"], labs) == {}
    # a chip maker's name before another lab's model: its own release, not the model
    owners = {"Dorrit-5-40B": "Pellmore", "Lumen Q7": "Pellmore"}.get
    assert lab_aliases(["Ironwick Dorrit-5-40B", "Dorrit-5-40B"], labs, owners) == {}
    assert lab_aliases(["Ironwick Lumen Q7", "Lumen Q7"], labs, owners) == {}
    # the model's own lab in front still joins the two names
    assert lab_aliases(["Pellmore Dorrit-5-40B", "Dorrit-5-40B"], labs, owners) == {
        "Dorrit-5-40B": "Pellmore Dorrit-5-40B"
    }
