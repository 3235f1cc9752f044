"""bench/real/gold_lint.py: no canonical name of the real corpus's gold is another canonical's alias."""

from bench.real.gold_lint import GOLD, lint, lint_rows


def test_committed_gold_has_no_name_clash() -> None:
    clashes = lint(GOLD)
    assert not clashes, "\n".join(str(c) for c in clashes[:20])


def test_a_family_listed_as_a_members_alias_is_a_clash() -> None:
    rows: list[dict[str, object]] = [
        {"file": "a", "model": "Zephyrine-9 Large", "model_aliases": ["Zephyrine 9"], "benchmark": "B1"},
        {"file": "b", "model": "Zephyrine-9", "model_aliases": [], "benchmark": "B1 (v2)"},
    ]
    (clash,) = lint_rows("scores.jsonl", rows)
    assert (clash.kind, clash.line, clash.name, clash.other_line, clash.other) == (
        "model",
        2,
        "Zephyrine-9",
        1,
        "Zephyrine-9 Large",
    )


def test_claim_subjects_and_objects_share_one_map() -> None:
    rows: list[dict[str, object]] = [
        {"subject": "Orla 2 Pro", "subject_aliases": ["Orla 2"], "object": "Quill 5", "object_aliases": []},
        {"subject": "Quill 5", "subject_aliases": [], "object": "Orla-2", "object_aliases": []},
    ]
    assert [(c.line, c.name) for c in lint_rows("claims.jsonl", rows)] == [(2, "Orla-2")]


def test_a_spelling_of_the_rows_own_name_is_no_clash() -> None:
    rows: list[dict[str, object]] = [
        {"subject": "Orla 2 Pro", "subject_aliases": ["Orla-2-Pro (preview)", "the Orla 2 Pro"]},
        {"subject": "Orla 2", "subject_aliases": []},
    ]
    assert lint_rows("attributes.jsonl", rows) == []


def test_one_alias_under_two_canonicals_is_a_clash() -> None:
    rows: list[dict[str, object]] = [
        {"file": "a", "model": "Brisk-7 Mini", "model_aliases": ["Brisk 7"], "benchmark": "B1"},
        {"file": "b", "model": "Brisk-7 Max", "model_aliases": ["Brisk-7", "Brisk 7 Max"], "benchmark": "B1"},
        {"file": "c", "model": "Brisk-7 Mini", "model_aliases": ["Brisk 7"], "benchmark": "B1"},
    ]
    (clash,) = lint_rows("scores.jsonl", rows)
    assert (clash.kind, clash.line, clash.name, clash.other_line, clash.other) == (
        "model alias",
        2,
        "Brisk-7",
        1,
        "Brisk-7 Max",
    )


def test_an_alias_that_names_nothing_is_reported() -> None:
    rows: list[dict[str, object]] = [
        {"subject": "Brisk-7 Mini", "subject_aliases": ["it", "The model", "ブリスク"]},
    ]
    assert [(c.kind, c.name) for c in lint_rows("attributes.jsonl", rows)] == [
        ("subject generic alias", "it"),
        ("subject generic alias", "The model"),
        ("subject empty alias", "ブリスク"),
    ]
