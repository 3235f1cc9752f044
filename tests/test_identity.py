"""URL normalisation, content hashes and near-duplicate copy groups."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.web.identity import (
    COPY_THRESHOLD,
    assign_copy_groups,
    content_hash,
    group_against,
    normalize_url,
    signature,
    signature_from_bytes,
    signature_to_bytes,
    simhash,
    similar,
)

CORPUS = Path("/work/shared/eval/dev-corpus")
COPY_GROUPS = [{"d005", "d006", "d007"}, {"d012", "d013"}, {"d021", "d022", "d023"}]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "HTTPS://News.Example.COM:443/a/b/?utm_source=x&b=2&a=1&fbclid=z#frag",
            "https://news.example.com/a/b?a=1&b=2",
        ),
        ("http://news.example:80", "http://news.example/"),
        ("http://news.example:8080/x/", "http://news.example:8080/x"),
        ("https://news.example/a/./b/../c", "https://news.example/a/c"),
        ("https://news.example/?gclid=1&mc_cid=2&mc_eid=3&utm_campaign=4", "https://news.example/"),
        ("https://news.example/p?q=a%20b&id=%7e", "https://news.example/p?id=~&q=a%20b"),
        ("https://news.example/caf%c3%a9", "https://news.example/caf%C3%A9"),
        ("https://news.example/café", "https://news.example/caf%C3%A9"),
        ("https://news.example/x?ref=home", "https://news.example/x?ref=home"),
        ("  https://news.example/x  ", "https://news.example/x"),
        ("FILE:///tmp/a.html#x", "file:///tmp/a.html"),
    ],
)
def test_normalize_url(raw: str, expected: str) -> None:
    assert normalize_url(raw) == expected


def test_normalize_url_collapses_syndication_variants() -> None:
    variants = [
        "https://site.example/story/",
        "https://SITE.example/story?utm_medium=rss",
        "https://site.example:443/story#comments",
        "https://site.example/story?fbclid=abc",
    ]
    assert len({normalize_url(v) for v in variants}) == 1


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_normalize_url_never_raises(text: str) -> None:
    assert isinstance(normalize_url(text), str)


_SEGMENT = st.text(alphabet="abcXYZ019-._~%é ", min_size=0, max_size=8)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(["http", "https", "HTTP"]),
    st.sampled_from(
        ["news.example", "Sub.News.Example", "127.0.0.1", "news.example:8443", "news.example:443"]
    ),
    st.lists(_SEGMENT, max_size=4),
    st.lists(st.tuples(st.sampled_from(["a", "b", "utm_source", "fbclid", "q"]), _SEGMENT), max_size=4),
    st.booleans(),
)
def test_normalize_url_is_idempotent(
    scheme: str, host: str, segments: list[str], params: list[tuple[str, str]], slash: bool
) -> None:
    path = "/" + "/".join(segments) + ("/" if slash else "")
    query = "&".join(f"{k}={v}" for k, v in params)
    url = f"{scheme}://{host}{path}" + (f"?{query}" if query else "")
    once = normalize_url(url)
    assert normalize_url(once) == once
    assert "utm_source" not in once and "fbclid" not in once and "#" not in once


def test_content_hash_ignores_whitespace_only() -> None:
    a = "Model X scores 71.4\n\non Harbor.  "
    assert content_hash(a) == content_hash("  Model X  scores 71.4 on\tHarbor.")
    assert content_hash(a) != content_hash("Model X scores 71.5 on Harbor.")
    assert len(content_hash("")) == 64


def test_signature_round_trip_and_self_similarity() -> None:
    sig = signature("Orbit-2 scores 71.4 on Harbor and 88.2 on Tidewater QA, Inkwell said on Monday.")
    assert signature_from_bytes(signature_to_bytes(sig)) == sig
    assert similar(sig, sig) == 1.0
    assert similar(signature(""), signature("")) == 0.0
    with pytest.raises(ValueError, match="different lengths"):
        similar(sig, sig[:10])


def test_simhash_is_close_for_light_edits() -> None:
    base = " ".join(f"word{i}" for i in range(200))
    edited = base.replace("word50", "changed")
    assert bin(simhash(base) ^ simhash(edited)).count("1") <= 8
    assert bin(simhash(base) ^ simhash("completely different text about chips")).count("1") > 8


def _corpus() -> list[tuple[str, str]]:
    if not CORPUS.is_dir():
        pytest.skip("dev corpus not available")
    return [
        (f.stem[:4], json.loads(f.read_text(encoding="utf-8"))["text"]) for f in sorted(CORPUS.glob("*.json"))
    ]


def test_dev_corpus_copy_groups_exactly() -> None:
    docs = _corpus()
    groups = assign_copy_groups(docs)
    merged: dict[str, set[str]] = {}
    for aid, gid in groups.items():
        merged.setdefault(gid, set()).add(aid)
    multi = sorted((g for g in merged.values() if len(g) > 1), key=min)
    assert multi == COPY_GROUPS
    assert (
        groups["d006"] == groups["d007"] == "d005" and groups["d013"] == "d012" and groups["d023"] == "d021"
    )
    assert all(groups[a] == a for a, _ in docs if not any(a in g for g in COPY_GROUPS))


def test_dev_corpus_similarity_margin() -> None:
    """The threshold sits in a clear gap: every copy pair well above, every other pair well below."""
    docs = _corpus()
    sigs = {aid: signature(text) for aid, text in docs}
    copies, others = [], []
    for (a, _), (b, _) in itertools.combinations(docs, 2):
        score = similar(sigs[a], sigs[b])
        (copies if any(a in g and b in g for g in COPY_GROUPS) else others).append(score)
    assert min(copies) >= COPY_THRESHOLD + 0.1, min(copies)
    assert max(others) <= COPY_THRESHOLD - 0.07, max(others)


def test_grouping_is_order_independent_and_incremental_matches_batch() -> None:
    docs = _corpus()
    batch = assign_copy_groups(docs)
    assert assign_copy_groups(list(reversed(docs))) == batch
    # first half stored, second half arriving later
    first, second = docs[::2], docs[1::2]
    stored_groups = assign_copy_groups(first)
    stored = {aid: (signature(text), stored_groups[aid]) for aid, text in first}
    fresh = group_against({aid: signature(text) for aid, text in second}, stored)
    combined = {**stored_groups, **fresh}

    # same partition as the batch run
    def partition(g: dict[str, str]) -> set[frozenset[str]]:
        out: dict[str, set[str]] = {}
        for aid, gid in g.items():
            out.setdefault(gid, set()).add(aid)
        return {frozenset(v) for v in out.values()}

    assert partition(combined) == partition(batch)


def test_group_against_joins_stored_group_and_keeps_its_id() -> None:
    text = "Lanting opened Yunhai-2 Max: 1.2 trillion parameters, 48 billion active, 76.9% on SWE-bench."
    spun = "Lanting threw open Yunhai-2 Max: 1.2 trillion params, 48 billion lively, 76.9% on SWE-bench."
    other = "Foxglove Labs shipped Kestrel-M 70B with 86.9 on MMLU and 68.0 on GPQA Diamond in April."
    out = group_against({"a9": signature(spun), "b1": signature(other)}, {"z0": (signature(text), "g-17")})
    assert out == {"a9": "g-17", "b1": "b1"}


def test_syndicated_copy_with_boilerplate_differences_groups() -> None:
    body = " ".join(
        f"Sentence {i} says Orbit-{i % 7} reached {50 + i}.{i % 10} on Harbor in test round {i}."
        for i in range(40)
    )
    groups = assign_copy_groups(
        [("x2", "Reprinted from Wire.\n\n" + body), ("x1", body + "\n\nShare this story")]
    )
    assert groups == {"x1": "x1", "x2": "x1"}
