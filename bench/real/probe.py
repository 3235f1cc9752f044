"""Probes of how much extraction leans on the names it already knows.

New models appear every week, so a page about next month's launches names models no pattern lists. Two
rewrites of a laid-out corpus (text and gold alike, so the labels stay right) measure that:

    versions   every version after a known family's name moves up by 3 ('GPT-5.4' -> 'GPT-8.4',
               'claude-opus-4-6' -> 'claude-opus-7-6'): new members of families we know
    families   every family and lab name becomes an invented word ('Gemini' -> 'Lumora', 'OpenAI' ->
               'NovaMind'): names and makers we have never seen
    benchmarks every benchmark name of an article's gold becomes an invented name of the same shape
               ('GPQA Diamond' -> 'DRLE Diamond', 'LiveCodeBench' -> 'HaboFuleBench'; versions, closing
               and variant words kept): benchmarks no list knows (probe_bench.py says how)

    python bench/real/probe.py versions SRC DST     # SRC: a folder `corpus.py layout` wrote (or families,
                                                     # benchmarks)
    python -m bench.evaluation DST/corpus DST/gold   # compare with the same line on SRC

The rewrites are same-shaped substitutions, not paraphrases: they measure name discovery, nothing else. So
a name must read the same after the rewrite wherever it is written, or the probe measures its own misses:
a name glued to the word before it ('BenchmarkGemma 4 31B', 'OpenAIGPT-5.5') or after it (a glued table row
'DeepSeek-R1136190.8'), written with another hyphen (U+2011) or case ('Deepseek', 'gemma3'), or in a short
form the gold expands ('R1-Zero' under a page about DeepSeek-R1, 'V4 Pro') is rewritten like its gold. Each
article's gold names are therefore rewritten literally wherever they occur in its text, and the letter +
number short forms of its renamed versions with them; the rest of the text goes through the general rule.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

try:
    from bench.real import probe_bench
except ImportError:  # run as a script: bench/real is on the path
    import probe_bench  # type: ignore[no-redef]

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
# words of four letters or more are read in any case ('Deepseek', 'GEMINI', 'gemma3'); shorter ones only as
# listed or in lower case away from other letters ('gpt-4o', not the 'phi' of 'Delphi')
_LONG = {k.lower(): v for k, v in _FAMILIES.items() if len(k) > 3}
_SHORT = {
    **{k: v for k, v in _FAMILIES.items() if len(k) <= 3},
    **{k.lower(): v.lower() for k, v in _FAMILIES.items() if len(k) <= 3},
}
_WORD_RE = re.compile(
    r"(?i:(" + "|".join(sorted(map(re.escape, _LONG), key=len, reverse=True)) + r"))(?![a-z])"
    r"|(?<![A-Za-z])(" + "|".join(sorted(map(re.escape, _SHORT), key=len, reverse=True)) + r")(?![A-Za-z])"
    r"|(" + "|".join(k for k in _SHORT if k[0].isupper()) + r")(?![a-z])"
)


def _same_case(word: str, canon: str, new: str) -> str:
    if word == canon or not word.isalpha():
        return new
    if word.isupper():
        return new.upper()
    if word.islower():
        return new.lower()
    return new[0].upper() + new[1:].lower() if word[0].isupper() else new


def _rename(m: re.Match[str]) -> str:
    if m.group(2) is not None or m.group(3) is not None:
        return _SHORT[m.group(2) or m.group(3)]
    word = m.group(1)
    if m.start() and m.string[m.start() - 1].isalpha() and not word[0].isupper():
        return word  # inside a lower-case word ('metadata' is no 'Meta'); 'BenchmarkGemma' is a glued name
    canon = next(k for k in _FAMILIES if k.lower() == word.lower())
    return _FAMILIES.get(word) or _same_case(word, canon, _LONG[word.lower()])


# a known family's name (as prose and as API ids write it, any hyphen), then its major version
_H = r"[-\u2010\u2011\u00a0 ]"
_FAMILY_HEADS = (
    rf"(?i:GPT{_H}?|Gemini{_H}|Gemma{_H}?|Opus{_H}|Sonnet{_H}|Haiku{_H}|Claude{_H}|Llama{_H}?|Qwen{_H}?|"
    rf"DeepSeek{_H}?[VR]|Grok{_H}?|Kimi{_H}?K|GLM{_H}?|MiniMax{_H}?M|Nemotron{_H}|"
    rf"Mistral{_H}(?:Large|Medium|Small){_H})|Phi{_H}|Nova |Muse "
)
_VERSION_RE = re.compile(rf"({_FAMILY_HEADS})(\d+)(?!\d)|(?<![A-Za-z0-9_-])(K|o)(\d)(?![\d%A-Za-z])")


def _bump(m: re.Match[str]) -> str:
    if m.group(1) is not None:
        head, n = m.group(1), int(m.group(2))
        if m.start() and m.string[m.start() - 1].isalpha() and not head[0].isupper():
            return m.group(0)  # inside a lower-case word; 'BenchmarkGemma 4' is a glued name
        return m.group(0) if n >= 1000 else head + str(n + 3)
    return m.group(3) + str(int(m.group(4)) + 3)


def _versions(s: str) -> str:
    return _VERSION_RE.sub(_bump, s)


def _families(s: str) -> str:
    return _WORD_RE.sub(_rename, s)


def _unchanged(s: str) -> str:
    return s


# 'benchmarks' has no rule for text without gold: only the names an article's gold holds are renamed
RULES: dict[str, Callable[[str], str]] = {
    "versions": _versions, "families": _families, "benchmarks": _unchanged,
}  # fmt: skip
_BENCH_KEYS = {"benchmark", "benchmark_aliases"}
_NAME_KEYS = {
    "model", "model_aliases", "subject", "subject_aliases", "object", "object_aliases", "benchmark",
    "benchmark_aliases", "evidence",
}  # fmt: skip


def _short_forms(name: str) -> dict[str, str]:
    """'DeepSeek-V4-Pro' -> {'V4': 'V7'}, 'Gemini 3.5 Flash' -> {'3.5 Flash': '6.5 Flash'}: what a page may
    write alone once it named the model (a version letter and its number, or the number and the variant)."""
    out = {}
    for m in _VERSION_RE.finditer(name):
        if m.group(1) is None or int(m.group(2)) >= 1000:
            continue
        n = int(m.group(2))
        if m.group(1)[-1].isalpha():
            out[m.group(1)[-1] + m.group(2)] = m.group(1)[-1] + str(n + 3)
        elif tail := re.match(r"\d+((?:\.\d+)* [A-Z][a-z]+)(?![A-Za-z])", name[m.start(2) :]):
            out[tail.group(0)] = str(n + 3) + tail.group(1)
    return out


def article_rewrite(kind: str, names: Iterable[str]) -> Callable[[str], str]:
    """The rewrite of one article: its gold names (and the short forms of renamed versions) literally wherever
    they occur, the general rule elsewhere."""
    rule = RULES[kind]
    literal = {n: rule(n) for n in names if n and rule(n) != n}
    short = {}
    if kind == "versions":
        for n in literal:
            short.update(_short_forms(n))
    alts = [
        # a name is found glued to the word before it, and a long one glued to the figure after it; one
        # starting in lower case ('o3') is no part of a word, but may follow a glued rank ('3o3OpenAI')
        ("(?<![A-Za-z])" if n[0].islower() else "")
        + re.escape(n)
        + ("(?!\\d)" if n[-1].isdigit() and len(n) < 8 else "")
        for n in sorted(literal, key=len, reverse=True)
    ] + [rf"(?<![A-Za-z0-9.]){re.escape(s)}(?![\da-z])" for s in sorted(short, key=len, reverse=True)]
    if not alts:
        return rule
    found = re.compile("|".join(alts))
    table = {**short, **literal}

    def rewrite(s: str) -> str:
        out, at = [], 0
        for m in found.finditer(s):
            out += [rule(s[at : m.start()]), table[m.group(0)]]
            at = m.end()
        return "".join(out) + rule(s[at:])

    return rewrite


def _apply(value: Any, rewrite: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return rewrite(value)
    if isinstance(value, list):
        return [_apply(v, rewrite) for v in value]
    return value


_PLAIN = _NAME_KEYS - {"evidence"}


def _names(row: dict[str, Any], keys: set[str]) -> Iterable[str]:
    for k in keys:
        v = row.get(k)
        yield from [v] if isinstance(v, str) else [x for x in v or [] if isinstance(x, str)]


def _gold_value(kind: str, key: str, value: Any, rewrite: Callable[[str], str], canonical: str = "") -> Any:
    if key not in _NAME_KEYS:
        return value
    if kind != "benchmarks" or key == "evidence":
        return _apply(value, rewrite)
    # a gold benchmark name is renamed whole, as it is written (the text's rewrite finds it by its spellings)
    if key == "benchmark_aliases":
        return [*_apply(value, probe_bench.rename), *probe_bench.list_aliases(canonical)]
    return _apply(value, probe_bench.rename) if key in _BENCH_KEYS else value


def rewrite_corpus(kind: str, src: Path, dst: Path) -> int:
    """Write SRC's corpus and gold, rewritten, under DST; return the number of articles."""
    (dst / "corpus").mkdir(parents=True, exist_ok=True)
    (dst / "gold").mkdir(parents=True, exist_ok=True)
    gold = {
        g.name: [json.loads(line) for line in g.read_text(encoding="utf-8").splitlines() if line.strip()]
        for g in sorted((src / "gold").glob("*.jsonl"))
    }
    names: dict[str, set[str]] = {}
    for rows in gold.values():
        for r in rows:
            names.setdefault(r["file"], set()).update(
                _names(r, _BENCH_KEYS if kind == "benchmarks" else _PLAIN)
            )
    if kind == "benchmarks":
        rewrites = {f: probe_bench.article_rewrite(ns) for f, ns in names.items()}
    else:
        rewrites = {f: article_rewrite(kind, ns) for f, ns in names.items()}
    n = 0
    for f in sorted((src / "corpus").glob("*.json")):
        rewrite = rewrites.get(f.name, RULES[kind])
        doc = json.loads(f.read_text(encoding="utf-8"))
        doc["text"] = rewrite(doc["text"])
        doc["title"] = rewrite(doc.get("title") or "")
        (dst / "corpus" / f.name).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        n += 1
    for name, rows in gold.items():
        out = [
            {k: _gold_value(kind, k, v, rewrites[r["file"]], r.get("benchmark") or "") for k, v in r.items()}
            for r in rows
        ]
        (dst / "gold" / name).write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8"
        )
    return n


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[0] not in RULES:
        print("usage: probe.py versions|families|benchmarks SRC DST", file=sys.stderr)
        return 2
    src, dst = Path(argv[1]), Path(argv[2])
    if not (src / "corpus").is_dir():
        print(f"probe: {src}/corpus: no laid-out corpus there (bench/real/corpus.py layout)", file=sys.stderr)
        return 2
    print(f"probe: {rewrite_corpus(argv[0], src, dst)} articles rewritten ({argv[0]}) into {dst}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
