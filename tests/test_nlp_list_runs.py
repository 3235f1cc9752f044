"""A list of new names and its list of figures (extractors/facts/list_runs.py, peer_names.py), in invented
text: one sure member makes the whole list peers; figures no order pairs with the names go to nobody."""

from __future__ import annotations

import re

from extractors.facts import nlp
from extractors.facts.peer_names import peer_names
from schema.records import Article


def _scores(text: str) -> set[tuple[str, str, float]]:
    ex = nlp.extract(Article(url="file:///lists", text=text))
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


def _spans(text: str, name: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(name), text)]


def test_a_peer_makes_its_own_neighbour_a_peer() -> None:
    text = "Once the dust settled, Brantor 2, Quillon 3, Dorsel 4 and Veltra 5 had all been scored."
    weak = {n: _spans(text, n) for n in ("Brantor 2", "Quillon 3", "Dorsel 4")}
    assert set(peer_names(text, weak, _spans(text, "Veltra 5"))) == {"Brantor 2", "Quillon 3", "Dorsel 4"}
    # the list ends where the separators end: a name in the next clause is no member
    text = "Quillon 3 and Veltra 5 were scored; Brantor 2 was not."
    weak = {n: _spans(text, n) for n in ("Brantor 2", "Quillon 3")}
    assert set(peer_names(text, weak, _spans(text, "Veltra 5"))) == {"Quillon 3"}


def test_a_list_of_new_names_pairs_with_its_figures() -> None:
    text = (
        "The numbers are out. Brantor 2, Quillon 3 and Veltra 5 scored 71.2%, 68.4% and 80.1% "
        "on GPQA Diamond."
    )
    assert _scores(text) == {
        ("Brantor 2", "GPQA Diamond", 71.2),
        ("Quillon 3", "GPQA Diamond", 68.4),
        ("Veltra 5", "GPQA Diamond", 80.1),
    }


def test_figures_no_order_pairs_go_to_nobody() -> None:
    # a member not read as a name: three figures, two names read; none goes to the last name
    text = "Brantor, Quillon 3 and Veltra 5 scored 71.2%, 68.4% and 80.1% on GPQA Diamond."
    assert _scores(text) == set()
    # two names, three figures
    text = "Quillon 3 and Veltra 5 scored 71.2%, 68.4% and 80.1% on GPQA Diamond."
    assert _scores(text) == set()


def test_must_not_take_plain_words_or_drop_a_paired_list() -> None:
    # a plain word and a number is no list member made a model
    for word in ("Chapter 3", "Windows 11", "Update 2"):
        text = f"{word}, Quillon 3 and Veltra 5 scored 71.2%, 68.4% and 80.1% on GPQA Diamond."
        assert not any(model == word for model, _b, _v in _scores(text)), word
    # a benchmark's shape is no member either
    text = "Tarn-Bench 2, Quillon 3 and Veltra 5 scored 71.2%, 68.4% and 80.1% on GPQA Diamond."
    assert not any(model == "Tarn-Bench 2" for model, _b, _v in _scores(text))
    # a date opening the sentence is no missing member: the two names keep their two figures
    text = "In March 2025, Quillon 3 and Veltra 5 scored 71.2% and 80.1% on GPQA Diamond."
    assert _scores(text) == {("Quillon 3", "GPQA Diamond", 71.2), ("Veltra 5", "GPQA Diamond", 80.1)}
    # one name's own figure in parentheses stays its own
    text = "Veltra 5 (71.2%) and Quillon 3 (60.5%) were run on GPQA Diamond."
    assert _scores(text) == {("Veltra 5", "GPQA Diamond", 71.2), ("Quillon 3", "GPQA Diamond", 60.5)}
