"""The key two spellings of one name share: lower-case, spacing and punctuation dropped ('Acme-Q2.5' and
'acme q2.5'). One module that both the alias registry (warehouse.entities) and the lab aliases
(warehouse.lab_aliases, which the registry imports) read, so the key is written once."""

from __future__ import annotations

import re

_KEY = re.compile(r"[\s\-_'’\"()\[\],:;!?/]")


def alias_key(name: str) -> str:
    """The same key as the SQL macro alias_key(): lower-case, spacing and punctuation dropped."""
    return _KEY.sub("", name).lower()
