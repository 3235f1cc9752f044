"""Comparative claims (placeholder until the claim rules land)."""

from __future__ import annotations

from extractors.document import DocView
from schema.records import ClaimFact


def prose_claims(view: DocView) -> list[ClaimFact]:
    return []
