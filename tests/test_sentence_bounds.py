"""Sentence bounds inside a segment (`sentence_bounds`): where the sentence holding a position starts and
ends. The texts are our own, with invented model names."""

from __future__ import annotations

from extractors.facts.sentence_bounds import sentence_end, sentence_start

_TEXT = "Quillon 3 arrived on Monday. It beats Marrow-7 on Tessel. Ferrick 2 trails both."


def _at(word: str) -> int:
    return _TEXT.index(word)


def test_sentence_start_is_after_the_last_stop_before_the_position() -> None:
    assert sentence_start(_TEXT, 0, _at("Marrow-7")) == _at("It beats")
    assert sentence_start(_TEXT, 0, _at("both")) == _at("Ferrick")
    assert sentence_start(_TEXT, 0, _at("Monday")) == 0  # the first sentence: the segment's start


def test_sentence_start_never_before_the_given_start() -> None:
    assert sentence_start(_TEXT, _at("beats"), _at("Tessel")) == _at("beats")


def test_a_stop_right_at_the_position_does_not_start_a_sentence_there() -> None:
    # the stop needs the capital after it, which lies past `at`: the sentence is still the one before
    assert sentence_start(_TEXT, 0, _at("Ferrick")) == _at("It beats")


def test_sentence_end_is_the_next_stop() -> None:
    assert _TEXT[: sentence_end(_TEXT, _at("beats"), len(_TEXT))].endswith("on Tessel")
    assert sentence_end(_TEXT, _at("trails"), len(_TEXT)) == len(_TEXT)


def test_abbreviations_and_decimals_do_not_end_a_sentence() -> None:
    for text in (
        "Quillon 3 vs. Marrow-7 is close. Ferrick 2 trails.",
        "Small models, e.g. Marrow-7, run fast. Ferrick 2 trails.",
        "Quillon 3.5 scores 71.2 on Tessel. Ferrick 2 trails.",
    ):
        assert sentence_start(text, 0, text.index("trails")) == text.index("Ferrick")
        assert sentence_start(text, 0, text.index("Ferrick") - 3) == 0


def test_a_heading_glued_to_its_sentence_is_a_bound() -> None:
    text = "Where it stands on coding.Quillon 3 leads Tessel."
    assert sentence_start(text, 0, text.index("leads")) == text.index("Quillon")
