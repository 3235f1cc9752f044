"""The id-shaped scans tried only at the words holding their anchor (token_anchors) find exactly what the
whole-text scans found, and try the pattern once per such word."""

from __future__ import annotations

import re

import pytest

from extractors.facts import api_ids, members
from extractors.facts.entities import SNAPSHOT_RE
from extractors.facts.token_anchors import SEPARATED, SEPARATED_TWICE, run_characters, token_matches

# ids, versions and hyphenated words of our own, glued to other characters in every way we could think of
_TEXTS = [
    "We ran tarn-4o-mini and tarn-4-1-fast against vale_3.1.2 and Quill-7-Pro-0612 on the sheet.",
    "The ids org/tarn-4o-mini, @vale-3-quill, key=tarn-9, x:orrin-2-b and path.tarn-5-lite differ.",
    "émile-4-mini, naïve-3-x, 東京-5-mini and _vesk-2-3 sit after word characters; e.g. this is no id.",
    "State-of-the-art, open-source, v1.2.3, 3.5-mini, 12-13 and o3-mini appear; so do a-b-c and x_y_z.",
    "Vendor2-Max-0424, name-3-Next-4bit, tarn-4.1-nano-20250101 (snapshot) and rack-12-a close it.",
    "tarn-4o-mini.\ntarn-4o-mini-\n-tarn-4o\ntarn--4\ntarn-4-\ntarn-4o-mini-high-v2 end-",
]
_VARIANTS = [
    v for t in _TEXTS for v in (t, t.upper(), t.lower(), t.swapcase(), t.title(), t.replace(" ", ""))
]

_SCANS = [
    (api_ids._ID, api_ids._ID_ANCHOR, "./@:=-"),
    (SNAPSHOT_RE, SEPARATED_TWICE, ".-"),
    (members._SHORT_SLUG_RE, SEPARATED, ".-"),
]


def _spans(ms: object) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(m.span(), m.groups()) for m in ms]  # type: ignore[attr-defined]


@pytest.mark.parametrize(("rx", "anchor", "extra"), _SCANS, ids=["api ids", "snapshots", "short slugs"])
def test_the_same_matches_as_the_whole_text_scan(
    rx: re.Pattern[str], anchor: re.Pattern[str], extra: str
) -> None:
    for text in _VARIANTS:
        assert _spans(token_matches(rx, text, anchor, extra)) == _spans(rx.finditer(text)), text


class _Counted:
    """A pattern that counts where it is tried."""

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx, self.pattern, self.tried = rx, rx.pattern, []

    def match(self, text: str, pos: int) -> re.Match[str] | None:
        self.tried.append(pos)
        return self.rx.match(text, pos)


def test_the_pattern_is_tried_once_per_word_holding_the_anchor() -> None:
    text = "a plain sentence with tarn-4o-mini, one more word and vale-3 at its end, and no other id"
    counted = _Counted(api_ids._ID)
    found = [m.group() for m in token_matches(counted, text, api_ids._ID_ANCHOR, "./@:=-")]  # type: ignore[arg-type]
    assert found == ["tarn-4o-mini", "vale-3"]
    assert counted.tried == [text.index("tarn"), text.index("vale")]


def test_what_it_leaves_alone() -> None:
    assert list(token_matches(api_ids._ID, "no ids here, e.g. none", api_ids._ID_ANCHOR, "./@:=-")) == []
    # a word character of any script, or the lookbehind's own characters, right before: no id starts there
    for glued in ("ëtarn-4o", "東tarn-4o", "/tarn-4o", "@tarn-4o", "_tarn-4o"):
        assert list(token_matches(api_ids._ID, glued, api_ids._ID_ANCHOR, "./@:=-")) == []
    assert [m.group() for m in token_matches(SNAPSHOT_RE, "see /tarn-4o-mini", SEPARATED_TWICE, ".-")] == [
        "tarn-4o-mini"
    ]


def test_a_lookbehind_that_drifts_from_its_extra_characters_is_refused() -> None:
    """A scan whose opening lookbehind refuses other characters than `extra` says so at once, instead of
    losing the matches after a character the walk back passes and the pattern does not refuse."""
    drifted = re.compile(r"(?<![\w-])[a-z]+-\d")  # refuses '-' but not the '.' of `extra`
    text = "see rack.quorra-7 here"
    assert [m.group() for m in drifted.finditer(text)] == ["quorra-7"]
    with pytest.raises(ValueError, match="lookbehind"):
        list(token_matches(drifted, text, SEPARATED, ".-"))
    with pytest.raises(ValueError, match="lookbehind"):
        list(token_matches(re.compile(r"[a-z]+-\d"), text, SEPARATED, ".-"))  # no lookbehind at all
    # every caller's pattern opens on the lookbehind its `extra` describes
    for rx, _anchor, extra in _SCANS:
        assert run_characters(rx) == set(extra)
