"""Real-sized news pages for the extraction bench (tens of KB each), written from our own words.

A page looks like what a news site serves: a head heavy with meta tags, styles, scripts and JSON-LD; a
masthead with a large navigation menu; a cookie banner; breadcrumbs; the article (headline, byline,
figure, 10–30 paragraphs with subheads, a list, inline links, ad slots and a newsletter box inside it);
a related-stories rail of teasers; a comment thread; a "more from" grid; and a footer full of links.

usage: python bench/page_maker.py OUT_FOLDER [--pages N] [--seed S]
"""

from __future__ import annotations

import argparse
import html
import json
import random
from pathlib import Path

_LABS = ["Orchard Labs", "Kestrel AI", "Tidewater Research", "Lumen Systems", "Halcyon Compute", "Basalt"]
_MODELS = ["Quill-4", "Nimbus R2", "Sparrow 9B", "Atlas-Mini", "Cobalt 2.5", "Fernweh-70B", "Larkspur"]
_BENCHES = ["GPQA Diamond", "MMLU-Pro", "SWE-bench Verified", "HumanEval", "AIME 2025", "ARC-AGI-2"]
_SECTIONS = ["Models", "Chips", "Policy", "Research", "Startups", "Cloud", "Robotics", "Opinion"]
_WORDS = [
    "data", "training", "compute", "cluster", "inference", "latency", "budget", "partners", "customers",
    "release", "preview", "weights", "license", "evaluation", "harness", "leaderboard", "context",
    "window", "tokens", "agents", "tools", "retrieval", "safety", "policy", "regulators", "investors",
    "quarter", "revenue", "chips", "memory", "bandwidth", "accelerator", "datacenter", "energy",
    "cooling", "researchers", "engineers", "product", "pricing", "developers", "open", "source",
    "community", "benchmark", "results", "rivals",
]  # fmt: skip
_SENTENCES = [
    "{lab} said on {day} that {model} reaches {v1} on {bench}, up from {v2} for the version it replaces.",
    "The company did not say how much compute the training run used, but engineers described it as the "
    "largest the lab has attempted.",
    "Independent evaluators have not yet reproduced the figures, and several asked for the full {w1} "
    "settings before drawing conclusions.",
    "{model} is offered through an API at a lower price per million tokens than its predecessor, the lab "
    "said in a statement.",
    "Analysts pointed out that {bench} has become crowded near the top, where a point or two separates "
    "the leaders.",
    "A spokesperson for {lab} said the {w1} team had spent most of the year on {w2} and {w3}.",
    "Customers in the preview reported faster answers on long documents, though some saw more refusals.",
    "The release comes a week after a rival announced a model of similar size aimed at coding work.",
    "On {bench}, the lab reports {v1} with tools enabled and {v2} without them.",
    "Researchers outside the company said the gains on {bench} were real but narrower than the headline "
    "number suggests.",
    "The weights will not be published, {lab} said, citing {w1} concerns raised by its {w2} board.",
    "Pricing starts at ${p} per million input tokens, with a discount for batch jobs that can wait.",
    "Several developers said the model handled multi-step {w1} tasks better than anything they had tried.",
    "The company plans a smaller variant later this year, tuned for {w1} on a single accelerator.",
    "Its context window grows to {k}K tokens, enough for a long contract or a mid-sized code base.",
    "Regulators in two jurisdictions have asked for documentation on how the {w1} data was gathered.",
]
_HEADLINES = [
    "{lab} unveils {model}, claims lead on {bench}",
    "{model} arrives with a bigger context window and lower prices",
    "Why {bench} scores are getting harder to compare",
    "{lab} bets on smaller models as compute costs climb",
    "Inside the race to top {bench}",
]
_NAMES = ["Ada Brightwater", "Tomas Reyes", "Priya Okafor", "Lena Vogt", "Kofi Mensah", "Mei Tanaka"]
_COMMENTS = [
    "Would love to see the full evaluation settings before getting excited.",
    "Price cut is the real story here, the benchmark numbers are within noise.",
    "Tried it on our internal tickets this morning, noticeably better at following instructions.",
    "Another week, another state of the art. Hard to keep track.",
    "Does anyone know whether the smaller variant will run locally?",
    "The context window claim matters more to me than any leaderboard.",
]


def _fill(rng: random.Random, template: str) -> str:
    v1 = round(rng.uniform(40, 95), 1)
    return template.format(
        lab=rng.choice(_LABS), model=rng.choice(_MODELS), bench=rng.choice(_BENCHES), v1=v1,
        v2=round(v1 - rng.uniform(0.5, 9), 1), day=rng.choice(["Monday", "Tuesday", "Thursday"]),
        w1=rng.choice(_WORDS), w2=rng.choice(_WORDS), w3=rng.choice(_WORDS),
        p=f"{rng.uniform(0.2, 12):.2f}", k=rng.choice([128, 256, 512, 1000]),
    )  # fmt: skip


def _headline(rng: random.Random) -> str:
    return html.escape(_fill(rng, rng.choice(_HEADLINES)))


def _para(rng: random.Random, n: int) -> str:
    return " ".join(_fill(rng, rng.choice(_SENTENCES)) for _ in range(n))


def _teaser(rng: random.Random, i: int, tag: str = "article") -> str:
    title = html.escape(_fill(rng, rng.choice(_HEADLINES)))
    return (
        f'<{tag} class="card teaser"><a href="/story/{i}"><img src="/img/{i}.jpg" alt=""></a>'
        f'<h3 class="card-title"><a href="/story/{i}">{title}</a></h3>'
        f'<p class="card-summary">{html.escape(_para(rng, 1))}</p>'
        f'<span class="card-meta">{rng.randint(2, 9)} min read</span></{tag}>'
    )


def _script(rng: random.Random, n: int) -> str:
    body = "\n".join(
        f"window.__cfg_{i}={{slot:'ad-{i}',sizes:[[300,250],[728,90]],targeting:{{s:'{rng.choice(_WORDS)}'}}}};"
        f"if(document.readyState!=='loading'){{init_{i}()}}else{{document.addEventListener('DOMContentLoaded',"
        f"init_{i})}}"
        for i in range(n)
    )
    return f"<script>{body}</script>"


def _style(n: int) -> str:
    rules = "".join(
        f".c{i}{{margin:{i % 7}px;padding:{i % 5}px;color:#{i * 3719 % 0xFFFFFF:06x}}}" for i in range(n)
    )
    return f"<style>{rules}</style>"


def make_page(rng: random.Random, index: int) -> str:
    """One page of roughly 40–120 KB; the article is 600–2,000 words."""
    headline = _fill(rng, rng.choice(_HEADLINES))
    author = rng.choice(_NAMES)
    date = f"2026-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T0{rng.randint(0, 9)}:30:00Z"
    site = "The Circuit Ledger"
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": headline,
        "datePublished": date, "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": site},
    }  # fmt: skip
    nav = "".join(
        f'<li class="menu-item"><a href="/{s.lower()}">{s}</a><ul class="sub-menu">'
        + "".join(f'<li><a href="/{s.lower()}/{w}">{w.title()}</a></li>' for w in rng.sample(_WORDS, 8))
        + "</ul></li>"
        for s in _SECTIONS
    )
    parts = [
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(headline)} | {site}'
        '</title><meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta property="og:title" content="{html.escape(headline)}"><meta property="og:site_name" '
        f'content="{site}"><meta property="og:type" content="article">'
        f'<meta name="author" content="{author}">',
        f'<meta property="article:published_time" content="{date}">'
        f'<link rel="canonical" href="https://circuitledger.example/story/{index}">',
        "".join(f'<link rel="preload" href="/static/font{i}.woff2" as="font">' for i in range(6)),
        f'<script type="application/ld+json">{json.dumps(ld)}</script>',
        _style(rng.randint(150, 400)),
        _script(rng, rng.randint(10, 40)),
        '</head><body class="single-post">',
        '<a class="skip-link" href="#main">Skip to content</a>',
        f'<header class="site-header"><div class="logo"><a href="/">{site}</a></div>'
        f'<nav class="main-nav" aria-label="Main"><ul class="menu">{nav}</ul></nav>'
        '<form class="search" role="search"><input name="q"><button>Search</button></form></header>',
        '<div class="cookie-banner" role="dialog"><p>We use cookies to improve your experience and to show '
        "you relevant advertising. You can change your choices at any time.</p><button>Accept all</button>"
        "<button>Manage settings</button></div>",
        '<div class="ad ad-leaderboard">Advertisement</div>',
        '<ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/models">Models</a></li></ol>',
        '<div class="container"><main id="main"><article class="post">',
        f'<h1 class="entry-title">{html.escape(headline)}</h1>',
        f'<div class="entry-meta">By <a href="/author/{index}" rel="author">{author}</a> · '
        f'<time datetime="{date}">{date[:10]}</time></div>',
        '<div class="share-bar"><a href="#">Share on social</a> <a href="#">Email</a> '
        '<a href="#">Copy link</a></div>',
        f'<figure><img src="/img/hero{index}.jpg" alt="A data centre"><figcaption>Servers in a '
        f"{rng.choice(_WORDS)} hall. Photo: agency</figcaption></figure>",
        '<div class="entry-content">',
    ]
    n_paras = rng.randint(10, 30)
    for i in range(n_paras):
        if i and i % 6 == 0:
            parts.append(f"<h2>{html.escape(_fill(rng, rng.choice(_HEADLINES)))}</h2>")
        if i == 4:
            parts.append(
                '<div class="ad ad-inline"><span>Advertisement</span>'
                '<script>loadAd("inline-1")</script></div>'
            )
        if i == 7:
            parts.append(
                f'<p class="read-more"><strong>Read more:</strong> <a href="/story/{index + 1}">'
                f"{html.escape(_fill(rng, rng.choice(_HEADLINES)))}</a></p>"
            )
        if i == 9:
            items = "".join(f"<li>{html.escape(_para(rng, 1))}</li>" for _ in range(rng.randint(3, 6)))
            parts.append(f"<ul>{items}</ul>")
        if i == 11:
            parts.append(
                '<div class="newsletter-signup"><h3>Get the briefing</h3><p>The day\'s AI news in your inbox '
                'every morning.</p><form><input type="email"><button>Sign up</button></form></div>'
            )
        para = html.escape(_para(rng, rng.randint(2, 5)))
        if rng.random() < 0.3:
            words = para.split(" ")
            j = rng.randrange(len(words))
            words[j] = f'<a href="/topic/{rng.choice(_WORDS)}">{words[j]}</a>'
            para = " ".join(words)
        parts.append(f"<p>{para}</p>")
    parts += [
        "</div>",
        '<div class="tags"><a href="/tag/ai">AI</a> <a href="/tag/models">Models</a></div>',
        f'<div class="author-bio"><p>{author} covers AI models and the labs that build them.</p></div>',
        "</article>",
        '<section class="comments" id="comments"><h2>Comments</h2>',
        "".join(
            f'<div class="comment"><span class="comment-author">{rng.choice(_NAMES)}</span> '
            f'<time>2 hours ago</time><p>{html.escape(rng.choice(_COMMENTS))}</p><a href="#">Reply</a></div>'
            for _ in range(rng.randint(5, 30))
        ),
        "</section></main>",
        '<aside class="sidebar"><h2>Related stories</h2>',
        "".join(_teaser(rng, index * 100 + i) for i in range(rng.randint(5, 10))),
        '<div class="most-read"><h2>Most read</h2><ol>',
        "".join(f'<li><a href="/story/{index * 50 + i}">{_headline(rng)}</a></li>' for i in range(10)),
        "</ol></div></aside></div>",
        '<section class="more-from"><h2>More from The Circuit Ledger</h2>',
        "".join(_teaser(rng, index * 1000 + i) for i in range(12)),
        "</section>",
        '<footer class="site-footer">',
        "".join(
            f'<div class="footer-col"><h4>{s}</h4><ul>'
            + "".join(f'<li><a href="/{s.lower()}/{w}">{w.title()}</a></li>' for w in rng.sample(_WORDS, 10))
            + "</ul></div>"
            for s in _SECTIONS
        ),
        f"<p>© 2026 {site}. All rights reserved.</p></footer>",
        _script(rng, rng.randint(5, 20)),
        "</body></html>",
    ]
    return "\n".join(parts)


def write_pages(out: Path, count: int = 40, seed: int = 7) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for i in range(count):
        path = out / f"page{i:03d}.html"
        path.write_text(make_page(rng, i), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out", type=Path)
    parser.add_argument("--pages", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = write_pages(args.out, args.pages, args.seed)
    size = sum(p.stat().st_size for p in paths) / len(paths) / 1024
    print(f"{len(paths)} pages in {args.out} (mean {size:.1f} KiB)")


if __name__ == "__main__":
    main()
