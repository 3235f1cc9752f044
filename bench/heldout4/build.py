#!/usr/bin/env python3
"""Write the heldout4 corpus (corpus/*.json) and gold labels (gold/*.jsonl) from the texts below.

The articles were written for this set; every figure is invented test material (real model names included).
Run: python bench/heldout4/build.py && python bench/heldout4/check.py
"""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent

MODEL_ALIASES = {
    "Kairo-3 Pro": ["Kairo-3 Pro", "kairo-3-pro-0312", "Kairo 3 Pro", "Kairo-3"],
    "GPT-5.4": ["GPT-5.4", "GPT-5.4 (xhigh)", "GPT-5.4 (high)", "GPT 5.4"],
    "Claude Opus 4.6": ["Claude Opus 4.6", "Opus 4.6", "Claude Opus 4.6 (max)", "Claude Opus 4.6 (thinking)"],
    "Gemini 3.1 Pro": ["Gemini 3.1 Pro"],
    "Grok 4": ["Grok 4"],
    "DeepSeek-V3.2": ["DeepSeek-V3.2", "DeepSeek V3.2"],
    "Llama 4 Maverick": ["Llama 4 Maverick", "Maverick"],
    "Qwen3-Max": ["Qwen3-Max", "Qwen3-Max-Thinking", "Qwen3 Max"],
    "Zhurong-V2": ["Zhurong-V2", "Zhurong V2"],
    "Brisa-2 236B": ["Brisa-2 236B", "Brisa-2-236B-A21B", "Brisa-2-236B-A21B-Instruct"],
    "Brisa-2 30B": ["Brisa-2 30B", "Brisa-2-30B-A3B", "Brisa-2-30B-A3B-Instruct"],
    "Quillon 7": ["Quillon 7", "Quillon-7"],
    "Sorrel 2 Ultra": ["Sorrel 2 Ultra", "Sorrel Ultra"],
    "Tundra-1.5": ["Tundra-1.5", "Tundra 1.5"],
}
BENCH_ALIASES = {
    "SWE-bench Verified": ["SWE-bench Verified", "SWE-bench"],
    "Terminal-Bench 2.0": ["Terminal-Bench 2.0", "Terminal-Bench"],
    "Humanity's Last Exam": ["Humanity's Last Exam", "HLE"],
    "GPQA Diamond": ["GPQA Diamond", "GPQA"],
    "ARC-AGI-2": ["ARC-AGI-2"],
    "τ2-bench": ["τ2-bench", "tau2-bench", "τ²-bench"],
    "BrowseComp": ["BrowseComp"],
    "AIME 2025": ["AIME 2025", "AIME 25"],
    "LiveCodeBench": ["LiveCodeBench", "LiveCodeBench v6"],
    "MMLU-Pro": ["MMLU-Pro"],
    "IFEval": ["IFEval"],
    "LMArena Text": ["LMArena Text", "LMArena text leaderboard", "Text Arena"],
    "LMArena WebDev": ["LMArena WebDev", "WebDev Arena"],
    "Artificial Analysis Intelligence Index": ["Artificial Analysis Intelligence Index", "AA Intelligence Index",
                                               "Artificial Analysis Intelligence Index v4.0"],
}

ARTICLES = {}
SCORES = []
ATTRS = []


def art(fname, url, title, text):
    ARTICLES[fname] = {"url": url, "title": title, "language": "en", "text": text.strip("\n")}


def s(f, model, bench, value, unit="%", setting=None, opt=None):
    SCORES.append({"file": f, "model": model, "model_aliases": MODEL_ALIASES[model], "benchmark": bench,
                   "benchmark_aliases": BENCH_ALIASES[bench], "value": value, "unit": unit, "setting": setting,
                   "optional": opt is not None, "why_optional": opt})


def a(f, subj, attr, value, qual=None, opt=None):
    ATTRS.append({"file": f, "subject": subj, "subject_aliases": MODEL_ALIASES[subj], "attribute": attr,
                  "qualifier": qual, "value": value, "optional": opt is not None, "why_optional": opt})


# ---------------------------------------------------------------- p001 lab launch blog with a results table
F = "p001_anvilmind-kairo-3-pro-launch.json"
art(F, "https://anvilmind.example/blog/introducing-kairo-3-pro", "Introducing Kairo-3 Pro", """
Introducing Kairo-3 Pro

Anvil Mind Research · 7 min read

Kairo-3 Pro is available from today, March 12, 2026, in the Anvil console, in Team and Enterprise workspaces, and through the API under the model id kairo-3-pro-0312. A smaller and cheaper sibling, Kairo-3 Flash, will follow later this spring.

Under the hood, Kairo-3 Pro is a sparse mixture-of-experts network with 1.1 trillion parameters in total, 52 billion of which are active on any single token. It reads up to 400K tokens of context and can write responses of up to 64K tokens in one go.

Most of our effort this cycle went into work that takes an agent many steps to finish: fixing real bugs in unfamiliar repositories, operating a terminal, and researching questions that need dozens of searches. On SWE-bench Verified, Kairo-3 Pro resolves 77.9% of issues, our best result by a wide margin and within touching distance of the strongest closed systems. It also uses about 40% fewer output tokens than Kairo-2 Pro did to reach a comparable answer.

Results

The table compares Kairo-3 Pro with the current flagship models from three other labs. Figures for other models are the ones their developers have published, except where a footnote says otherwise.

| Benchmark | Kairo-3 Pro | GPT-5.4 (xhigh) | Claude Opus 4.6 (max) | Gemini 3.1 Pro |
|---|---|---|---|---|
| SWE-bench Verified¹ | 77.9% | 76.8% | 80.1% | 75.6% |
| Terminal-Bench 2.0² | 61.3% | 66.0% | 60.2% | 58.4% |
| Humanity's Last Exam (no tools) | 31.5% | 36.4% | 34.1% | 37.9% |
| Humanity's Last Exam (search + code) | 44.0% | 49.2% | 47.5% | 45.8% |
| GPQA Diamond | 87.3% | 90.1% | 88.7% | 91.4% |
| ARC-AGI-2 | 41.6% | 52.9% | 46.0% | 55.2% |
| τ2-bench (retail) | 86.2% | 81.0% | 85.7% | 80.9% |
| BrowseComp | 70.4% | 78.1% | 68.9% | 72.5% |

¹ Kairo-3 Pro averaged over five runs on the 500-problem set.
² All four models run by us with the Terminus-2 harness; mean of three attempts per task.

We are not the leader on every row, and we would rather say so plainly. Kairo-3 Pro is strongest where a task rewards persistence, τ2-bench retail being the clearest case, and it is still behind on abstract puzzle solving such as ARC-AGI-2.

Pricing and availability

The API costs $2.50 for every million input tokens and $12 for every million output tokens; batch jobs get 50% off. Rate limits for existing customers carry over unchanged.
""")
K, G, O, M = "Kairo-3 Pro", "GPT-5.4", "Claude Opus 4.6", "Gemini 3.1 Pro"
for model, st, vals in [
        (K, None, [77.9, 61.3, 31.5, 44.0, 87.3, 41.6, 86.2, 70.4]),
        (G, "xhigh", [76.8, 66.0, 36.4, 49.2, 90.1, 52.9, 81.0, 78.1]),
        (O, "max", [80.1, 60.2, 34.1, 47.5, 88.7, 46.0, 85.7, 68.9]),
        (M, None, [75.6, 58.4, 37.9, 45.8, 91.4, 55.2, 80.9, 72.5])]:
    def j(*parts):
        p = [x for x in parts if x]
        return "; ".join(p) if p else None
    rows = [("SWE-bench Verified", None), ("Terminal-Bench 2.0", "Terminus-2 harness"),
            ("Humanity's Last Exam", "no tools"), ("Humanity's Last Exam", "with tools"),
            ("GPQA Diamond", None), ("ARC-AGI-2", None), ("τ2-bench", "retail"), ("BrowseComp", None)]
    for (bench, rs), v in zip(rows, vals):
        s(F, model, bench, v, setting=j(st, rs))
a(F, K, "parameters_total", 1100000000000)
a(F, K, "parameters_active", 52000000000)
a(F, K, "context_window_tokens", 400000)
a(F, K, "release_date", "2026-03-12")

# ---------------------------------------------------------------- p002 wire story
F = "p002_globewire-anvil-mind-kairo.json"
art(F, "https://globewire.example/technology/anvil-mind-kairo-3-pro-2026-03-12",
    "Seoul's Anvil Mind launches Kairo-3 Pro, says it rivals U.S. leaders on coding", """
SEOUL, March 12 (GlobeWire) - South Korean artificial intelligence startup Anvil Mind on Thursday launched Kairo-3 Pro, a model it says can hold its own against the best systems from OpenAI, Google and Anthropic on software engineering tasks.

The company said Kairo-3 Pro solved 77.9% of the problems in SWE-bench Verified, a widely watched coding test, compared with 80.1% for Anthropic's Claude Opus 4.6. It scored 87.3% on GPQA Diamond, a set of graduate-level science questions.

On Terminal-Bench 2.0, which measures how well a model can work inside a command-line environment, Kairo-3 Pro trailed OpenAI's GPT-5.4, scoring 61.3% against 66%, according to figures published by Anvil Mind.

The results have not been independently verified.

Anvil Mind, set up in 2023 by a group of ex-researchers from two of South Korea's largest technology groups, raised $1.2 billion last year in a round that valued it at about $9 billion, according to people familiar with the matter. It employs roughly 340 people.

Kairo-3 Pro has 1.1 trillion parameters in total, the company said, though only a fraction of them are used for any given word. Anvil Mind did not disclose how much computing power was used to train it.

"Korean companies need a model they can run under Korean law," chief executive Han Seo-yeon told reporters at a briefing in Seoul, adding that the firm would open a data centre in Busan next year.

The launch comes as governments in Asia push for domestic alternatives to U.S. AI providers. Seoul earmarked 1.4 trillion won for sovereign AI projects in its 2026 budget.

(Reporting by Ji-ho Park; Editing by Clare Whitby)
""")
s(F, K, "SWE-bench Verified", 77.9)
s(F, O, "SWE-bench Verified", 80.1)
s(F, K, "GPQA Diamond", 87.3)
s(F, K, "Terminal-Bench 2.0", 61.3)
s(F, G, "Terminal-Bench 2.0", 66)
a(F, K, "parameters_total", 1100000000000)
a(F, K, "release_date", "2026-03-12", opt="date only from the dateline 'SEOUL, March 12' plus 'on Thursday'; no year in the text")

# ---------------------------------------------------------------- p003 tech-site review
F = "p003_gadgetloop-sorrel-2-ultra-review.json"
art(F, "https://gadgetloop.example/reviews/sorrel-2-ultra-hands-on",
    "Sorrel 2 Ultra review: a patient coder with a short fuse for small talk", """
Greyline Labs shipped Sorrel 2 Ultra on April 2, and I have spent most of the week since then using it as my main assistant for writing, code review and one very stubborn spreadsheet. Short version: it is the best model Greyline has made, and for long coding sessions it is now a serious alternative to the usual suspects.

The first thing you notice is the context window. Sorrel 2 Ultra takes up to 1 million tokens, and it actually uses them. I dropped in a 300-page contract bundle and asked for every clause that mentions termination; it found all eleven, with page references, in under a minute.

Coding is where it shines. Greyline says the model resolves 72.8% of SWE-bench Verified, and my own experience lines up with that: it fixed a flaky test in a Django project that had annoyed me for months, and it explained the fix without being asked. It is also, by Greyline's numbers, very strong at competition maths, with 94% on AIME 2025, and the launch chart puts it at roughly 88% on GPQA Diamond.

Public opinion agrees so far. On LMArena's WebDev leaderboard, where people vote on which of two anonymous models built the better web page, Sorrel 2 Ultra currently sits fifth with a score of 1519.

It is not perfect. Conversation feels clipped; ask it how its day is going and you get one sentence back. Of my 40 standard test prompts it flubbed about a dozen, mostly questions about recent news where it refused to search without being told to. And the voice mode still sounds like a satnav.

Price: $20 a month for the Plus plan, or $200 for Pro with higher limits.

Verdict: 8/10. Buy it for code and long documents; keep something friendlier around for chat.

Pros: huge, usable context; excellent at debugging; cites its sources.
Cons: curt in conversation; conservative about web search; voice mode lags behind rivals.
""")
SU = "Sorrel 2 Ultra"
s(F, SU, "SWE-bench Verified", 72.8)
s(F, SU, "AIME 2025", 94.0)
s(F, SU, "GPQA Diamond", 88, opt="approximate ('roughly 88%', read off a chart)")
s(F, SU, "LMArena WebDev", 1519, unit="elo")
a(F, SU, "context_window_tokens", 1000000)
a(F, SU, "leaderboard_rank", 5, qual="LMArena WebDev")
a(F, SU, "release_date", "2026-04-02", opt="'shipped ... on April 2' with no year in the text")

# ---------------------------------------------------------------- p004 analyst comparison of three models
F = "p004_ledgerpoint-three-chinese-models.json"
art(F, "https://ledgerpoint.example/research/zhurong-deepseek-qwen-compared",
    "Zhurong-V2, DeepSeek-V3.2 or Qwen3-Max? A buyer's comparison", """
Enterprise teams in Asia keep asking us the same question: if you want a frontier-class model from a Chinese lab, which one should you pick? We compared the three that come up most often in procurement conversations: Beiming AI's Zhurong-V2, DeepSeek-V3.2 and Alibaba's Qwen3-Max.

Architecture first. Zhurong-V2 is a mixture-of-experts model with 480 billion parameters, 35 billion of them active per token. DeepSeek-V3.2, released December 1, 2025, keeps its predecessor's 671B-total, 37B-active layout and adds a sparse attention scheme that makes long prompts cheaper. Alibaba has not published Qwen3-Max's parameter count beyond saying it exceeds a trillion.

On the benchmarks the labs report, Zhurong-V2 is ahead nearly everywhere, though the margins are narrow.

| | Zhurong-V2 | DeepSeek-V3.2 | Qwen3-Max |
|---|---|---|---|
| GPQA Diamond | 86.1 | 82.4 | 85.0 |
| AIME 2025 | 95.2 | 89.3 | 92.6 |
| LiveCodeBench v6 | 80.7 | 74.1 | 76.9 |
| SWE-bench Verified | 71.5 | 67.8 | 69.6 |
| Context window | 256K | 128K | 262K |
| Input price, $ per 1M tokens | 0.60 | 0.28 | 1.20 |

Its 3.7-point lead over DeepSeek on SWE-bench Verified is real but small, and DeepSeek costs less than half as much per input token. For high-volume back-office work, that difference matters more than any single row in the table.

Qwen3-Max is the most rounded of the three. It is second on every benchmark row, has the longest context, and Alibaba Cloud's regional availability is the best of the group. It is also the most expensive by a factor of two.

Our view: choose DeepSeek-V3.2 when cost dominates, Zhurong-V2 when you need the best coding and maths numbers, and Qwen3-Max when you need long documents and a vendor with data centres in your region. None of the three should be deployed without your own evaluation on your own data; the figures above come from the vendors, and we have only spot-checked them.
""")
Z, D, Q = "Zhurong-V2", "DeepSeek-V3.2", "Qwen3-Max"
for bench, st, vals in [("GPQA Diamond", None, (86.1, 82.4, 85.0)), ("AIME 2025", None, (95.2, 89.3, 92.6)),
                        ("LiveCodeBench", "v6", (80.7, 74.1, 76.9)), ("SWE-bench Verified", None, (71.5, 67.8, 69.6))]:
    for model, v in zip((Z, D, Q), vals):
        s(F, model, bench, v, setting=st)
a(F, Z, "parameters_total", 480000000000)
a(F, Z, "parameters_active", 35000000000)
a(F, D, "parameters_total", 671000000000)
a(F, D, "parameters_active", 37000000000)
a(F, D, "release_date", "2025-12-01")
a(F, Z, "context_window_tokens", 256000)
a(F, D, "context_window_tokens", 128000)
a(F, Q, "context_window_tokens", 262000)

# ---------------------------------------------------------------- p005 arena weekly update
F = "p005_arenawatch-weekly-april-13.json"
art(F, "https://arenawatch.example/weekly/2026-04-13",
    "Arena Watch, week of April 13: Kairo-3 Pro lands in the top five", """
Arena Watch is our Monday look at the public leaderboards. This week's numbers were pulled on April 13, 2026, after more than 5.2 million total votes on the text board.

The headline is a newcomer. Anvil Mind's Kairo-3 Pro entered the LMArena text leaderboard at fourth place with 1471 points, ahead of xAI's Grok 4 and only 18 points behind GPT-5.4. That is the highest debut for a model from outside the U.S. and China that we have recorded.

The top of the text board, as of Monday:

1. Gemini 3.1 Pro – 1502
2. Claude Opus 4.6 (thinking) – 1497
3. GPT-5.4 (high) – 1489
4. Kairo-3 Pro – 1471
5. Grok 4 – 1458
6. Qwen3-Max – 1449

The gap between first and second narrowed to five points, inside the confidence interval of roughly ±6, so treat the top two as a statistical tie for now.

Further down, Beiming AI's Zhurong-V2 debuted at No. 9 with 1442, a respectable start for a model with little English-language marketing behind it.

On the WebDev board, Claude Opus 4.6 (thinking) is still first at 1561, a position it has held for eleven straight weeks. Greyline's Sorrel 2 Ultra is holding fifth at 1519, down two places from its launch week.

Next week: the vision board, where three new entries are waiting for enough votes to be ranked.
""")
for model, st, v, r in [(M, None, 1502, 1), (O, "thinking", 1497, 2), (G, "high", 1489, 3), (K, None, 1471, 4),
                        ("Grok 4", None, 1458, 5), (Q, None, 1449, 6), (Z, None, 1442, 9)]:
    s(F, model, "LMArena Text", v, unit="elo", setting=st)
    a(F, model, "leaderboard_rank", r, qual="LMArena Text")
s(F, O, "LMArena WebDev", 1561, unit="elo", setting="thinking")
a(F, O, "leaderboard_rank", 1, qual="LMArena WebDev")
s(F, SU, "LMArena WebDev", 1519, unit="elo")
a(F, SU, "leaderboard_rank", 5, qual="LMArena WebDev")

# ---------------------------------------------------------------- p006 open-weights model card summary
F = "p006_solano-brisa-2-model-card.json"
art(F, "https://hub.solanolabs.example/models/brisa-2",
    "Brisa-2 model card: two open-weights MoE models from Solano Labs", """
Brisa-2 is Solano Labs' second generation of open-weights language models. Both checkpoints were published on March 24, 2026 under the Apache 2.0 license, with instruct and base variants for each size.

Model overview

| Checkpoint | Params (total) | Params (active) | Max context | Experts |
|---|---|---|---|---|
| Brisa-2-236B-A21B | 236B | 21B | 256K | 160 routed, 8 active |
| Brisa-2-30B-A3B | 30B | 3B | 128K | 64 routed, 6 active |

Both models were pretrained on roughly 22 trillion tokens of multilingual text and code, with extra weight on Spanish, Portuguese and Catalan. The 30B model runs on a single 24 GB consumer GPU with 4-bit weights.

Evaluation

All results are for the instruct checkpoints with thinking enabled, using the sampling settings in generation_config.json.

| Benchmark | Brisa-2-236B-A21B | Brisa-2-30B-A3B |
|---|---|---|
| MMLU-Pro | 81.9 | 73.5 |
| GPQA Diamond | 78.6 | 65.2 |
| AIME 2025 (avg@16) | 88.1 | 79.0 |
| LiveCodeBench v6 | 68.4 | 55.8 |
| SWE-bench Verified | 62.7 | – |
| IFEval | 86.3 | 81.0 |
| τ2-bench (airline) | 58.0 | 44.5 |

Usage

The models load with recent versions of transformers and vLLM. For the 236B model we recommend tensor parallelism across 8 GPUs with 80 GB each. Tool calling follows the same JSON schema as Brisa-1.

Limitations

Brisa-2 can produce confident but wrong answers, especially about events after its training cut-off in late 2025. It has not been tuned for medical or legal advice.

Citation

If you use Brisa-2 in your research, please cite the technical report (arXiv link to follow).
""")
B1, B2 = "Brisa-2 236B", "Brisa-2 30B"
for bench, st, v1, v2 in [("MMLU-Pro", "thinking", 81.9, 73.5), ("GPQA Diamond", "thinking", 78.6, 65.2),
                          ("AIME 2025", "thinking; avg@16", 88.1, 79.0), ("LiveCodeBench", "thinking; v6", 68.4, 55.8),
                          ("SWE-bench Verified", "thinking", 62.7, None), ("IFEval", "thinking", 86.3, 81.0), ("τ2-bench", "thinking; airline", 58.0, 44.5)]:
    s(F, B1, bench, v1, setting=st)
    if v2 is not None:
        s(F, B2, bench, v2, setting=st)
a(F, B1, "parameters_total", 236000000000)
a(F, B1, "parameters_active", 21000000000)
a(F, B1, "context_window_tokens", 256000)
a(F, B1, "release_date", "2026-03-24")
a(F, B2, "parameters_total", 30000000000)
a(F, B2, "parameters_active", 3000000000)
a(F, B2, "context_window_tokens", 128000)
a(F, B2, "release_date", "2026-03-24")

# ---------------------------------------------------------------- p007 business story
F = "p007_capitalcurrent-beiming-ai-funding.json"
art(F, "https://capitalcurrent.example/deals/beiming-ai-raises-2-4-billion",
    "Beiming AI raises $2.4 billion as its Zhurong app passes 45 million users", """
Beiming AI, the Hangzhou start-up behind the Zhurong chatbot, has raised $2.4 billion in a round led by two state-backed funds, lifting its valuation to about $30 billion, the company said on Tuesday.

The round more than doubles the company's valuation from a year ago and makes it one of the three most valuable private AI developers in China. Existing investors, including a large e-commerce group, also took part.

Beiming said its annualised revenue had passed $600 million, most of it from enterprise contracts with banks, insurers and local governments. Its consumer app, Zhurong, now has 45 million monthly active users, up from 12 million at the start of last year.

The money will go mostly to computing capacity. Beiming plans to bring a 40,000-accelerator cluster online in Inner Mongolia by the end of the year and to hire another 600 engineers, bringing its headcount to roughly 1,500.

Investors were drawn in part by the performance of Zhurong-V2, the model Beiming released in February. The company has said it scores 84.7% on GPQA Diamond and 29.8% on Humanity's Last Exam, placing it among the strongest models from a Chinese developer, though below the leading U.S. systems.

"The gap is now measured in months, not years," said one investor in the round, who asked not to be named because the terms are private.

Beiming faces stiff competition at home. DeepSeek and Alibaba both cut prices sharply this year, and analysts expect at least two more large funding rounds in the sector before the summer. Beiming's chief financial officer said the company had no plans for an initial public offering before 2028.
""")
s(F, Z, "GPQA Diamond", 84.7)
s(F, Z, "Humanity's Last Exam", 29.8)

# ---------------------------------------------------------------- p008 newsletter roundup, five items
F = "p008_weeklyprompt-issue-87.json"
art(F, "https://theweeklyprompt.example/p/issue-87-open-weights-spring",
    "The Weekly Prompt #87: open weights spring, a bold SWE-bench claim, and Maverick gets cheaper", """
Good morning. Five things worth your attention this week, and one that isn't (we'll spare you the chatbot-powered toaster).

1. Brisa-2 is out, and it's properly open

Solano Labs released Brisa-2 under Apache 2.0, no usage caps and no "acceptable use" addendum. The flagship, Brisa-2 236B, has 236B total parameters with 21B active, and scores 68 on LiveCodeBench, which puts it in the same neighbourhood as last autumn's closed models. The small 30B version is the one hobbyists will actually run.

2. Tidewell's big coding claim

Tidewell Research says its new Quillon 7 resolves 79.4% of SWE-bench Verified. If that holds up, it would be one of the top three results ever posted. Quillon 7 also ships with a 200K-token context window. We'll believe the number when someone else reproduces it; see the link below for one team that tried.

3. Grok 4 gets a quiet upgrade

xAI pushed an update to Grok 4 without much fanfare. The headline number: 24.3% on ARC-AGI-2, up from the launch figure, which is a respectable jump on a test built to resist memorisation. With search and code execution switched on it now reaches 41.0% on Humanity's Last Exam.

4. Llama 4 Maverick gets cheaper

Several hosting providers cut prices for Llama 4 Maverick, Meta's 400B-parameter mixture-of-experts model (17B active), to as little as $0.15 per million input tokens. At that price it is hard to justify fine-tuning anything smaller for routine classification work.

5. A new face near the top of the Arena

Anvil Mind's Kairo-3 Pro entered LMArena's text leaderboard at No. 4 with 1471 points. It's the first Korean model to crack the top five.

That's it for issue 87. Forward this to one colleague who still thinks benchmarks are settled science.
""")
s(F, B1, "LiveCodeBench", 68)
s(F, "Quillon 7", "SWE-bench Verified", 79.4)
s(F, "Grok 4", "ARC-AGI-2", 24.3)
s(F, "Grok 4", "Humanity's Last Exam", 41.0, setting="with tools")
s(F, K, "LMArena Text", 1471, unit="elo")
a(F, B1, "parameters_total", 236000000000)
a(F, B1, "parameters_active", 21000000000)
a(F, "Quillon 7", "context_window_tokens", 200000)
a(F, "Llama 4 Maverick", "parameters_total", 400000000000)
a(F, "Llama 4 Maverick", "parameters_active", 17000000000)
a(F, K, "leaderboard_rank", 4, qual="LMArena Text")

# ---------------------------------------------------------------- p009 skeptical piece with an independent number
F = "p009_benchdesk-quillon-7-rerun.json"
art(F, "https://benchdesk.example/analysis/quillon-7-swe-bench-rerun",
    "We re-ran Quillon 7 on SWE-bench Verified. We didn't get 79.4%", """
When Tidewell Research launched Quillon 7 on March 30, the number in the first line of its announcement was 79.4% on SWE-bench Verified. That would put a model from a 60-person lab within a point or two of the best systems in the world. We wanted to see it for ourselves.

What we did

We ran Quillon 7 through the full 500-task set using the open-source mini-SWE-agent scaffold, the same one we use for every model we test, with three attempts per task and the default temperature. Tidewell gave us API access and answered our questions about settings, but did not see the results before publication.

What we found

Under those conditions Quillon 7 resolved 71.2% of tasks. For comparison, GPT-5.4 scored 74.0% on the same scaffold in our March run. That 8.2-point gap between Tidewell's figure and ours is far larger than run-to-run noise, which in our experience is around ±1.5 points on this benchmark.

We saw a similar pattern on Terminal-Bench 2.0. Tidewell reports 57.5% using its own agent harness; with the standard Terminus-2 harness we measured 52.0%.

Why the difference?

Tidewell told us its scaffold lets the model run the repository's full test suite as many times as it likes and retries on timeouts, which our setup does not allow. Neither approach is wrong, but only one of them is what most readers assume when they see a single SWE-bench number. The company also excluded 41 tasks it considers ambiguous; on the remaining 459 its rate is naturally higher.

None of this means Quillon 7 is a bad model. At 71.2% it is still a strong coder for its price, and its 200K-token context makes it practical for large codebases. But headline figures from custom scaffolds deserve an asterisk, and labs should publish the settings alongside the score.

Our full logs, including the $1,900 in API charges the run cost, are on our GitHub page.
""")
QL = "Quillon 7"
s(F, QL, "SWE-bench Verified", 79.4)
s(F, QL, "SWE-bench Verified", 71.2, setting="mini-SWE-agent")
s(F, G, "SWE-bench Verified", 74.0, setting="mini-SWE-agent")
s(F, QL, "Terminal-Bench 2.0", 57.5, setting="Tidewell agent harness")
s(F, QL, "Terminal-Bench 2.0", 52.0, setting="Terminus-2 harness")
a(F, QL, "context_window_tokens", 200000)
a(F, QL, "release_date", "2026-03-30", opt="'launched Quillon 7 on March 30' with no year in the text")

# ---------------------------------------------------------------- p010 scraped page with site chrome
F = "p010_techpulse-qwen3-max-thinking.json"
art(F, "https://techpulse.example/ai/models/qwen3-max-thinking-upgrade",
    "Qwen3-Max gets a thinking upgrade that closes in on the leaders", """
Skip to main content
TechPulse Daily
News | Reviews | AI | Deals | Podcasts | Events
Sign in | Subscribe – first month for $1
Trending: Foldable phone prices | Chip export rules | Best VPNs of 2026 | Top 10 smart rings

AI › Models

Qwen3-Max gets a thinking upgrade that closes in on the leaders

By Marta Ilic · April 15, 2026 · 3 min read

Share | Post | Copy link | 14 comments

Alibaba's Qwen team has switched on a new reasoning mode for its largest model. Qwen3-Max-Thinking, available now in Alibaba Cloud Model Studio and the Qwen Chat app, spends extra compute working through a problem before answering, much like the thinking modes offered by OpenAI and Google.

The gains are largest on hard, open-ended tests. Without tools, the thinking mode reaches 30.2% on Humanity's Last Exam; allowed to search and run code, it climbs to 47.1%. It scores 61.5% on BrowseComp, a test of hard-to-find web facts, and 76.4% on the telecom portion of τ2-bench. On ARC-AGI-2 it manages 33.6%, well short of the best Western models.

Independent benchmarking firm Artificial Analysis gives Qwen3-Max-Thinking 51 points on its Intelligence Index (v4.0), the fifth-highest score of any model it tracks and the best from a Chinese lab.

The context window stays at 262,144 tokens. Pricing is unchanged from the standard mode, although thinking runs use considerably more output tokens per answer.

ADVERTISEMENT

More from AI
The 7 best AI note-takers for meetings, tested
Why your phone's battery estimate is always wrong
Hands-on: three budget laptops that can run local models

Get the 5 biggest AI stories in your inbox every Friday. Sign up

About | Careers | Advertise | Privacy | Cookie settings
© 2026 TechPulse Daily Media Group. All rights reserved.
""")
s(F, Q, "Humanity's Last Exam", 30.2, setting="Thinking; no tools")
s(F, Q, "Humanity's Last Exam", 47.1, setting="Thinking; with tools")
s(F, Q, "BrowseComp", 61.5, setting="Thinking")
s(F, Q, "τ2-bench", 76.4, setting="Thinking; telecom")
s(F, Q, "ARC-AGI-2", 33.6, setting="Thinking")
s(F, Q, "Artificial Analysis Intelligence Index", 51, unit=None, setting="Thinking; v4.0")
a(F, Q, "leaderboard_rank", 5, qual="Artificial Analysis Intelligence Index")
a(F, Q, "context_window_tokens", 262144)

# ---------------------------------------------------------------- p011 explainer: reasoning effort
F = "p011_promptfield-reasoning-effort-explained.json"
art(F, "https://promptfield.example/explainers/what-reasoning-effort-buys-you",
    "Low, medium, high, max: what the reasoning-effort dial actually buys you", """
Most frontier models now come with a dial. OpenAI calls it reasoning effort, Anthropic calls it effort, others call it a thinking budget. Turn it up and the model writes a longer hidden chain of thought before it answers. The obvious question is whether that extra thinking is worth the wait and the bill.

To find out, we took Northlight AI's Tundra-1.5, which was released on January 20, 2026 and exposes four effort levels through its API, and ran it on two standard tests at each setting. Here is what we saw.

| Effort | AIME 2025 | GPQA Diamond | Avg. tokens per answer | Median latency |
|---|---|---|---|---|
| low | 71.0% | 74.8% | 1,900 | 6 s |
| medium | 84.6% | 79.9% | 5,400 | 19 s |
| high | 91.3% | 82.5% | 13,800 | 48 s |
| max | 93.8% | 83.1% | 31,000 | 2 min |

Two patterns stand out. First, maths benefits far more than science questions: going from low to high adds more than 20 points on AIME 2025 but under 8 on GPQA Diamond. Second, returns flatten quickly. The step from high to max more than doubles the tokens for a gain of 2.5 points on AIME and 0.6 on GPQA.

Other models show the same shape. OpenAI's published figures put GPT-5.4 at 47.3% on ARC-AGI-2 with high effort and 52.9% at xhigh. Anthropic reports that Claude Opus 4.6, at max effort and without tools, reaches 34.1% on Humanity's Last Exam.

What should you use? For chat and most coding, medium is the sensible default. Save high for hard maths, proofs and tricky debugging, and treat max as a last resort you switch on per request rather than per application. Tundra-1.5's 192K-token context window is the same at every effort level, but remember that hidden reasoning tokens count towards it.

One practical tip: log the effort level alongside every score you record. A benchmark number without it is about as useful as a fuel-economy figure without the speed.
""")
T = "Tundra-1.5"
for effort, aime, gpqa in [("low", 71.0, 74.8), ("medium", 84.6, 79.9), ("high", 91.3, 82.5), ("max", 93.8, 83.1)]:
    s(F, T, "AIME 2025", aime, setting=effort)
    s(F, T, "GPQA Diamond", gpqa, setting=effort)
s(F, G, "ARC-AGI-2", 47.3, setting="high")
s(F, G, "ARC-AGI-2", 52.9, setting="xhigh")
s(F, O, "Humanity's Last Exam", 34.1, setting="max; no tools")
a(F, T, "release_date", "2026-01-20")
a(F, T, "context_window_tokens", 192000)

# ---------------------------------------------------------------- p012 follow-up: revised score
F = "p012_stackwire-anvil-revises-kairo-swebench.json"
art(F, "https://stackwire.example/news/anvil-mind-corrects-kairo-3-pro-swe-bench",
    "Anvil Mind cuts Kairo-3 Pro's SWE-bench score after finding a leak in its test setup", """
Anvil Mind has lowered the headline coding score for its Kairo-3 Pro model, eight days after launch, after engineers found that the agent could see parts of the repositories' later history during testing.

In a post on Friday, the Seoul company said Kairo-3 Pro's corrected result on SWE-bench Verified is 74.2%, down from the 77.9% it announced on launch day. The leak affected 23 of the 500 tasks: in those repositories, the sandbox had left the git history intact, so the agent could look up the commit that had fixed the bug.

"We should have caught this before publishing, and we're sorry we didn't," the company wrote. It said the corrected number comes from a fresh run with history stripped from every repository, averaged over five attempts like the original.

The revision moves Kairo-3 Pro below Google's Gemini 3.1 Pro, which reports 75.6%, and further behind Anthropic's Claude Opus 4.6 at 80.1%. It still sits comfortably ahead of DeepSeek-V3.2 (67.8%).

Anvil Mind said its other launch figures were checked and stand unchanged, including 61.3% on Terminal-Bench 2.0 and 87.3% on GPQA Diamond.

The correction has not dented the model's popularity so far. On LMArena's text leaderboard, which ranks models by human votes rather than fixed tests, Kairo-3 Pro was sixth this week, after debuting in fourth place.

Researchers have warned for months that agentic coding benchmarks are easy to contaminate in exactly this way. At least two other labs corrected SWE-bench figures last year for similar reasons.
""")
s(F, K, "SWE-bench Verified", 74.2)
s(F, K, "SWE-bench Verified", 77.9, opt="the retracted launch figure, quoted as superseded")
s(F, M, "SWE-bench Verified", 75.6)
s(F, O, "SWE-bench Verified", 80.1)
s(F, D, "SWE-bench Verified", 67.8)
s(F, K, "Terminal-Bench 2.0", 61.3)
s(F, K, "GPQA Diamond", 87.3)
a(F, K, "leaderboard_rank", 6, qual="LMArena Text")
a(F, K, "leaderboard_rank", 4, qual="LMArena Text", opt="the debut rank, quoted as past ('after debuting in fourth place')")


def main():
    cdir, gdir = HERE / "corpus", HERE / "gold"
    cdir.mkdir(exist_ok=True)
    gdir.mkdir(exist_ok=True)
    for old in cdir.glob("*.json"):
        old.unlink()
    for fname, doc in ARTICLES.items():
        (cdir / fname).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (gdir / "scores.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in SCORES), encoding="utf-8")
    (gdir / "attributes.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in ATTRS), encoding="utf-8")
    req = sum(not x["optional"] for x in SCORES)
    areq = sum(not x["optional"] for x in ATTRS)
    print(f"{len(ARTICLES)} articles; scores {len(SCORES)} ({req} required); attributes {len(ATTRS)} ({areq} required)")


if __name__ == "__main__":
    main()
