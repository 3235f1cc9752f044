"""The phrase index's chunks of the plain shapes (letters, figures, hyphenated words, one mark after them)
are stored without calling spaCy's tokenizer, and with exactly the tokens that tokenizer gives them."""

from __future__ import annotations

from typing import Any

from extractors.facts.entities import phrase_index

# invented words and figures, one of each shape the index stores itself, and the special cases it must not
_PLAIN = [
    "Zorvath",
    "quillet,",
    "brannock;",
    "Ostrel:",
    "wendry!",
    "Plimsk?",
    "harrowed.",
    "QXT.",
    "4417",
    "83.06",
    "7,315",
    "61.5%",
    "Varn-Lorrek",
    "tesh-ka-vell,",
    "Dumbrill-Sax.",
]
_TOKENIZED = [
    "B.",  # a capital and its period stay one token
    "cannot",  # a special case
    "dont,",  # a special case before the mark
    "trevik-f.",  # 'f.' is a special case the tokenizer's matcher joins again
    "0.0",  # an emoticon
    "Gorrin-7",  # a hyphen before a digit is no infix
    "(Wexley)",
    "12.5.",
]


class _Recorder:
    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self.texts: list[str] = []

    def __call__(self, text: str) -> Any:
        self.texts.append(text)
        return self.tokenizer(text)

    @property
    def rules(self) -> Any:
        return self.tokenizer.rules


def test_plain_chunks_skip_the_tokenizer_and_keep_its_tokens() -> None:
    index = phrase_index()
    spacy_tokenizer = index.tokenizer
    for c in _PLAIN + _TOKENIZED:
        index.chunks.pop(c, None)
    recorder = _Recorder(spacy_tokenizer)
    index.tokenizer = recorder  # type: ignore[assignment]
    try:
        index._tokenize(set(_PLAIN + _TOKENIZED))
    finally:
        index.tokenizer = spacy_tokenizer
    sent = set(" ".join(recorder.texts).split(" "))
    assert sent == set(_TOKENIZED)
    for c in _PLAIN + _TOKENIZED:
        expected = tuple((t.text, t.idx, t.idx + len(t.text)) for t in spacy_tokenizer(c))
        assert index.chunks[c] == expected, c
        assert index.orths[c] == tuple(t for t, _s, _e in expected)
