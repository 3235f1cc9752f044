"""Texts where a benchmark's other spelling (bench_folds) and the scores' dedupe on it must not merge two
benchmarks: a small letter off in a short word spells another word ('MileBench' is not MLE-bench, 'Browse
Camp' not BrowseComp), and 'HumanEval+' is not 'HumanEval' with its sign dropped."""

from __future__ import annotations

from datetime import UTC, datetime

from extractors.facts.nlp import extract
from schema.records import Article


def _scores(text: str) -> set[tuple[str, str, float]]:
    when = datetime(2026, 12, 3, tzinfo=UTC)
    art = Article(url="https://probe.example/x", title=text.split("\n", 1)[0], text=text, published_at=when)
    return {(s.model, s.benchmark, s.value) for s in extract(art).scores}


def test_one_letter_off_an_acronym_is_another_benchmark() -> None:
    text = "Scores\n\nGPT-5 scores 41.0% on MileBench, a long-context image test.\n"
    assert ("GPT-5", "MLE-bench", 41.0) not in _scores(text)


def test_one_letter_off_a_short_word_is_another_word() -> None:
    text = "Apps\n\nGPT-5 scores 72.0% on BrowseComp; Claude Opus 4.1 reaches 61.0% in the Browse Camp app.\n"
    assert ("Claude Opus 4.1", "BrowseComp", 61.0) not in _scores(text)


def test_one_letter_off_a_long_word_is_still_the_benchmark() -> None:
    text = "Scores\n\nGPT-5 scores 17.5% on Frontier Maths.\n"
    assert ("GPT-5", "FrontierMath", 17.5) in _scores(text)


def test_a_plus_names_another_benchmark_with_the_same_figure() -> None:
    prose = "Scores\n\nGPT-5 scores 92.1% on HumanEval and 92.1% on HumanEval+ as well.\n"
    table = "Scores\n\n| Test | GPT-5 |\n|---|---|\n| HumanEval | 92.1 |\n| HumanEval+ | 92.1 |\n"
    for text in (prose, table):
        assert {("GPT-5", "HumanEval", 92.1), ("GPT-5", "HumanEval+", 92.1)} <= _scores(text), text


def test_two_models_named_in_chinese_alone_keep_their_own_attributes() -> None:
    """The attributes' dedupe folds a subject's spelling ('Name-3-Base' and 'Name-3 Base' are one subject),
    but a name written in Chinese characters keeps them: two such models with one window are two facts."""
    from extractors.facts.nlp import _dedupe_attrs
    from schema.records import AttributeFact, Evidence

    def fact(subject: str, start: int) -> AttributeFact:
        ev = Evidence(text=f"{subject} 支持 128K 上下文", start=start, end=start + 12)
        return AttributeFact(subject, "context_window_tokens", "128000", ev, 0.9)

    kept = _dedupe_attrs([fact("青鸟 4", 0), fact("白鹭 4", 40), fact("青鸟-4", 80)])
    assert sorted(f.subject for f in kept) == ["白鹭 4", "青鸟 4"]
