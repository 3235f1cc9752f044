"""Review API and CLI: list/show/resolve/dismiss/reopen, errors that change nothing, decisions that survive
re-ingestion and feed source reliability, and a decision that waits for a busy warehouse (real processes)."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from flows.cli import main
from tests.test_reconcile import article, attr, group_of, load_items, rows, score
from warehouse import review
from warehouse.db import InputError, open_warehouse
from warehouse.entities import add_alias
from warehouse.load import LoadedArticle
from warehouse.reconcile import reconcile
from warehouse.review import ReviewError

REPO = Path(__file__).resolve().parent.parent
TABLES = ("contradiction_items", "contradiction_events", "reconciled_facts", "consensus_values",
          "contradiction_members", "source_reliability")  # fmt: skip


def corpus() -> list[LoadedArticle]:
    a = article("vendorco", [score("Yunhai-2 Max", "SWE-bench Verified", 76.9)], kind="vendor")
    b = article("spinner", [score("Yunhai-2 Max", "SWE-bench Verified", 76.9)], kind="aggregator")
    c = article("rewrite", [score("Yunhai-2 Max", "SWE-bench Verified", 79.6)], kind="aggregator")
    d = article("weekly", [score("Yunhai-2 Max", "SWE-bench Verified", 76.9)])
    e = article("lab", [score("Muse Spark", "HLE", 42.8, "Thinking; no tools")], kind="vendor")
    f = article("board", [score("Muse Spark", "HLE", 50.2)], kind="evaluator")
    g = article("brief", [score("Muse Spark", "HLE", 58)])
    h = article("aa", attrs=[attr("Muse Spark", "leaderboard_rank", "5", "AA Index")], kind="evaluator")
    i = article("news4", attrs=[attr("Muse Spark", "leaderboard_rank", "4", "AA Index")])
    return [a, b, c, d, e, f, g, h, i]


def build(con: duckdb.DuckDBPyConnection) -> None:
    items = corpus()
    load_items(con, items, group_of(*items[:3], name="N1"))
    reconcile(con, "first")


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "wh.duckdb"
    with open_warehouse(path) as con:
        build(con)
    return path


@pytest.fixture()
def con(db: Path) -> Iterator[duckdb.DuckDBPyConnection]:
    with open_warehouse(db) as c:
        yield c


def cid_of(con: duckdb.DuckDBPyConnection, subject: str, attribute: str, setting: str | None = None) -> str:
    for it in review.list_contradictions(con, status=None, subject=None):
        if (
            it["subject"] == subject
            and it["attribute"] == attribute
            and (setting is None or it["setting"] == setting)
        ):
            return str(it["contradiction_id"])
    raise AssertionError(f"no contradiction for {subject} / {attribute}")


def state(con: duckdb.DuckDBPyConnection) -> list[object]:
    return [con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES]


def test_list_and_show(con: duckdb.DuckDBPyConnection) -> None:
    items = review.list_contradictions(con, status="open", subject=None)
    keys = {(i["subject"], i["attribute"], i["setting"]) for i in items}
    assert keys == {  # one item per subject × benchmark: its settings are shown inside it
        ("Yunhai-2 Max", "SWE-bench Verified", review.NOT_STATED),
        ("Muse Spark", "HLE", f"Thinking; no tools | {review.NOT_STATED}"),
        ("Muse Spark", "leaderboard_rank", review.NOT_STATED),
    }
    cid = cid_of(con, "Yunhai-2 Max", "SWE-bench Verified")
    detail = review.show(con, cid)
    assert [v["value"] for v in detail["values"]] == ["76.9", "79.6"]
    assert detail["values"][0]["n_sources"] == 2  # the copy group N1 and weekly.example
    assert {f["copy_group"] for f in detail["facts"]} == {"N1", None}
    n1 = next(f for f in detail["facts"] if f["copy_group"] == "N1")
    assert n1["copy_group_publishers"] == ["rewrite.example", "spinner.example", "vendorco.example"]
    assert all(f["url"].startswith("https://") and f["evidence"] for f in detail["facts"])
    assert [c["value"] for c in detail["consensus"]] == ["76.9"]
    assert detail["consensus"][0]["basis"] == "vote"  # never "uncontested" while values disagree
    assert detail["history"][0]["action"] == "opened"
    text = review.format_detail(detail)
    assert (
        cid in text and "79.6" in text and "setting not stated" in text and "copy of rewrite.example" in text
    )
    listing = review.format_list(items)
    assert "3 contradiction(s), 3 open" in listing
    hle = review.show(con, cid_of(con, "Muse Spark", "HLE"))
    assert {f["setting"] for f in hle["facts"]} == {"Thinking; no tools", review.NOT_STATED}
    assert {c["setting"]: c["basis"] for c in hle["consensus"]} == {
        review.NOT_STATED: "vote",
        "Thinking; no tools": "vote",
    }


def test_subject_matches_any_alias(con: duckdb.DuckDBPyConnection) -> None:
    add_alias(con, "Yunhai2-Max-0424", "Yunhai-2 Max")
    add_alias(con, "Humanity's Last Exam", "HLE", kind="benchmark")
    assert len(review.list_contradictions(con, status=None, subject="Yunhai2-Max-0424")) == 1
    assert len(review.list_contradictions(con, status=None, subject="yunhai-2 max")) == 1
    assert len(review.list_contradictions(con, status=None, subject="Muse Spark")) == 2
    assert len(review.list_contradictions(con, status=None, subject="muse")) == 2  # a substring
    assert len(review.list_contradictions(con, status=None, subject="0424")) == 1  # of an alias
    assert review.list_contradictions(con, status=None, subject="Nobody") == []
    assert len(review.list_contradictions(con, benchmark="humanity")) == 1
    assert len(review.list_contradictions(con, search="last exam")) == 1
    assert len(review.list_contradictions(con, search="swe-bench")) == 1
    assert len(review.list_contradictions(con, source="weekly")) == 1
    assert len(review.list_contradictions(con, source="board.example")) == 1


def test_sort_page_and_id_prefix(con: duckdb.DuckDBPyConnection) -> None:
    items = review.list_contradictions(con, sort="sources")
    assert [i["n_sources"] for i in items] == sorted((i["n_sources"] for i in items), reverse=True)
    assert review.page(items, limit=1, offset=1) == items[1:2]
    with pytest.raises(ReviewError, match="unknown sort"):
        review.list_contradictions(con, sort="colour")
    cid = cid_of(con, "Yunhai-2 Max", "SWE-bench Verified")
    assert review.show(con, cid[:5])["contradiction_id"] == cid
    with pytest.raises(ReviewError, match="at least 4"):
        review.show(con, cid[:3])


def test_settings_split_and_merge_values_inside_an_item(con: duckdb.DuckDBPyConnection) -> None:
    cid = cid_of(con, "Muse Spark", "HLE")
    # the unstated 58 was measured with tools, the unstated 50.2 on the board without: nothing is in dispute
    review.set_setting(con, cid, value="58", setting="with tools", note="the brief says so", who="ana")
    out = review.set_setting(con, cid, value="50.2", setting="no tools; board", note="", who="ana")
    assert out["in_dispute"] is False
    assert all(it["contradiction_id"] != cid for it in review.list_contradictions(con))
    detail = review.show(con, cid)
    assert not any(v["in_dispute"] for v in detail["values"])
    assert {c["basis"] for c in detail["consensus"]} == {"uncontested"}
    # merging 50.2 into the 'Thinking; no tools' setting of 42.8 puts it in dispute again
    review.set_setting(con, cid, value="50.2", setting="Thinking; no tools", note="same mode", who="ana")
    again = review.show(con, cid)
    assert again["present"] and [v["value"] for v in again["values"] if v["in_dispute"]] == ["42.8", "50.2"]
    review.set_setting(con, cid, value="50.2", setting=None, note="", who="ana", as_stated=True)
    assert [h["action"] for h in review.show(con, cid)["history"]].count("setting") == 4
    with pytest.raises(ReviewError, match="not one of the values"):
        review.set_setting(con, cid, value="12", setting="x", note="", who="ana")


def test_resolve_ranks_consensus_reliability_and_audit(con: duckdb.DuckDBPyConnection) -> None:
    cid = cid_of(con, "Yunhai-2 Max", "SWE-bench Verified")
    before = dict(con.execute("SELECT publisher, reliability FROM source_reliability").fetchall())
    out = review.resolve(con, cid, value="76.90", note="vendor model card", who="ana")
    assert out["status"] == "resolved" and out["value"] == "76.9"
    ranks = {
        r["value"]: r
        for r in rows(con, "SELECT value, rank, reason FROM fact_ranks WHERE dispute_id = ?", [cid])
    }
    assert ranks["76.9"]["rank"] == "preferred" and ranks["79.6"]["rank"] == "deprecated"
    assert "ana" in ranks["79.6"]["reason"]
    cons = rows(con, "SELECT * FROM consensus WHERE contradiction_id = ?", [cid])[0]
    assert (cons["value"], cons["confidence"], cons["basis"]) == ("76.9", 1.0, "review")
    after = dict(con.execute("SELECT publisher, reliability FROM source_reliability").fetchall())
    changes = out["changes"]
    assert changes["consensus"][0]["before"]["basis"] == "vote"
    assert changes["consensus"][0]["after"] == {"value": "76.9", "confidence": 1.0, "basis": "review"}
    moved = {c["publisher"]: c for c in changes["sources"]}
    assert moved["rewrite.example"]["after"] < moved["rewrite.example"]["before"]
    assert after["weekly.example"] > before["weekly.example"]
    assert after["rewrite.example"] < before["rewrite.example"]
    ev = rows(con, "SELECT * FROM contradiction_events WHERE contradiction_id = ? ORDER BY event_id", [cid])[
        -1
    ]
    assert (ev["who"], ev["action"], ev["value"], ev["note"]) == (
        "ana",
        "resolved",
        "76.9",
        "vendor model card",
    )
    assert review.list_contradictions(con, status="resolved", subject=None)[0]["contradiction_id"] == cid
    # every claim is kept
    assert con.execute("SELECT count(*) FROM fact_ranks WHERE dispute_id = ?", [cid]).fetchone() == (4,)


@pytest.mark.parametrize(
    ("action", "kwargs", "message"),
    [
        ("resolve", {"cid": "deadbeef0000", "value": "76.9"}, "unknown contradiction id"),
        ("resolve", {"cid": "not an id!", "value": "76.9"}, "unknown contradiction id"),
        ("resolve", {"value": "seventy-six"}, "is not a number"),
        ("resolve", {"value": "77.5"}, "not one of the values seen"),
        ("resolve", {"value": "76.9", "note": "  "}, "note"),
        ("reopen", {}, "already open"),
    ],
)
def test_bad_input_changes_nothing(
    con: duckdb.DuckDBPyConnection, action: str, kwargs: dict[str, str], message: str
) -> None:
    cid = kwargs.pop("cid", cid_of(con, "Yunhai-2 Max", "SWE-bench Verified"))
    note = kwargs.pop("note", "a note")
    before = state(con)
    with pytest.raises(ReviewError, match=message) as err:
        getattr(review, action)(con, cid, note=note, who="ana", **kwargs)
    assert isinstance(err.value, InputError) and "\n" not in str(err.value)
    assert state(con) == before


def test_decided_items_must_be_reopened_first(con: duckdb.DuckDBPyConnection) -> None:
    cid = cid_of(con, "Muse Spark", "leaderboard_rank")
    review.dismiss(con, cid, note="counting GPT-5.3 Codex separately or not", who="bo")
    before = state(con)
    with pytest.raises(ReviewError, match="dismissed; reopen"):
        review.resolve(con, cid, value="4", note="x", who="bo")
    with pytest.raises(ReviewError, match="reopen"):
        review.dismiss(con, cid, note="again", who="bo")
    assert state(con) == before
    review.reopen(con, cid, note="look again", who="bo")
    with pytest.raises(ReviewError, match="not a whole number"):
        review.resolve(con, cid, value="4.5", note="x", who="bo")
    assert review.resolve(con, cid, value="4", note="the board's own page", who="bo")["value"] == "4"
    actions = [h["action"] for h in review.show(con, cid)["history"]]
    assert actions == ["opened", "dismissed", "reopened", "resolved"]


def test_decisions_survive_reingest_and_reextraction(db: Path) -> None:
    with open_warehouse(db) as con:
        cid = cid_of(con, "Yunhai-2 Max", "SWE-bench Verified")
        review.resolve(con, cid, value="76.9", note="model card", who="ana")
    with open_warehouse(db) as con:  # the same articles again, then re-extracted with another method
        items = corpus()
        load_items(con, items, group_of(*items[:3], name="N1"))
        assert reconcile(con, "second").opened == 0
        redo = article("weekly", [score("Yunhai-2 Max", "SWE-bench Verified", 76.9, text="now 76.9 %")])
        load_items(con, [redo])
        res = reconcile(con, "third")
        assert (res.opened, res.reopened) == (0, 0)
        assert review.show(con, cid)["status"] == "resolved"
        # a value never seen before reopens it; the decision stays in the history
        load_items(con, [article("late", [score("Yunhai-2 Max", "SWE-bench Verified", 81.3)])])
        assert reconcile(con, "fourth").reopened == 1
        detail = review.show(con, cid)
        assert detail["status"] == "open" and [h["action"] for h in detail["history"]][-2:] == [
            "resolved",
            "reopened",
        ]


def test_cli_review_verbs(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db), "review", "list"]) == 0
    out = capsys.readouterr().out
    assert "Yunhai-2 Max" in out
    with open_warehouse(db, read_only=True) as con:
        cid = cid_of(con, "Yunhai-2 Max", "SWE-bench Verified")
    assert main(["--db", str(db), "review", "show", cid]) == 0
    assert "79.6" in capsys.readouterr().out
    assert (
        main(["--db", str(db), "review", "resolve", cid, "--value", "abc", "--note", "n", "--who", "x"]) == 2
    )
    assert "not a number" in capsys.readouterr().err
    assert main(["--db", str(db), "review", "resolve", "ffffffffffff", "--value", "1", "--note", "n"]) == 2
    assert (
        main(["--db", str(db), "review", "resolve", cid, "--value", "76.9", "--note", "card", "--who", "x"])
        == 0
    )
    assert f"{cid}: resolved" in capsys.readouterr().out


HOLDER = """
import sys, time, duckdb
con = duckdb.connect(sys.argv[1])
con.execute("BEGIN TRANSACTION")
con.execute("UPDATE loads SET status = status")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("COMMIT")
con.close()
"""


def test_a_decision_waits_for_a_busy_warehouse(db: Path) -> None:
    with open_warehouse(db, read_only=True) as con:
        cid = cid_of(con, "Yunhai-2 Max", "SWE-bench Verified")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), "1.5"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        t0 = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "flows.cli", "--db", str(db), "review", "resolve", cid, "--value", "76.9",
             "--note", "while an ingest loads", "--who", "cy"],
            cwd=REPO, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        waited = time.monotonic() - t0
    finally:
        holder.wait(timeout=30)
    assert done.returncode == 0, done.stderr
    assert waited > 0.5  # it really had to wait for the lock
    with open_warehouse(db, read_only=True) as con:
        assert review.show(con, cid)["status"] == "resolved"
        assert con.execute(
            "SELECT who FROM contradiction_events WHERE action = 'resolved' AND contradiction_id = ?", [cid]
        ).fetchone() == ("cy",)


def test_a_decision_past_its_wait_bound_says_it_was_not_recorded(db: Path) -> None:
    """Held longer than review_busy_timeout: the CLI says it waits, then one line (exit 1); the page answers
    503 'NOT recorded' within the same bound; the contradiction stays as it was."""
    import os

    from starlette.testclient import TestClient

    from flows.review_web import create_app
    from schema.settings import load_settings

    with open_warehouse(db, read_only=True) as con:
        cid = cid_of(con, "Yunhai-2 Max", "SWE-bench Verified")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), "6"], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        t0 = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "flows.cli", "--db", str(db), "review", "dismiss", cid, "--note", "n"],
            cwd=REPO, capture_output=True, text=True, timeout=60,
            env={**os.environ, "NEWSKB_REVIEW_BUSY_TIMEOUT": "1"},
        )  # fmt: skip
        cli_took = time.monotonic() - t0
        settings = load_settings(env={}).replace(db_path=db, review_busy_timeout=1.0)
        with TestClient(create_app(settings), base_url="http://127.0.0.1") as web:
            t0 = time.monotonic()
            page = web.post(
                f"/c/{cid}/dismiss", data={"note": "n", "who": "t"}, headers={"Origin": "http://127.0.0.1"},
                follow_redirects=False,
            )  # fmt: skip
            web_took = time.monotonic() - t0
    finally:
        holder.wait(timeout=30)
    assert done.returncode == 1 and "waiting up to 1 s" in done.stderr and "busy" in done.stderr, done.stderr
    assert page.status_code == 503 and "NOT recorded" in page.text and "busy" in page.text, page.text
    assert cli_took < 5 and web_took < 3, (cli_took, web_took)  # the holder keeps it 6 s
    with open_warehouse(db, read_only=True) as con:
        assert review.show(con, cid)["status"] == "open"


def test_a_table_cell_shows_its_row_and_column_header() -> None:
    flat = (
        "Intro.\n\n| Benchmark |\nClaude Opus 4.6 |\nMuse Spark (Contemplating) |\nLlama 4 Maverick |\n"
        "| GPQA Diamond |\n73.9 |\n78.4 |\n64.1 |\n| MedQA |\n87.5 |\n94.7 |\n79.8 |\n"
    )
    row = "| GPQA Diamond |\n73.9 |\n78.4 |\n64.1 |"
    cell = review.table_cell(row, flat, 78.4, "Muse Spark")
    assert cell == {
        "row": "GPQA Diamond",
        "column": "Muse Spark (Contemplating)",
        "header": "Benchmark | Claude Opus 4.6 | Muse Spark (Contemplating) | Llama 4 Maverick",
    }
    grid = "| Rank | Model | Score |\n|---|---|---|\n| #1 | Nimbus | 57 |\n| #2 | Orca | 57 |\n"
    assert review.table_cell("| #2 | Orca | 57 |", grid, 57.0, "Orca")["column"] == "Score"  # type: ignore[index]
    assert review.table_cell("Prose says 57.", grid, 57.0, "Orca") is None


def test_resolving_decides_every_setting_that_states_the_value(con: duckdb.DuckDBPyConnection) -> None:
    cid = cid_of(con, "Muse Spark", "HLE")
    out = review.resolve(con, cid, value="50.2", note="the board's own page", who="ana")
    assert out["changes"]["consensus"]
    detail = review.show(con, cid)
    basis = {c["setting"]: (c["value"], c["basis"]) for c in detail["consensus"]}
    # the unstated values are settled; 'Thinking; no tools' never stated 50.2 and keeps its own vote
    assert basis == {review.NOT_STATED: ("50.2", "review"), "Thinking; no tools": ("42.8", "vote")}
    ranks = {f["value"]: f["rank"] for f in detail["facts"]}
    assert ranks == {"42.8": "preferred", "50.2": "preferred", "58": "deprecated"}
    assert review.list_contradictions(con, status="open", subject="muse spark", benchmark="hle") == []


def test_cli_list_options_prefix_and_setting(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    assert main(["--db", str(db), "review", "list", "--json", "--limit", "1", "--offset", "1"]) == 0
    page = json.loads(capsys.readouterr().out)
    assert len(page) == 1
    assert (
        main(["--db", str(db), "review", "list", "--json", "--benchmark", "swe", "--search", "yunhai"]) == 0
    )
    (item,) = json.loads(capsys.readouterr().out)
    cid = item["contradiction_id"]
    assert main(["--db", str(db), "review", "list", "--limit", "2"]) == 0
    assert "(items 1-2 of 3)" in capsys.readouterr().out
    assert main(["--db", str(db), "review", "list", "--limit", "-1"]) == 2
    assert main(["--db", str(db), "review", "show", cid[:6]]) == 0
    assert cid in capsys.readouterr().out
    hle = cid_of_db(db, "Muse Spark", "HLE")
    args = [
        "--db",
        str(db),
        "review",
        "setting",
        hle[:8],
        "--value",
        "58",
        "--to",
        "with tools",
        "--who",
        "ana",
    ]
    assert main(args) == 0
    assert "consensus [with tools]" in capsys.readouterr().out
    assert main(["--db", str(db), "review", "setting", hle, "--value", "58", "--who", "ana"]) == 2


def cid_of_db(db: Path, subject: str, attribute: str) -> str:
    with open_warehouse(db, read_only=True) as con:
        return cid_of(con, subject, attribute)
