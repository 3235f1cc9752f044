"""A small server-rendered SVG chart of a review item's values: one dot per fact, by publication date (x) and
value (y), coloured by source, hollow when the value is not in dispute (another setting), with the consensus
of each setting as a dashed line. No script and no external asset: the page's CSP allows neither."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from markupsafe import Markup, escape

WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 56, 180, 16, 36
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f")


def _when(f: dict[str, Any]) -> datetime | None:
    raw = f.get("published_at")
    if not raw:
        return None
    try:
        return datetime.fromisoformat(str(raw))
    except ValueError:
        return None


def _scale(v: float, lo: float, hi: float, a: float, b: float) -> float:
    return a + (b - a) * (0.5 if hi == lo else (v - lo) / (hi - lo))


def values_chart(facts: list[dict[str, Any]], consensus: list[dict[str, Any]]) -> Markup | None:
    """The chart for `review.show()`'s facts and consensus rows; None when no value is a number."""
    points = [f for f in facts if isinstance(f.get("value_num"), int | float)]
    if not points:
        return None
    nums = [float(f["value_num"]) for f in points]
    lo, hi = min(nums), max(nums)
    pad = (hi - lo) * 0.1 or max(abs(hi) * 0.05, 1.0)
    lo, hi = lo - pad, hi + pad
    times = [t.timestamp() for t in (_when(f) for f in points) if t is not None]
    t_lo, t_hi = (min(times), max(times)) if times else (0.0, 0.0)
    sources = sorted({str(f["source"]) for f in points})
    colour = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(sources)}
    x0, x1, y0, y1 = LEFT, WIDTH - RIGHT, HEIGHT - BOTTOM, TOP
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}"><title>Values by date and source</title>',
        f'<rect x="{x0}" y="{y1}" width="{x1 - x0}" height="{y0 - y1}" fill="#fafafa" stroke="#ccc"/>',
    ]
    for frac in (0.0, 0.5, 1.0):
        v = lo + (hi - lo) * frac
        y = _scale(v, lo, hi, y0, y1)
        out.append(f'<text x="{x0 - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11">{v:.4g}</text>')
    if times:
        for stamp, anchor, edge in ((t_lo, "start", x0), (t_hi, "end", x1)):
            label = datetime.fromtimestamp(stamp).date().isoformat()
            out.append(f'<text x="{edge}" y="{y0 + 16}" text-anchor="{anchor}" font-size="11">{label}</text>')
    out.append(
        f'<text x="{(x0 + x1) / 2}" y="{HEIGHT - 4}" text-anchor="middle" font-size="11" fill="#666">'
        f"published{' (date unknown: middle)' if len(times) < len(points) else ''}</text>"
    )
    for c in consensus:
        try:
            cv = float(c["value"])
        except (TypeError, ValueError):
            continue
        y = _scale(cv, lo, hi, y0, y1)
        label = escape(f"consensus {c['value']} [{c['setting']}]")
        out.append(
            f'<line class="consensus" x1="{x0}" x2="{x1}" y1="{y:.1f}" y2="{y:.1f}" stroke="#888" '
            f'stroke-dasharray="4 3"><title>{label}</title></line>'
        )
    for i, f in enumerate(points):
        when = _when(f)
        x = _scale(when.timestamp(), t_lo, t_hi, x0 + 12, x1 - 12) if when is not None else (x0 + x1) / 2
        x += ((i % 5) - 2) * 3  # spread dots of the same day
        y = _scale(float(f["value_num"]), lo, hi, y0, y1)
        col = colour[str(f["source"])]
        fill = col if f.get("in_dispute") else "white"
        day = str(f.get("published_at") or "")[:10]
        tip = escape(f"{f['value']} · {f['source']} · {f.get('setting') or ''} · {day}")
        out.append(
            f'<circle class="point" cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{fill}" stroke="{col}" '
            f'stroke-width="2"><title>{tip}</title></circle>'
        )
    for i, s in enumerate(sources[:12]):
        y = TOP + 8 + i * 16
        out.append(f'<circle cx="{x1 + 16}" cy="{y}" r="5" fill="{colour[s]}"/>')
        out.append(f'<text x="{x1 + 26}" y="{y + 4}" font-size="11">{escape(s[:24])}</text>')
    if len(sources) > 12:
        out.append(
            f'<text x="{x1 + 10}" y="{TOP + 8 + 12 * 16 + 4}" font-size="11">+{len(sources) - 12} more</text>'
        )
    out.append("</svg>")
    return Markup("".join(out))
