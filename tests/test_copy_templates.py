"""Copy detection tells a shared template from a copied story: sixty publishers filling one roundup template
with the same leaderboard figures stay sixty sources; machine-spun copies of one of them join its group."""

from __future__ import annotations

import random

from extractors.web.identity import assign_copy_groups, group_against, signature

MODELS = [
    ("Muse Spark", 52),
    ("GPT-5.4", 57),
    ("Gemini 3.1 Pro", 57),
    ("Claude Opus 4.6", 53),
    ("Qwen3.5", 45),
]
WORDS = [
    "analysts",
    "readers",
    "market",
    "pricing",
    "enterprise",
    "teams",
    "latency",
    "coding",
    "agents",
    "developers",
    "budget",
    "quarter",
    "adoption",
    "customers",
    "feedback",
    "deploy",
    "startups",
    "workloads",
    "researchers",
    "evaluation",
    "trust",
    "caution",
    "hype",
    "cost",
    "margins",
    "hardware",
    "supply",
    "regulation",
    "safety",
    "benchmarks",
    "vendors",
    "open",
    "weights",
    "licences",
]
SYNONYMS = {"scores": "posts", "leads": "heads", "the": "this", "on": "upon", "week": "period",
            "index": "indicator", "with": "having", "again": "once more", "close": "near"}  # fmt: skip


def roundup(publisher: str, rng: random.Random, odd: bool = False) -> str:
    lines = [f"Weekly AI leaderboard roundup from {publisher}.", ""]
    for model, value in MODELS:
        v = value + (9 if odd and model == "Muse Spark" else 0)
        lines.append(f"{model} scores {v} on the Artificial Analysis Intelligence Index this week.")
    lines.append("GPT-5.4 and Gemini 3.1 Pro share the lead again, with Claude Opus 4.6 close behind.")
    lines.append("")
    for _ in range(4):  # the publisher's own commentary: its own words and figures
        words = rng.sample(WORDS, 12)
        n = rng.randint(10, 990)
        lines.append(f"{publisher} notes that {' '.join(words)} moved by {n} points for {rng.choice(WORDS)}.")
    return "\n".join(lines)


def spin(text: str) -> str:
    return " ".join(SYNONYMS.get(w, w) for w in text.split(" "))


def corpus() -> list[tuple[str, str]]:
    rng = random.Random(11)
    docs = [(f"p{i:02d}", roundup(f"Outlet{i:02d} Media", rng, odd=i == 7)) for i in range(60)]
    base = dict(docs)["p03"]
    docs += [("s1", spin(base)), ("s2", spin(base).replace("Weekly", "Our weekly"))]
    return docs


def test_templated_roundups_stay_apart_and_spun_copies_join() -> None:
    groups = assign_copy_groups(corpus())
    members: dict[str, set[str]] = {}
    for aid, gid in groups.items():
        members.setdefault(gid, set()).add(aid)
    multi = [g for g in members.values() if len(g) > 1]
    assert multi == [{"p03", "s1", "s2"}]  # the only copies: the spun ones
    assert groups["p07"] == "p07"  # the odd value keeps its own vote: no "corrupted copy" of 59 others


def test_incremental_grouping_sees_the_template_too() -> None:
    docs = corpus()
    stored_docs = docs[:40]
    stored = {aid: (signature(text), aid) for aid, text in stored_docs}
    fresh = group_against({aid: signature(text) for aid, text in docs[40:]}, stored)
    assert fresh["s1"] == fresh["s2"] == "p03"
    assert all(fresh[aid] == aid for aid, _ in docs[40:60])
