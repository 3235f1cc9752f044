"""Fact extraction from article text: segmentation, tables, names (patterns as data plus discovery), scores,
attributes, ranks, dates and comparative claims. Pure functions; `nlp.extract_facts` is the public face.

Importing this package imports nothing heavy (the coordinator of a parallel ingest reads the pattern files
through it); it arranges that spaCy, when a module imports it, comes without its command-line package."""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
import types
from collections.abc import Sequence
from importlib import import_module
from pathlib import Path
from typing import Any

_CLI_IMPORT = "from .cli.info import info"  # the one line of spaCy's __init__ that imports its CLI


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """spaCy's `spacy.info`, from the real command-line package, imported on the first call."""
    return import_module("spacy.cli.info").info(*args, **kwargs)


class _SpacyWithoutCli(importlib.abc.MetaPathFinder):
    """Import spaCy without `spacy.cli`. spaCy's package __init__ imports its command-line package only to
    offer `spacy.info`, and that package imports every command (training, projects, downloads) with typer,
    weasel, requests and httpx's CLI: ~0.14 s of CPU (a third of importing spaCy) in every process that
    extracts, among them the fork server whose preload every parallel ingest waits for. The extractors never
    run a spaCy command. So while spaCy's __init__ runs, `spacy.cli.info` is a stand-in whose `info` imports
    the real one when called; the stand-ins are removed right after, so a later `import spacy.cli` (or
    `python -m spacy`) gets the real package. A spaCy whose __init__ reaches its CLI in any other way is
    imported as it comes. Acts once, at the first `import spacy`."""

    done = False

    def find_spec(
        self, name: str, path: Sequence[str] | None, target: types.ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if name != "spacy" or self.done:
            return None
        self.done = True
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        loader = spec.loader if spec is not None else None
        if (
            spec is None
            or spec.origin is None
            or not isinstance(loader, importlib.machinery.SourceFileLoader)
        ):
            return spec
        lines = [ln.strip() for ln in Path(spec.origin).read_text(encoding="utf-8").splitlines()]
        if [ln for ln in lines if ".cli" in ln and "import" in ln] != [f"{_CLI_IMPORT}  # noqa: F401"]:
            return spec
        run = loader.exec_module

        def exec_module(module: types.ModuleType) -> None:
            cli = types.ModuleType("spacy.cli")
            cli.__path__ = []
            info = types.ModuleType("spacy.cli.info")
            setattr(info, "info", _spacy_info)  # noqa: B010  (mypy knows no `info` on a new module)
            sys.modules.update({"spacy.cli": cli, "spacy.cli.info": info})
            try:
                run(module)
            finally:
                for stand_in in (cli, info):
                    if sys.modules.get(stand_in.__name__) is stand_in:
                        del sys.modules[stand_in.__name__]

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


if "spacy" not in sys.modules and not any(isinstance(f, _SpacyWithoutCli) for f in sys.meta_path):
    sys.meta_path.insert(0, _SpacyWithoutCli())
