"""Source of the heldout3 articles (texts). make_set.py turns these plus gold.py into corpus/ and gold/."""

A = {}

A["m001_quillstone-talon-2-5-max-launch"] = dict(
url="https://quillstone.example/blog/introducing-talon-2-5",
title="Introducing Talon-2.5 Max",
text="""Today we are releasing Talon-2.5 Max, the most capable model Quillstone has trained so far, together with a lighter sibling, Talon-2.5 Mini. Talon-2.5 Max ships today, May 12, 2026, in the Quillstone console, in the Talon desktop app for Team and Enterprise workspaces, and over the API under the identifier `talon-2.5-max-0512`.

Most of the work in this release went into long-running tasks. Talon-2.5 Max reads a 1M-token context window and keeps its plan intact across hours of tool calls. In our internal trials it completed multi-repository refactors that Talon-2 gave up on about half of the time.

## How it compares

We measured Talon-2.5 Max against the strongest generally available models, each at the highest reasoning setting its provider publishes. Where a provider has not reported a result, we ran the evaluation with identical scaffolding and say so below.

| Benchmark | Talon-2.5 Max | GPT-5.4 (xhigh) | Claude Opus 4.6 (max) | Gemini 3.1 Pro |
|---|---|---|---|---|
| Humanity's Last Exam (no tools) | 41.3 | 39.8 | 40.0 | 44.4 |
| Humanity's Last Exam (with tools)¹ | 52.7 | 52.1 | 53.1 | 51.4 |
| GPQA Diamond | 87.9 | 92.8 | 91.3 | 94.3 |
| SWE-bench Verified | 78.1 | 77.2* | 80.8 | 80.6 |
| Terminal-Bench 2.0² | 69.0 | 75.1 | 65.4 | 68.5 |
| AIME 2026³ | 95.8 | 96.7 | 93.3 | — |
| BrowseComp | 81.6 | 82.7 | 84.0 | 85.9 |
| ARC-AGI-2 | 58.3 | 73.3 | 68.8 | 77.1 |

¹ Web search, a code interpreter and a headless browser were available to every model.
² Terminus-2 harness for all models. Inside Perch, our own agent scaffold, Talon-2.5 Max reaches 72.4.
³ pass@1, mean of 16 samples per problem.
* Measured by Quillstone; the provider has not published this figure.

The smaller model, Talon-2.5 Mini, is meant for high-volume work. It resolves 71.5% of SWE-bench Verified tasks and scores 80.2% on GPQA Diamond, at roughly a fifth of the cost of Max.

## Pricing and availability

Talon-2.5 Max costs $3 per million input tokens and $15 per million output tokens; Talon-2.5 Mini costs $0.60 and $2.40. Requests whose prompt exceeds 200K tokens are billed at twice the standard rate. Batch jobs get a 50% discount.

Before launch, Talon-2.5 Max went through the same external red-teaming program as Talon-2, with 14 outside organisations testing for misuse in biology and cybersecurity. The full system card is published alongside this post.""")

A["m002_cinder-ember-2-launch"] = dict(
url="https://cinder-research.example/news/ember-2",
title="Ember 2: agents that spend compute where it counts",
text="""Ember 2 is rolling out today in two sizes. Ember 2 Ultra is our new flagship, and Ember 2 Flash takes over from Ember 1.5 Flash as the default model for everyone on the free tier of the Cinder app.

The idea behind Ember 2 is simple: an agent should think hard only where a task is actually hard. Ember 2 Ultra decides on its own how long to reason, so a routine request comes back in under a second while a gnarly debugging session can run for an hour. Both models accept up to 400K tokens of input and can write up to 128K tokens in a single response.

**Ember 2 Ultra**

- SWE-bench Verified: 77.4%
- Terminal-Bench 2.0 (Terminus-2 harness): 61.2%
- GPQA Diamond: 86.1%
- AIME 2026 (pass@1): 94.0%
- OSWorld-Verified: 58.9%
- τ2-bench (retail): 83.7%
- MMMU: 82.5%
- Humanity's Last Exam (no tools): 33.0%

**Ember 2 Flash**

- SWE-bench Verified: 68.8%
- GPQA Diamond: 79.0%
- AIME 2026 (pass@1): 87.3%
- OSWorld-Verified: 47.5%

Every figure above is the mean of five runs at default settings. Against Ember 1.5 Ultra, the new flagship brings the median time to finish a SWE-bench task down from 11 minutes to under 4 and spends 38% fewer output tokens on AIME.

**Availability**

Both models are live today, April 28, 2026, in the Cinder API and in the Cinder app, and arrive on two large cloud marketplaces next week. Ember 2 Ultra keeps the price of Ember 1.5 Ultra, $5 per million input tokens and $20 per million output tokens. Ember 2 Flash is $0.35 in and $1.40 out.""")

A["m003_meridian-argent-v4"] = dict(
url="https://meridian-ai.example/blog/argent-v4",
title="Argent V4 is here",
text="""Argent V4 is the fourth generation of our model family and the first one we trained end to end on our own cluster outside Reykjavik. It is available starting today, June 2, 2026, to every Meridian customer, and it replaces Argent V3 as the default in our API.

Argent V4 is a sparse mixture-of-experts model. We are not publishing its size, but we can say it is cheaper to serve than Argent V3 by about a factor of three, which is why we are lowering prices with this release. It reads up to 256,000 tokens in one request, twice what its predecessor handled.

The biggest gains are in reasoning. On GPQA Diamond, Argent V4 answers 84.7% of the questions correctly, compared with 76.2% for Argent V3. On the text-only portion of Humanity's Last Exam, with no tools, it reaches 29.5%, a result we would not have predicted a year ago.

Coding improved as well. Argent V4 resolves 72.0% of the issues in SWE-bench Verified, and it scores 79.3 on LiveCodeBench v6. Under identical settings we measured DeepSeek-V3.2 at 74.1 on LiveCodeBench v6, while Qwen3-Max comes in at 80.0, so on competitive programming we are within a point of the best open alternatives.

On broad knowledge, Argent V4 posts 85.6 on MMLU-Pro. Because many of our customers work outside English, we also track MGSM, grade-school math translated into ten languages, where the new model reaches 91.8%.

Training used roughly 12,000 accelerators over four months. We will publish a technical report with the full evaluation protocol, including prompts and sampling parameters, within the next few weeks.""")

A["m004_techledger-quillstone-talon-launch"] = dict(
url="https://techledger.example/2026/05/12/quillstone-talon-2-5-max",
title="Quillstone's Talon-2.5 Max goes after OpenAI and Anthropic on agentic coding",
text="""Quillstone AI released Talon-2.5 Max on Tuesday, May 12, betting that long, unattended coding sessions are where business customers will spend their money next.

The San Francisco start-up, which closed a $1.1 billion Series C in February at a $9 billion valuation, is pitching the model at companies that already run coding agents around the clock. Quillstone says more than 40,000 businesses pay for Talon today.

According to the company, Talon-2.5 Max resolves 78.1% of the GitHub issues in SWE-bench Verified. That edges out GPT-5.4 but still trails Claude Opus 4.6, which Quillstone's own comparison puts at 80.8%. On GPQA Diamond, the graduate-level science quiz, the company reports 87.9%, and it says the model answers 82 percent of the questions in BrowseComp, a test of hard web research.

Not every number is flattering. Priya Raman, an analyst at Corbel Research, pointed to ARC-AGI-2, where Talon-2.5 Max scores 58.3 against 73.3 for GPT-5.4. "That 15-point gap is the one I would watch," she said. "It is the closest thing we have to a test of genuinely new problems."

The model reads up to 1 million tokens of context, which the company says lets it hold an entire mid-sized codebase at once. Pricing is $3 per million input tokens and $15 per million output tokens, unchanged from Talon-2. A cheaper Talon-2.5 Mini costs $0.60 and $2.40.

Talon-2.5 Max is available immediately through Quillstone's API and desktop app. Quillstone said it would reach Amazon Bedrock next month, and that a version for regulated industries would follow later in 2026. Chief executive Dana Whitlock told reporters the company was "compute-limited, not demand-limited" and expected to double its inference capacity by the end of the third quarter.""")

A["m005_dailycircuit-cinder-ember-2"] = dict(
url="https://dailycircuit.example/ai/cinder-ember-2-ultra-launch",
title="Cinder Research unveils Ember 2 Ultra, says its agents now think only when they need to",
text="""Cinder Research has launched Ember 2 Ultra, a new flagship model that the lab says can decide for itself how much reasoning a task deserves. The models went live on April 28 for API customers and users of the Cinder app.

The release comes three months after Cinder raised $650 million in a round led by two sovereign wealth funds, and it is the company's first major launch since hiring a new head of product from a large search company.

The lab says Ember 2 Ultra resolves 77.4% of tasks on SWE-bench Verified, up from 70.3% for Ember 1.5 Ultra. On Terminal-Bench 2.0, Cinder reports 66.8% when the model runs inside Forge, its in-house agent harness; the blog post lists a lower result on the standard harness. Cinder also cites 86.1% on GPQA Diamond and 58.9% on OSWorld-Verified, a benchmark in which the model operates a desktop computer.

Those figures would put Ember 2 Ultra ahead of Grok 4, which xAI has reported at 75.0% on SWE-bench Verified, though comparisons across vendors' own tests are notoriously loose.

A smaller Ember 2 Flash, which becomes the default in the free tier of Cinder's app, scores 68.8 percent on SWE-bench Verified, according to the company, and clears roughly 79% of GPQA Diamond.

Both models accept 400,000 tokens of context. Ember 2 Ultra costs $5 per million input tokens and $20 per million output tokens, the same as its predecessor, while Flash costs $0.35 and $1.40. Cinder said the models would be offered in the United States and the European Union first, with data residency in Asia planned for June. The company counts about 1.5 million developers on its platform.""")

A["m006_siliconbrief-westwind-zephyrine-1-5-pro"] = dict(
url="https://siliconbrief.example/news/westwind-zephyrine-1-5-pro-funding",
title="Westwind Labs ships Zephyrine 1.5 Pro and banks $600 million",
text="""Westwind Labs, the Toronto start-up founded two years ago by a group of former university researchers, released Zephyrine 1.5 Pro on Thursday, May 21, 2026, and announced a $600 million funding round that values the company at $4.2 billion.

The company says Zephyrine 1.5 Pro scores 88.4% on GPQA Diamond and 74.6% on SWE-bench Verified. According to Westwind, the model also reaches 36.9% on Humanity's Last Exam when no tools are allowed, against 40.0 for Claude Opus 4.6 and 39.8 for GPT-5.4; Westwind said it took the rival figures from those companies' own announcements.

On Terminal-Bench 2.0, the command-line agent benchmark, Westwind reports 62.7% for Zephyrine 1.5 Pro and 59.1% for Claude Opus 4.6. On MMLU-Pro, the company lists 84.2.

Zephyrine 1.5 Pro reads up to 512K tokens of context. A smaller Zephyrine 1.5 Flash is due in the summer. Pricing starts at $2 per million input tokens and $8 per million output tokens, and Westwind says the model returns its first token in around 300 milliseconds for typical prompts.

The new round was led by a Canadian pension fund, with participation from two chipmakers. Westwind said most of the money will pay for compute: the company currently serves its models from about 9,000 GPUs in data centers in Quebec and plans to triple that by next year. It employs 120 people.""")

A["m007_plumbline-ember-2-ultra-rerun"] = dict(
url="https://plumbline-evals.example/reports/ember-2-ultra-rerun",
title="We re-ran Ember 2 Ultra. Most of Cinder's numbers hold; one does not.",
text="""Plumbline is an independent evaluation group. We take no money from model developers and pay for all API usage ourselves; this report cost about $4,800 in inference.

Cinder Research launched Ember 2 Ultra on April 28 with a list of benchmark results. We re-ran four of them with the public API, three seeds each, and we report scores as the fraction of items solved.

GPQA Diamond. Our run landed at 0.861, exactly the figure Cinder published. The variance across seeds was small.

AIME 2026. With pass@1 scoring we got 0.94, again in line with Cinder's list.

OSWorld-Verified. We could not reproduce the environment setup Cinder describes closely enough to publish a number, so we leave this one out.

SWE-bench Verified. Here we disagree. Cinder reports 77.4%. On the full set of 500 tasks, with the standard open-source harness and no task exclusions, Ember 2 Ultra solved 0.718 of them. Cinder told us its run dropped 41 tasks it considers broken. Removing the same tasks from our run brings the number close to Cinder's, so we think the gap is about methodology, not a hidden model difference. We still think the full-set number is the fair one to compare.

For reference, on the same harness and the same 500 tasks, Talon-2.5 Max solved 0.781 and GPT-5.4 solved 0.772.

We also ran all three models through the Plumbline Agentic Index, our composite of 40 long-horizon tasks scored from 0 to 100. GPT-5.4 leads with 66, Talon-2.5 Max follows at 64, and Ember 2 Ultra scores 61.

Raw logs and per-task results are available on request for researchers.""")

A["m008_arenawatch-may-text-board"] = dict(
url="https://arenawatch.example/2026/05/27/lmarena-text-may-update",
title="Arena update: Gemini 3.1 Pro holds on, Talon-2.5 Max debuts in fourth",
text="""The LMArena text leaderboard changed less at the top this month than the launch calendar might suggest. Gemini 3.1 Pro is still first, with an arena score of 1503, and the confidence intervals around the top three models still overlap.

Claude Opus 4.6 holds second place at 1496, and GPT-5.4 sits third at 1489. The most interesting newcomer is Quillstone's Talon-2.5 Max, which entered in fourth with 1481 after roughly 11,000 votes, an unusually fast start for a model from a smaller lab.

Further down, Grok 4 slipped one place to fifth (1463), and Cinder's Ember 2 Ultra appears for the first time in sixth at 1458. The best-placed open-weights entries remain Qwen3-Max and DeepSeek-V3.2.

The top eight as of May 27:

1. Gemini 3.1 Pro — 1503
2. Claude Opus 4.6 — 1496
3. GPT-5.4 — 1489
4. Talon-2.5 Max — 1481
5. Grok 4 — 1463
6. Ember 2 Ultra — 1458
7. Qwen3-Max — 1440
8. DeepSeek-V3.2 — 1425

On the separate WebDev board, where users vote on generated web apps, Claude Opus 4.6 stays on top with 1552 and Talon-2.5 Max takes second with 1530.

The text board now counts more than 4.8 million votes in total. Scores are shown with style control on, the leaderboard's default since last year, and most of the top models carry an interval of about ±5 points. Westwind's Zephyrine 1.5 Pro, released last week, has not yet collected enough votes to be listed.""")

A["m009_weightsandmeasures-drumlin-2-open"] = dict(
url="https://weightsandmeasures.example/open-models/drumlin-2-apache",
title="Glacial Compute opens the weights of Drumlin 2 under Apache 2.0",
text="""Glacial Compute released Drumlin 2 on May 6, 2026, publishing the weights of two checkpoints under the Apache 2.0 license, with no usage thresholds and no separate acceptable-use agreement.

The larger model, Drumlin 2, is a mixture-of-experts design with 480 billion total parameters, of which 35 billion are active for each token. Its smaller sibling, Drumlin 2 Mini, has 30B parameters in total and 3B active, small enough to run on a single high-end workstation with quantisation.

At a glance:

- Drumlin 2: 480B total / 35B active, 256K-token context
- Drumlin 2 Mini: 30B total / 3B active, 128K-token context
- License: Apache 2.0 for both checkpoints
- Training data: 22 trillion tokens; pre-training ran on 4,096 H200 GPUs

According to the model card, Drumlin 2 scores 83.9 on MMLU-Pro, 79.5 on GPQA Diamond, 73.6 on SWE-bench Verified and 76.8 on LiveCodeBench v6, and it reaches 89.2 on AIME 2025. Drumlin 2 Mini posts 71.2 on MMLU-Pro and 58.4 on GPQA Diamond.

The card puts those results next to the two open models Glacial clearly sees as its rivals. DeepSeek-V3.2, with 671 billion total and 37 billion active parameters, is listed at 82.5 on MMLU-Pro. Llama 4 Maverick, at 400B total and 17B active, scores 80.5 on the same test.

That makes Drumlin 2 the strongest of the three on paper while activating fewer parameters per token than DeepSeek's model. Whether it holds up in independent testing is another question; the card reports only Glacial's own runs.

The checkpoints are on Hugging Face in BF16 and FP8, and Glacial says quantised community builds appeared within hours. A hosted endpoint costs $0.90 per million input tokens.""")

A["m010_explainerhub-four-frontier-models"] = dict(
url="https://explainerhub.example/guides/gemini-3-1-pro-grok-4-gpt-5-4-claude-opus-4-6",
title="Gemini 3.1 Pro, Grok 4, GPT-5.4 or Claude Opus 4.6? A practical comparison",
text="""Picking a frontier model in mid-2026 mostly comes down to three questions: what kind of work you do, how much context you need, and how much you are willing to pay per token. Here is how the four most-used general models line up on the numbers their developers publish.

| | Gemini 3.1 Pro | Grok 4 | GPT-5.4 | Claude Opus 4.6 |
|---|---|---|---|---|
| GPQA Diamond | 94.3% | 87.5% | 92.8% | 91.3% |
| SWE-bench Verified | 80.6% | 75.0% | 77.2% | 80.8% |
| ARC-AGI-2 | 77.1% | 16.0% | 73.3% | 68.8% |
| Humanity's Last Exam (no tools) | 44.4% | 25.4% | 39.8% | 40.0% |
| Context window | 1M | 256K | 1M | 200K (1M in beta) |
| API price, input / output per 1M tokens | $2 / $12 | $3 / $15 | $2.50 / $15 | $5 / $25 |

**For coding**, Claude Opus 4.6 and Gemini 3.1 Pro are effectively tied on SWE-bench Verified, and the gap to GPT-5.4 is small enough that your own repository matters more than the leaderboard. Grok 4 is a step behind.

**For science and reasoning**, Gemini 3.1 Pro leads on both GPQA Diamond and ARC-AGI-2. Grok 4's ARC-AGI-2 result reflects an older evaluation round and looks out of place next to the others.

**For long documents**, GPT-5.4 accepts a million tokens in a single request, and so does Gemini 3.1 Pro. By default Claude Opus 4.6 stops at 200K, with the larger window available as a beta for some accounts.

**On cost**, Gemini 3.1 Pro is the cheapest of the four per token, and Claude Opus 4.6 the most expensive, at roughly double the input price of GPT-5.4. Keep in mind that reasoning-heavy settings can multiply the number of output tokens by five or more, which can matter more than the list price.

None of these scores tell you how a model behaves on your data. Run a small pilot with 50 to 100 real tasks before you commit.""")

A["m011_bytefeed-qwen3-max-thinking-scrape"] = dict(
url="https://bytefeed.example/ai/models/qwen3-max-thinking-upgrade",
title="Alibaba's Qwen3-Max gets a thinking upgrade | ByteFeed",
text="""Home
AI
Models
Chips
Policy
Subscribe
Sign in

AI / Models

Alibaba's Qwen3-Max gets a thinking upgrade

By Lena Hartmann
May 18, 2026 09:14 · Updated 2 hours ago · 4 min read

Share
Post
Copy link

AT A GLANCE
• Qwen3-Max now ships with a Thinking mode for hard problems
• 49.8% on Humanity's Last Exam with tools, per Alibaba
• Context window: 262,144 tokens
• Pricing unchanged for the standard mode

Alibaba's Qwen team has added a Thinking mode to Qwen3-Max, its largest proprietary model, and the company's figures suggest the change is more than cosmetic.

With Thinking switched on and tools allowed, Qwen3-Max scores 49.8% on Humanity's Last Exam, Alibaba said, compared with 40.8% for DeepSeek-V3.2 under the same conditions. In Thinking mode it also reaches 87.4% on GPQA Diamond and 69.6% on SWE-bench Verified, and on AIME 2025 it scores 98.3.

Alibaba did not give an exact parameter count, saying only that the model has more than 1 trillion parameters. The context window stays at 262,144 tokens.

The Thinking mode is billed at the same per-token rate as the standard one, but uses many more tokens per answer; Alibaba's own examples show responses running 6 to 10 times longer. The company said the update is live in its cloud console and in the Qwen app in 30 markets.

Advertisement

Related
Why Chinese labs are closing the gap on agentic coding
Ember 2 Flash: is the free tier finally good enough?
The week in chips: three new inference accelerators

Most read
1. The quiet cost of reasoning tokens
2. Inside the race for 1M-token context
3. Which AI model should your team buy?

Comments (14)

© 2026 ByteFeed Media. All rights reserved.
About · Careers · Privacy · Terms""")

A["m012_signalnoise-digest-112"] = dict(
url="https://signalnoise.example/issues/112",
title="Signal & Noise #112: Talon lands, Drumlin opens, a new agent test",
text="""Good morning. Five things worth your time this week.

**1. Quillstone's Talon-2.5 Max is out.** The new flagship posts 89.7 on GPQA Diamond and 78.1% on SWE-bench Verified, according to Quillstone, and it is priced at $3/$15 per million tokens. Early users say it is noticeably more patient on long refactors.

**2. Drumlin 2 is the open model of the month.** Glacial Compute's mixture-of-experts checkpoint (480B total, 35B active) passed 1.2 million downloads in its first week. The license is Apache 2.0, with no strings.

**3. Grok 4 gets cheaper.** xAI cut API prices by 25% for the second time this year. The model still sits at 1463 on the LMArena text board, good for fifth place.

**4. Westwind raises $600 million.** The Toronto lab behind Zephyrine 1.5 Pro, which scores 74.6% on SWE-bench Verified by the company's count, now has money to triple its compute. Its chief executive talked to us about that, and about why she has stopped caring about leaderboards; the interview is linked below.

**5. A new agent benchmark: DriftBench.** Researchers from three universities released DriftBench, 320 tasks where the instructions change halfway through. The best model they tested, GPT-5.4, completes 31.2% of tasks; Claude Opus 4.6 is next at 27.5%. The authors say no model handles more than two mid-task changes reliably.

That's it for this week. Forward this to a colleague who still reads the press releases in full.""")

A["m013_frontline-westwind-ceo-interview"] = dict(
url="https://frontline-ai.example/interviews/westwind-ceo-zephyrine",
title="'We stopped chasing leaderboards': Westwind's CEO on Zephyrine 1.5 Pro",
text="""Westwind Labs released Zephyrine 1.5 Pro last week and closed a $600 million round on the same day. We spoke with chief executive Amara Lindqvist about benchmarks, compute and why the company still has only 120 employees. The conversation has been edited for length.

**You said at launch that you don't care about leaderboards. Then why publish numbers at all?**

Customers ask for them, so we publish them. But the numbers I look at are different. On GPQA Diamond we're at 88.4, which is fine, it's in the pack. On SWE-bench Verified we're at 74.6. What I actually track is our internal suite, Westwind Tasks, which is 200 jobs taken from real customer tickets. Zephyrine 1.0 solved 41% of those. Zephyrine 1.5 Pro solves 67%. That jump is what I tell the board about.

**Terminal-Bench has become a big selling point for agents. How do you do there?**

We're just under 63 on Terminal-Bench. Honestly we didn't optimise for it.

**How big is the model?**

We haven't put out an exact figure. It's about 300 billion parameters in total, and something like 30 billion are active at any time. The point is that it's cheap to serve.

**And context?**

It ships with a 512K window. We tested longer, but quality fell off past that and we didn't want to advertise something that degrades.

**What happens to the $600 million?**

Most of it is compute. We're at about 9,000 GPUs today, and we want three times that within a year. Some goes to hiring, but I'd rather stay small.""")

A["m014_koreaaitimes-hanul-saebyeok-3-pro"] = dict(
url="https://koreaaitimes.example/news/articleView.html?idxno=20931",
title="Hanul Labs, 'Saebyeok-3 Pro' officially released... \"Korean ability domestic highest\"",
text="""Reporter Park Ji-min | Input 2026.05.14 10:32

Hanul Labs (CEO Kim Do-yoon) announced on the 14th that it officially released its large language model 'Saebyeok-3 Pro'.

Saebyeok-3 Pro is the model of 72 billion parameters size, and a context length of 200 thousand tokens is supported. Hanul Labs explained that it concentrated the learning on Korean data and public documents, so the understanding of Korean law and administration is strengthened greatly compared to previous model.

According to Hanul Labs, Saebyeok-3 Pro recorded 81.7 point in KMMLU, the evaluation of Korean knowledge, and exceeded Qwen3-Max (76.4 point) and DeepSeek-V3.2 (74.9 point). In HAE-RAE Bench, which measures Korean culture and language, it marked 88.2 point.

Also in global benchmarks it showed not bad result. It recorded MMLU-Pro 80.3 point, GPQA Diamond 71.5 point and AIME 2025 85.0 point. A Hanul Labs official said "In Korean, we are the domestic highest level, and in global benchmark we are chasing the overseas big tech models closely."

Hanul Labs plans to supply Saebyeok-3 Pro to public institutions and finance companies first. The company received 1,000 GPUs through the government's AI computing support project last year, and this year it attracted investment of 45 billion won. The price of the API is about one third of the overseas models, the company said.

Meanwhile, the company will release a lightweight model 'Saebyeok-3 Mini' for on-device in the second half of the year.""")
