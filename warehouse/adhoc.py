"""Ad-hoc SQL from `newskb sql`: split a script into statements and bind `--param name=value` to them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

from warehouse.db import InputError

_PARAM = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)=(.*)$", re.S)


@dataclass(frozen=True, slots=True)
class Statement:
    index: int  # 1-based place in the script
    text: str
    params: dict[str, str]  # the bound parameters this statement names

    def label(self, total: int) -> str:
        short = " ".join(self.text.split())
        short = short if len(short) <= 60 else short[:57] + "..."
        return f"statement {self.index} of {total} ({short.rstrip(';')})" if total > 1 else f"({short})"


def parse_params(pairs: Sequence[str]) -> dict[str, str]:
    """`name=value` pairs; values bind as text (DuckDB casts them where the query needs a number)."""
    out: dict[str, str] = {}
    for pair in pairs:
        m = _PARAM.match(pair)
        if not m:
            raise InputError(f"--param {pair}: expected name=value (name: letters, digits, _)")
        out[m.group(1)] = m.group(2)
    return out


def split(con: duckdb.DuckDBPyConnection, script: str, params: dict[str, str]) -> list[Statement]:
    """The script's statements, each with the parameters it names; every given parameter must be used."""
    try:
        parsed = con.extract_statements(script)
    except duckdb.Error as exc:
        raise InputError(f"query failed: {str(exc).splitlines()[0]}") from None
    if not parsed:
        raise InputError("no SQL statement given")
    out: list[Statement] = []
    used: set[str] = set()
    for i, st in enumerate(parsed, 1):
        names = set(st.named_parameters)
        missing = sorted(names - params.keys())
        if missing:
            raise InputError(f"statement {i} uses ${missing[0]}: pass --param {missing[0]}=VALUE")
        used |= names
        out.append(Statement(i, st.query.strip(), {n: params[n] for n in names}))
    unused = sorted(params.keys() - used)
    if unused:
        raise InputError(f"--param {unused[0]}: no statement uses ${unused[0]}")
    return out
