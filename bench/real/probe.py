"""Probes of how much extraction leans on the names it already knows.

New models appear every week, so a page about next month's launches names models no pattern lists. Two
rewrites of a laid-out corpus (text and gold alike, so the labels stay right) measure that:

    versions   every version after a known family's name moves up by 3 ('GPT-5.4' -> 'GPT-8.4',
               'claude-opus-4-6' -> 'claude-opus-7-6'): new members of families we know
    families   every family and lab name becomes an invented word ('Gemini' -> 'Lumora', 'OpenAI' ->
               'NovaMind'): names and makers we have never seen

    python bench/real/probe.py versions SRC DST     # SRC: a folder `corpus.py layout` wrote
    python -m bench.evaluation DST/corpus DST/gold   # compare with the same line on SRC

The rewrites are same-shaped substitutions, not paraphrases: they measure name discovery, nothing else.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

_FAMILIES = {
    "Claude": "Zephra", "Opus": "Magnum", "Sonnet": "Verso", "Haiku": "Tanka", "Gemini": "Lumora",
    "Gemma": "Perla", "GPT": "QRX", "DeepSeek": "DeepFjord", "Qwen": "Kiran", "QwQ": "KwK", "Llama": "Ocelot",
    "LLaMA": "OCELOT", "Grok": "Brisk", "Kimi": "Tomo", "GLM": "HLM", "MiniMax": "Tessera",
    "Mistral": "Sirocco",
    "Magistral": "Cantoral", "Devstral": "Buildoral", "Codestral": "Scriptoral", "Nemotron": "Vextron",
    "Phi": "Psi", "Muse": "Lyra", "OpenAI": "NovaMind", "Anthropic": "Aurelic", "Google": "Globex",
    "DeepMind": "BrightVale", "Meta": "Vanta", "xAI": "qAI", "Alibaba": "Zenbaba", "Moonshot": "Starshot",
    "Zhipu": "Zhenpu", "Nvidia": "Verdia", "NVIDIA": "VERDIA", "Microsoft": "Macrosoft", "Hunyuan": "Tianyun",
    "ERNIE": "BERNIE", "Doubao": "Baobao", "Olmo": "Elmo",
}  # fmt: skip
_WORDS = {**_FAMILIES, **{k.lower(): v.lower() for k, v in _FAMILIES.items() if len(k) > 3}}
_WORDS.update({"GEMINI": "LUMORA", "CLAUDE": "ZEPHRA", "QWEN": "KIRAN", "DEEPSEEK": "DEEPFJORD"})
_WORD_RE = re.compile(
    r"(?<![A-Za-z])(" + "|".join(sorted(map(re.escape, _WORDS), key=len, reverse=True)) + r")(?![a-z])"
)

# a known family's name (as prose and as API ids write it), then its major version
_FAMILY_HEADS = (
    "GPT-|gpt-|GPT |Gemini |gemini-|Opus |Sonnet |Haiku |opus-|sonnet-|haiku-|Llama |Llama-|llama-|Qwen|qwen|"
    "Qwen |Qwen-|DeepSeek-V|DeepSeek V|DeepSeek-R|DeepSeek R|Deepseek-V|deepseek-v|deepseek-r|DeepSeek-v|"
    "Grok |Grok-|grok-|Kimi K|Kimi-K|kimi-k|Kimi k|GLM-|GLM |glm-|Gemma |Gemma-|gemma-|Mistral Large |"
    "Mistral Medium |Mistral Small |Nemotron |Phi-|MiniMax-M|MiniMax M|minimax-m|Nova |Muse |Claude |claude-"
)
_VERSION_RE = re.compile(
    r"(?<![A-Za-z])(" + _FAMILY_HEADS + r")(\d+)(?!\d)|(?<![\w-])(K|o)(\d)(?![\d%])(?=[-.\s]|$)"
)


def _bump(m: re.Match[str]) -> str:
    if m.group(1) is not None:
        n = int(m.group(2))
        return m.group(0) if n >= 1000 else m.group(1) + str(n + 3)
    return m.group(3) + str(int(m.group(4)) + 3)


REWRITES: dict[str, Callable[[str], str]] = {
    "versions": lambda s: _VERSION_RE.sub(_bump, s),
    "families": lambda s: _WORD_RE.sub(lambda m: _WORDS[m.group(1)], s),
}
_NAME_KEYS = {"model", "model_aliases", "subject", "subject_aliases", "object", "object_aliases", "evidence"}


def _apply(value: Any, rewrite: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return rewrite(value)
    if isinstance(value, list):
        return [_apply(v, rewrite) for v in value]
    return value


def rewrite_corpus(kind: str, src: Path, dst: Path) -> int:
    """Write SRC's corpus and gold, rewritten, under DST; return the number of articles."""
    rewrite = REWRITES[kind]
    (dst / "corpus").mkdir(parents=True, exist_ok=True)
    (dst / "gold").mkdir(parents=True, exist_ok=True)
    n = 0
    for f in sorted((src / "corpus").glob("*.json")):
        doc = json.loads(f.read_text(encoding="utf-8"))
        doc["text"] = rewrite(doc["text"])
        doc["title"] = rewrite(doc.get("title") or "")
        (dst / "corpus" / f.name).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        n += 1
    for g in sorted((src / "gold").glob("*.jsonl")):
        rows = [json.loads(line) for line in g.read_text(encoding="utf-8").splitlines() if line.strip()]
        out = [{k: (_apply(v, rewrite) if k in _NAME_KEYS else v) for k, v in r.items()} for r in rows]
        (dst / "gold" / g.name).write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8"
        )
    return n


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in REWRITES:
        print("usage: probe.py versions|families SRC DST", file=sys.stderr)
        return 2
    src, dst = Path(argv[1]), Path(argv[2])
    if not (src / "corpus").is_dir():
        print(f"probe: {src}/corpus: no laid-out corpus there (bench/real/corpus.py layout)", file=sys.stderr)
        return 2
    print(f"probe: {rewrite_corpus(argv[0], src, dst)} articles rewritten ({argv[0]}) into {dst}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
