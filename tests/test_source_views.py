"""A markdown file shown as a code host's source view shows it (`source_views.py`): a gutter line holding one
pipe after every line, two where the file had a blank line. Its tables are read as from the clean file, and
evidence points into the page; pages with a few lone pipes of another kind are left as they are. Every name
and figure here is invented."""

from __future__ import annotations

from extractors.facts.nlp import extract
from extractors.facts.segments import clean_text
from extractors.facts.source_views import without_gutter
from schema.records import Article

_FILE = (
    "# Notes on the Varrow 2 release\n\n"
    "> Gathered from the maker's card and two boards\n"
    "> Last checked in the spring\n\n"
    "## Varrow 2 against Varrow 1\n\n"
    "| Benchmark | Varrow 1 14B | Varrow 2 20B | Varrow 2 9B |\n"
    "|-----------|-------------|-------------|------------|\n"
    "| KelpQA | 51.2% | 70.4% | 66.0% |\n"
    "| Durnfield Math | 33.5% | 61.9% | 58.3% |\n"
    "| TorchCode | 28.0% | 49.7% | 45.1% |\n\n"
    "## Prices\n\n"
    "| Model | Input per 1M | Output per 1M |\n"
    "|-------|-------------|--------------|\n"
    "| Varrow 2 20B | $0.40 | $1.20 |\n"
    "| Varrow 2 9B | $0.10 | $0.30 |\n\n"
    "## Takeaway\n\n"
    "The larger model gains most on math; the smaller one keeps up on the rest.\n"
)


def _view(file: str, gutter: int = 2) -> str:
    head = "a41c9e0b2d\nNotes on the release, from two sources\n12 lines\n980 B\nMarkdown\n"
    out: list[str] = []
    for line in file.rstrip("\n").split("\n"):
        out += ([line] if line else []) + ["|"] * gutter
    return head + "\n".join(out)


def _facts(text: str) -> tuple[set[tuple[str, str, float]], set[tuple[str, str, str]]]:
    ex = extract(Article(url="https://code.example/notes.md", text=text, title="Notes"))
    for s in ex.scores:
        assert text[s.evidence.start : s.evidence.end] == s.evidence.text or s.evidence.start < 0
    return {(s.model, s.benchmark, s.value) for s in ex.scores}, {
        (a.subject, a.attribute, a.value) for a in ex.attributes
    }


def test_a_source_view_reads_as_its_file() -> None:
    clean_scores, clean_attrs = _facts(_FILE)
    scores, attrs = _facts(_view(_FILE))
    assert ("Varrow 2 20B", "KelpQA", 70.4) in clean_scores
    assert len(clean_scores) == 9
    assert scores == clean_scores
    assert attrs == clean_attrs


def test_the_file_comes_back_with_its_blank_lines_and_offsets() -> None:
    page = _view(_FILE)
    shown = without_gutter(page)
    assert shown is not None
    text, offsets = shown
    assert "|-----------|" in text and "\n\n## Prices\n\n| Model |" in text
    assert len(offsets) == len(text) + 1
    assert all(page[offsets[i]] == c for i, c in enumerate(text) if c != "\n")
    # one gutter line per line of the file: the same file back
    assert without_gutter(_view(_FILE, gutter=1)) is not None
    assert "\n\n## Prices\n\n" in clean_text(_view(_FILE, gutter=1)).text


def test_pages_that_are_no_source_view_stay_as_they_are() -> None:
    # prose with pipes, a table that ends with an empty row, a card with a few lone pipes between its parts
    pages = [
        "Kelp | Durn | Torch is how the three tests are named on the board.\n|\nThe rest follows below.",
        "| Model | KelpQA |\n|---|---|\n| Varrow 2 20B | 70.4 |\n|\n\nAfter the table, prose.",
        "\n".join(f"Card {k}\nVarrow {k}B\n|\nFree tier | |\n| #{k} |" for k in range(1, 9)),
    ]
    for page in pages:
        assert without_gutter(page) is None
        assert clean_text(page).offsets is None


_TOOL_README = (
    "# lanternd\n\n"
    "A tiny daemon that hosts open checkpoints behind one endpoint.\n\n"
    "## Checkpoints it hosts\n\n"
    "| Model | Context we serve | Tokens/s | Added in |\n"
    "|---|---|---|---|\n"
    "| Varrow 2 9B | 24K | 1800 | r7 |\n"
    "| Varrow 2 20B | 12K | 650 | r8 |\n\n"
    "## Tags\n\n"
    "| Release | Shipped | What changed |\n"
    "|---|---|---|\n"
    "| r8 | 2026-04-09 | hosts the 20B checkpoint |\n"
    "| r7 | 2026-01-27 | first tag |\n"
)

_TOOL_LOG = (
    "# History of lanternd\n\n"
    "## 2.4.1 - 2026-03-30\n\n"
    "- Hosts Varrow 2 9B and Varrow 2 20B\n"
    "- The default context grows to 24576 tokens\n"
    "- Requests now time out after a minute\n\n"
    "## 2.4.0 - 2026-02-02\n\n"
    "- First public tag\n"
)


def test_a_tools_readme_gives_no_release_dates_or_windows() -> None:
    # the tags of a server are no models, and what it hosts a checkpoint with is no window of the model
    _scores, attrs = _facts(_view(_TOOL_README))
    assert not any(a == "release_date" for _s, a, _v in attrs)
    assert not any(a == "context_window_tokens" for _s, a, _v in attrs)


def test_a_changelog_is_not_opened() -> None:
    # no pipe table in the file: nothing for the view to mend, so the page is read as it stands (the plain
    # file's list lines still give a window of their own: a prose reader's matter, not this view's)
    assert without_gutter(_view(_TOOL_LOG)) is None
    _scores, attrs = _facts(_view(_TOOL_LOG, gutter=1))
    assert not any(a == "context_window_tokens" for _s, a, _v in attrs)


def test_a_table_with_a_lone_pipe_around_each_cell_is_no_source_view() -> None:
    # a web table flattened one cell per line with a pipe line between cells: no file behind it
    cells = [
        ("Place", "Model", "Tally"),
        ("1", "Varrow 2 20B", "1210"),
        ("2", "Varrow 2 9B", "1174"),
        ("3", "Varrow 1 14B", "1102"),
    ]
    body = "\n".join("|\n" + "\n|\n".join(r) + "\n|" for r in cells)
    page = "Three open checkpoints meet on one board.\n\n" + body + "\n\nVarrow 2 20B leads on KelpQA.\n"
    assert without_gutter(page) is None
