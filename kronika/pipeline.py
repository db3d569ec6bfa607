"""Named stages and the pipeline that runs them.

A stage is a callable ``Article -> Article`` built by a factory ``factory(cfg) -> stage`` registered
under a name. A stage that needs the whole batch first (the repeated-line signal) has a ``fit(batch)``
method. The pipeline runs batch by batch, stage by stage; a document whose stage raises becomes a
``DocError`` naming the stage, and the rest of the batch goes on.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from .article import Article, DocError, RawDoc
from .errors import ConfigError, KronikaError

Stage = Callable[[Article], Article]
_REGISTRY: dict[str, Callable[[dict[str, Any]], Stage]] = {}
# Modules that register stages; imported on first use so `import kronika` stays light.
_STAGE_MODULES = ("kronika.clean", "kronika.nlp", "kronika.actors", "kronika.events")


def register(name: str, factory: Callable[[dict[str, Any]], Stage]) -> None:
    _REGISTRY[name] = factory


def registered() -> dict[str, Callable[[dict[str, Any]], Stage]]:
    for mod in _STAGE_MODULES:
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as e:
            if e.name != mod:
                raise
    return dict(_REGISTRY)


class Pipeline:
    """An ordered list of named stages built from the config."""

    def __init__(self, cfg: dict[str, Any], stages: list[str] | None = None, batch_size: int = 256):
        self.cfg = cfg
        names = list(stages if stages is not None else cfg["pipeline"]["stages"])
        reg = registered()
        unknown = [n for n in names if n not in reg]
        if unknown:
            raise ConfigError(f"unknown stage(s) {unknown}; registered: {sorted(reg)}")
        self.names = names
        self.stages: list[Stage] = [reg[n](cfg) for n in names]
        self.batch_size = batch_size
        self.seconds: dict[str, float] = dict.fromkeys(names, 0.0)  # wall time spent in each stage

    def __call__(self, items: Iterable[RawDoc | DocError]) -> Iterator[Article | DocError]:
        batch: list[RawDoc | DocError] = []
        for item in items:
            batch.append(item)
            if len(batch) >= self.batch_size:
                yield from self.run_batch(batch)
                batch = []
        if batch:
            yield from self.run_batch(batch)

    def run_batch(self, items: list[RawDoc | DocError]) -> list[Article | DocError]:
        return self.run_articles([it if isinstance(it, DocError) else Article(id=it.id, source=it.source, raw=it)
                                  for it in items])

    def run_articles(self, items: list[Article | DocError]) -> list[Article | DocError]:
        """Run the stages over Articles already made (errors pass through in place)."""
        out: list[Article | DocError | None] = list(items)
        live = [(i, a) for i, a in enumerate(items) if isinstance(a, Article)]
        for name, stage in zip(self.names, self.stages, strict=True):
            t0 = time.perf_counter()
            fit = getattr(stage, "fit", None)
            if fit is not None:
                fit([a for _, a in live])
            still: list[tuple[int, Article]] = []
            for pos, art in live:
                try:
                    art = stage(art)
                    art.stages.append(name)
                    still.append((pos, art))
                except KronikaError as e:
                    out[pos] = DocError(art.source, e.kind, str(e), id=art.id, stage=name)
                except Exception as e:  # a bug or a library failure on one document: keep the batch going
                    out[pos] = DocError(art.source, "internal", f"{type(e).__name__}: {e}", id=art.id, stage=name)
            live = still
            self.seconds[name] += time.perf_counter() - t0
        return [x for x in out if x is not None]
