"""How figures agree: a value as a source stated it (with its precision) and the rule per attribute.

Two scores agree when one is the other rounded to its stated precision (58 ~ 58.4, 42.8 ~ 43, 76.5 !~ 77.1);
the precision is read from the evidence text ("68.0" is kept as written), else from the double, and a
trailing zero after the point is padding, not precision, when comparing (tables print every cell to one
decimal, so "49.0" may be a whole-number 49: 49.0 ~ 49.1, 84.0 ~ 83.7, 70.0 !~ 71.0). Attributes use a rule
per attribute (`ATTRIBUTE_RULES`): dates at the coarser precision, parameter counts within ±2%, ranks and
context windows exactly, prices to the cent.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from warehouse.alias_keys import alias_key

PARAMETER_TOLERANCE = 0.02
# How attribute values agree: dates at the coarser precision, parameter counts within ±2%, ranks and context
# windows exactly, prices to the cent; any other attribute as exact text.
ATTRIBUTE_RULES: dict[str, str] = {
    "release_date": "date",
    "parameters_total": "relative",
    "parameters_active": "relative",
    "leaderboard_rank": "integer",
    "context_window_tokens": "integer",
    "price_input_per_mtok": "cents",
    "price_output_per_mtok": "cents",
}
_NUMBER = re.compile(r"(?<![\d.])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_SETTING = re.compile(r"[^0-9a-z@.+]+")


# --- values and agreement --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Stated:
    """A value as a source stated it: its text, its number (if any) and its precision."""

    text: str
    num: float | None
    decimals: int  # decimal places of a number; parts of a date (1 year, 2 month, 3 day)


def repr_decimals(x: float) -> int:
    """Decimal places of the shortest repr of a double (the fallback when the text is not found)."""
    t = repr(float(x))
    if "e" in t or "inf" in t or "nan" in t:
        return 6
    return len(t.split(".")[1].rstrip("0")) if "." in t else 0


def stated_decimals(value: float, evidence: str | None) -> int:
    """The precision a value was stated with in its evidence: "68.0" has 1, "0.428" (as 42.8 %) has 1."""
    best: int | None = None
    for m in _NUMBER.finditer(evidence or ""):
        frac = m.group(2) or ""
        try:
            v = float(m.group(1).replace(",", "") + ("." + frac if frac else ""))
        except ValueError:  # pragma: no cover - the pattern only matches digits
            continue
        if math.isclose(v, value, rel_tol=1e-9, abs_tol=1e-9):
            d = len(frac)
        elif v < 1.5 and frac and math.isclose(v * 100, value, rel_tol=1e-9, abs_tol=1e-9):
            d = max(0, len(frac) - 2)
        else:
            continue
        best = d if best is None else max(best, d)
    return repr_decimals(value) if best is None else best


def format_number(value: float, decimals: int) -> str:
    return f"{value:.{max(0, decimals)}f}"


def rounding_agree(a: float, da: int, b: float, db: int) -> bool:
    """True when one value is the other rounded to its stated precision (either rounding of a half)."""
    d = min(da, db)
    scale = max(1.0, abs(a), abs(b))
    if da == db:
        return abs(a - b) <= 1e-9 * scale
    return abs(a - b) <= 0.5 * 10.0**-d + 1e-9 * scale


def compared_decimals(stated: Stated) -> int:
    """The precision a stated score is compared at: its decimals without the trailing zeros of its text
    ("49.0" compares as 49, "49.10" as 49.1), since padding a figure to a table's decimals adds none."""
    if stated.decimals <= 0 or "." not in stated.text:
        return stated.decimals
    return min(stated.decimals, len(stated.text.rsplit(".", 1)[1].rstrip("0")))


def score_value(num: float, evidence: str | None) -> Stated:
    d = stated_decimals(num, evidence)
    return Stated(format_number(num, d), num, d)


def parse_score_text(text: str) -> Stated | None:
    """A number typed by a reviewer or stored as a seen value; None when it is not a number."""
    t = text.strip().replace(",", "").rstrip("%").strip()
    try:
        dec = Decimal(t)
    except InvalidOperation:
        return None
    if not dec.is_finite():
        return None
    exp = dec.as_tuple().exponent
    d = -exp if isinstance(exp, int) and exp < 0 else 0
    return Stated(format_number(float(dec), d), float(dec), d)


def rule_for(kind: str, attribute: str) -> str:
    return "rounding" if kind == "score" else ATTRIBUTE_RULES.get(attribute, "text")


def parse_value(rule: str, text: str) -> Stated | None:
    """Parse a stated value under an agreement rule; None when it does not fit the rule."""
    raw = text.strip()
    if rule == "rounding":
        return parse_score_text(raw)
    if rule == "date":
        m = _DATE.match(raw)
        if not m:
            return None
        parts = [p for p in m.groups() if p]
        return Stated("-".join(parts), None, len(parts))
    if rule in ("relative", "integer", "cents"):
        num = parse_score_text(raw.lstrip("$"))
        if num is None or num.num is None:
            return None
        if rule == "cents":
            cents = round(num.num, 2)
            return Stated(format_number(cents, 2), cents, 2)
        if rule == "integer" and num.num != int(num.num):
            return None
        return Stated(str(round(num.num)), float(round(num.num)), 0)
    return Stated(raw, None, 0) if raw else None


def agree(rule: str, a: Stated, b: Stated) -> bool:
    """Whether two stated values are the same value under `rule` (see ATTRIBUTE_RULES)."""
    if rule == "rounding" and a.num is not None and b.num is not None:
        return rounding_agree(a.num, compared_decimals(a), b.num, compared_decimals(b))
    if rule == "date":
        n = min(a.decimals, b.decimals)
        return a.text.split("-")[:n] == b.text.split("-")[:n]
    if rule == "relative" and a.num is not None and b.num is not None:
        return abs(a.num - b.num) <= PARAMETER_TOLERANCE * max(abs(a.num), abs(b.num))
    if rule in ("integer", "cents") and a.num is not None and b.num is not None:
        return abs(a.num - b.num) < 1e-9
    return a.text.casefold() == b.text.casefold()


# one setting written two ways ('w/ tools', 'with tools'; 'Non-thinking', 'non-reasoning'; 'high effort',
# 'high'): each part of a setting is compared in one spelling, so two spellings are not two settings. The
# spellings are data (patterns/setting_spellings.jsonl: `id` the one spelling, `spellings` the others).
_SPELLINGS_FILE = Path(__file__).resolve().parent / "patterns" / "setting_spellings.jsonl"


def _setting_part(text: str) -> str:
    """A setting's part as compared: lower case, punctuation and spaces dropped ('w/ tools': 'wtools')."""
    return _SETTING.sub("", text.casefold())


@functools.cache
def setting_spellings(path: Path = _SPELLINGS_FILE) -> dict[str, str]:
    """Each other spelling's comparison form -> its setting's one spelling's comparison form."""
    out: dict[str, str] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            one, spellings = _setting_part(row["id"]), row["spellings"]
            if not isinstance(spellings, list):  # a string would be read letter by letter
                raise TypeError("'spellings' is not a list")
            out.update((_setting_part(s), one) for s in spellings)
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{n}: not a setting spelling row ({exc})") from exc
    return out


def norm_setting(setting: str | None) -> str | None:
    """The comparison key of a setting: lower case, punctuation dropped, each ';'-part in one spelling
    (`setting_spellings`); a setting of one part written one way keeps the key it always had."""
    if setting is None:
        return None
    spellings = setting_spellings()
    parts = [_setting_part(p) for p in setting.split(";")]
    key = "".join(spellings.get(p, p) for p in parts)
    return key or None


def key_id(kind: str, subject: str, attribute: str, qualifier: str | None, setting: str | None) -> str:
    """The stable id of a key (and of its contradiction): a short hash of its normalised parts."""
    parts = [
        kind,
        alias_key(subject),
        alias_key(attribute),
        alias_key(qualifier or ""),
        norm_setting(setting) or "",
    ]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def dispute_id(kind: str, subject: str, attribute: str, qualifier: str | None) -> str:
    """The stable id of a review item: one per subject × attribute (× leaderboard), whatever the settings.

    The migration that merged the per-setting items computes the same hash in SQL (0010_one_dispute.sql).
    """
    parts = ["dispute", kind, alias_key(subject), alias_key(attribute), alias_key(qualifier or "")]
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]
