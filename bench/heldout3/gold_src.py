"""Gold facts for heldout3 (source of gold/*.jsonl; make_set.py writes the jsonl)."""

MODEL_ALIASES = {
    "Talon-2.5 Max": ["Talon-2.5 Max", "talon-2.5-max-0512", "Talon 2.5 Max"],
    "Talon-2.5 Mini": ["Talon-2.5 Mini"],
    "GPT-5.4": ["GPT-5.4", "GPT 5.4"],
    "Claude Opus 4.6": ["Claude Opus 4.6", "Opus 4.6"],
    "Gemini 3.1 Pro": ["Gemini 3.1 Pro"],
    "Grok 4": ["Grok 4"],
    "DeepSeek-V3.2": ["DeepSeek-V3.2", "DeepSeek V3.2"],
    "Qwen3-Max": ["Qwen3-Max", "Qwen3-Max-Thinking", "Qwen3-Max Thinking"],
    "Llama 4 Maverick": ["Llama 4 Maverick", "Maverick"],
    "Ember 2 Ultra": ["Ember 2 Ultra"],
    "Ember 2 Flash": ["Ember 2 Flash"],
    "Ember 1.5 Ultra": ["Ember 1.5 Ultra"],
    "Argent V4": ["Argent V4", "Argent 4"],
    "Argent V3": ["Argent V3"],
    "Zephyrine 1.5 Pro": ["Zephyrine 1.5 Pro"],
    "Zephyrine 1.0": ["Zephyrine 1.0", "Zephyrine 1"],
    "Drumlin 2": ["Drumlin 2"],
    "Drumlin 2 Mini": ["Drumlin 2 Mini"],
    "Saebyeok-3 Pro": ["Saebyeok-3 Pro", "Saebyeok 3 Pro"],
}
BENCH_ALIASES = {
    "Humanity's Last Exam": ["Humanity's Last Exam", "HLE"],
    "GPQA Diamond": ["GPQA Diamond", "GPQA"],
    "SWE-bench Verified": ["SWE-bench Verified", "SWE-bench"],
    "Terminal-Bench 2.0": ["Terminal-Bench 2.0", "Terminal-Bench"],
    "AIME 2026": ["AIME 2026"],
    "AIME 2025": ["AIME 2025"],
    "BrowseComp": ["BrowseComp"],
    "ARC-AGI-2": ["ARC-AGI-2"],
    "OSWorld-Verified": ["OSWorld-Verified", "OSWorld"],
    "τ2-bench": ["τ2-bench", "tau2-bench", "τ2-bench (retail)"],
    "MMMU": ["MMMU"],
    "MMLU-Pro": ["MMLU-Pro"],
    "LiveCodeBench": ["LiveCodeBench", "LiveCodeBench v6"],
    "MGSM": ["MGSM"],
    "LMArena Text": ["LMArena Text", "LMArena", "LMArena text leaderboard", "Text Arena"],
    "LMArena WebDev": ["LMArena WebDev", "WebDev Arena", "WebDev"],
    "Plumbline Agentic Index": ["Plumbline Agentic Index"],
    "KMMLU": ["KMMLU"],
    "HAE-RAE Bench": ["HAE-RAE Bench", "HAE-RAE"],
    "DriftBench": ["DriftBench"],
    "Westwind Tasks": ["Westwind Tasks"],
}

S = []  # (file_prefix, model, benchmark, value, unit, setting, why_optional)
A = []  # (file_prefix, subject, attribute, qualifier, value, why_optional)


def s(f, model, bench, value, setting=None, unit="%", opt=None):
    S.append((f, model, bench, value, unit, setting, opt))


def a(f, subj, attr, value, qual=None, opt=None):
    A.append((f, subj, attr, qual, value, opt))


# ---- m001 vendor launch, markdown table
f = "m001"
cols = [("Talon-2.5 Max", None), ("GPT-5.4", "xhigh"), ("Claude Opus 4.6", "max"), ("Gemini 3.1 Pro", None)]
rows = [
    ("Humanity's Last Exam", "no tools", [41.3, 39.8, 40.0, 44.4]),
    ("Humanity's Last Exam", "with tools", [52.7, 52.1, 53.1, 51.4]),
    ("GPQA Diamond", None, [87.9, 92.8, 91.3, 94.3]),
    ("SWE-bench Verified", None, [78.1, 77.2, 80.8, 80.6]),
    ("Terminal-Bench 2.0", "Terminus-2 harness", [69.0, 75.1, 65.4, 68.5]),
    ("AIME 2026", "pass@1", [95.8, 96.7, 93.3, None]),
    ("BrowseComp", None, [81.6, 82.7, 84.0, 85.9]),
    ("ARC-AGI-2", None, [58.3, 73.3, 68.8, 77.1]),
]
for bench, rset, vals in rows:
    for (model, cset), v in zip(cols, vals):
        if v is None:
            continue
        setting = "; ".join(x for x in (cset, rset) if x) or None
        s(f, model, bench, v, setting)
s(f, "Talon-2.5 Max", "Terminal-Bench 2.0", 72.4, "Perch agent scaffold")
s(f, "Talon-2.5 Mini", "SWE-bench Verified", 71.5)
s(f, "Talon-2.5 Mini", "GPQA Diamond", 80.2)
a(f, "Talon-2.5 Max", "context_window_tokens", 1000000)
a(f, "Talon-2.5 Max", "release_date", "2026-05-12")

# ---- m002 vendor launch, bulleted list
f = "m002"
for bench, v, st in [("SWE-bench Verified", 77.4, None), ("Terminal-Bench 2.0", 61.2, "Terminus-2 harness"),
                     ("GPQA Diamond", 86.1, None), ("AIME 2026", 94.0, "pass@1"), ("OSWorld-Verified", 58.9, None),
                     ("τ2-bench", 83.7, "retail"), ("MMMU", 82.5, None), ("Humanity's Last Exam", 33.0, "no tools")]:
    s(f, "Ember 2 Ultra", bench, v, st)
for bench, v, st in [("SWE-bench Verified", 68.8, None), ("GPQA Diamond", 79.0, None),
                     ("AIME 2026", 87.3, "pass@1"), ("OSWorld-Verified", 47.5, None)]:
    s(f, "Ember 2 Flash", bench, v, st)
for m in ("Ember 2 Ultra", "Ember 2 Flash"):
    a(f, m, "context_window_tokens", 400000)
    a(f, m, "release_date", "2026-04-28")

# ---- m003 vendor launch, prose only
f = "m003"
s(f, "Argent V4", "GPQA Diamond", 84.7)
s(f, "Argent V3", "GPQA Diamond", 76.2)
s(f, "Argent V4", "Humanity's Last Exam", 29.5, "text-only; no tools")
s(f, "Argent V4", "SWE-bench Verified", 72.0)
s(f, "Argent V4", "LiveCodeBench", 79.3, "v6")
s(f, "DeepSeek-V3.2", "LiveCodeBench", 74.1, "v6")
s(f, "Qwen3-Max", "LiveCodeBench", 80.0, "v6")
s(f, "Argent V4", "MMLU-Pro", 85.6)
s(f, "Argent V4", "MGSM", 91.8)
a(f, "Argent V4", "context_window_tokens", 256000)
a(f, "Argent V4", "release_date", "2026-06-02")

# ---- m004 news write-up of m001
f = "m004"
s(f, "Talon-2.5 Max", "SWE-bench Verified", 78.1)
s(f, "Claude Opus 4.6", "SWE-bench Verified", 80.8)
s(f, "Talon-2.5 Max", "GPQA Diamond", 87.9)
s(f, "Talon-2.5 Max", "BrowseComp", 82)
s(f, "Talon-2.5 Max", "ARC-AGI-2", 58.3)
s(f, "GPT-5.4", "ARC-AGI-2", 73.3)
a(f, "Talon-2.5 Max", "context_window_tokens", 1000000)
a(f, "Talon-2.5 Max", "release_date", "2026-05-12", opt="date given as 'Tuesday, May 12' with no year next to it")

# ---- m005 news write-up of m002
f = "m005"
s(f, "Ember 2 Ultra", "SWE-bench Verified", 77.4)
s(f, "Ember 1.5 Ultra", "SWE-bench Verified", 70.3)
s(f, "Ember 2 Ultra", "Terminal-Bench 2.0", 66.8, "Forge harness")
s(f, "Ember 2 Ultra", "GPQA Diamond", 86.1)
s(f, "Ember 2 Ultra", "OSWorld-Verified", 58.9)
s(f, "Grok 4", "SWE-bench Verified", 75.0)
s(f, "Ember 2 Flash", "SWE-bench Verified", 68.8)
s(f, "Ember 2 Flash", "GPQA Diamond", 79, opt="approximate: 'roughly 79%'")
a(f, "Ember 2 Ultra", "context_window_tokens", 400000)
a(f, "Ember 2 Flash", "context_window_tokens", 400000)
a(f, "Ember 2 Ultra", "release_date", "2026-04-28", opt="'went live on April 28' with no year")
a(f, "Ember 2 Flash", "release_date", "2026-04-28", opt="'went live on April 28' with no year")

# ---- m006 news write-up, launch + funding
f = "m006"
s(f, "Zephyrine 1.5 Pro", "GPQA Diamond", 88.4)
s(f, "Zephyrine 1.5 Pro", "SWE-bench Verified", 74.6)
s(f, "Zephyrine 1.5 Pro", "Humanity's Last Exam", 36.9, "no tools")
s(f, "Claude Opus 4.6", "Humanity's Last Exam", 40.0, "no tools")
s(f, "GPT-5.4", "Humanity's Last Exam", 39.8, "no tools")
s(f, "Zephyrine 1.5 Pro", "Terminal-Bench 2.0", 62.7)
s(f, "Claude Opus 4.6", "Terminal-Bench 2.0", 59.1)
s(f, "Zephyrine 1.5 Pro", "MMLU-Pro", 84.2)
a(f, "Zephyrine 1.5 Pro", "context_window_tokens", 512000)
a(f, "Zephyrine 1.5 Pro", "release_date", "2026-05-21")

# ---- m007 independent evaluation (fractions of 1)
f = "m007"
s(f, "Ember 2 Ultra", "GPQA Diamond", 86.1)
s(f, "Ember 2 Ultra", "AIME 2026", 94.0, "pass@1")
s(f, "Ember 2 Ultra", "SWE-bench Verified", 77.4)
s(f, "Ember 2 Ultra", "SWE-bench Verified", 71.8)
s(f, "Talon-2.5 Max", "SWE-bench Verified", 78.1)
s(f, "GPT-5.4", "SWE-bench Verified", 77.2)
s(f, "GPT-5.4", "Plumbline Agentic Index", 66, unit=None)
s(f, "Talon-2.5 Max", "Plumbline Agentic Index", 64, unit=None)
s(f, "Ember 2 Ultra", "Plumbline Agentic Index", 61, unit=None)
a(f, "Ember 2 Ultra", "release_date", "2026-04-28", opt="'launched Ember 2 Ultra on April 28' with no year")

# ---- m008 leaderboard update
f = "m008"
board = [("Gemini 3.1 Pro", 1503), ("Claude Opus 4.6", 1496), ("GPT-5.4", 1489), ("Talon-2.5 Max", 1481),
         ("Grok 4", 1463), ("Ember 2 Ultra", 1458), ("Qwen3-Max", 1440), ("DeepSeek-V3.2", 1425)]
for i, (m, v) in enumerate(board, 1):
    s(f, m, "LMArena Text", v, unit="elo")
    a(f, m, "leaderboard_rank", i, qual="LMArena Text")
s(f, "Claude Opus 4.6", "LMArena WebDev", 1552, unit="elo")
s(f, "Talon-2.5 Max", "LMArena WebDev", 1530, unit="elo")
a(f, "Claude Opus 4.6", "leaderboard_rank", 1, qual="LMArena WebDev")
a(f, "Talon-2.5 Max", "leaderboard_rank", 2, qual="LMArena WebDev")

# ---- m009 open-weights release
f = "m009"
for bench, v, st in [("MMLU-Pro", 83.9, None), ("GPQA Diamond", 79.5, None), ("SWE-bench Verified", 73.6, None),
                     ("LiveCodeBench", 76.8, "v6"), ("AIME 2025", 89.2, None)]:
    s(f, "Drumlin 2", bench, v, st)
s(f, "Drumlin 2 Mini", "MMLU-Pro", 71.2)
s(f, "Drumlin 2 Mini", "GPQA Diamond", 58.4)
s(f, "DeepSeek-V3.2", "MMLU-Pro", 82.5)
s(f, "Llama 4 Maverick", "MMLU-Pro", 80.5)
for m, tot, act, ctx in [("Drumlin 2", 480, 35, 256000), ("Drumlin 2 Mini", 30, 3, 128000)]:
    a(f, m, "parameters_total", tot * 10**9)
    a(f, m, "parameters_active", act * 10**9)
    a(f, m, "context_window_tokens", ctx)
    a(f, m, "release_date", "2026-05-06")
a(f, "DeepSeek-V3.2", "parameters_total", 671 * 10**9)
a(f, "DeepSeek-V3.2", "parameters_active", 37 * 10**9)
a(f, "Llama 4 Maverick", "parameters_total", 400 * 10**9)
a(f, "Llama 4 Maverick", "parameters_active", 17 * 10**9)

# ---- m010 comparison explainer, table
f = "m010"
table = {"GPT-5.4": [77.2, 92.8, 73.3, 39.8], "Claude Opus 4.6": [80.8, 91.3, 68.8, 40.0],
         "Gemini 3.1 Pro": [80.6, 94.3, 77.1, 44.4], "Grok 4": [75.0, 87.5, 16.0, 25.4]}
for m, vals in table.items():
    for (bench, st), v in zip([("SWE-bench Verified", None), ("GPQA Diamond", None), ("ARC-AGI-2", None),
                               ("Humanity's Last Exam", "no tools")], vals):
        s(f, m, bench, v, st)
for m, ctx in [("GPT-5.4", 1000000), ("Claude Opus 4.6", 200000), ("Gemini 3.1 Pro", 1000000), ("Grok 4", 256000)]:
    a(f, m, "context_window_tokens", ctx)
a(f, "Claude Opus 4.6", "context_window_tokens", 1000000, opt="'(1M in beta)' inside the 200K cell; beta window for some accounts")

# ---- m011 noisy scraped page
f = "m011"
s(f, "Qwen3-Max", "Humanity's Last Exam", 49.8, "Thinking; with tools")
s(f, "DeepSeek-V3.2", "Humanity's Last Exam", 40.8, "with tools")
s(f, "Qwen3-Max", "GPQA Diamond", 87.4, "Thinking")
s(f, "Qwen3-Max", "SWE-bench Verified", 69.6, "Thinking")
s(f, "Qwen3-Max", "AIME 2025", 98.3, "Thinking")
a(f, "Qwen3-Max", "context_window_tokens", 262144)
a(f, "Qwen3-Max", "parameters_total", 1000000000000, opt="lower bound only: 'more than 1 trillion parameters'")

# ---- m012 newsletter digest
f = "m012"
s(f, "Talon-2.5 Max", "GPQA Diamond", 89.7)
s(f, "Talon-2.5 Max", "SWE-bench Verified", 78.1)
s(f, "Grok 4", "LMArena Text", 1463, unit="elo")
s(f, "Zephyrine 1.5 Pro", "SWE-bench Verified", 74.6)
s(f, "GPT-5.4", "DriftBench", 31.2)
s(f, "Claude Opus 4.6", "DriftBench", 27.5)
a(f, "Drumlin 2", "parameters_total", 480 * 10**9)
a(f, "Drumlin 2", "parameters_active", 35 * 10**9)
a(f, "Grok 4", "leaderboard_rank", 5, qual="LMArena Text")

# ---- m013 interview
f = "m013"
s(f, "Zephyrine 1.5 Pro", "GPQA Diamond", 88.4)
s(f, "Zephyrine 1.5 Pro", "SWE-bench Verified", 74.6)
s(f, "Zephyrine 1.0", "Westwind Tasks", 41)
s(f, "Zephyrine 1.5 Pro", "Westwind Tasks", 67)
s(f, "Zephyrine 1.5 Pro", "Terminal-Bench 2.0", 63, opt="approximate: 'just under 63'")
a(f, "Zephyrine 1.5 Pro", "context_window_tokens", 512000)
a(f, "Zephyrine 1.5 Pro", "parameters_total", 300 * 10**9, opt="approximate: 'about 300 billion'")
a(f, "Zephyrine 1.5 Pro", "parameters_active", 30 * 10**9, opt="approximate: 'something like 30 billion'")

# ---- m014 translated-feeling Korean outlet
f = "m014"
s(f, "Saebyeok-3 Pro", "KMMLU", 81.7)
s(f, "Qwen3-Max", "KMMLU", 76.4)
s(f, "DeepSeek-V3.2", "KMMLU", 74.9)
s(f, "Saebyeok-3 Pro", "HAE-RAE Bench", 88.2)
s(f, "Saebyeok-3 Pro", "MMLU-Pro", 80.3)
s(f, "Saebyeok-3 Pro", "GPQA Diamond", 71.5)
s(f, "Saebyeok-3 Pro", "AIME 2025", 85.0)
a(f, "Saebyeok-3 Pro", "parameters_total", 72 * 10**9)
a(f, "Saebyeok-3 Pro", "context_window_tokens", 200000)
a(f, "Saebyeok-3 Pro", "release_date", "2026-05-14", opt="date only from the 'Input 2026.05.14' dateline plus 'on the 14th'")
