"""Fact extraction from article text: segmentation, tables, names (patterns as data plus discovery), scores,
attributes, ranks, dates and comparative claims. Pure functions; `nlp.extract_facts` is the public face.

Importing this package imports spaCy without its command-line package (see `_import_spacy_without_cli`)."""

from __future__ import annotations

import sys
import types
from importlib import import_module
from typing import Any

_CLI = ("spacy.cli", "spacy.cli.info")


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """spaCy's `spacy.info`, from the real command-line package, imported on the first call."""
    return import_module("spacy.cli.info").info(*args, **kwargs)


def _import_spacy_without_cli() -> None:
    """Import spaCy without `spacy.cli`. spaCy's package __init__ imports its command-line package only to
    offer `spacy.info`, and that package imports every command (training, projects, downloads) with typer,
    weasel, requests and httpx's CLI: ~0.14 s of CPU (a third of importing spaCy) in every process that
    extracts, among them the fork server whose preload every parallel ingest waits for. The extractors never
    run a spaCy command. So spaCy is imported with a stand-in for `spacy.cli.info` whose `info` imports the
    real one when called; the stand-ins are removed at once, so a later `import spacy.cli` (or `python -m
    spacy`) gets the real package. A spaCy whose __init__ wants more of its CLI is imported the usual way."""
    if "spacy" in sys.modules:
        return
    cli = types.ModuleType("spacy.cli")
    cli.__path__ = []
    info = types.ModuleType("spacy.cli.info")
    setattr(info, "info", _spacy_info)  # noqa: B010  (a module's attribute: mypy knows no `info` on it)
    sys.modules.update({"spacy.cli": cli, "spacy.cli.info": info})
    try:
        import spacy
    except ImportError:
        sys.modules.pop("spacy", None)  # the stand-in was not enough: import spaCy as it comes
    finally:
        for name in _CLI:
            if sys.modules.get(name) in (cli, info):
                del sys.modules[name]
    import spacy  # noqa: F401  (a no-op when the first import went through)


_import_spacy_without_cli()
