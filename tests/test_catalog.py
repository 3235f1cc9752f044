"""The warehouse describes itself: every public view and column carries the comment warehouse/catalog.toml
gives it, and the README's view tables are rendered from the same file."""

from __future__ import annotations

from pathlib import Path

from warehouse.catalog import catalog, readme_block, sync_comments
from warehouse.db import connect

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _clean(text: str) -> str:
    return " ".join(text.split())


def test_every_view_and_column_carries_the_catalogs_comment(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    try:
        views = dict(
            con.execute("SELECT view_name, comment FROM duckdb_views() WHERE NOT internal").fetchall()
        )
        columns = con.execute(
            "SELECT table_name, column_name, comment FROM duckdb_columns() "
            "WHERE table_name IN (SELECT view_name FROM duckdb_views() WHERE NOT internal) "
            "ORDER BY table_name, column_index"
        ).fetchall()
    finally:
        con.close()
    docs = {d.name: d for d in catalog()}
    assert set(views) == set(docs), "every view is public and described in warehouse/catalog.toml"
    for name, comment in views.items():
        assert comment == _clean(docs[name].description), name
    by_view: dict[str, list[tuple[str, str | None]]] = {}
    for view, column, comment in columns:
        by_view.setdefault(view, []).append((column, comment))
    for name, doc in docs.items():
        assert [c for c, _ in by_view[name]] == [c for c, _ in doc.columns], f"{name}: columns differ"
        assert [c for _, c in by_view[name]] == [_clean(m) for _, m in doc.columns], name


def test_the_readme_view_tables_are_rendered_from_the_catalog() -> None:
    assert readme_block() in README, "run `python -m warehouse.catalog --write-readme`"


def test_a_view_recreated_by_a_migration_gets_its_comments_back(tmp_path: Path) -> None:
    con = connect(tmp_path / "w.duckdb")
    try:
        con.execute(  # as a later migration might: the comments go with the old view
            "CREATE OR REPLACE VIEW names AS SELECT alias AS name, kind, canonical, alias_key, origin "
            "FROM entity_aliases"
        )
        assert con.execute("SELECT comment FROM duckdb_views() WHERE view_name = 'names'").fetchone() == (
            None,
        )
        sync_comments(con, force=True)  # what migrate() does after applying migrations
        (comment,) = con.execute(
            "SELECT comment FROM duckdb_views() WHERE view_name = 'names'"
        ).fetchone() or ("",)
        assert comment.startswith("Every name the alias registry knows")
    finally:
        con.close()
