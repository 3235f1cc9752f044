#!/usr/bin/env python3
"""Writes the heldout2 corpus (corpus/k*.json) and gold labels (gold/*.jsonl).

All articles, outlets, people and most models are invented for this set; figures for real models are invented too.
Run: python bench/heldout2/make.py && python bench/heldout2/check.py
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

MODEL_ALIASES = {
    "Halyard 2 Pro": ["Halyard 2 Pro", "Halyard", "halyard-2-pro-2605"],
    "GPT-5.4": ["GPT-5.4", "GPT 5.4"],
    "Claude Opus 4.6": ["Claude Opus 4.6", "Opus 4.6", "Opus"],
    "Gemini 3.1 Pro": ["Gemini 3.1 Pro", "Gemini 3.1 Pro Preview", "Gemini"],
    "Grok 4": ["Grok 4", "Grok"],
    "DeepSeek-V3.2": ["DeepSeek-V3.2", "DeepSeek V3.2"],
    "Qwen3-235B-A22B": ["Qwen3-235B-A22B"],
    "Qwen3-32B": ["Qwen3-32B"],
    "Qingluan-5 Pro": ["Qingluan-5 Pro", "Qingluan 5 Pro"],
    "Qingluan-4 Pro": ["Qingluan-4 Pro"],
    "Qingluan-5 Flash": ["Qingluan-5 Flash", "Flash"],
    "Juniper-2": ["Juniper-2", "Juniper 2", "bramble/juniper-2-121b-a9b"],
    "Juniper-2 Lite": ["Juniper-2 Lite", "bramble/juniper-2-lite-21b-a3.6b"],
    "Strata 3 4B": ["Strata 3 4B"],
    "Strata 3 27B": ["Strata 3 27B", "the 27B"],
    "Strata 3 300B-A24B": ["Strata 3 300B-A24B", "300B-A24B"],
}
BENCH_ALIASES = {
    "SWE-bench Verified": ["SWE-bench Verified", "SWE-bench"],
    "SWE-bench Pro": ["SWE-bench Pro"],
    "Terminal-Bench 2.0": ["Terminal-Bench 2.0", "Terminal-Bench"],
    "GPQA Diamond": ["GPQA Diamond", "GPQA"],
    "Humanity's Last Exam": ["Humanity's Last Exam", "HLE"],
    "ARC-AGI-2": ["ARC-AGI-2"],
    "MMMU-Pro": ["MMMU-Pro"],
    "BrowseComp": ["BrowseComp"],
    "LiveCodeBench": ["LiveCodeBench", "LiveCodeBench v6", "LiveCodeBench (v6)"],
    "AIME 2026": ["AIME 2026"],
    "MMLU-Pro": ["MMLU-Pro"],
    "IFEval": ["IFEval"],
    "OSWorld-Verified": ["OSWorld-Verified", "OSWorld"],
    "τ2-bench": ["τ2-bench", "tau2-bench", "τ2-bench (retail)"],
    "LMArena Text": ["LMArena", "LMArena Text", "LMArena text leaderboard"],
    "LMArena WebDev": ["WebDev Arena", "LMArena WebDev", "WebDev leaderboard"],
    "Artificial Analysis Intelligence Index": ["Artificial Analysis Intelligence Index v4.0",
                                               "AA Intelligence Index", "Intelligence Index v4.0",
                                               "Intelligence Index"],
}

ARTICLES = {}
SCORES = []
ATTRS = []


def art(fid, url, title, text):
    ARTICLES[fid] = {"url": url, "title": title, "language": "en", "text": text.strip("\n")}


def S(fid, model, bench, value, setting=None, unit="%", opt=None):
    SCORES.append({"file": fid, "model": model, "model_aliases": MODEL_ALIASES[model], "benchmark": bench,
                   "benchmark_aliases": BENCH_ALIASES[bench], "value": value, "unit": unit, "setting": setting,
                   "optional": opt is not None, "why_optional": opt})


def A(fid, subject, attribute, value, qualifier=None, opt=None):
    ATTRS.append({"file": fid, "subject": subject, "subject_aliases": MODEL_ALIASES[subject], "attribute": attribute,
                  "qualifier": qualifier, "value": value, "optional": opt is not None, "why_optional": opt})


# ---------------------------------------------------------------- k001 vendor launch post with a pipe table
F = "k001_tidewater-introducing-halyard-2-pro.json"
art(F, "https://tidewater-ai.example/blog/introducing-halyard-2-pro", "Introducing Halyard 2 Pro", """
Introducing Halyard 2 Pro

Tidewater AI Research · May 12, 2026 · 7 min read

Today we are releasing Halyard 2 Pro, the most capable model we have trained so far. It is available in the Tidewater app, through our API under the identifier halyard-2-pro-2605, and on two major cloud marketplaces. Halyard 2 Pro is generally available as of May 12, 2026.

We designed Halyard 2 Pro for long, tool-heavy work: repairing real repositories, driving a terminal for an hour at a stretch, and digesting the untidy documents that companies actually keep. A single request can hold up to 400,000 tokens, enough for a mid-sized codebase together with its issue tracker.

What changed

Most of the improvement comes from post-training. We rebuilt our reinforcement learning pipeline around verifiable long-horizon tasks and spent roughly twice the compute on it that went into Halyard 1.5. The base model is also new, but its architecture refines the previous generation rather than replacing it.

Benchmarks

The table compares Halyard 2 Pro with the strongest models available through public APIs when this post went out.

| Benchmark | Halyard 2 Pro | GPT-5.4 (xhigh) | Claude Opus 4.6 (max) | Gemini 3.1 Pro (high) |
|---|---|---|---|---|
| SWE-bench Verified | 77.9% | 76.4% | 79.3% | 75.2% |
| Terminal-Bench 2.0¹ | 68.7% | 71.9% | 63.5% | 66.0% |
| GPQA Diamond | 90.2% | 92.8% | 90.5% | 93.1% |
| Humanity's Last Exam (no tools) | 38.6% | 39.8% | 40.0% | 44.1% |
| Humanity's Last Exam (with tools)² | 51.3% | 52.1% | 49.6% | 51.0% |
| ARC-AGI-2 | 61.4% | 73.3% | 68.8% | 77.1% |
| MMMU-Pro | 79.7% | 78.3% | 75.8% | 81.0% |
| BrowseComp | 80.5% | 82.7% | 84.0% | 85.9% |

¹ Halyard 2 Pro was run in Tidewater's own agent harness with a 3-hour timeout per task. Competitor figures are those their developers report with the Terminus-2 harness.
² With search, browsing and a Python sandbox enabled.
Competitor numbers come from public model cards and leaderboards where available. GPT-5.4 used xhigh reasoning effort, Claude Opus 4.6 used max effort and Gemini 3.1 Pro used the high thinking level. Halyard 2 Pro figures are the mean of 5 runs.

We do not top every row, and we do not think one table should decide which model you pick. On agentic coding, though, Halyard 2 Pro holds its own against anything on the market, at a noticeably lower price.

Pricing and availability

Halyard 2 Pro costs $3 per million input tokens and $15 per million output tokens, and batch jobs get 50% off. Halyard 2 Mini, a smaller sibling for high-volume workloads, follows in June.

Share this post
""")
for bench, row in [
    ("SWE-bench Verified", (77.9, 76.4, 79.3, 75.2)),
    ("Terminal-Bench 2.0", (68.7, 71.9, 63.5, 66.0)),
    ("GPQA Diamond", (90.2, 92.8, 90.5, 93.1)),
    ("HLE-no", (38.6, 39.8, 40.0, 44.1)),
    ("HLE-with", (51.3, 52.1, 49.6, 51.0)),
    ("ARC-AGI-2", (61.4, 73.3, 68.8, 77.1)),
    ("MMMU-Pro", (79.7, 78.3, 75.8, 81.0)),
    ("BrowseComp", (80.5, 82.7, 84.0, 85.9)),
]:
    for model, effort, v in zip(["Halyard 2 Pro", "GPT-5.4", "Claude Opus 4.6", "Gemini 3.1 Pro"],
                                [None, "xhigh", "max", "high"], row):
        parts = [effort] if effort else []
        b = bench
        if bench == "Terminal-Bench 2.0":
            parts.append("Tidewater agent harness" if model == "Halyard 2 Pro" else "Terminus-2 harness")
        if bench.startswith("HLE"):
            b = "Humanity's Last Exam"
            parts.append("no tools" if bench == "HLE-no" else "with tools")
        S(F, model, b, v, "; ".join(parts) or None)
A(F, "Halyard 2 Pro", "context_window_tokens", 400000)
A(F, "Halyard 2 Pro", "release_date", "2026-05-12")

# ---------------------------------------------------------------- k002 news write-up, vendor numbers in prose
F = "k002_circuitry-tidewater-halyard-2-pro-coding.json"
art(F, "https://thecircuitry.example/2026/05/12/tidewater-halyard-2-pro", "Tidewater's Halyard 2 Pro goes after the coding crown", """
SAN FRANCISCO, May 12 — Tidewater AI on Tuesday released Halyard 2 Pro, a new flagship model that the three-year-old startup says can keep pace with the best systems from OpenAI and Google on software engineering work.

On SWE-bench Verified, a closely followed test assembled from real GitHub issues, Halyard 2 Pro resolves 77.9% of problems, according to the company. That would place it ahead of OpenAI's GPT-5.4 (76.4%) but still behind Anthropic's Claude Opus 4.6, which Tidewater lists at 79.3%.

The company also claimed 68.7% on Terminal-Bench 2.0, although that number was produced with Tidewater's own agent harness instead of the standard one most rivals use, something disclosed only in a footnote.

Away from coding the results are patchier. Tidewater says the model answers 90.2% of GPQA Diamond's graduate-level science questions and reaches 79.7% on the multimodal MMMU-Pro benchmark. On ARC-AGI-2, the abstract-puzzle test, it managed 61.4%, well behind Gemini 3.1 Pro's 77.1%.

On Humanity's Last Exam, Halyard 2 Pro scored 38.6% without tools and 51.3% when it was allowed to search the web and execute code, the company said.

"We built this for people who want a model to finish the job, not just start it," chief executive Dana Okafor said in an interview. She would not say how many parameters the model has.

Tidewater, which raised $900 million in February at an $11 billion valuation, says more than 1,400 companies pay for its API. The new model is priced at $3 per million input tokens, about 40% below Claude Opus 4.6, and comes with a 400K-token context window.

Halyard 2 Pro is available from Tuesday in Tidewater's app and API. A cheaper Halyard 2 Mini is expected in June.
""")
S(F, "Halyard 2 Pro", "SWE-bench Verified", 77.9)
S(F, "GPT-5.4", "SWE-bench Verified", 76.4)
S(F, "Claude Opus 4.6", "SWE-bench Verified", 79.3)
S(F, "Halyard 2 Pro", "Terminal-Bench 2.0", 68.7, "Tidewater agent harness")
S(F, "Halyard 2 Pro", "GPQA Diamond", 90.2)
S(F, "Halyard 2 Pro", "MMMU-Pro", 79.7)
S(F, "Halyard 2 Pro", "ARC-AGI-2", 61.4)
S(F, "Gemini 3.1 Pro", "ARC-AGI-2", 77.1)
S(F, "Halyard 2 Pro", "Humanity's Last Exam", 38.6, "no tools")
S(F, "Halyard 2 Pro", "Humanity's Last Exam", 51.3, "with tools")
A(F, "Halyard 2 Pro", "context_window_tokens", 400000)
A(F, "Halyard 2 Pro", "release_date", "2026-05-12", opt="only a yearless dateline ('May 12') plus 'on Tuesday'")

# ---------------------------------------------------------------- k003 skeptical independent re-test
F = "k003_gaugelabs-halyard-2-pro-retest.json"
art(F, "https://gaugelabs.example/posts/halyard-2-pro-swe-bench-retest", "We re-ran Halyard 2 Pro on SWE-bench Verified. Here's what we got.", """
Independent evals · May 15, 2026 · Gauge Labs

Tidewater's launch post for Halyard 2 Pro leads with a single number: 77.9% on SWE-bench Verified, which would leave the model nearly level with Anthropic's Claude Opus 4.6. Agentic coding scores reported by vendors are notoriously sensitive to scaffolding, so we ran the benchmark ourselves.

Our setup

We used the public 500-task split, the bash-only scaffold Tidewater describes in its technical notes, a 250-step cap and the model's default sampling settings. Every task was attempted 3 times and we report the mean. The exercise cost $1,840 in API fees spread over four days.

What we found

In our runs Halyard 2 Pro resolved 71.4% of tasks. That is a respectable result, but it sits 6.5 points under the company's figure, and it moves the model from "roughly level with Opus" to "a tier below". Our three runs landed between 70.8 and 72.0, so this is not noise.

We asked Tidewater about the gap. A spokesperson said the published figure came from an internal version of the scaffold with better retry logic, and that the company "stands by" it.

Terminal-Bench tells a similar story

Tidewater's 68.7% on Terminal-Bench 2.0 was produced in its own agent harness. On the standard Terminus-2 harness, the one every other lab reports, we measured 64.1%. That is not automatically a contradiction, because harnesses matter enormously on this benchmark, but it does mean the launch table is not comparing like with like.

Where the claims held up

Not everything shrank. On GPQA Diamond we got 90%, practically identical to the 90.2% Tidewater reports. On LiveCodeBench v6 we measured 74.0%, a number Tidewater never published, and one that would put the model among the strongest we have tested on competitive programming.

Bottom line

Halyard 2 Pro is a strong model with a marketing problem. If you are picking a coding agent because of a vendor table, run your own tasks first.

Gauge Labs is funded by subscriptions and accepts no money from model developers.
""")
S(F, "Halyard 2 Pro", "SWE-bench Verified", 77.9)
S(F, "Halyard 2 Pro", "SWE-bench Verified", 71.4)
S(F, "Halyard 2 Pro", "Terminal-Bench 2.0", 68.7, "Tidewater agent harness")
S(F, "Halyard 2 Pro", "Terminal-Bench 2.0", 64.1, "Terminus-2 harness")
S(F, "Halyard 2 Pro", "GPQA Diamond", 90)
S(F, "Halyard 2 Pro", "GPQA Diamond", 90.2)
S(F, "Halyard 2 Pro", "LiveCodeBench", 74.0, "v6")

# ---------------------------------------------------------------- k004 leaderboard roundup (LMArena)
F = "k004_arenawatch-halyard-climbs-to-third.json"
art(F, "https://arenawatch.example/leaderboards/halyard-2-pro-no-3-lmarena", "Halyard 2 Pro climbs to No. 3 on LMArena's text leaderboard", """
Leaderboards · Updated 9h ago

Tidewater's Halyard 2 Pro has climbed to No. 3 on LMArena's text leaderboard with a rating of 1,476 Elo, a little more than a week after launch. It joined the board last Friday in sixth place on a provisional rating and gained ground as votes piled up; more than 11,000 head-to-head votes now sit behind it.

The rest of the top of the board is unchanged. Gemini 3.1 Pro keeps first place at 1,492, with Claude Opus 4.6 second on 1,487. GPT-5.4 slipped to fourth at 1,471, and Grok 4 is fifth with 1,458.

Only 16 points separate second and fourth, and the confidence intervals (about ±6 for each of these models) overlap, so LMArena shows several of them as statistically tied. We report the raw positions.

Further down, Hanshan Intelligence's Qingluan-5 Pro sits in 8th place at 1,439. The best open-weights entry is Bramble AI's Juniper-2, ranked 14th overall with 1,412 Elo.

WebDev Arena

On the WebDev leaderboard, which rates models on building working web apps, Claude Opus 4.6 stays first with 1,561. Halyard 2 Pro debuts in second place at 1,538, ahead of GPT-5.4 in third at 1,524.

The arena has now collected 6.2 million votes across 290 models, its operators said this week.
""")
for m, elo, rank in [("Halyard 2 Pro", 1476, 3), ("Gemini 3.1 Pro", 1492, 1), ("Claude Opus 4.6", 1487, 2),
                     ("GPT-5.4", 1471, 4), ("Grok 4", 1458, 5), ("Qingluan-5 Pro", 1439, 8), ("Juniper-2", 1412, 14)]:
    S(F, m, "LMArena Text", elo, unit="elo")
    A(F, m, "leaderboard_rank", rank, "LMArena Text")
A(F, "Juniper-2", "leaderboard_rank", 1, "LMArena Text (open models)",
  opt="implied by 'best open-weights entry', no ordinal stated")
for m, elo, rank in [("Claude Opus 4.6", 1561, 1), ("Halyard 2 Pro", 1538, 2), ("GPT-5.4", 1524, 3)]:
    S(F, m, "LMArena WebDev", elo, unit="elo")
    A(F, m, "leaderboard_rank", rank, "LMArena WebDev")

# ---------------------------------------------------------------- k005 noisy scraped page
F = "k005_technodrome-qingluan-5-pro.json"
art(F, "https://technodrome.example/ai/models/hanshan-qingluan-5-pro", "Hanshan's Qingluan-5 Pro: 1.6 trillion parameters, 1M context and a big coding jump", """
AI › Models › China

Share
Tweet
Copy link
2h ago · 5 min read
By Lin Qiao

Hanshan's Qingluan-5 Pro: 1.6 trillion parameters, 1M context and a big coding jump

Key points
• Qingluan-5 Pro is a mixture-of-experts design with 1.6 trillion total and 49 billion active parameters
• Hanshan claims 74.2% on SWE-bench Verified
• The model reads up to 1 million tokens
• Weights are not being released

Hanshan Intelligence chief scientist Zhou Wenbo presents Qingluan-5 Pro in Hangzhou. Photo: Hanshan Intelligence

Hanshan Intelligence released Qingluan-5 Pro on April 28, 2026, its first model built to compete head-on with US frontier systems at agentic coding. The Hangzhou lab says training ran on a cluster of 20,000 domestic accelerators.

ADVERTISEMENT

Hanshan's technical report puts Qingluan-5 Pro at 74.2% on SWE-bench Verified, up from 61.0% for Qingluan-4 Pro and comfortably clear of DeepSeek-V3.2 (67.8%). It reaches 83.5% on LiveCodeBench v6 and 95.1% on AIME 2026.

Read more: DeepSeek's next model is late. Here's why that matters

Hanshan also lists 33.9% on Humanity's Last Exam in the no-tools setting, 71.6% on BrowseComp and 82.0% on the retail split of τ2-bench. It did not publish ARC-AGI-2 results.

Subscribe to The Drome Daily — the AI news that matters, in your inbox every morning.
Sign up

Under the hood, the model is a mixture of experts: 1.6 trillion parameters in all, 49 billion of which are active for any given token. Its 1M-token context window matches Gemini 3.1 Pro.

Pricing is aggressive. Hanshan charges ¥2 per million input tokens for the first 100,000 developers, and says a distilled version will follow "within weeks".

Qingluan-5 Pro benchmark chart released by Hanshan. Source: Hanshan Intelligence

Comments (37)

Related
Juniper-2 is the open model to beat this month · 1d ago
Inside LMArena's vote counting · 3d ago

© 2026 Technodrome. All rights reserved.
""")
S(F, "Qingluan-5 Pro", "SWE-bench Verified", 74.2)
S(F, "Qingluan-4 Pro", "SWE-bench Verified", 61.0)
S(F, "DeepSeek-V3.2", "SWE-bench Verified", 67.8)
S(F, "Qingluan-5 Pro", "LiveCodeBench", 83.5, "v6")
S(F, "Qingluan-5 Pro", "AIME 2026", 95.1)
S(F, "Qingluan-5 Pro", "Humanity's Last Exam", 33.9, "no tools")
S(F, "Qingluan-5 Pro", "BrowseComp", 71.6)
S(F, "Qingluan-5 Pro", "τ2-bench", 82.0, "retail")
A(F, "Qingluan-5 Pro", "parameters_total", 1600000000000)
A(F, "Qingluan-5 Pro", "parameters_active", 49000000000)
A(F, "Qingluan-5 Pro", "context_window_tokens", 1000000)
A(F, "Qingluan-5 Pro", "release_date", "2026-04-28")
A(F, "Gemini 3.1 Pro", "context_window_tokens", 1000000, opt="implied by 'matches Gemini 3.1 Pro'")

# ---------------------------------------------------------------- k006 open-weights release
F = "k006_opensourcerer-bramble-juniper-2.json"
art(F, "https://opensourcerer.example/news/bramble-juniper-2-open-weights", "Bramble AI releases Juniper-2 under Apache 2.0: a 9B-active MoE that fits on one GPU", """
Bramble AI published the weights of Juniper-2 on May 6, 2026, under the Apache 2.0 license, which makes it one of the most capable models anyone can download and run without strings attached.

Juniper-2 is a sparse mixture-of-experts model with 121 billion parameters in total, 9 billion of them active per token. Bramble says it fits on a single 80 GB accelerator at 8-bit precision. The context window is 262,144 tokens.

A smaller sibling, Juniper-2 Lite, shipped alongside it: 21B total parameters with 3.6B active and a 131,072-token context, aimed at laptops and phones.

Scores reported by Bramble

Juniper-2:
- MMLU-Pro: 81.6
- GPQA Diamond: 74.9
- AIME 2026: 88.3
- LiveCodeBench (v6): 68.4
- SWE-bench Verified: 58.6

Juniper-2 Lite:
- MMLU-Pro: 72.3
- GPQA Diamond: 61.2
- AIME 2026: 71.0
- LiveCodeBench (v6): 55.9

How it stacks up

These results do not beat the biggest open models outright. DeepSeek-V3.2, which activates roughly four times as many parameters, still leads on GPQA Diamond with 79.9 and on LiveCodeBench v6 with 74.1. But Juniper-2 edges past Qwen3-235B-A22B on SWE-bench Verified (58.6 versus 57.3), and does it with a fraction of the memory.

"Our target was the best model you can serve on one card," Bramble co-founder Ines Varga wrote in the release notes. The company trained Juniper-2 on 22 trillion tokens using 4,096 GPUs over 71 days.

The weights are on Hugging Face as bramble/juniper-2-121b-a9b and bramble/juniper-2-lite-21b-a3.6b, and community GGUF quantizations are already appearing. Bramble's hosted API charges $0.20 per million input tokens.
""")
for b, v, s in [("MMLU-Pro", 81.6, None), ("GPQA Diamond", 74.9, None), ("AIME 2026", 88.3, None),
                ("LiveCodeBench", 68.4, "v6"), ("SWE-bench Verified", 58.6, None)]:
    S(F, "Juniper-2", b, v, s)
for b, v, s in [("MMLU-Pro", 72.3, None), ("GPQA Diamond", 61.2, None), ("AIME 2026", 71.0, None),
                ("LiveCodeBench", 55.9, "v6")]:
    S(F, "Juniper-2 Lite", b, v, s)
S(F, "DeepSeek-V3.2", "GPQA Diamond", 79.9)
S(F, "DeepSeek-V3.2", "LiveCodeBench", 74.1, "v6")
S(F, "Qwen3-235B-A22B", "SWE-bench Verified", 57.3)
A(F, "Juniper-2", "parameters_total", 121000000000)
A(F, "Juniper-2", "parameters_active", 9000000000)
A(F, "Juniper-2", "context_window_tokens", 262144)
A(F, "Juniper-2", "release_date", "2026-05-06")
A(F, "Juniper-2 Lite", "parameters_total", 21000000000)
A(F, "Juniper-2 Lite", "parameters_active", 3600000000)
A(F, "Juniper-2 Lite", "context_window_tokens", 131072)
A(F, "Juniper-2 Lite", "release_date", "2026-05-06", opt="date inherited from 'shipped alongside it'")

# ---------------------------------------------------------------- k007 comparison explainer, flattened table
F = "k007_stackshift-frontier-coding-models-compared.json"
art(F, "https://stackshift.example/guides/best-coding-model-may-2026", "GPT-5.4 vs Claude Opus 4.6 vs Gemini 3.1 Pro vs Grok 4: which frontier model should you code with?", """
Four models handle most serious coding work in 2026. We collected their published numbers in one place and added what we have learned from using each of them every day.

The numbers

Benchmark GPT-5.4 Claude Opus 4.6 Gemini 3.1 Pro Grok 4
SWE-bench Verified 76.4% 79.3% 75.2% 70.8%
SWE-bench Pro 58.2% 55.1% 54.3% 47.9%
OSWorld-Verified 75.0% 72.7% 68.1% 61.3%
τ2-bench (retail) 84.6% 88.1% 85.3% 80.2%
GPQA Diamond 91.1% 90.5% 93.1% 88.4%
Context window 1M 1M 1M 256K
Output price ($/1M tokens) $15 $25 $12 $15

Sources: vendor model and system cards, checked May 20. Prices are list prices for standard, non-batch use.

What the table doesn't tell you

Claude Opus 4.6 still leads SWE-bench Verified at 79.3%, and in our experience it is the most dependable at big refactors that touch dozens of files. It is also the most expensive of the four by a wide margin.

GPT-5.4 is the best computer-use model here, with 75.0% on OSWorld-Verified, and it tops SWE-bench Pro at 58.2%. If your work involves clicking through web apps or juggling terminals, start with it.

Gemini 3.1 Pro is the strongest at raw reasoning, with 93.1% on GPQA Diamond, and it is the cheapest at $12 per million output tokens. Its coding numbers are a step behind, but not by much.

Grok 4 trails on every coding row. It remains a capable model, and its 256K window is plenty for most repositories, but at the same price as GPT-5.4 it is hard to recommend for code.

Our pick

For most teams: Claude Opus 4.6 for hard changes, Gemini 3.1 Pro for everything else. Revisit in a month; this table has changed three times since January.
""")
rows = [("SWE-bench Verified", None, (76.4, 79.3, 75.2, 70.8)), ("SWE-bench Pro", None, (58.2, 55.1, 54.3, 47.9)),
        ("OSWorld-Verified", None, (75.0, 72.7, 68.1, 61.3)), ("τ2-bench", "retail", (84.6, 88.1, 85.3, 80.2)),
        ("GPQA Diamond", None, (91.1, 90.5, 93.1, 88.4))]
for b, s, vals in rows:
    for m, v in zip(["GPT-5.4", "Claude Opus 4.6", "Gemini 3.1 Pro", "Grok 4"], vals):
        S(F, m, b, v, s)
for m, c in [("GPT-5.4", 1000000), ("Claude Opus 4.6", 1000000), ("Gemini 3.1 Pro", 1000000), ("Grok 4", 256000)]:
    A(F, m, "context_window_tokens", c)

# ---------------------------------------------------------------- k008 short wire brief
F = "k008_wirefeed-hanshan-coding-claim.json"
art(F, "https://wirefeed.example/technology/2026-05-02-hanshan-qingluan-coding", "China's Hanshan says new AI model rivals US systems in coding", """
BEIJING, May 2 (Wirefeed) - Chinese artificial intelligence startup Hanshan Intelligence said on Saturday that its Qingluan-5 Pro model scored 72.4% on SWE-bench Verified, a coding benchmark, bringing it close to leading U.S. models.

The Hangzhou-based company said the model also scored 33.9% on Humanity's Last Exam and 95.1% on the AIME 2026 mathematics test. Wirefeed could not independently verify the figures.

Hanshan, backed by a large e-commerce group and state-linked funds, raised 4.5 billion yuan ($620 million) last year. Its consumer app has about 38 million monthly users, according to a mobile data firm.

(Reporting by Wei Han; Editing by Mark Ellis)
""")
S(F, "Qingluan-5 Pro", "SWE-bench Verified", 72.4)
S(F, "Qingluan-5 Pro", "Humanity's Last Exam", 33.9)
S(F, "Qingluan-5 Pro", "AIME 2026", 95.1)

# ---------------------------------------------------------------- k009 forum recap in prose
F = "k009_threadrecap-juniper-2-first-impressions.json"
art(F, "https://threadrecap.example/localllama/juniper-2-first-impressions", "What the local-model forums think of Juniper-2 after 48 hours", """
Bramble's Juniper-2 has dominated the local-models forums since the weights went up, and the mood is cautiously upbeat. We read the biggest threads so you don't have to.

The most upvoted post came from someone who had the 4-bit quant running on two second-hand RTX 3090s at around 41 tokens per second. For most people here that is the real headline: a model with only 9B active parameters that can genuinely be served at home. The Q4_K_M file weighs 68 GB.

Several commenters tried to reproduce Bramble's numbers. One posted a LiveCodeBench v6 run at 68%, near enough to the official 68.4% that nobody argued. Another ran MMLU-Pro overnight and reported "roughly 80", a bit under Bramble's claim, while admitting to a different prompt template.

The coding crowd liked the SWE-bench Verified result best: several people noted that Juniper-2's 58.6 beats Qwen3-235B-A22B's 57.3 with a fraction of the memory. Not everyone was won over; a long reply chain insisted that DeepSeek-V3.2 is still clearly better for agentic work at 67.8.

Most complaints were about long inputs. The 256K context window looks fine on paper, but several users saw quality drop sharply past about 100K tokens, and one measured a 3x slowdown on long prompts.

The overall sentiment, summed up in a top comment with 1.2k upvotes: it is the first open model that feels like last year's frontier on a single box.
""")
S(F, "Juniper-2", "LiveCodeBench", 68, "v6")
S(F, "Juniper-2", "LiveCodeBench", 68.4, "v6")
S(F, "Juniper-2", "MMLU-Pro", 80, opt="approximate user report ('roughly 80')")
S(F, "Juniper-2", "SWE-bench Verified", 58.6)
S(F, "Qwen3-235B-A22B", "SWE-bench Verified", 57.3)
S(F, "DeepSeek-V3.2", "SWE-bench Verified", 67.8)
A(F, "Juniper-2", "parameters_active", 9000000000)
A(F, "Juniper-2", "context_window_tokens", 256000)

# ---------------------------------------------------------------- k010 podcast show notes
F = "k010_latentsignals-ep148-notes.json"
art(F, "https://latentsignals.example/episodes/148", "Ep. 148: Open weights strike back, Halyard's numbers, and the Strata 3 family", """
Show notes

This week Priya and Tom are joined by evaluation researcher Dr. Amara Lindqvist to work through a hectic fortnight of releases.

(00:00) Intro and listener mail
(03:40) Halyard 2 Pro: Tidewater's launch claims 77.9% on SWE-bench Verified; Amara explains why independent re-runs came in lower and why the choice of harness matters so much
(19:15) Is ARC-AGI-2 still useful? Halyard's 61.4 against Gemini 3.1 Pro at 77.1
(31:02) Kiln's Strata 3: the 300B-A24B flagship posts 86.0 on GPQA Diamond, and the 27B is the one Tom actually runs at home
(44:30) Artificial Analysis check-in: Halyard 2 Pro enters the Intelligence Index v4.0 at 58, right behind Gemini
(52:10) Listener question: "Is Opus still the coding king?" Amara's answer: it sits somewhere around 80 on SWE-bench, and it is still the one to beat
(58:45) Wrap-up

Links mentioned
- Tidewater's Halyard 2 Pro announcement
- The Gauge Labs re-test write-up
- Strata 3 model cards on Hugging Face
- The Artificial Analysis leaderboard

This episode is sponsored by a GPU cloud you have definitely heard of. Use code SIGNALS20 for 20% off your first three months.

Latent Signals is produced independently. Runtime: 1h 02m.
""")
S(F, "Halyard 2 Pro", "SWE-bench Verified", 77.9)
S(F, "Halyard 2 Pro", "ARC-AGI-2", 61.4)
S(F, "Gemini 3.1 Pro", "ARC-AGI-2", 77.1)
S(F, "Strata 3 300B-A24B", "GPQA Diamond", 86.0)
S(F, "Halyard 2 Pro", "Artificial Analysis Intelligence Index", 58, "v4.0", unit=None)
S(F, "Claude Opus 4.6", "SWE-bench Verified", 80, opt="approximate ('somewhere around 80')")

# ---------------------------------------------------------------- k011 model family with several sizes
F = "k011_modelmonitor-kiln-strata-3-family.json"
art(F, "https://modelmonitor.example/2026/05/kiln-strata-3-family", "Kiln Research's Strata 3 arrives in three sizes, from phone to datacenter", """
Kiln Research released its Strata 3 family on May 19, 2026, and this time the lab is spreading its bets across sizes: Strata 3 comes in 4B, 27B and 300B-A24B variants, all with open weights under Kiln's community license.

The two smaller models are dense, with 4 billion and 27 billion parameters respectively. Strata 3 4B is meant for phones and laptops, while Strata 3 27B targets a single consumer GPU. The flagship, Strata 3 300B-A24B, is a mixture-of-experts model with 300 billion total parameters and 24 billion active per token. The dense models read 128K tokens of context; the flagship handles 512K.

Kiln published these results for the instruction-tuned checkpoints:

| Benchmark | Strata 3 4B | Strata 3 27B | Strata 3 300B-A24B |
|---|---|---|---|
| MMLU-Pro | 58.7 | 74.9 | 84.2 |
| GPQA Diamond | 42.3 | 63.5 | 86.0 |
| AIME 2026 | 47.1 | 78.4 | 93.6 |
| LiveCodeBench v6 | 36.8 | 59.0 | 79.2 |
| IFEval | 81.4 | 87.9 | 91.3 |

The 27B is the most interesting of the three. Its 74.9 on MMLU-Pro comes within a point of Qwen3-32B (75.6), and at 59.0 on LiveCodeBench it beats plenty of models twice its size. The flagship lags closed frontier models on hard reasoning, with its 86.0 on GPQA Diamond several points short of Gemini 3.1 Pro, but it is the strongest open model Kiln has shipped.

Kiln trained the family on 36 trillion tokens using 2,048 H200 GPUs, and says the 4B model generates text 18% faster than Strata 2 4B on the same phone. Commercial use is free for companies with fewer than 700 million monthly users.
""")
for b, s, vals in [("MMLU-Pro", None, (58.7, 74.9, 84.2)), ("GPQA Diamond", None, (42.3, 63.5, 86.0)),
                   ("AIME 2026", None, (47.1, 78.4, 93.6)), ("LiveCodeBench", "v6", (36.8, 59.0, 79.2)),
                   ("IFEval", None, (81.4, 87.9, 91.3))]:
    for m, v in zip(["Strata 3 4B", "Strata 3 27B", "Strata 3 300B-A24B"], vals):
        S(F, m, b, v, s)
S(F, "Qwen3-32B", "MMLU-Pro", 75.6)
A(F, "Strata 3 4B", "parameters_total", 4000000000)
A(F, "Strata 3 27B", "parameters_total", 27000000000)
A(F, "Strata 3 300B-A24B", "parameters_total", 300000000000)
A(F, "Strata 3 300B-A24B", "parameters_active", 24000000000)
A(F, "Strata 3 4B", "context_window_tokens", 128000)
A(F, "Strata 3 27B", "context_window_tokens", 128000)
A(F, "Strata 3 300B-A24B", "context_window_tokens", 512000)
for m in ["Strata 3 4B", "Strata 3 27B", "Strata 3 300B-A24B"]:
    A(F, m, "release_date", "2026-05-19", opt="date stated for the family as a whole")

# ---------------------------------------------------------------- k012 distractor-heavy business story
F = "k012_ledgerline-hanshan-funding-flash.json"
art(F, "https://ledgerline.example/markets/hanshan-funding-qingluan-5-flash", "Hanshan raises $2.1 billion as Qingluan-5 Flash goes after the budget tier", """
Hanshan Intelligence has closed a $2.1 billion funding round at a $24 billion valuation, the company said on Thursday, days after launching a cheaper model it hopes will win over developers priced out of frontier systems.

The new Qingluan-5 Flash, released on May 14, 2026, costs $0.30 per million input tokens and $1.20 per million output tokens, roughly a tenth of what Hanshan charges for the 1.6-trillion-parameter Qingluan-5 Pro. In tests by Artificial Analysis it streamed 240 tokens per second, with a median time to first token of 0.38 seconds.

Quality has not fallen as far as the price. Hanshan says Flash scores 66.5% on SWE-bench Verified and 90.4% on AIME 2026, and Artificial Analysis places it at 47 on its Intelligence Index v4.0, five points above DeepSeek-V3.2 at 42. Its GPQA Diamond score is 81.7%.

The round was led by a state-backed fund, with three existing investors taking part. Hanshan said it would use the money to grow its training cluster from 30,000 to 65,000 accelerators by early 2027.

The company's consumer app now has 52 million monthly active users, up 37% since January, and more than 9,000 businesses pay for API access. Flash supports a 256,000-token context window and accepts images as well as text.

Hanshan's chief executive told reporters the company expects revenue of 3 billion yuan this year and has no plans for a listing before 2028.
""")
S(F, "Qingluan-5 Flash", "SWE-bench Verified", 66.5)
S(F, "Qingluan-5 Flash", "AIME 2026", 90.4)
S(F, "Qingluan-5 Flash", "Artificial Analysis Intelligence Index", 47, "v4.0", unit=None)
S(F, "DeepSeek-V3.2", "Artificial Analysis Intelligence Index", 42, "v4.0", unit=None)
S(F, "Qingluan-5 Flash", "GPQA Diamond", 81.7)
A(F, "Qingluan-5 Flash", "release_date", "2026-05-14")
A(F, "Qingluan-5 Flash", "context_window_tokens", 256000)
A(F, "Qingluan-5 Pro", "parameters_total", 1600000000000)

# ---------------------------------------------------------------- k013 index roundup with a numbered list
F = "k013_benchbrief-aa-index-may.json"
art(F, "https://benchbrief.example/2026/05/artificial-analysis-index-may-update", "Artificial Analysis Intelligence Index, May update: Halyard 2 Pro enters the top three", """
The May refresh of the Artificial Analysis Intelligence Index v4.0 brings one new name to the top of the table. Tidewater's Halyard 2 Pro debuts in third place with 58 points, behind GPT-5.4 and Gemini 3.1 Pro.

The top eight as of May 21:

1. GPT-5.4 (xhigh) — 60
2. Gemini 3.1 Pro — 59
3. Halyard 2 Pro — 58
4. Claude Opus 4.6 (max) — 55
5. Qingluan-5 Pro — 52
6. Grok 4 — 49
7. Qingluan-5 Flash — 47
8. DeepSeek-V3.2 — 42

The index rolls ten evaluations, among them GPQA Diamond, Humanity's Last Exam, Terminal-Bench 2.0 and SciCode, into one number. Artificial Analysis spent about $2,300 putting Halyard 2 Pro through the full suite, which consumed 61 million output tokens, more than any model except GPT-5.4.

Open weights

DeepSeek-V3.2 remains the top open-weights model. Bramble's Juniper-2 is now the second-best open model at 38 points, just ahead of Qwen3-235B-A22B at 36, and it gets there with only 9B active parameters.

Hanshan now has two models in the top seven, the best showing so far for a Chinese lab.
""")
for rank, (m, v, eff) in enumerate([("GPT-5.4", 60, "xhigh"), ("Gemini 3.1 Pro", 59, None), ("Halyard 2 Pro", 58, None),
                                    ("Claude Opus 4.6", 55, "max"), ("Qingluan-5 Pro", 52, None), ("Grok 4", 49, None),
                                    ("Qingluan-5 Flash", 47, None), ("DeepSeek-V3.2", 42, None)], start=1):
    S(F, m, "Artificial Analysis Intelligence Index", v, f"{eff}; v4.0" if eff else "v4.0", unit=None)
    A(F, m, "leaderboard_rank", rank, "Artificial Analysis Intelligence Index")
S(F, "Juniper-2", "Artificial Analysis Intelligence Index", 38, "v4.0", unit=None)
S(F, "Qwen3-235B-A22B", "Artificial Analysis Intelligence Index", 36, "v4.0", unit=None)
A(F, "DeepSeek-V3.2", "leaderboard_rank", 1, "Artificial Analysis Intelligence Index (open weights)")
A(F, "Juniper-2", "leaderboard_rank", 2, "Artificial Analysis Intelligence Index (open weights)")
A(F, "Juniper-2", "parameters_active", 9000000000)

# ---------------------------------------------------------------- k014 newsletter digest: fractions, glued cells
F = "k014_weeklyeval-issue-61.json"
art(F, "https://theweeklyeval.example/issues/61", "The Weekly Eval #61: fractions, footnotes and a new SWE-bench Pro leader", """
The Weekly Eval — Issue #61 — May 23, 2026
You're getting this because you subscribed at theweeklyeval.example. Forward it to a friend!

1. xAI quietly updates Grok 4's card
xAI revised the Grok 4 model card this week. The new BrowseComp figure is written as a fraction, 0.694, which is a clear jump over the launch number. Nothing else changed.

2. DeepSeek-V3.2 and agents
An independent lab re-scored DeepSeek-V3.2 on τ2-bench and got 0.731 on the retail domain, in line with DeepSeek's own claim.

3. SWE-bench Pro has a new leader
The public SWE-bench Pro leaderboard now puts GPT-5.4 in first place. Our export of the board arrived mangled ("GPT-5.458.2% | Claude Opus 4.655.1%"), but the order is clear: GPT-5.4 first, Claude Opus 4.6 second.

4. Small models, big claims
Kiln's Strata 3 27B lands at about 63 on GPQA Diamond in our own quick run, roughly matching the official figure.

5. Gemini's updated table
Google's refreshed model page lists Gemini 3.1 Pro at 81.0% on MMMU-Pro, unchanged from launch.

6. Numbers we are ignoring this week
A claim of 900 million weekly users, a "10x cheaper inference" pitch from a chip startup, and yet another 1,000-GPU cluster announcement.

That's it for #61. Reply to this email with tips.
Unsubscribe · Manage preferences
""")
S(F, "Grok 4", "BrowseComp", 69.4)
S(F, "DeepSeek-V3.2", "τ2-bench", 73.1, "retail")
S(F, "GPT-5.4", "SWE-bench Pro", 58.2, opt="value glued to the model name ('GPT-5.458.2%')")
S(F, "Claude Opus 4.6", "SWE-bench Pro", 55.1, opt="value glued to the model name ('Claude Opus 4.655.1%')")
S(F, "Strata 3 27B", "GPQA Diamond", 63, opt="approximate ('about 63')")
S(F, "Gemini 3.1 Pro", "MMMU-Pro", 81.0)
A(F, "GPT-5.4", "leaderboard_rank", 1, "SWE-bench Pro")
A(F, "Claude Opus 4.6", "leaderboard_rank", 2, "SWE-bench Pro")


def main():
    corpus, gold = HERE / "corpus", HERE / "gold"
    corpus.mkdir(exist_ok=True)
    gold.mkdir(exist_ok=True)
    for old in corpus.glob("k*.json"):
        old.unlink()
    for fid, a in ARTICLES.items():
        (corpus / fid).write_text(json.dumps(a, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    with open(gold / "scores.jsonl", "w", encoding="utf-8") as fh:
        for g in SCORES:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    with open(gold / "attributes.jsonl", "w", encoding="utf-8") as fh:
        for g in ATTRS:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"{len(ARTICLES)} articles, {len(SCORES)} scores ({sum(g['optional'] for g in SCORES)} optional), "
          f"{len(ATTRS)} attributes ({sum(g['optional'] for g in ATTRS)} optional)")


if __name__ == "__main__":
    main()
