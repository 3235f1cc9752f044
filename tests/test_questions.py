"""The README's "Questions you can ask": every query there runs against the bundled sample and answers."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import CliResult

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _questions() -> list[str]:
    m = re.search(r"^## Questions you can ask\n(.*?)(?=^## )", README, re.S | re.M)
    assert m, "README has no '## Questions you can ask' section"
    return re.findall(r"```sql\n(.*?)```", m.group(1), re.S)


QUESTIONS = _questions()


def test_there_are_at_least_eight_questions() -> None:
    assert len(QUESTIONS) >= 8


@pytest.mark.parametrize("sql", QUESTIONS, ids=[f"q{i + 1}" for i in range(len(QUESTIONS))])
def test_each_question_answers_on_the_sample(
    sql: str, sample_warehouse: Path, cli: Callable[..., CliResult]
) -> None:
    res = cli("--db", str(sample_warehouse), "sql", sql, "--format", "json")
    assert res.code == 0, res.err
    results = [json.loads(line) for line in res.out.splitlines()]
    assert results and all(rows for rows in results), f"a statement found nothing:\n{sql}"
