"""Comparative claims: one gate per error shape seen on real text, on our own fixture articles (invented
models, our own words), plus the warehouse's `claims` polarity and `claim_checks` review.

Each fixture in tests/fixtures/nlp_claims/ lists every claim it states (subject, relation, object, polarity;
magnitude and benchmark where given, `"benchmark": null` for none); the extractor must write exactly those: a
reversed direction, a claim given to the wrong model, a hedge read as a claim, a claim missing a side or filed
under the wrong benchmark all fail.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from bench.evaluation import claim_key, norm
from extractors.facts.nlp import extract
from schema.records import Article, ClaimFact, Extraction
from tests.test_nlp_quality import load_fixture
from warehouse import load
from warehouse.db import open_warehouse

FIXTURES = Path(__file__).parent / "fixtures" / "nlp_claims"


def _key(subject: str, relation: str, obj: str | None, polarity: str) -> tuple[str, ...]:
    return (*claim_key(norm(subject), relation, norm(obj)), polarity)


def _matches(c: ClaimFact, g: dict[str, Any]) -> bool:
    if _key(c.subject, c.relation, c.object, c.polarity) != _key(
        g["subject"], g["relation"], g["object"], g.get("polarity", "asserts")
    ):
        return False
    if g.get("magnitude") is not None and (c.magnitude is None or abs(c.magnitude - g["magnitude"]) > 0.051):
        return False
    if g.get("unit") and c.unit != g["unit"]:
        return False
    if "benchmark" in g and g["benchmark"] is None:
        return c.benchmark is None  # stated as none: a benchmark attached to it is wrong
    return not g.get("benchmark") or norm(c.benchmark) == norm(g["benchmark"])


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("*.json")), ids=lambda p: p.stem)
def test_error_shape(path: Path) -> None:
    article, gold = load_fixture(path)
    claims = list(extract(article).claims)
    remaining = list(gold["claims"])
    false = []
    for c in claims:
        hit = next((g for g in remaining if _matches(c, g)), None)
        if hit is None:
            false.append(
                f"{c.subject} {c.relation} {c.object} {c.polarity} {c.magnitude} {c.unit} {c.benchmark}"
            )
        else:
            remaining.remove(hit)
    assert not false and not remaining, f"false: {false}\nmissed: {remaining}"


def _run(text: str) -> Extraction:
    return extract(Article(url="https://claimdesk.example/x", text=text, title=text.split("\n")[0]))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Marlo-3 edges past Tarn-2 on GPQA Diamond.", ("Marlo-3", "outperforms", "Tarn-2", "asserts")),
        ("Marlo-3 trails Tarn-2 on GPQA Diamond.", ("Marlo-3", "behind", "Tarn-2", "asserts")),
        (
            "Marlo-3 and Tarn-2 are neck-and-neck on GPQA Diamond.",
            ("Marlo-3", "on_par_with", "Tarn-2", "hedged"),
        ),
        ("Marlo-3 and Tarn-2 tie at 71 on GPQA Diamond.", ("Marlo-3", "on_par_with", "Tarn-2", "asserts")),
        ("Marlo-3 is twice as fast as Tarn-2.", ("Marlo-3", "faster_than", "Tarn-2", "asserts")),
        ("Marlo-3 costs a fifth of the price of Tarn-2.", ("Marlo-3", "cheaper_than", "Tarn-2", "asserts")),
        (
            "Marlo-3 does not outperform Tarn-2 on GPQA Diamond.",
            ("Marlo-3", "outperforms", "Tarn-2", "negated"),
        ),
        ("Marlo-3 may outperform Tarn-2 on GPQA Diamond.", ("Marlo-3", "outperforms", "Tarn-2", "hedged")),
    ],
)
def test_comparison_structures(sentence: str, expected: tuple[str, str, str, str]) -> None:
    got = {
        (c.subject, c.relation, c.object, c.polarity)
        for c in _run(
            "Marlo-3 notes\n\nMarlo Labs released Marlo-3 to compete with Tarn AI's Tarn-2. " + sentence
        ).claims
    }
    assert got == {expected}


def _loaded(name: str, text: str) -> load.LoadedArticle:
    url = f"https://claimdesk.example/{name}"
    art = Article(url=url, text=text, title=text.split("\n")[0], canonical_url=url)
    return load.LoadedArticle(
        article_id=load.article_id_for(url),
        article=art,
        raw_url=url,
        source="claimdesk",
        source_kind="news",
        content_hash=f"hash-{name}",
        signature=[],
        extraction=extract(art),
    )


def _rows(con: Any, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cur = con.execute(sql, list(params))
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def test_claims_keep_polarity_and_a_claim_against_stored_scores_is_flagged(tmp_path: Path) -> None:
    scores = _loaded(
        "scores", "Scoreboard\n\nOn GPQA Diamond, Kelso-3 scores 71.2 and Brisa-5 scores 68.4 in our runs."
    )
    claim = _loaded(
        "claim",
        "Brisa-5 notes\n\nBrisa-5 is ahead of Kelso-3 on GPQA Diamond, the lab says. "
        "Brisa-5 is comparable to Kelso-3 on AIME 2025.",
    )
    with open_warehouse(tmp_path / "w.duckdb") as con:
        load_id = load.start_load(con, "test", "test-1")
        load.load_articles(con, load_id, [scores, claim], "test-1")
        got = {
            (r["subject"], r["relation"], r["object"], r["polarity"])
            for r in _rows(con, "SELECT subject, relation, object, polarity FROM claims")
        }
        assert got == {
            ("Brisa-5", "outperforms", "Kelso-3", "asserts"),
            ("Brisa-5", "on_par_with", "Kelso-3", "hedged"),
        }
        checks = _rows(con, "SELECT * FROM claim_checks ORDER BY relation")
        ahead = next(r for r in checks if r["relation"] == "outperforms")
        assert (ahead["subject_score_max"], ahead["object_score_min"]) == (68.4, 71.2)
        assert ahead["contradicts_scores"] is True
        par = next(r for r in checks if r["relation"] == "on_par_with")
        assert par["contradicts_scores"] is None and par["subject_scores"] == 0


def test_a_bare_version_names_the_known_sibling_the_page_does_not_spell_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """'1.4x the cost of 5.1' on a page about Orbis-5.2 that never writes 'Orbis-5.1': the sibling the
    knowledge base knows is the other side; one it does not know is no side at all."""
    from dataclasses import replace

    from extractors.facts import claim_objects, entities

    text = "Orbis-5.2 pricing\n\nOrbis-5.2 is a rare price rise: 1.4x the cost of 5.1 at $1.75/M input."
    assert not _run(text).claims
    known = replace(entities.knowledge(), model_ids=entities.knowledge().model_ids | {"Orbis-5.1"})
    monkeypatch.setattr(claim_objects, "knowledge", lambda: known)
    got = [(c.subject, c.relation, c.object, c.magnitude) for c in _run(text).claims]
    assert got == [("Orbis-5.2", "more_expensive_than", "Orbis-5.1", 1.4)]
