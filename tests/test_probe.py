"""bench/real/probe.py: a name reads the same after the rewrite wherever and however it is written."""

import json
from pathlib import Path

from bench.real.probe import RULES, article_rewrite, rewrite_corpus


def test_versions_glued_and_hyphen_variants() -> None:
    v = RULES["versions"]
    assert v("BenchmarkGemma 4 31B") == "BenchmarkGemma 7 31B"
    assert v("ModelsOpenAIGPT-5.5 and Opus-4.6") == "ModelsOpenAIGPT-8.5 and Opus-7.6"
    assert v("deepseek\u2011v4\u2011pro") == "deepseek\u2011v7\u2011pro"
    assert v("rivals such as o3的 and OpenAI o1**") == "rivals such as o6的 and OpenAI o4**"
    assert v("Delphi-2 and metadata 3") == "Delphi-2 and metadata 3"


def test_families_glued_and_case() -> None:
    f = RULES["families"]
    assert f("ClaudeClaude Opus 4") == "ZephraZephra Magnum 4"
    assert f("OpenAIGPT-5 deepseek-v3 Deepseek DEEPSEEK") == "NovaMindQRX-5 deepfjord-v3 Deepfjord DEEPFJORD"
    assert f("metadata for Delphi") == "metadata for Delphi"


def test_article_names_and_short_forms() -> None:
    r = article_rewrite("versions", ["DeepSeek-R1", "Gemini 3.5 Flash", "DeepSeek-V4-Pro"])
    # a glued table row, the short forms the gold expands, and a number that is no name
    assert r("DeepSeek-R1136190.8") == "DeepSeek-R4136190.8"
    assert (
        r("R1-Zero and V4 Pro beat 3.5 Flash by 3.5 points")
        == "R4-Zero and V7 Pro beat 6.5 Flash by 3.5 points"
    )


def test_benchmarks_keep_their_shape() -> None:
    """A benchmark's invented twin keeps its word count, versions, closing and variant words, and the case of
    each letter; the same word part is renamed the same way in every name."""
    from bench.real.probe_bench import rename

    for name in [
        "SWE-bench Verified",
        "Terminal-Bench 2.0",
        "GSM8K",
        "Humanity's Last Exam",
        "LiveCodeBench",
    ]:
        new = rename(name)
        assert new != name and len(new.split()) == len(name.split()) and len(new) == len(name)
        assert [c.isupper() for c in new] == [c.isupper() for c in name]
    assert rename("Terminal-Bench 2.0").endswith("-Bench 2.0")
    assert rename("SWE-bench Verified").split("-")[0] == rename("SWE-bench Pro").split("-")[0]
    assert rename("GSM8K").lower() == rename("gsm8k")
    assert rename("code editing benchmark") == "code editing benchmark"  # lower-case words describe
    assert rename("mbpp") != "mbpp"  # a one-word name in lower case is a name all the same


def test_benchmarks_article_rewrite_finds_the_pages_spellings() -> None:
    """The page's other spellings of a gold name and the list's short forms filed under it are renamed too;
    an ordinary word that a name spells in capitals is not ('MATH' is renamed, 'math' is not)."""
    from bench.real.probe_bench import article_rewrite, rename

    r = article_rewrite(["SWE-bench Verified", "MATH"])
    text = "Nimbus-3 posts 71.0 on SWE-Bench Verified and 68 on swe-bench; MATH 90.1 beats other math scores."
    out = r(text)
    assert rename("SWE-Bench Verified") in out and rename("swe-bench") in out
    assert rename("MATH") + " 90.1" in out and "other math scores" in out
    assert "SWE" not in out.upper().replace(rename("SWE").upper(), "")


def test_benchmarks_probe_rewrites_text_and_gold_alike(tmp_path: Path) -> None:
    src, dst = tmp_path / "src", tmp_path / "dst"
    (src / "corpus").mkdir(parents=True)
    (src / "gold").mkdir()
    doc = {"url": "u", "title": "Nimbus-3 on GPQA", "text": "Nimbus-3 scores 61.5% on GPQA Diamond (GPQA)."}
    (src / "corpus" / "a.json").write_text(json.dumps(doc), encoding="utf-8")
    row = {"file": "a.json", "model": "Nimbus-3", "model_aliases": [], "benchmark": "GPQA Diamond",
           "benchmark_aliases": [], "value": 61.5, "unit": "%"}  # fmt: skip
    (src / "gold" / "scores.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    assert rewrite_corpus("benchmarks", src, dst) == 1
    text = json.loads((dst / "corpus" / "a.json").read_text(encoding="utf-8"))["text"]
    gold = json.loads((dst / "gold" / "scores.jsonl").read_text(encoding="utf-8"))
    assert gold["model"] == "Nimbus-3" and gold["benchmark"] != "GPQA Diamond"
    assert gold["benchmark"] in text and "GPQA" not in text
    # the list's short form, as the page writes it, is an alias of the renamed name
    short = text.rsplit("(", 1)[1].rstrip(").")
    assert short in gold["benchmark_aliases"]
