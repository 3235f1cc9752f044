"""Names no list knows, found by where the sentence puts them (extractors/facts/name_cues.py): the rival of
a comparison, a name with 'a score of' after it, a name with its maker after 'released by'. Invented names
throughout."""

from __future__ import annotations

from extractors.facts.discovery import discover
from extractors.facts.name_cues import made_by_after, rival_before, score_of_after
from extractors.facts.nlp import extract
from schema.records import Article


def _conf(text: str) -> dict[str, float]:
    return {c.name: c.confidence for c in discover(text, [])}


def _scores(text: str) -> set[tuple[str, str, float]]:
    ex = extract(Article(url="https://example.org/a", text=text))
    return {(s.model, s.benchmark, s.value) for s in ex.scores}


def test_the_rival_of_a_comparison_is_a_model() -> None:
    text = "On the Q-Set suite, Tamsin 4 beats Orrin Vale 2.6 (64.1% vs 57.2%) at a tenth of the price."
    assert _conf(text)["Orrin Vale 2.6"] >= 0.5
    assert ("Orrin Vale 2.6", "GPQA Diamond", 57.2) in _scores(
        "Tamsin 4 beats Orrin Vale 2.6 on GPQA Diamond (64.1% vs 57.2%) while costing less."
    )
    assert rival_before("the new release pulls well ahead of ")
    assert rival_before("it edged past ")
    assert rival_before("which is ahead of the ")


def test_a_score_with_its_noun_after_a_name() -> None:
    text = "The strongest entry on DRP-Hard is Orrin Vale 3.5, with a score of 62.8 out of 100."
    assert _conf(text)["Orrin Vale 3.5"] >= 0.5
    assert score_of_after(", with a score of 62.8", 0)
    assert score_of_after(" at an accuracy of 77.9%", 0)
    assert score_of_after(" at a mean score of 7.1", 0)


def test_a_maker_after_a_participle() -> None:
    text = "The pick for code is Pell Wright 2.5, released by Halden Labs in June."
    assert _conf(text)["Pell Wright 2.5"] >= 0.5
    assert _conf("The pick is Pell Wright 2.5 (9B), developed by Halden.")["Pell Wright 2.5"] >= 0.5
    assert made_by_after(", trained by Orbis on web text", 0) is not None


def test_what_the_cues_leave_alone() -> None:
    # a phone compared in passing: one weak cue is not enough for a bare word and number
    assert _conf("Its battery life beats Pixel 9 by an hour.").get("Pixel 9", 0.0) < 0.5
    # a rival shape with a proper word after it may be a longer name ('Pell 4 Sable'): no cue for its start
    assert _conf("In our runs Tamsin 4 beat Pell 4 Sable on GPQA Diamond.").get("Pell 4", 0.0) < 0.5
    # 'over' and 'against' are no comparison here; a score noun without 'of' and a figure is no score
    assert not rival_before("we ran it against ")
    assert not rival_before("the update rolled out over ")
    assert not score_of_after(", with a score that nobody reported", 0)
    assert made_by_after(", released by the way, last spring", 0) is None
    # a person is no maker's participle phrase: the cue only counts where a name shape stands before it
    assert _conf("The report was written by Ada Quist, released by Halden.").get("Ada Quist", 0.0) < 0.5


def test_no_maker_or_score_cue_for_what_a_model_is_run_on() -> None:
    # the name after 'on' is what the page's model was run on: its maker and its score are a test's
    ran = (
        "Sorrel 2 notes\n\nSorrel 2 posts 63.5% on MazeRun. When run on Quillmark 4, released by the Lantern "
        "Data Circle, it lands at 38.0%."
    )
    assert not {s for s in _scores(ran) if s[0] == "Quillmark 4"}
    scored = (
        "Sorrel 2 notes\n\nSorrel 2 posts 63.5% on MazeRun. "
        "On Quillmark 4, with an accuracy of 52.5%, it beats every open entry there."
    )
    assert not {s for s in _scores(scored) if s[0] == "Quillmark 4"}
    text = "tried on Quillmark 4, with an accuracy of 52.5%"
    assert not score_of_after(text, text.index(","), text.index("Q"))
    assert score_of_after(text, text.index(","))  # (where the name starts is not given: the cue holds)
    text = "run on Quillmark 4, released by the Lantern Data Circle"
    assert made_by_after(text, text.index(","), text.index("Q")) is None
