"""A subject-less comparison borrows the page's own model: when its family's members (Pro, Flash) are named
only further down the page, and when the word opening the clause is a benchmark with its score or the
model's maker reporting on it. Invented models and sentences of our own; the must-nots keep out a page that
names two members first, a roundup with no model of its own, a line after a paragraph about a rival, an
unknown capitalised word, and a lab that is not the model's maker."""

from __future__ import annotations

from extractors.facts.nlp import extract
from schema.records import Article


def claims(text: str) -> set[tuple[str, str, str]]:
    ex = extract(Article(url="https://t.example/implied", text=text, title=text.split("\n")[0]))
    return {(c.subject, c.relation, c.object or "") for c in ex.claims}


def _about(subject: str, found: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {c for c in found if c[0] == subject and c[2] == "Tesmer-12"}


_MEMBERS_LATER = "\n".join(
    [
        "Quillon 4 lands for developers",
        "Quillon 4 is the new open model from the Harrow lab, trained on a fresh code mix.",
        "Highlights",
        "- Beats Tesmer-12 by 6 points on LiveCodeBench",
        "- Ships under a permissive licence",
        "Sizes",
        "| Model | Context |",
        "| Quillon 4 Pro | 256K |",
        "| Quillon 4 Flash | 128K |",
    ]
)


def test_family_kept_while_its_members_come_later() -> None:
    assert _about("Quillon 4", claims(_MEMBERS_LATER)) == {("Quillon 4", "outperforms", "Tesmer-12")}


def test_two_members_named_first_leave_the_family_out() -> None:
    text = "\n".join(
        [
            "Quillon 4 Pro and Quillon 4 Flash compared",
            "We ran Quillon 4 Pro and Quillon 4 Flash, the two sizes of Quillon 4, through our code tasks.",
            "Highlights",
            "- Beats Tesmer-12 by 6 points on LiveCodeBench",
        ]
    )
    assert not _about("Quillon 4", claims(text))


def test_roundup_without_a_model_of_its_own_borrows_none() -> None:
    text = "\n".join(
        [
            "This week in open models",
            "Three labs shipped checkpoints: Quillon 4, Varrow 2 and Pellin 7 all arrived on Tuesday.",
            "Highlights",
            "- Beats Tesmer-12 by 6 points on LiveCodeBench",
        ]
    )
    assert not {c for c in claims(text) if c[2] == "Tesmer-12"}


def test_benchmark_with_its_score_leaves_the_page_model_as_subject() -> None:
    text = "\n".join(
        [
            "Quillon 4 lands for developers",
            "Quillon 4 is the new open model from the Harrow lab, trained on a fresh code mix.",
            "LiveCodeBench 71.2 beats Tesmer-12 (64.0), a clear step for an open model.",
        ]
    )
    assert _about("Quillon 4", claims(text)) == {("Quillon 4", "outperforms", "Tesmer-12")}


def test_unknown_capitalised_lead_is_left_alone() -> None:
    text = "\n".join(
        [
            "Quillon 4 lands for developers",
            "Quillon 4 is the new open model from the Harrow lab, trained on a fresh code mix.",
            "Zentrax 71.2 beats Tesmer-12 (64.0), a clear step for an open model.",
        ]
    )
    assert not _about("Quillon 4", claims(text))


def test_line_after_a_paragraph_about_a_rival_borrows_nothing() -> None:
    text = "\n".join(
        [
            "Quillon 4 lands for developers",
            "Quillon 4 is the new open model from the Harrow lab, trained on a fresh code mix.",
            "Meanwhile Brisk-7 from a rival lab shipped a week earlier with a larger context window.",
            "Brisk-7 also leads the speed chart by a wide margin.",
            "LiveCodeBench 71.2 beats Tesmer-12 (64.0).",
        ]
    )
    assert not _about("Quillon 4", claims(text))


def _maker_page(lab: str) -> str:
    return "\n".join(
        [
            "Gemini 9 Nova arrives",
            "Gemini 9 Nova is the newest model of the Gemini line, tuned for long documents.",
            f"{lab} reports a recall of 88% on its long-document test, a 12% gain over Tesmer-12.",
        ]
    )


def test_the_makers_report_keeps_its_model_as_subject() -> None:
    assert _about("Gemini 9 Nova", claims(_maker_page("Google"))) == {
        ("Gemini 9 Nova", "outperforms", "Tesmer-12")
    }


def test_another_labs_report_borrows_nothing() -> None:
    assert not _about("Gemini 9 Nova", claims(_maker_page("Meta")))


_OWNED = [
    # another model's score between the figure and the verb
    "On the shared leaderboard, LiveCodeBench 73.5 (Corvan 6) beats Tesmer-12 (61.0).",
    # the figure belongs to someone named after the object
    "Side note: LiveCodeBench 73.5 beats Tesmer-12 (61.0) for Corvan 6, the strongest rival we ran.",
    # a human baseline owns the figure
    "LiveCodeBench 88.4 for expert programmers beats Tesmer-12 (61.0) and each model we tried.",
]


def test_a_figure_owned_by_someone_else_lends_the_page_model_nothing() -> None:
    for line in _OWNED:
        text = "\n".join(
            [
                "Quillon 4 lands for developers",
                "Quillon 4 is the new open model from the Harrow lab, trained on a fresh code mix.",
                line,
            ]
        )
        assert not _about("Quillon 4", claims(text)), line
