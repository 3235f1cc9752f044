"""Pause points for the fault suite: `NEWSKB_PAUSE_AT=<stage>` stops a run at a known point of that stage,
so a test can kill -9 it there (tests/test_faults.py). Outside tests the variable is unset and a pause
point costs one environment look-up.

Stages: `article` (a page's text was just extracted), `facts` (an article's facts were just extracted),
`load` (inside a batch's transaction: pages and articles merged, their old facts deleted, the new ones not
yet inserted) and `reconcile` (inside reconciliation's transaction: old results cleared, part of the new ones
written). The process says `newskb: paused at <stage>` on stderr and sleeps PAUSE_SECONDS, then goes on.
"""

from __future__ import annotations

import os
import sys
import time

VAR = "NEWSKB_PAUSE_AT"
STAGES = ("article", "facts", "load", "reconcile")
PAUSE_SECONDS = 120.0


def pause_point(stage: str) -> None:
    """Pause here when NEWSKB_PAUSE_AT names `stage` (see the module docstring); else return at once."""
    if os.environ.get(VAR) != stage:
        return
    print(f"newskb: paused at {stage} ({VAR})", file=sys.stderr, flush=True)
    time.sleep(PAUSE_SECONDS)
