"""A run of model names flattened into one line is cut back into names at their versions, without knowing
any of the names (extractors.facts.name_runs)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from extractors.facts.name_runs import AFTER_VERSION, split_names

_WORD = st.from_regex(r"[A-Z][a-z]{2,7}", fullmatch=True).filter(lambda w: not AFTER_VERSION.fullmatch(w))
_VERSION = st.from_regex(r"[VK]?[1-9](?:\.[0-9])?", fullmatch=True)
_HYPHENED = st.from_regex(r"[A-Z][a-z]{2,5}-[VK]?[1-9](?:\.[0-9])?", fullmatch=True)
_AFTER = st.sampled_from(["", " Pro", " Flash", " Thinking", " 31B", " 26B A4B", " (xhigh)", " Mini"])


@st.composite
def _name(draw: st.DrawFn) -> str:
    words = draw(st.lists(_WORD, min_size=0, max_size=2))
    head = " ".join([*words, draw(_VERSION)]) if words else draw(_HYPHENED)  # 'Orbis V3.2', 'Tarn-4.7'
    return head + draw(_AFTER)


@given(st.lists(_name(), min_size=2, max_size=7))
def test_names_split_back_at_their_versions(names: list[str]) -> None:
    assert split_names(" ".join(names), len(names)) == names


def test_examples() -> None:
    line = "Tarn-5 Tarn-4.7 Orbis V3.2 Kelp K2.5 Vale Prime 4.5 Nox 3 Pro"
    assert split_names(line, 6) == [
        "Tarn-5",
        "Tarn-4.7",
        "Orbis V3.2",
        "Kelp K2.5",
        "Vale Prime 4.5",
        "Nox 3 Pro",
    ]
    assert split_names(line, 5) is None  # the rows hold another count: not this header
    assert split_names("Results for 2025 were strong", 2) is None  # prose: no name ends each cut
    assert split_names("4.5 Tarn-5", 2) is None  # a name starts with a letter
