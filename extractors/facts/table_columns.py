"""The words a table's column headers use: which column holds an attribute, the rank, a generic score, the
benchmark's or metric's name, and which columns hold none of the models' figures.
"""

from __future__ import annotations

import re

from extractors.facts.patterns import place_words, word_alternation

ATTR_COLS = [
    (
        re.compile(
            r"(?i)total\s*param|param(?:eter)?s?\s*\(total\)|^total$|[总總][参參][数數]|[参參][数數][总總]量"
        ),
        "parameters_total",
    ),
    (
        re.compile(
            r"(?i)activ(?:e|ated)\s*param|param(?:eter)?s?\s*\(active\)|^active$|激活[参參][数數]|活[跃躍][参參][数數]"
        ),
        "parameters_active",
    ),
    (
        # 'Params', 'Size', and the same head in Japanese, Korean and Chinese ('パラメータ数', '파라미터 수')
        re.compile(
            r"(?i)^(?:param(?:eter)?s?|size)(?:\s*count)?$|"
            r"^(?:パラメー?タ[ー]?数?|파라미터(?:\s*수)?|매개변수(?:\s*수)?|[参參][数數](?:量|规模|規模)?)$"
        ),
        "parameters_total",
    ),
    (
        re.compile(r"(?i)context|kontext|contexte|contexto|上下文|コンテキスト|컨텍스트"),
        "context_window_tokens",
    ),
    (re.compile(r"(?i)input.*(?:price|cost|\$)|(?:price|cost).*input"), "price_input_per_mtok"),
    (re.compile(r"(?i)output.*(?:price|cost|\$)|(?:price|cost).*output"), "price_output_per_mtok"),
    (
        re.compile(
            r"(?i)^release(?:d| date)?$|launch(?:ed)? date|^date$|veröffentlich|erscheinungs|date de sortie|"
            r"^lancement$|^sortie$|lanzamiento|^fecha$|rilascio|lançamento|^rilis$|发布|發布|"
            r"^(?:リリース|公開|発表)日?$|^출시(?:일|\s*날짜)?$"
        ),
        "release_date",
    ),
]
DATASET_HEAD = re.compile(r"(?i)datasets?|benchmarks?|evals?|evaluations?|tasks?")
METRIC_HEAD = re.compile(r"(?i)metric(?: name)?|measure")
# a place column's header: a rank word ('Rank', 'Position', '排名') or a row counter ('#', 'No.'), words
# kept in place_words.jsonl
RANK_HEAD = re.compile(
    r"(?i)^"
    + word_alternation(place_words("rank_head") + place_words("row_counter"), longest_first=True)
    + "$"
)
SKIP_HEAD = re.compile(
    r"(?i)\b(?:lab|developer|company|org|organi[sz]ation|license|licence|tokens?|cost|price|plan|"
    r"notes?|type|release|date|maker|vendor|provider|params?|parameters?|time|latency|seconds|duration|"
    r"speed|throughput|tps|tok/s|spend|usd|dollars?|vram|memory|ram|gpus?|hardware|disk|uptime|downtime)\b"
)
# a column of an error measure, lower being better ('PPL', 'WER (%)'): the scores of the benchmark the table
# is about, as a 'Score' column's are
ERROR_HEAD = re.compile(
    r"(?i)(?:ppl|perplexity|wer|cer|word error rate|bits per (?:char(?:acter)?|byte))(?: \(%\))?"
)
SCORE_HEAD = re.compile(
    r"(?i)\b(?:score|result|index|rating|elo|points|value|accuracy|pass rate|total|solved|success(?: rate)?|"
    r"resolved|win rate)\b|^%$|\(%\)"
    # a single-attempt pass rate named by its metric alone ('pass@1', 'Pass^3')
    r"|^pass\s*[@^]\s*\d+$"
    # ('Percent completed correctly', '% solved'; never a change: '% gain', 'percent of cost')
    r"|^(?:percent|%) (?!change|improve|gain|delta|diff|increase|decrease|drop|of\b)(?=[a-z])"
    # the same head in the other languages of our corpus ('得分', '分數', 'スコア', '점수', 'Punktzahl')
    r"|得分|[分評评]數|[分评評]分|分数|成[绩績]|スコア|점수|(?i:punkt(?:zahl|e)|puntuaci[oó]n|puntaje)\b"
)


# a header cell naming a benchmark we do not know: one word with a second capital or a figure in it
# ('GeoSketch', 'OLYMPX25', 'ZeroBench(sub)'), maybe its subset or setting in parentheses
# (the second capital or figure is looked ahead for and the word taken possessively: a nested repeat here
# backtracked exponentially on a long run of capitals that then failed to match)
NEW_BENCH_HEAD = re.compile(
    r"(?P<name>[A-Z](?=[a-z]*[A-Z0-9])[A-Za-z0-9]*+(?:[-.][A-Za-z0-9]+)*)\s*(?:\((?P<sub>[^()]{1,20})\))?"
)
# columns that sum the others up or count, however they are written ('AVG', 'Overall', 'ALL')
SUMMARY_HEAD = re.compile(
    r"(?i)avg|average|overall|mean|total|all|sum|median|rank|score|elo|cost|size|moe|open"
)
