"""Attribute facts (placeholder until the attribute rules land)."""

from __future__ import annotations

from extractors.document import DocView
from schema.records import AttributeFact


def prose_attributes(view: DocView) -> list[AttributeFact]:
    return []
