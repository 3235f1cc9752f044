"""'Both' as a comparison's object after a comparison of two models ('A edges out B, but C tops both'): C is
ahead of A and of B. Invented models and sentences of our own; the must-nots keep a 'both' that names a noun
('tops both benchmarks') or follows no comparison of two models."""

from __future__ import annotations

from tests.extracts import claims

_TITLE = "Notes from the bench"


def _of(text: str) -> set[tuple[str, str, str, str]]:
    return {c[:4] for c in claims(f"{_TITLE}\n{text}")}


def test_both_after_a_comparison_names_its_two_sides() -> None:
    found = _of("Quoll 5 edges out Marten-2 on GSM8K at 71.2%, but Brindle 7 tops both at 73.9%.")
    assert ("Brindle 7", "outperforms", "Quoll 5", "asserts") in found
    assert ("Brindle 7", "outperforms", "Marten-2", "asserts") in found
    found = _of("Quoll 5 beats Marten-2 on coding, and Brindle 7 beats them both.")
    assert {
        ("Brindle 7", "outperforms", "Quoll 5", "asserts"),
        ("Brindle 7", "outperforms", "Marten-2", "asserts"),
    } <= found


def test_both_with_a_noun_or_without_a_comparison_before_names_no_model() -> None:
    found = _of("Quoll 5 beats Marten-2 on coding, and Brindle 7 tops both benchmarks.")
    assert not {c for c in found if c[0] == "Brindle 7"}
    assert not _of("Brindle 7 tops both at 73.9%.")


def test_both_after_two_tests_or_on_a_measure_is_not_the_two_models_lead() -> None:
    # 'both' stands nearer the two tests than the two models
    found = _of("Quoll 5 beats Marten-2 on GSM8K and HumanEval, and Brindle 7 tops both.")
    assert not {c for c in found if c[0] == "Brindle 7"}
    # 'on price' is the clause's own measure, not the test of the comparison before
    found7 = {
        c
        for c in claims(f"{_TITLE}\nQuoll 5 beats Marten-2 on HumanEval, and Brindle 7 beats both on price.")
    }
    assert not {c for c in found7 if c[0] == "Brindle 7" and c[1] == "outperforms"}
