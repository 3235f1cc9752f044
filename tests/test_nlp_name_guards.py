"""Must-nots for the round's name discovery: a language, area or place word after a version is not the
name's last word, nor a capitalised word that opens the next clause; a lower-case id of ordinary words and a
number is no model; a glued header of ordinary nouns and bare numbers names no models."""

from __future__ import annotations

from datetime import UTC, datetime

from extractors.facts.nlp import extract
from schema.records import Article, Extraction


def _run(text: str) -> Extraction:
    title = text.split("\n", 1)[0]
    art = Article(
        url="https://probe.example/g", title=title, text=text, published_at=datetime(2026, 12, 4, tzinfo=UTC)
    )
    return extract(art)


def _names(text: str) -> set[str]:
    ex = _run(text)
    return {s.model for s in ex.scores} | {c.name for c in ex.candidates}


def test_a_language_after_the_version_is_not_the_names() -> None:
    text = (
        "Language checks\n\nIn tests of Halyard 3 Spanish reached 77% on MMLU while Halyard 3 itself "
        "reached 80%.\n"
    )
    ex = _run(text)
    assert "Halyard 3 Spanish" not in {s.model for s in ex.scores} | {c.name for c in ex.candidates}
    assert {(s.model, s.value) for s in ex.scores} == {("Halyard 3", 80.0)}


def test_two_languages_make_no_new_models() -> None:
    text = (
        "Language checks\n\nOn MMLU our runs found Halyard 3 English scored 88.1% and Halyard 3 French "
        "scored 80.2% across the set.\n"
    )
    names = _names(text)
    assert "Halyard 3 English" not in names and "Halyard 3 French" not in names


def test_an_area_word_is_not_the_names() -> None:
    text = (
        "Area checks\n\nIn the latest sweep Halyard 3 Coding reached 70% on SWE-bench Verified while "
        "Halyard 3 Math posted 64% on MATH-500 for the same team.\n"
    )
    names = _names(text)
    assert "Halyard 3 Coding" not in names and "Halyard 3 Math" not in names


def test_a_region_is_not_the_names() -> None:
    text = (
        "Region checks\n\nWithin months Halyard 3 Europe hit 45% of the seats it was offered in the trial.\n"
    )
    assert "Halyard 3 Europe" not in _names(text)


def test_the_subject_of_the_next_clause_is_not_the_names() -> None:
    text = (
        "Customer notes\n\nBy using Halyard 3 Vesk cut costs 40% in a quarter, and after moving to "
        "Halyard 3 Pennant grew its margin 12% over the year.\n"
    )
    names = _names(text)
    assert "Halyard 3 Vesk" not in names and "Halyard 3 Pennant" not in names


def test_an_ordinary_id_on_a_board_is_no_model() -> None:
    text = "Board\n\nOn MMLU the board reads: vale-3-5-quill 61.2%, team-3-backlog 44.1%.\n"
    ex = _run(text)
    assert "team-3-backlog" not in {s.model for s in ex.scores} | {c.name for c in ex.candidates}


def test_ordinary_ids_with_figures_are_no_candidates() -> None:
    text = (
        "Ops log\n\nThe weekly ops log lists release-4-2-hotfix 12 open items, team-3-review 7 items and "
        "rack-12-a 40% load. Images: build-3-linux 310 MB, node-20-alpine 52 MB, python-3-12-slim 48 MB; "
        "the test phone iphone-15-pro-max 87% battery.\n"
    )
    names = _names(text)
    for bad in (
        "release-4-2-hotfix",
        "team-3-review",
        "rack-12-a",
        "build-3-linux",
        "node-20-alpine",
        "python-3-12-slim",
        "iphone-15-pro-max",
    ):
        assert bad not in names, bad


def test_a_glued_header_of_ordinary_nouns_names_no_models() -> None:
    text = (
        "Site survey\n\nWe scored each site's quiz team ourselves.\n\n"
        "Building 7Block 12Tower 3\n"
        "MMLU 71.2 64.0 58.3\n"
        "GPQA Diamond 40.1 35.5 30.2\n"
    )
    names = _names(text)
    assert not names & {"Building 7", "Block 12", "Tower 3"}


def test_a_table_header_of_ordinary_nouns_names_no_models() -> None:
    text = (
        "Site survey\n\nWe scored each site's quiz team ourselves.\n\n"
        "| | Building 7 | Block 12 | Tower 3 |\n"
        "|---|---|---|---|\n"
        "| MMLU | 71.2 | 64.0 | 58.3 |\n"
        "| GPQA Diamond | 40.1 | 35.5 | 30.2 |\n"
    )
    models = {s.model for s in _run(text).scores}
    assert not models & {"Building 7", "Block 12", "Tower 3"}


def test_a_table_header_of_new_names_the_page_also_writes_is_read() -> None:
    text = (
        "Site survey\n\nWe compared Orrin 4 with Tarn 3 on two tests.\n\n"
        "| | Orrin 4 | Tarn 3 | Vale 2 |\n"
        "|---|---|---|---|\n"
        "| MMLU | 71.2 | 64.0 | 60.1 |\n"
        "| GPQA Diamond | 40.1 | 35.5 | 33.0 |\n"
    )
    assert ("Orrin 4", 71.2) in {(s.model, s.value) for s in _run(text).scores}


def test_a_word_the_page_writes_on_its_own_is_not_the_names() -> None:
    text = (
        "Customer notes\n\nThe shipping firm Pennant runs its desk on Halyard 3. "
        "Last month Halyard 3 Pennant "
        "logged 12% fewer escalations on our checks.\n"
    )
    assert "Halyard 3 Pennant" not in _names(text)
