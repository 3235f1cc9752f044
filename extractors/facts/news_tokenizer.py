"""The news tokenizer: spaCy's blank English with infixes for text as news pages write it in and beside
Chinese, Japanese and Korean (a Latin name glued to CJK text, a figure's parenthesis glued to its name) and a
suffix that ends a sentence after a name's last capital. `CJK` is the character class of that script.
"""

from __future__ import annotations

from functools import cache

from spacy.lang.en import English, EnglishDefaults
from spacy.language import Language

CJK = "\u3000-\u303f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff00-\uffef"
_CJK_INFIXES = [
    f"(?<=[{CJK}])(?=[^{CJK}])",
    f"(?<=[^{CJK}])(?=[{CJK}])",
    f"[,;:()](?=[{CJK}])",
    r"(?<=[0-9]),(?=[A-Za-z])",
    # a figure's parenthesis glued to its name and the next name glued to its close
    # ('Verified(78.1%),BrowseComp(71.2%)'): the names, the figures and the marks are tokens of their own
    r"(?<=[A-Za-z])\((?=\d[\d.]*(?:%|\)|$))",
    r"(?<=\d)%(?=\))",
    r"(?<=[\d%])\)(?=[,;])",
    r"(?<=\)),(?=[A-Za-z])",
    # a benchmark's name in parentheses glued to the words around it ('평가(MMLU-Pro) 80.1점',
    # '知识(MMLU-Pro)80.1分')
    f"(?<=[{CJK}])[(（](?=[A-Za-z])",
    f"(?<=[A-Za-z0-9])[)）](?=[\\d{CJK}])",
    # a name with its date glued on in parentheses, then a colon and the text ('Name(2024/12):Bench で…'):
    # the name, the date and the colon are tokens of their own
    r"(?<=[A-Za-z0-9])[(（](?=\d{4}[/.-]\d{1,2}[)）])",
    r"(?<=\d[)）])[:：](?=\S)",
]


class _NewsEnglishDefaults(EnglishDefaults):
    # Chinese and Japanese run on into Latin names without spaces ('推出GLM-5,面向', '相比A-4.5,A-5将'), and
    # Korean glues its particles to them ('Name 5가'): a name glued to such text, or after a comma glued to a
    # figure, is a token of its own
    infixes = [*EnglishDefaults.infixes, *_CJK_INFIXES]  # noqa: RUF012  (spaCy reads it from the class)
    # a period after a name's last capital that follows a digit, a small letter or a hyphen ('GSM8K.',
    # 'Name-3 27B.', 'Multi-E.') ends the sentence: spaCy keeps '8K.' whole as it keeps an abbreviation's
    # 'U.S.', and the name was never matched
    suffixes = [*(EnglishDefaults.suffixes or ()), r"(?<=[0-9a-z-][A-Z])\."]  # noqa: RUF012


class _NewsEnglish(English):  # type: ignore[no-untyped-call]  # spaCy's untyped __init_subclass__
    """Blank English whose tokenizer is built with our infixes (setting `infix_finditer` on a built
    tokenizer compiles the infixes a second time and reloads its ~2,700 special cases: 0.06 s of CPU)."""

    Defaults = _NewsEnglishDefaults


@cache
def tokenizer_pipeline() -> Language:
    """Blank English with our tokenizer: all that the pattern index (`phrase_index`) needs of spaCy."""
    return _NewsEnglish()
