"""Comparative claims: one gate per error shape seen on real text, on our own fixture articles (invented
models, our own words), plus the warehouse's `claims` polarity and `claim_checks` review.

Each fixture in tests/fixtures/nlp_claims/ lists every claim it states (subject, relation, object, polarity;
magnitude and benchmark where given, `"benchmark": null` for none); the extractor must write exactly those: a
reversed direction, a claim given to the wrong model, a hedge read as a claim, a claim missing a side or filed
under the wrong benchmark all fail.
"""

from __future__ import annotations

import re
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
        # a rise in what is worse the more there is: slower, or a step behind
        (
            "Marlo-3 brings a 3x increase in latency over Tarn-2.",
            ("Marlo-3", "slower_than", "Tarn-2", "asserts"),
        ),
        (
            "Marlo-3 posts a 12% increase in error rate over Tarn-2.",
            ("Marlo-3", "behind", "Tarn-2", "asserts"),
        ),
        (
            "Marlo-3 posts a 12% gain in error reduction over Tarn-2.",
            ("Marlo-3", "outperforms", "Tarn-2", "asserts"),
        ),
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


def test_objects_listed_after_a_figure_their_parentheses_close_on() -> None:
    """'behind B (open weights, 33) and C (40)': B's name stops before its figure, and the list of objects
    goes on past the figure that closes the parentheses."""
    text = (
        "Finch-3 Mini on the composite index\n\nOn the Artificial Analysis Intelligence Index, "
        "Finch-3 Mini places ahead of Marten-5 Lite (19) but behind Heron-2 40B (open weights, 33) "
        "and Wren-4 Flash (distilled, 38)."
    )
    got = {(c.relation, c.object) for c in _run(text).claims if c.subject == "Finch-3 Mini"}
    assert {("behind", "Heron-2 40B"), ("behind", "Wren-4 Flash")} <= got


def _first_chars(items: Any) -> set[str] | None:
    """The characters a parsed regex sequence can start with ('DIGIT' for \\d); None when it can start with
    any or be empty (re's own parser, for the test only)."""
    from re import _constants as c  # type: ignore[attr-defined]

    out: set[str] = set()
    for op, av in items:
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue
        if op is c.LITERAL:
            return out | {chr(av)}
        if op is c.IN:
            for o, a in av:
                if o is c.LITERAL:
                    out.add(chr(a))
                elif o is c.RANGE:
                    out |= {chr(x) for x in range(a[0], a[1] + 1)}
                elif o is c.CATEGORY and a is c.CATEGORY_DIGIT:
                    out.add("DIGIT")
                else:
                    return None
            return out
        if op is c.SUBPATTERN:
            inner = _first_chars(av[3].data)
            return None if inner is None else out | inner
        if op is c.BRANCH:
            for alt in av[1]:
                inner = _first_chars(alt.data)
                if inner is None:
                    return None
                out |= inner
            return out
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            inner = _first_chars(av[2].data)
            return None if inner is None else out | inner
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            inner = _first_chars(av[2].data)
            if inner is None:
                return None
            out |= inner
            continue
        return None
    return None


def _guards_checked(rx: re.Pattern[str]) -> int:
    """How many first-character lookaheads ('(?=[bcf…])' before an alternative) `rx` holds; asserts that each
    admits every character the alternative after it can start with (the lookaheads only skip alternatives
    that cannot match there)."""
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    checked = 0

    def walk(items: Any) -> None:
        nonlocal checked
        items = list(items)
        for i, (op, av) in enumerate(items):
            if (
                op is c.ASSERT
                and av[0] == 1
                and len(av[1].data) == 1
                and av[1].data[0][0] in (c.IN, c.LITERAL)
                and items[i + 1 :]  # a lookahead closing a sequence ('of(?=\\s)') guards nothing
            ):
                guard = _first_chars(av[1].data)
                rest = _first_chars(items[i + 1 :])
                assert guard is not None and rest is not None, items[i + 1 :]
                digits = {ch for ch in rest if ch.isdigit()}
                assert rest - digits <= guard and (not digits or "DIGIT" in guard or digits <= guard), sorted(
                    rest - guard
                )
                checked += 1
            for sub in av if isinstance(av, (list, tuple)) else ():
                if isinstance(sub, _parser.SubPattern):
                    walk(sub.data)
                elif isinstance(sub, list):
                    for x in sub:
                        if isinstance(x, _parser.SubPattern):
                            walk(x.data)
            if isinstance(av, _parser.SubPattern):
                walk(av.data)

    walk(_parser.parse(rx.pattern, rx.flags & ~re.I).data)
    return checked


def test_comparison_heads_lookaheads_cover_their_alternatives() -> None:
    from extractors.facts.comparison_words import HEAD

    assert _guards_checked(HEAD) >= 15


def test_first_character_lookaheads_cover_their_patterns() -> None:
    """The other patterns written behind a lookahead of their first characters (for speed) match as before."""
    from extractors.facts import arenas, comparisons, ranks, score_gates
    from extractors.facts.unknown_bench import _BENCH_INTRO, _INTRO_APPOS

    for rx in (
        _BENCH_INTRO,
        _INTRO_APPOS,
        score_gates._NOT_A_RESULT_BEFORE,
        score_gates._GAP_CLOSE,
        arenas._ARENA_RE,
        comparisons._MAG_BEFORE,
        ranks.RANK_RE,
    ):
        assert _guards_checked(rx) >= 1, rx.pattern[:60]


def test_a_loss_of_market_or_staff_to_a_model_is_no_comparison() -> None:
    """'perdeu espaço para B', 'perdió clientes frente a B': ground, users or staff lost to B, not a result
    behind B; a loss told by how much ('perdeu por pouco para B') still is."""
    intro = "Marlo-3 notas\n\nMarlo Labs lançou o Marlo-3 para competir com o Tarn-2. "
    for sentence in (
        "O Marlo-3 perdeu espaço para o Tarn-2 no mercado.",
        "El Marlo-3 perdió clientes frente a Tarn-2 este año.",
    ):
        assert [(c.subject, c.relation, c.object) for c in _run(intro + sentence).claims] == []
    close = _run(intro + "O Marlo-3 perdeu por pouco para o Tarn-2.")
    got = {(c.subject, c.relation, c.object) for c in close.claims}
    assert got == {("Marlo-3", "behind", "Tarn-2")}


def test_a_higher_price_or_an_upgrade_is_no_lead() -> None:
    """'un precio superior a B' (a higher price than B), 'latência superior ao B' and 'una mejora a B' (an
    upgrade to B) put no model ahead of B; 'un rendimiento superior a B' and 'A mejora a B' do."""
    intro = "Marlo-3 notas\n\nMarlo Labs lanzó Marlo-3 para competir con Tarn-2. "
    for sentence in (
        "Marlo-3 tiene un precio superior a Tarn-2.",
        "A latência do Marlo-3 é superior ao Tarn-2.",
        "Marlo Labs anunció que Marlo-3 recibirá una mejora a Tarn-2 en mayo.",
    ):
        assert [(c.subject, c.relation, c.object) for c in _run(intro + sentence).claims] == [], sentence
    leads = ("Marlo-3 ofrece un rendimiento superior a Tarn-2.", "Marlo-3 mejora a Tarn-2 en código.")
    for sentence in leads:
        got = {(c.subject, c.relation, c.object) for c in _run(intro + sentence).claims}
        assert got == {("Marlo-3", "outperforms", "Tarn-2")}, sentence


def test_a_german_passive_participle_puts_the_model_after_it_ahead() -> None:
    """'übertroffen von B' (outdone by B) is a passive: the model after the participle leads, so it is no
    head whose object trails the subject."""
    intro = "Marlo-3 Notizen\n\nMarlo Labs veröffentlichte Marlo-3. "
    got = {
        (c.subject, c.relation, c.object)
        for c in _run(intro + "Im Test wurde Marlo-3 übertroffen von Tarn-2.").claims
    }
    assert ("Marlo-3", "outperforms", "Tarn-2") not in got
    got = {(c.subject, c.relation, c.object) for c in _run(intro + "Marlo-3 übertraf im Test Tarn-2.").claims}
    assert got == {("Marlo-3", "outperforms", "Tarn-2")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Pell-4 beats Rask-2 on GPQA Diamond, and Ommo-7 does well despite fewer parameters.",
        "Pell-4 beats Rask-2 on GPQA Diamond despite Ommo-7 having fewer parameters.",
        "Pell-4 beats Rask-2 on GPQA Diamond while using half the memory of its predecessor Pell-3.",
        "Pell-4 beats Rask-2 on GPQA Diamond, while Rask-2 uses only half the memory.",
        "Pell-4 beats Rask-2 on GPQA Diamond although Rask-2 is a smaller model.",
        "Pell-4 beats Rask-2 on GPQA Diamond, but Pell-4 is three times its size.",
        "Pell-4 beats Rask-2 on GPQA Diamond, as one would expect at three times its size.",
    ],
)
def test_a_contrast_about_another_model_or_the_bigger_subject_adds_no_trade_off(sentence: str) -> None:
    """The size or compute side of a trade-off is the subject's against its rival: not when the contrast
    is about a third model, the rival itself, a predecessor, or sizes the subject against the rival."""
    ex = extract(Article(url="https://t.example/a", text=sentence))
    assert not [c for c in ex.claims if c.method == "trade_off"]


@pytest.mark.parametrize(
    "tail",
    [
        "Office 2024 at drafting letters.",
        "Pixel 9 Pro on image captioning.",
        "RTX 5090 on local inference.",
        "Photoshop 2025 at image edits.",
    ],
)
def test_a_product_or_chip_ending_a_list_is_no_object(tail: str) -> None:
    """A list's unknown last member is an object only when it reads as a model: a product, device or chip the
    page measures against ('… and Pixel 9 Pro') is none."""
    got = {(c.subject, c.relation, c.object) for c in _run("Marrow 3 beats Tern 1.5 and " + tail).claims}
    assert got == {("Marrow 3", "outperforms", "Tern 1.5")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Quillon-4 no solo es más rápido que Ferrow 2.5.",
        "Quillon-4 ist nicht nur schneller als Ferrow 2.5.",
        "Quillon-4 n'est pas seulement plus rapide que Ferrow 2.5.",
    ],
)
def test_not_only_faster_in_another_language_asserts_it(sentence: str) -> None:
    """'no solo', 'nicht nur', 'pas seulement' ('not only') assert the comparative after them; no denial."""
    page = "Quillon-4: notas\n\nQuillon-4 es el nuevo modelo de Norlund.\n\n" + sentence
    got = {(c.subject, c.relation, c.object, c.polarity) for c in _run(page).claims}
    assert got == {("Quillon-4", "faster_than", "Ferrow 2.5", "asserts")}


@pytest.mark.parametrize(
    ("named", "expected"),
    [
        # one member named often, another once in passing: the short side is the one the page is about
        (
            "Claude Opus 7.1 leads. Claude Opus 7.1 is newer. Claude Opus 7.1 is dearer. "
            "Claude Opus 6.2 is old.",
            "Claude Opus 7.1",
        ),
        # two members named alike: which one 'Opus' means is unsaid, so the side stays as written
        (
            "Claude Opus 7.1 is newer and Claude Opus 6.2 is cheaper; "
            "Claude Opus 7.1 and Claude Opus 6.2 both ship.",
            "Claude Opus",
        ),
    ],
)
def test_a_versionless_side_takes_the_page_member_only_when_one_stands_out(named: str, expected: str) -> None:
    page = "Verra 2 notes\n\nBrightline priced Verra 2 against its rivals. " + named
    page += "\n\nVerra 2 lands 4 points behind Opus on Aider Polyglot."
    got = {(c.subject, c.relation, c.object) for c in _run(page).claims}
    assert got == {("Verra 2", "behind", expected)}


def test_comparison_verbs_are_data() -> None:
    """Each verb of patterns/comparison_verbs.jsonl heads a comparison and passes the gate."""
    from extractors.facts.comparison_words import _VERBS, GATE, HEAD

    for row in _VERBS:
        for verb in str(row["id"]).split("|"):
            word = verb.replace("\\w*", "s")
            assert GATE.search(word.lower()), word
            m = HEAD.search(f"Marlo-3 {word} Tarn-2")
            assert m is not None and m.group("out") == word, word


@pytest.mark.parametrize(
    "line", ["- Rate limit: 50 → 200", "- Languages: 12 → 40", "- Tools per call: 4 -> 16"]
)
def test_a_bare_count_moved_by_an_arrow_is_no_lead(line: str) -> None:
    """Under 'A → B' an arrow line of bare figures states a lead only on a named benchmark ('GPQA Diamond
    -> 31.5 -> 44.0'); a count with no benchmark and no score unit (a rate limit, a number of languages) is
    no score, so its rise is no lead."""
    page = f"Upgrade notes\n\nHollin 3 → Hollin 4\n\n{line}\n"
    assert not _run(page).claims


def test_breaking_a_tie_with_a_model_is_no_parity() -> None:
    """'A breaks the tie with B' ends a tie: it is no on_par_with claim; 'A ties with B' still is one."""
    intro = "Marlo-3 notes\n\nMarlo Labs shipped Marlo-3 to compete with Tarn-2. "
    for sentence in (
        "Marlo-3 breaks the tie with Tarn-2 on our puzzle suite.",
        "With this update Marlo-3 broke a tie with Tarn-2 on the puzzle suite.",
    ):
        got = {(c.subject, c.relation, c.object) for c in _run(intro + sentence).claims}
        assert ("Marlo-3", "on_par_with", "Tarn-2") not in got, sentence
    tied = _run(intro + "Marlo-3 ties with Tarn-2 on the puzzle suite.")
    assert {(c.subject, c.relation, c.object) for c in tied.claims} == {("Marlo-3", "on_par_with", "Tarn-2")}


def test_standing_in_a_tie_with_a_model_is_parity() -> None:
    """'A sits in a tie with B' is a parity, though 'A broke a tie with B' is none."""
    intro = "Marlo-3 notes\n\nMarlo Labs shipped Marlo-3 to compete with Tarn-2. "
    tied = _run(intro + "Marlo-3 sits in a tie with Tarn-2 on the puzzle suite.")
    assert ("Marlo-3", "on_par_with", "Tarn-2") in {(c.subject, c.relation, c.object) for c in tied.claims}


def test_a_verdict_row_is_timed_or_a_spec_only_by_its_last_word() -> None:
    # 'time' inside 'On-time replies' or opening 'Time spent ...' names a task, as 'context' opening
    # 'Context carry-over' does; a label that ends on 'time' or on the spec noun is a speed or spec row
    text = (
        "Marlow 2 against Pilot-9 Pro\n\nWe scored both on a week of help-desk work.\n\n"
        "| Check | Marlow 2 | Pilot-9 Pro | Verdict |\n|---|---|---|---|\n"
        "| On-time replies | 58% | 66% | Pilot-9 Pro |\n"
        "| Context carry-over | 88% | 79% | Marlow 2 |\n"
        "| Time spent per refund | 9 min | 5 min | Pilot-9 Pro |\n"
        "| Size of reply drafts | short | long | Marlow 2 |\n"
        "| First-reply time | 31 s | 14 s | Pilot-9 Pro |\n"
        "| Max context | 64k | 256k | Pilot-9 Pro |\n"
    )
    got = {(c.subject, c.relation, c.object, c.benchmark) for c in _run(text).claims}
    assert {
        ("Pilot-9 Pro", "outperforms", "Marlow 2", "On-time replies"),
        ("Marlow 2", "outperforms", "Pilot-9 Pro", "Context carry-over"),
        ("Pilot-9 Pro", "outperforms", "Marlow 2", "Time spent per refund"),
        ("Marlow 2", "outperforms", "Pilot-9 Pro", "Size of reply drafts"),
        ("Pilot-9 Pro", "faster_than", "Marlow 2", None),
    } <= got
    assert not any(c[3] == "Max context" for c in got)


def test_a_second_on_phrase_is_no_part_of_the_first_area() -> None:
    # 'in cost and in TideQA' are two phrases: 'cost and in' is no area the parity was read on
    text = (
        "Sorrel 4 is out\n\nBrannock 2 has been around since spring, and Sorrel 4 is the newcomer.\n\n"
        "Sorrel 4 equals Brannock 2 in cost and in TideQA-Lite.\n"
    )
    got = {c.benchmark for c in _run(text).claims if c.relation == "on_par_with"}
    assert not any(b and re.search(r"\b(?:and|or)\s+(?:in|on)$", b) for b in got)


_RIVALS = (
    "Dunmore shipped Quillet 4 this week; Sarn-6 from Hollis and Veyra Pro from Ostwick compete with it, "
    "and Brack 3 trails them. "
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a clause break between the fronted phrase and the bare comparative: no later clause is governed
        ("Versus Sarn-6, Veyra Pro fell short by a hair; Quillet 4 is cheaper.", set()),
        ("Versus Sarn-6, Veyra Pro stumbled, yet Quillet 4 is cheaper.", set()),
        ("Versus Sarn-6 and Veyra Pro, Brack 3 keeps pace; Quillet 4 is cheaper.", set()),
        ("Relative to Sarn-6, Quillet 4 is more accurate; Veyra Pro is cheaper.", set()),
        (
            "Versus Sarn-6, Quillet 4 is cheaper; Veyra Pro is quicker.",
            {("Quillet 4", "cheaper_than", "Sarn-6")},
        ),
        # a clause joined by 'and' keeps the phrase's yardstick, never the first clause's subject
        (
            "Relative to Sarn-6, Veyra Pro is cheaper and Quillet 4 is quicker.",
            {("Veyra Pro", "cheaper_than", "Sarn-6"), ("Quillet 4", "faster_than", "Sarn-6")},
        ),
        (
            "Relative to Sarn-6, Veyra Pro is cheaper but Quillet 4 is slower.",
            {("Veyra Pro", "cheaper_than", "Sarn-6"), ("Quillet 4", "slower_than", "Sarn-6")},
        ),
        # the model after the comma sits inside the real subject's noun phrase
        ("Versus Sarn-6, the Loam 9 card Quillet 4 is served from is quicker.", set()),
        (
            "Versus Sarn-6, the release of last winter, Quillet 4 is cheaper.",
            {("Quillet 4", "cheaper_than", "Sarn-6")},
        ),
        # a dash going on about the same subject keeps the phrase's yardstick
        (
            "Relative to Sarn-6 (dense, 90B), Quillet 4 is lean — it runs quicker and cheaper when served.",
            {("Quillet 4", "faster_than", "Sarn-6")},
        ),
        # a group noun followed by a note about one model, not a list of its members
        ("Quillet 4 beats the trio, Sarn-6 apart, on RiverQA.", set()),
        ("Quillet 4 beats the contenders (Sarn-6 sat the test out) on LoomCode.", set()),
        ("Quillet 4 trails the heavyweights: Sarn-6, Hollis reports, ships next.", set()),
        ("Quillet 4 beats rivals — Sarn-6 loyalists may object — on cost.", set()),
        (
            "Quillet 4 beats two rivals — Sarn-6 and Veyra Pro — on RiverQA.",
            {("Quillet 4", "outperforms", "Sarn-6"), ("Quillet 4", "outperforms", "Veyra Pro")},
        ),
        # 'leaves' / 'puts' with a noun after it: a quantity moved or a plan's order, no place on a board
        ("Running Quillet 4 on a Loam 9 card leaves its latency below Sarn-6's.", set()),
        ("Hollis leaves Sarn-6 below Veyra Pro on its release plan, with Quillet 4 ahead of both.", set()),
        ("Quillet 4 posts 61 on RiverQA, which leaves it below Sarn-6.", {("Quillet 4", "behind", "Sarn-6")}),
    ],
)
def test_a_fronted_yardstick_a_group_list_and_a_placing_verb_keep_to_their_clause(
    sentence: str, expected: set[tuple[str, str, str]]
) -> None:
    """The yardstick a fronted phrase names reaches only its own clause; a group noun lists members only when
    names alone follow it; 'leaves'/'puts' place only a pronoun."""
    got = {
        (c.subject, c.relation, c.object)
        for c in _run(_RIVALS + sentence).claims
        if (c.subject, c.relation) != ("Brack 3", "behind")
    }
    assert got == expected
