"""The header line of a table left as text names one model column (`header_models.header_model`)."""

from __future__ import annotations

import pytest

from extractors.facts.header_models import header_model
from extractors.facts.nlp import read
from schema.records import Article

_PAGE = "Two sheets\n\nA lab posted a sheet this week.\n\n{header}\nMMMU 61.0% Tarsus 3: 58.2% post\n"


def _header_owner(header: str) -> str | None:
    view = read(Article(url="https://t.example/h", text=_PAGE.format(header=header), title="Two sheets"))
    sv = next(s for s in view.segs if view.text[s.seg.start : s.seg.end] == header)
    return header_model(view, sv)


@pytest.mark.parametrize(
    ("header", "owner"),
    [
        ("Test Pellan-7 Chosen rival Where from", "Pellan-7"),  # labels set apart by blanks
        ("测试 Pellan-7得分 对比模型", "Pellan-7"),  # Chinese labels written against the name
        # labels glued to the names: a second model's column hides in them ('…6.2Haiku 6.4…' reads as one)
        ("EvaluationHaiku 6.2Haiku 6.4Notes", None),
        ("Test Pellan-7 Tarsus 3 Where from", None),  # two model columns: a comparison's grid
        ("Pellan-7", None),  # a lone name is a heading, not a header
    ],
)
def test_header_names_one_model_column(header: str, owner: str | None) -> None:
    assert _header_owner(header) == owner
