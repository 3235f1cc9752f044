"""The review page at scale, in real headless Chromium: 330 generated review items (warehouse rows written
through the library, no pages ingested): list and pagination, search by alias, filters, keyboard flow, the
chart, a resolve and a dismiss by keyboard with what changed and the next open item; no request leaves
127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from schema.settings import Settings
from tests.test_reconcile import article, load_items, score
from tests.test_review_web import CHROMIUM, CHROMIUM_ARGS, serve
from warehouse import review
from warehouse.db import open_warehouse
from warehouse.entities import add_alias
from warehouse.load import LoadedArticle
from warehouse.reconcile import reconcile

N_MODELS = 330
BENCHES = ("GPQA Diamond", "HLE", "SWE-bench Verified")


def generated(path: Path) -> Settings:
    """Six outlets report scores for 330 models; two of them disagree with the rest on every model."""
    items: list[LoadedArticle] = []
    for a in range(6):
        scores = [
            score(f"Model-{k:03d}", BENCHES[k % 3], 40 + k % 50 + (1.7 if a in (2, 5) else 0.0))
            for k in range(N_MODELS)
        ]
        it = article(f"outlet{a}", scores, kind="vendor" if a == 0 else "news")
        when = datetime(2026, 3, 1 + 4 * a, tzinfo=UTC)
        items.append(replace(it, article=replace(it.article, published_at=when)))
    with open_warehouse(path) as con:
        load_items(con, items)
        add_alias(con, "Orca Seven", "Model-007")
        add_alias(con, "Humanity's Last Exam", "HLE", kind="benchmark")
        reconcile(con, "generated")
    return Settings(db_path=path)


@pytest.fixture()
def big(tmp_path: Path) -> Iterator[tuple[str, Settings]]:
    settings = generated(tmp_path / "big.duckdb")
    with serve(settings) as base:
        yield base, settings


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (make browser)")
def test_three_hundred_items_in_chromium(big: tuple[str, Settings]) -> None:
    from playwright.sync_api import sync_playwright

    base, settings = big
    with open_warehouse(settings.db_path, read_only=True) as con:
        everything = review.list_contradictions(con)
        assert len(everything) == N_MODELS  # one item per model × benchmark
        by_source = len(review.list_contradictions(con, source="outlet2"))
    requests: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.on("request", lambda r: requests.append(r.url))
            page.goto(base + "/")
            assert page.inner_text("#count") == f"items 1–50 of {N_MODELS}"
            assert page.locator("tr.item").count() == 50
            page.keyboard.press("]")  # next page
            page.wait_for_url("**page=2*")
            assert page.inner_text("#count") == f"items 51–100 of {N_MODELS}"
            # search by a model's alias, then by a substring of a benchmark alias
            page.keyboard.press("/")
            page.keyboard.type("orca")
            page.keyboard.press("Enter")
            page.wait_for_url("**q=orca*")
            assert page.locator("tr.item").count() == 1 and "Model-007" in page.inner_text("#items")
            page.goto(base + "/?benchmark=humanity&per=200")
            assert page.inner_text("#count") == f"items 1–110 of {N_MODELS // 3}"
            page.goto(base + "/?model=model-01&status=open")
            assert page.locator("tr.item").count() == 10  # Model-010 … Model-019
            page.goto(base + "/?source=outlet2")
            assert page.inner_text("#count").endswith(f"of {by_source}")
            page.goto(base + "/?sort=subject&dir=desc")
            assert page.locator("tr.item td").nth(2).inner_text() == f"Model-{N_MODELS - 1:03d}"
            # keyboard: down twice, open, next, previous
            page.goto(base + "/")
            third = page.locator("tr.item").nth(2).get_attribute("data-href")
            fourth = page.locator("tr.item").nth(3).get_attribute("data-href")
            assert third and fourth
            page.keyboard.press("j")
            page.keyboard.press("j")
            page.keyboard.press("Enter")
            page.wait_for_url(f"**{third}")
            assert page.locator("#chart svg circle.point").count() == 6  # one dot per outlet
            page.keyboard.press("j")
            page.wait_for_url(f"**{fourth}")
            page.keyboard.press("k")
            page.wait_for_url(f"**{third}")
            cid = third.split("/c/")[1].split("?")[0]
            # resolve by keyboard: pick the first value, r, type the note, Enter
            page.keyboard.press("1")
            page.keyboard.press("r")
            page.keyboard.type("the vendor's model card")
            page.keyboard.press("Enter")
            page.wait_for_url(f"**/c/{cid}?done=resolved*")
            assert page.inner_text("#status") == "resolved"
            changes = page.inner_text("#changes")
            assert "consensus" in changes and "source weight of outlet2.example" in changes
            page.keyboard.press("n")  # the next open item
            page.wait_for_url(lambda url: "/c/" in url and cid not in url)
            assert page.inner_text("#status") == "open"
            nxt = page.url.split("/c/")[1].split("?")[0]
            page.keyboard.press("d")
            page.keyboard.type("a rerun with another harness")
            page.keyboard.press("Enter")
            page.wait_for_url(f"**/c/{nxt}?done=dismissed*")
            assert page.inner_text("#status") == "dismissed"
        finally:
            browser.close()
    assert requests and all(u.startswith(base + "/") for u in requests), [
        u for u in requests if base not in u
    ]
    with open_warehouse(settings.db_path, read_only=True) as con:
        assert review.show(con, cid)["status"] == "resolved"
        assert review.show(con, nxt)["status"] == "dismissed"
        assert len(review.list_contradictions(con, status="open")) == N_MODELS - 2
