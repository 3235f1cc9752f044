"""bench/real/probe.py: a name reads the same after the rewrite wherever and however it is written."""

from bench.real.probe import RULES, article_rewrite


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
