"""A word glued before a model's name where text extraction dropped a cell's edge (a table's corner, a row's
label, the tier closing the name before it) is no part of the name (extractors.facts.glued_leads), nor is
the next cell's family word glued after it. Camel-cased names, names we know, labels of spec rows and
product words after a label stay as they are."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from extractors.facts.discovery import discover
from extractors.facts.glued_leads import glued_lead, glued_tail
from extractors.facts.nlp import extract
from schema.records import Article


def _extracted(text: str) -> tuple[set[tuple[str, str, float]], set[tuple[str, str, str]]]:
    when = datetime(2026, 12, 5, tzinfo=UTC)
    art = Article(url="https://probe.example/glued", title="Bench notes", text=text, published_at=when)
    got = extract(art)
    return (
        {(s.model, s.benchmark, s.value) for s in got.scores},
        {(a.subject, a.attribute, a.value) for a in got.attributes},
    )


# a glued header whose second name carries the first one's tier in front of it
_TIER_GLUED = (
    "We put the two newest Tarnwick models side by side.\n\n"
    "BenchmarkTarnwick 7.5 SwiftTarnwick 7.1 Pro\n"
    "Quarry Reasoning76.2%70.3%\n"
    "Loom Atlas83.6%78.2%\n\n"
    "Tarnwick 7.5 Swift is the quick one; Tarnwick 7.1 Pro is the careful one.\n"
)

# a spec sheet whose corner word ran into the first model's name
_LABEL_GLUED = (
    "How the two Orlet releases compare on paper.\n\n"
    "ItemOrlet 6 Scout (17Bx16E)Orlet 6 Heron (17Bx128E)\n"
    "Total parameters109B400B\n"
    "Context window10M1M\n\n"
    "Orlet 6 Scout fits one card, Orlet 6 Heron needs a rack.\n"
)


def test_a_tier_glued_before_the_next_name_is_cut_off() -> None:
    scores, _ = _extracted(_TIER_GLUED)
    assert {
        ("Tarnwick 7.5 Swift", "Quarry Reasoning", 76.2),
        ("Tarnwick 7.1 Pro", "Quarry Reasoning", 70.3),
        ("Tarnwick 7.5 Swift", "Loom Atlas", 83.6),
        ("Tarnwick 7.1 Pro", "Loom Atlas", 78.2),
    } <= scores
    assert not any(m.startswith("Swift") for m, _b, _v in scores)


def test_a_corner_word_glued_before_the_first_name_is_cut_off() -> None:
    _, attrs = _extracted(_LABEL_GLUED)
    assert ("Orlet 6 Scout", "parameters_total", "109000000000") in attrs
    assert not any(s.startswith("Item") for s, _a, _v in attrs)


@pytest.mark.parametrize(
    ("text", "name", "start", "cut"),
    [
        ("FeatureVelm 3 Pro\nVelm 3 leads.", "FeatureVelm 3 Pro", 0, 7),  # a row label opening its line
        ("  • AcmeVelm 2 Mini\nVelm 2 ships.", "AcmeVelm 2 Mini", 4, 4),  # a maker's word, a bullet
        ("Velm 4.5 FlashVelm 4.1 Pro\nVelm 4 is out.", "FlashVelm 4.1 Pro", 9, 5),  # a tier after a version
        # a maker's word before a name whose line goes on with a unit cell
        ("  • KestrelVelm 5 Heavy40 steps\n    61%\nVelm 5 ships.", "KestrelVelm 5 Heavy40", 4, 7),
    ],
)
def test_glued_lead(text: str, name: str, start: int, cut: int) -> None:
    assert glued_lead(text, name, start) == cut


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        # a camel-cased brand the page writes on its own ('ChatVelm is …'): one word, not a glued one
        ("ChatVelm-4o leads.\nChatVelm is popular. Velm 4 too.", "ChatVelm-4o", 0),
        # inside a line, after a cell's edge that text extraction kept ('| 06 | StyleVox 2 |')
        ("| 06 | StyleVox 2 | Open |\nVox 1 is old.", "StyleVox 2", 7),
        # no version after the seam: a label and a plain word ('LicenseApache' never holds one)
        ("FeatureVelm Large\nVelm Large ships.", "FeatureVelm Large", 0),
        # a word that never opens a name after the seam ('LicenseApache-2.0')
        ("LicenseApache-2.0 (open weights)\nApache 2.0 is a licence.", "LicenseApache-2.0", 0),
        # the family word never written on its own on the page
        ("ProtoVelm 3 leads.\nNothing else here.", "ProtoVelm 3", 0),
        # a name we know in camel case ('MiniMax-M2'), a lab we know glued to nothing ('OpenAI')
        ("MiniMax-M2 scored well.\nMax 2 also.", "MiniMax-M2", 0),
    ],
)
def test_no_glued_lead(text: str, name: str, start: int) -> None:
    assert glued_lead(text, name, start) == 0


def test_glued_tail() -> None:
    text = "Velm-4o-miniCorrin 3.5 Haiku\nCorrin 3 is older.\n"
    assert glued_tail(text, "Velm-4o-miniCorrin") == len("Corrin")
    # a camel-cased word that holds no version before the seam ('DeepVelm'), and a word not written alone
    assert glued_tail(text, "DeepCorrin") == 0
    assert glued_tail("Velm-4o-miniHarbor shipped.", "Velm-4o-miniHarbor") == 0


def test_a_spec_label_glued_to_a_family_is_still_no_model() -> None:
    # a spec sheet's 'Family' row: its value is a family, not a model the page introduces
    text = "Parameters41B\nFamilyVelm 3 (announced in spring)\nLineageSuccessor to Velm 2\n"
    assert glued_lead(text, "FamilyVelm 3", text.index("Family")) == len("Family")
    assert "Velm 3" not in {c.name for c in discover(text, [])}


# a tuned product whose camel-cased name opens its bullet or paragraph, beside the base model it is built on
_PRODUCT_BULLETS = (
    "Marrow Works put out a base model and a harbour-tuned one.\n\n"
    "- Gannet 5 reaches 62 on Pilot-Bench.\n"
    "- PortGannet 5 reaches 77 on Pilot-Bench.\n\n"
    "PortGannet 5 is Gannet 5 trained further on berth schedules.\n"
)
_PRODUCT_PARAGRAPH = (
    "Marrow Works shipped Gannet 5 in spring; a harbour variant follows.\n\n"
    "PortGannet 5 reaches 77 on Pilot-Bench, where the base model had 62.\n\n"
    "PortGannet 5 targets berth schedules.\n"
)


@pytest.mark.parametrize("text", [_PRODUCT_BULLETS, _PRODUCT_PARAGRAPH])
def test_a_camel_cased_product_opening_a_sentence_keeps_its_name(text: str) -> None:
    scores, _ = _extracted(text)
    assert ("PortGannet 5", "Pilot-Bench", 77.0) in scores
    assert ("Gannet 5", "Pilot-Bench", 77.0) not in scores
